// Export panel: PNG of the view, GEXF and GraphML of the network (with metrics), the node CSV.
import { downloadAsPNG } from '@sigma/export-image';
import type Graph from 'graphology';
import { metricsToCsv, toGexf, toGraphml } from '../../formats/index.js';
import { withMetrics } from '../../metrics/index.js';
import type { App, Panel } from '../app.js';
import { byId } from './dom-ids.js';

/** Saves text as a file the browser downloads. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The network as drawn (colours and sizes on screen), with its metrics once measured. */
function exportGraph({ store, view }: App): Graph {
  const metrics = store.get().network.metrics;
  const drawn = view.drawnGraph();
  return metrics ? withMetrics(drawn, metrics) : drawn;
}

export const exportPanel: Panel = {
  name: 'export',
  mount(app) {
    byId('export-png').addEventListener('click', () => void downloadAsPNG(app.view.renderer, { fileName: 'collabnet', backgroundColor: '#ffffff' }));
    byId('export-gexf').addEventListener('click', () => download('collabnet.gexf', toGexf(exportGraph(app)), 'application/xml'));
    byId('export-graphml').addEventListener('click', () => download('collabnet.graphml', toGraphml(exportGraph(app)), 'application/xml'));
    byId('export-csv').addEventListener('click', () => {
      const metrics = app.store.get().network.metrics;
      if (metrics) download('collabnet-nodes.csv', metricsToCsv(metrics), 'text/csv');
    });
  },
};
