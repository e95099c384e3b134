#!/usr/bin/env python3
"""Computes collabnet's node and network metrics with NetworkX, for cross-checking.

Usage: nx_metrics.py GRAPH.graphml [COMMUNITIES.csv]

Reads the graph with nx.read_graphml (undirected), weight = collaboration strength (missing = 1),
path length = 1/weight, and prints JSON: {"nodes": {id: {...}}, "network": {...}}.
COMMUNITIES.csv is collabnet's node CSV: its `community` column is scored with nx modularity.
Definitions are the ones collabnet documents:
  betweenness_centrality(G, weight="dist", normalized=True)   dist = 1/weight
  harmonic_centrality(G, distance="dist")
  pagerank(G, alpha=0.85, weight="weight")
  eigenvector_centrality_numpy(G, weight="weight")
  constraint(G, weight="weight"), effective_size(G, weight="weight")
"""
import csv
import json
import math
import sys

import networkx as nx


def compute(G, communities=None):
    """collabnet's metric set on an undirected graph G with `weight` edge attributes."""
    G = nx.Graph(G)
    for _, _, d in G.edges(data=True):
        d["weight"] = float(d.get("weight", 1.0))
        d["dist"] = 1.0 / d["weight"]

    betweenness = nx.betweenness_centrality(G, weight="dist", normalized=True)
    harmonic = nx.harmonic_centrality(G, distance="dist")
    pagerank = nx.pagerank(G, alpha=0.85, weight="weight")
    eigenvector = nx.eigenvector_centrality_numpy(G, weight="weight") if G.number_of_edges() > 0 else {v: 0.0 for v in G}
    constraint = nx.constraint(G, weight="weight")
    effective = nx.effective_size(G, weight="weight")
    comps = sorted(nx.connected_components(G), key=len, reverse=True)
    comp_of = {v: i for i, c in enumerate(comps) for v in c}

    def clean(x):
        return None if isinstance(x, float) and math.isnan(x) else x

    nodes = {}
    for v in G:
        nodes[v] = {
            "degree": G.degree(v),
            "strength": G.degree(v, weight="weight"),
            "betweenness": betweenness[v],
            "harmonic": harmonic[v],
            "pagerank": pagerank[v],
            "eigenvector": abs(eigenvector[v]),
            "constraint": clean(constraint[v]),
            "effective_size": clean(effective[v]),
            "component_size": len(comps[comp_of[v]]),
            "component": comp_of[v],
            "isolated": G.degree(v) == 0,
        }

    network = {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "components": len(comps),
        "bridges": sorted(sorted(e) for e in nx.bridges(G)),
        "articulation_points": sorted(nx.articulation_points(G)),
        "density": nx.density(G),
    }
    if all("sector" in d for _, d in G.nodes(data=True)) and G.number_of_edges() > 0:
        r = nx.attribute_assortativity_coefficient(G, "sector")
        network["sector_assortativity"] = clean(float(r))
    if communities is not None:
        network["modularity"] = nx.algorithms.community.modularity(G, communities, weight="weight")
    return {"nodes": nodes, "network": network}


def main():
    G = nx.read_graphml(sys.argv[1])
    communities = None
    if len(sys.argv) > 2:
        groups = {}
        with open(sys.argv[2], newline="") as f:
            for row in csv.DictReader(f):
                groups.setdefault(row["community"], set()).add(row["id"])
        communities = list(groups.values())
    json.dump(compute(G, communities), sys.stdout)


if __name__ == "__main__":
    main()
