"""Writes the browser tests' import fixtures: files as other tools write them.

networkx-karate.graphml / .gexf   NetworkX's own writers (GraphML; GEXF 1.2draft)
gephi-les-miserables.gexf         GEXF 1.3 laid out as Gephi 0.10 exports it (viz:size, viz:position,
                                  viz:color, a modularity_class attribute, numeric ids, edge ids "0"…)
gephi-edges.csv / gephi-nodes.csv Gephi's Data Laboratory tables (Source,Target,Type,Id,Label,Weight;
                                  Id,Label,modularity_class)
Run: python3 make_fixtures.py (needs networkx).
"""
import networkx as nx
from xml.sax.saxutils import quoteattr

nx.write_graphml(nx.karate_club_graph(), 'networkx-karate.graphml')
nx.write_gexf(nx.karate_club_graph(), 'networkx-karate.gexf')

g = nx.les_miserables_graph()
names = list(g.nodes())
ids = {n: str(i) for i, n in enumerate(names)}
classes = {}
for c, members in enumerate(sorted(nx.community.louvain_communities(g, seed=1), key=lambda s: -len(s))):
    for n in members:
        classes[n] = c
pos = nx.spring_layout(g, seed=1, scale=500)
palette = [(245, 91, 91), (62, 171, 214), (164, 118, 195), (96, 192, 78), (235, 166, 28), (28, 196, 180), (224, 104, 178)]
degree = dict(g.degree())
lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta lastmodifieddate="2026-11-28">',
    '    <creator>Gephi 0.10.1</creator>',
    '    <title></title>',
    '    <description></description>',
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>',
    '    </attributes>',
    '    <nodes>',
]
for n in names:
    r, gr, b = palette[classes[n] % len(palette)]
    x, y = pos[n]
    lines += [
        f'      <node id="{ids[n]}" label={quoteattr(n)}>',
        '        <attvalues>',
        f'          <attvalue for="modularity_class" value="{classes[n]}"></attvalue>',
        '        </attvalues>',
        f'        <viz:size value="{4 + 2.5 * degree[n]:.1f}"></viz:size>',
        f'        <viz:position x="{x:.4f}" y="{y:.4f}" z="0.0"></viz:position>',
        f'        <viz:color r="{r}" g="{gr}" b="{b}"></viz:color>',
        '      </node>',
    ]
lines.append('    </nodes>')
lines.append('    <edges>')
for i, (s, t, w) in enumerate(g.edges(data='weight', default=1)):
    lines.append(f'      <edge id="{i}" source="{ids[s]}" target="{ids[t]}" weight="{float(w)}"></edge>')
lines += ['    </edges>', '  </graph>', '</gexf>']
open('gephi-les-miserables.gexf', 'w').write('\n'.join(lines) + '\n')

with open('gephi-edges.csv', 'w', newline='') as f:
    f.write('Source,Target,Type,Id,Label,Weight\n')
    for i, (s, t, w) in enumerate(g.edges(data='weight', default=1)):
        f.write(f'{ids[s]},{ids[t]},Undirected,{i},,{float(w)}\n')
with open('gephi-nodes.csv', 'w', newline='') as f:
    f.write('Id,Label,modularity_class\n')
    for n in names:
        f.write(f'{ids[n]},{n},{classes[n]}\n')
print(g.number_of_nodes(), g.number_of_edges())
