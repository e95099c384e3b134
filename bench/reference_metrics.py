#!/usr/bin/env python3
"""Times collabnet's metric set in NetworkX or python-igraph on one GraphML file.

Usage: reference_metrics.py networkx|igraph GRAPH.graphml  → prints {"seconds": …, "nodes": …, "edges": …}
Same definitions as collabnet (weight = strength, path length = 1/weight). NetworkX uses
tests/networkx/nx_metrics.compute (the cross-check's reference). igraph has no effective size;
everything else is computed: betweenness and harmonic closeness (weights = 1/weight), PageRank,
eigenvector, constraint, components, bridges, articulation points, multilevel (Louvain) communities.
"""
import json
import os
import sys
import time

lib, path = sys.argv[1], sys.argv[2]
if lib == "networkx":
    import networkx as nx

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "networkx"))
    from nx_metrics import compute

    G = nx.read_graphml(path)
    t = time.perf_counter()
    compute(G)
    seconds = time.perf_counter() - t
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
else:
    import igraph as ig

    g = ig.Graph.Read_GraphML(path)
    w = g.es["weight"]
    dist = [1.0 / x for x in w]
    t = time.perf_counter()
    g.betweenness(weights=dist)
    g.harmonic_centrality(weights=dist, normalized=False)
    g.pagerank(weights=w, damping=0.85)
    if g.ecount() > 0:
        g.eigenvector_centrality(weights=w, scale=False)
    g.constraint(weights=w)
    g.connected_components()
    g.bridges()
    g.articulation_points()
    g.community_multilevel(weights=w)
    seconds = time.perf_counter() - t
    nodes, edges = g.vcount(), g.ecount()
print(json.dumps({"seconds": seconds, "nodes": nodes, "edges": edges}))
