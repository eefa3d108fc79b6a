"""Level 11 — shortest paths from one source: breadth-first search and Dijkstra.

A graph on ``n`` vertices is an ``(n, n)`` matrix: a non-zero ``A[u, v]`` is an edge
``u → v`` (directed: ``A`` need not be symmetric), and 0 means "no edge".

* Counting **hops** (every edge has length 1), breadth-first search (BFS) finds the
  distances level by level: the source is at distance 0, its out-neighbours at 1,
  their unvisited out-neighbours at 2, and so on.
* With **non-negative edge lengths** ``W[u, v]``, Dijkstra's algorithm settles the
  closest unsettled vertex, then relaxes its outgoing edges
  (``dist[v] = min(dist[v], dist[u] + W[u, v])``), ``n`` times.

In the running example the vertices are users, and the hop distance between two
users says through how many "rated the same movie" links one reaches the other.

Graph algorithms loop over vertices or levels by nature; the lesson here is to
vectorise the inner work: expand a whole BFS frontier at once, relax a whole row at
once.

Rules for this module: use NumPy only. ``scipy.sparse.csgraph`` is banned, and
networkx (igraph, graph-tool) may not be imported anywhere in this level. Never
modify the arguments. Run ``mlgrade level11 shortest_paths`` to grade this file.
"""

import numpy as np


def bfs_distances(A, source):
    """Hop distance (number of edges on a shortest path) from ``source`` to every vertex.

    .. math:: \\mathrm{dist}(v) = \\min \\{\\, k : \\text{a path } source = v_0 → v_1 → \\dots → v_k = v \\,\\}

    Breadth-first search by frontiers: let ``F_0 = {source}``; the next frontier
    is every vertex reachable by one edge ``u → v`` from some ``u ∈ F_k`` that has
    not been reached before, and its vertices are at distance ``k + 1``. Stop when
    the frontier is empty.

    Parameters
    ----------
    A : ndarray of shape (n, n), float, int or bool
        Adjacency matrix: ``A[u, v] != 0`` is an edge ``u → v``. Weights (the
        values) are ignored; only zero versus non-zero counts.
    source : int
        The start vertex, ``0 <= source < n``.

    Returns
    -------
    dist : ndarray of shape (n,), dtype int
        ``dist[source] = 0``; **-1 for a vertex that cannot be reached** from source.

    Raises
    ------
    ValueError
        If ``A`` is not square or ``source`` is not a vertex.

    Notes
    -----
    Banned: ``scipy.sparse.csgraph`` (and networkx). Process one whole level at a
    time: the rows ``A[frontier]`` of all frontier vertices together tell which
    vertices they reach (``(A[frontier] != 0).any(axis=0)``), or use a
    boolean vector-matrix product. A queue that pops one vertex at a time, or a
    Python loop over edges, is much too slow on a dense graph.

    Examples
    --------
    >>> A = np.array([[0, 1, 0, 0],
    ...               [0, 0, 1, 0],
    ...               [1, 0, 0, 0],
    ...               [0, 0, 1, 0]])
    >>> bfs_distances(A, 0)
    array([ 0,  1,  2, -1])
    >>> bfs_distances(A, 3)
    array([2, 3, 1, 0])
    """
    raise NotImplementedError


def dijkstra(W, source):
    """Length of a shortest path from ``source`` to every vertex, for non-negative edge lengths.

    .. math:: \\mathrm{dist}(v) = \\min_{\\text{paths } source → v} \\; \\sum_{\\text{edges } (a, b)} W_{ab}

    Dijkstra's algorithm: ``dist = [inf, …, 0 at source, …, inf]``, nothing settled.
    Repeat: take the unsettled vertex ``u`` with the smallest ``dist`` (stop if it
    is ``inf``), settle it (its distance is now final), and relax all its edges at
    once: ``dist[v] = min(dist[v], dist[u] + W[u, v])`` for every edge ``u → v``.

    Parameters
    ----------
    W : ndarray of shape (n, n)
        Edge lengths: ``W[u, v] > 0`` is an edge ``u → v`` of that length, and
        ``W[u, v] = 0`` means **no edge** (as in ``scipy.sparse.csgraph`` for dense
        input). Directed: ``W`` need not be symmetric.
    source : int
        The start vertex, ``0 <= source < n``.

    Returns
    -------
    dist : ndarray of shape (n,), dtype float64
        ``dist[source] = 0``; **inf for a vertex that cannot be reached**.

    Raises
    ------
    ValueError
        If ``W`` has a **negative** entry (Dijkstra's greedy step is wrong then),
        ``W`` is not square, or ``source`` is not a vertex.

    Notes
    -----
    Banned: ``scipy.sparse.csgraph`` (and networkx). On a dense matrix the simple
    ``O(n²)`` version is the right one: ``n`` steps, each an ``argmin`` over the
    unsettled vertices and a relaxation of the row ``W[u]`` as one array operation.
    Replace the zeros ("no edge") by ``inf`` before relaxing; ``inf`` then
    propagates without any special case.

    Examples
    --------
    >>> W = np.array([[0.0, 4.0, 1.0, 0.0],
    ...               [0.0, 0.0, 0.0, 0.0],
    ...               [0.0, 2.0, 0.0, 0.0],
    ...               [1.0, 0.0, 0.0, 0.0]])
    >>> dijkstra(W, 0)
    array([ 0.,  3.,  1., inf])
    """
    raise NotImplementedError
