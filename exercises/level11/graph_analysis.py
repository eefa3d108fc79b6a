"""Level 11 — the structure of a graph: connected components and PageRank.

A graph on ``n`` vertices is an ``(n, n)`` matrix: a non-zero ``A[u, v]`` is an edge
``u → v`` of weight ``A[u, v]``, and 0 means "no edge".

* **Connected components** split the vertices into groups that are joined by
  paths (ignoring edge direction). They are found by repeated breadth-first
  search, one whole frontier at a time.
* **PageRank** is the long-run share of time a random surfer spends on each vertex:
  with probability ``alpha`` the surfer follows an out-edge (chosen in proportion
  to its weight), otherwise jumps to a vertex chosen uniformly at random. The
  ranks are the stationary distribution of that Markov chain, found by power
  iteration: repeat one vector-matrix product until nothing changes.

In the running example, PageRank on the "user u follows user v" graph tells whose
movie ratings are most influential.

Rules for this module: use NumPy only. ``scipy.sparse.csgraph`` is banned in
:func:`connected_components`, eigen-solvers in :func:`pagerank`, and networkx
(igraph, graph-tool) may not be imported anywhere in this level. Never modify the
arguments. Run ``mlgrade level11 graph_analysis`` to grade this file.
"""

import numpy as np


def connected_components(A):
    """Connected components of a graph, ignoring edge direction.

    Vertices ``i`` and ``j`` are in the same component when a path joins them,
    where an edge may be walked either way: ``i`` and ``j`` are linked when
    ``A[i, j] != 0`` **or** ``A[j, i] != 0`` (for a directed graph these are its
    *weakly* connected components). An isolated vertex is a component of its own.

    Algorithm: take the first vertex without a label, give it the next label ``c``
    and spread ``c`` by breadth-first search (all vertices linked to the frontier
    that have no label yet form the next frontier); repeat until every vertex has
    a label.

    Parameters
    ----------
    A : ndarray of shape (n, n)
        Adjacency matrix; only zero versus non-zero counts.

    Returns
    -------
    n_components : int
        The number of components ``k``.
    labels : ndarray of shape (n,), dtype int
        The component of each vertex, a number in ``0..k-1``; every number is used.
        Which component gets which number does not matter: any numbering of the
        same grouping is accepted.

    Raises
    ------
    ValueError
        If ``A`` is not square.

    Notes
    -----
    Banned: ``scipy.sparse.csgraph`` (and networkx). Symmetrise once
    (``linked = (A != 0) | (A != 0).T``), then expand whole frontiers with
    ``linked[frontier].any(axis=0)``.

    Examples
    --------
    >>> A = np.array([[0, 1, 0, 0, 0],
    ...               [0, 0, 0, 0, 0],
    ...               [0, 0, 0, 0, 0],
    ...               [0, 0, 1, 0, 0],
    ...               [0, 0, 0, 0, 0]])
    >>> connected_components(A)
    (3, array([0, 0, 1, 1, 2]))
    """
    raise NotImplementedError


def pagerank(A, alpha=0.85, tol=1e-10):
    """PageRank of every vertex of a directed weighted graph, by power iteration.

    .. math:: r^{(t+1)}_j = \\alpha \\sum_i r^{(t)}_i P_{ij}
              + \\frac{\\alpha}{n} \\sum_{i \\text{ dangling}} r^{(t)}_i + \\frac{1 - \\alpha}{n},
              \\qquad P_{ij} = \\frac{A_{ij}}{\\sum_k A_{ik}}

    In words: each vertex ``i`` passes the share ``alpha`` of its rank along its
    out-edges, in proportion to their weights (row ``i`` of ``A`` divided by its
    row sum, the out-degree). A **dangling** vertex (no out-edges, a zero row)
    spreads that share **uniformly over all n vertices** (networkx's convention),
    and every vertex receives ``(1 - alpha) / n`` from the random jump. Start from
    the uniform ``r = 1/n`` and iterate until ``sum(|r_new - r|) < tol``; return
    the last ``r_new``. The ranks are positive and sum to 1, also when the graph
    has several components: the random jump ties them together, and the answer
    is unique for ``0 <= alpha < 1``.

    Parameters
    ----------
    A : ndarray of shape (n, n)
        Non-negative weights, ``A[i, j]`` for the edge ``i → j`` (0: no edge).
        Self-loops are ordinary edges.
    alpha : float, default 0.85
        Damping factor, the probability of following a link, ``0 <= alpha < 1``.
    tol : float, default 1e-10
        Stop when the L1 change of one step is below ``tol > 0``.

    Returns
    -------
    r : ndarray of shape (n,), dtype float64
        The PageRank vector, ``r.sum() == 1`` (up to rounding).

    Raises
    ------
    ValueError
        If ``A`` is not square or has a negative entry, ``alpha`` is not in
        ``[0, 1)``, or ``tol <= 0``.

    Notes
    -----
    Banned: eigen-solvers (``np.linalg.eig``, ``scipy.linalg.eig``,
    ``scipy.sparse.linalg.eigs``) and networkx: the lesson is power iteration.
    Each step is one vector-matrix product ``r @ P`` (build ``P`` once, outside
    the loop, without dividing by the zero rows); a Python loop over vertices is
    too slow. Floating-point warnings are errors here: ``0 / 0`` for a dangling
    row fails the check.

    Examples
    --------
    >>> A = np.array([[0.0, 1.0, 1.0],
    ...               [0.0, 0.0, 1.0],
    ...               [1.0, 0.0, 0.0]])
    >>> np.round(pagerank(A), 4)
    array([0.3878, 0.2148, 0.3974])
    >>> np.round(pagerank(np.array([[0.0, 1.0], [0.0, 0.0]]), alpha=0.5), 4)
    array([0.4, 0.6])
    """
    raise NotImplementedError
