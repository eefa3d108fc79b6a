"""Graph theory: adjacency matrices and Laplacians, BFS and Dijkstra, connected components, PageRank.

Graphs are dense ``(n, n)`` NumPy matrices. The oracles are networkx and
``scipy.sparse.csgraph``; learner code may use SciPy elsewhere, but
``scipy.sparse.csgraph`` (and ``scipy.sparse`` for the adjacency matrix) is banned
per exercise.
"""

# Learner code of this level may not import these packages at all.
BANNED_IMPORTS = ("networkx", "sklearn", "torch", "jax", "tensorflow", "igraph", "graph_tool")
