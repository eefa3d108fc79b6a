"""Level 11 — graphs as matrices: the adjacency matrix and the graph Laplacian.

A graph on ``n`` vertices ``0, 1, …, n - 1`` is stored as an ``(n, n)`` matrix ``A``:
``A[u, v]`` is the weight of the edge ``u → v`` (1 for an unweighted edge), and 0
means "no edge". An undirected graph has a symmetric matrix (``A = Aᵀ``). Once a
graph is a matrix, graph questions become linear algebra: the Laplacian
``L = D - A`` has as many zero eigenvalues as the graph has connected components,
which is the starting point of spectral clustering.

In the running example the vertices are users, and an edge joins two users who
rated the same movie; its weight is how many movies they share.

Rules for this module: use NumPy only. networkx (and igraph, graph-tool) may not be
imported anywhere in this level; ``scipy.sparse`` is banned in
:func:`adjacency_matrix` and ``scipy.sparse.csgraph`` in :func:`laplacian`: the
point is to build the matrices yourself. Never modify the arguments. Run
``mlgrade level11 graph_matrices`` to grade this file.
"""

import numpy as np


def adjacency_matrix(edges, n, directed=False, weights=None):
    """Adjacency matrix of a graph given as a list of edges.

    .. math:: A_{uv} = \\sum_{k:\\,(u_k, v_k) = (u, v)} w_k \\quad \\text{(weighted)}, \\qquad
              A_{uv} = [\\text{some edge } u → v] \\quad \\text{(unweighted)}

    In words: start from an all-zero ``(n, n)`` matrix and, for every edge
    ``(u, v)``, put its weight at ``A[u, v]``; for an undirected graph also at
    ``A[v, u]``. The conventions (those of networkx's ``to_numpy_array``):

    * **duplicates** — unweighted: an entry is 1 however many times the edge is
      listed (a simple graph); weighted: the weights of parallel edges **add up**
      (a multigraph). Undirected, ``(u, v)`` and ``(v, u)`` are the same edge.
    * **self-loops** — an edge ``(u, u)`` is stored **once**, on the diagonal:
      ``A[u, u] = w`` (not ``2 w``), directed or not.

    Parameters
    ----------
    edges : ndarray of shape (n_edges, 2), dtype int
        One edge per row, ``(u, v)`` with ``0 <= u, v < n``; ``u → v`` when directed.
    n : int
        Number of vertices, ``n >= 0``. Vertices without edges have a zero row and column.
    directed : bool, default False
        If False the result is symmetric.
    weights : ndarray of shape (n_edges,) or None, default None
        The weight of each edge; None for an unweighted graph.

    Returns
    -------
    A : ndarray of shape (n, n), dtype float64

    Raises
    ------
    ValueError
        If ``edges`` is not of shape ``(n_edges, 2)``, an endpoint is not a vertex
        ``0..n-1``, or ``weights`` is not of shape ``(n_edges,)``.

    Notes
    -----
    Banned: networkx and ``scipy.sparse`` (a COO matrix sums duplicates for you).
    A Python loop over the edges is slow for a million edges: use fancy
    indexing ``A[u, v] = 1`` with the index arrays ``u = edges[:, 0]`` and
    ``v = edges[:, 1]``. Careful: ``A[u, v] += w`` does **not** add up repeated
    pairs (all reads happen before the writes, so the last write wins);
    ``np.add.at(A, (u, v), w)`` does. ``A + A.T`` doubles the diagonal.

    Examples
    --------
    >>> edges = np.array([[0, 1], [1, 0], [2, 2]])
    >>> adjacency_matrix(edges, 3)
    array([[0., 1., 0.],
           [1., 0., 0.],
           [0., 0., 1.]])
    >>> adjacency_matrix(edges, 3, directed=True, weights=np.array([2.0, 3.0, 0.5]))
    array([[0. , 2. , 0. ],
           [3. , 0. , 0. ],
           [0. , 0. , 0.5]])
    >>> adjacency_matrix(edges, 3, weights=np.array([2.0, 3.0, 0.5]))
    array([[0. , 5. , 0. ],
           [5. , 0. , 0. ],
           [0. , 0. , 0.5]])
    """
    raise NotImplementedError


def laplacian(A, normed=False):
    """Laplacian of an undirected weighted graph, plain or symmetrically normalised.

    .. math:: L = D - A, \\qquad
              L_{\\mathrm{sym}} = I - D^{-1/2} A D^{-1/2}, \\qquad D = \\mathrm{diag}(d), \\;
              d_i = \\sum_{j \\ne i} A_{ij}

    In words: off the diagonal ``L[i, j] = -A[i, j]``, and on the diagonal the
    degree ``d_i`` (total weight of the edges at ``i``), so every row sums to 0.
    The normalised version divides entry ``(i, j)`` by ``sqrt(d_i d_j)``:
    ``L_sym[i, j] = -A[i, j] / sqrt(d_i d_j)`` and ``L_sym[i, i] = 1``.
    ``L`` is positive semi-definite, and the number of its zero eigenvalues is
    the number of connected components.

    Conventions (those of ``scipy.sparse.csgraph.laplacian``):

    * **self-loops are ignored**: the diagonal of ``A`` plays no part.
    * **isolated vertex** (``d_i = 0``): its row and column of ``L`` (and of
      ``L_sym``, diagonal included) are all zero — and no division by zero.

    Parameters
    ----------
    A : ndarray of shape (n, n)
        Symmetric, non-negative weights.
    normed : bool, default False
        Return ``L_sym`` instead of ``L``.

    Returns
    -------
    L : ndarray of shape (n, n), dtype float64
        Symmetric.

    Raises
    ------
    ValueError
        If ``A`` is not square, or not symmetric.

    Notes
    -----
    Banned: ``scipy.sparse.csgraph`` and networkx. Floating-point warnings are
    errors here: ``1 / sqrt(0)`` for an isolated vertex fails the check. Build
    ``L`` with whole-array operations: forming ``D^{-1/2}`` as a matrix and
    multiplying costs ``O(n³)``, scaling rows and columns by broadcasting
    ``O(n²)``; a loop over entries is far too slow.

    Examples
    --------
    >>> A = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 3.0], [0.0, 3.0, 0.0]])
    >>> laplacian(A)
    array([[ 1., -1.,  0.],
           [-1.,  4., -3.],
           [ 0., -3.,  3.]])
    >>> np.round(laplacian(A, normed=True), 4)
    array([[ 1.   , -0.5  ,  0.   ],
           [-0.5  ,  1.   , -0.866],
           [ 0.   , -0.866,  1.   ]])
    """
    raise NotImplementedError
