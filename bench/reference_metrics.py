#!/usr/bin/env python3
"""Times collabnet's metric set in NetworkX or python-igraph on one GraphML file.

Usage: reference_metrics.py networkx|igraph GRAPH.graphml  → prints {"seconds": …, "nodes": …, "edges": …}
       reference_metrics.py values GRAPH.graphml  → NetworkX, metric by metric, for the JavaScript peer:
         {"betweenness"|"harmonic"|"closeness"|"pagerank"|"eigenvector": {"seconds": …, "values": {id: …}},
          "louvain": {"seconds": …, "modularity": …, "communities": …}}
         closeness is unweighted Freeman closeness over the reachable nodes (closeness_centrality,
         wf_improved=False), the only closeness graphology-metrics has.
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
if lib == "values":
    import networkx as nx

    G = nx.Graph(nx.read_graphml(path))
    for _, _, d in G.edges(data=True):
        d["weight"] = float(d.get("weight", 1.0))
        d["dist"] = 1.0 / d["weight"]
    out = {}

    def timed(name, fn):
        t = time.perf_counter()
        values = fn()
        out[name] = {"seconds": time.perf_counter() - t, "values": values}

    timed("betweenness", lambda: nx.betweenness_centrality(G, weight="dist", normalized=True))
    timed("harmonic", lambda: nx.harmonic_centrality(G, distance="dist"))
    timed("closeness", lambda: nx.closeness_centrality(G, wf_improved=False))
    timed("pagerank", lambda: nx.pagerank(G, alpha=0.85, weight="weight"))
    timed("eigenvector", lambda: nx.eigenvector_centrality_numpy(G, weight="weight") if G.number_of_edges() > 0 else {v: 0.0 for v in G})
    t = time.perf_counter()
    parts = nx.community.louvain_communities(G, weight="weight", seed=1)
    out["louvain"] = {"seconds": time.perf_counter() - t, "modularity": nx.community.modularity(G, parts, weight="weight"), "communities": len(parts)}
    print(json.dumps(out))
    sys.exit(0)
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
