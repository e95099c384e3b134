#!/usr/bin/env python3
"""Regenerates tests/fixtures/known-graphs.json: small graphs with metrics computed by NetworkX.

Usage (from the repository root): python3 tests/networkx/make_fixtures.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import networkx as nx  # noqa: E402
from nx_metrics import compute  # noqa: E402

GRAPHS = {
    # A star: the hub brokers every pair.
    "star": {"edges": [["c", "a", 1], ["c", "b", 1], ["c", "d", 1], ["c", "e", 1]]},
    # A path with strong and weak links.
    "weighted_path": {"edges": [["a", "b", 1], ["b", "c", 2], ["c", "d", 4], ["d", "e", 1]]},
    # Two triangles joined by a bridge, plus an isolate.
    "two_triangles": {"edges": [["a", "b", 1], ["b", "c", 1], ["a", "c", 1], ["c", "d", 3], ["d", "e", 1], ["e", "f", 1], ["d", "f", 1]], "isolates": ["z"]},
    # A 4x4 grid with integer weights: many tied shortest paths.
    "weighted_grid": {"grid": 4},
    # Mixed weights whose reciprocals sum in different orders (1/2 + 1/3 vs 1/3 + 1/2 and longer).
    # A chain of 40 diamonds: 2^40 shortest paths end to end, more than a Uint32 counter holds.
    "diamond_chain": {"diamonds": 40},
    "float_ties": {"edges": [["s", "a", 2], ["a", "t", 3], ["s", "b", 3], ["b", "t", 2], ["s", "c", 6], ["c", "d", 6], ["d", "e", 6], ["e", "t", 6], ["s", "f", 1], ["f", "t", 6]]},
}


def build(spec):
    G = nx.Graph()
    if "grid" in spec:
        k = spec["grid"]
        for i in range(k):
            for j in range(k):
                G.add_node(f"{i}-{j}")
        for i in range(k):
            for j in range(k):
                if i + 1 < k:
                    G.add_edge(f"{i}-{j}", f"{i + 1}-{j}", weight=1 + (i + j) % 2)
                if j + 1 < k:
                    G.add_edge(f"{i}-{j}", f"{i}-{j + 1}", weight=1 + (i + j) % 2)
    if "diamonds" in spec:
        for i in range(spec["diamonds"]):
            for side in ("a", "b"):
                G.add_edge(f"j{i}", f"{side}{i}", weight=1)
                G.add_edge(f"{side}{i}", f"j{i + 1}", weight=1)
    for u, v, w in spec.get("edges", []):
        G.add_edge(u, v, weight=w)
    for v in spec.get("isolates", []):
        G.add_node(v)
    return G


def main():
    out = {}
    for name, spec in GRAPHS.items():
        G = build(spec)
        result = compute(G)
        out[name] = {
            "edges": [[u, v, d["weight"]] for u, v, d in G.edges(data=True)],
            "nodes": list(G.nodes),
            "expected": result,
        }
    path = os.path.join(os.path.dirname(__file__), "..", "fixtures", "known-graphs.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump({"networkx": nx.__version__, "graphs": out}, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
