#!/usr/bin/env python3
"""Writes graphs that ship with NetworkX (ones collabnet did not make) as GraphML, for the cross-check.

Usage: export_nx_graphs.py OUTDIR
"""
import os
import sys

import networkx as nx

GRAPHS = {
    "les_miserables": nx.les_miserables_graph,  # weighted co-occurrence network
    "karate_club": nx.karate_club_graph,
    "florentine_families": nx.florentine_families_graph,
    "davis_southern_women": nx.davis_southern_women_graph,
}

out = sys.argv[1]
for name, make in GRAPHS.items():
    G = nx.Graph(make())
    G = nx.relabel_nodes(G, {v: str(v) for v in G})
    for v, d in G.nodes(data=True):
        for k in list(d):
            if not isinstance(d[k], (str, int, float, bool)):
                d[k] = str(d[k])
    G.graph = {}
    nx.write_graphml(G, os.path.join(out, name + ".graphml"))
print(" ".join(GRAPHS))
