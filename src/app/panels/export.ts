// Export panel: PNG of the view (title, summary line, legends; re-centred on the nodes shown; 1× or
// 2×), GEXF and GraphML of the network with its metrics, the node CSV with every attribute — each
// of what the filters show or of the full network (a choice), and the file says which.
import type Graph from 'graphology';
import { toGexf, toGraphml, toNodesCsv } from '../../formats/index.js';
import { withMetrics } from '../../metrics/index.js';
import type { App, Panel } from '../app.js';
import { exportCopy, exportFileName, type ExportScope } from '../export/index.js';
import { renderPng, type PngCaption } from '../export/png.js';
import { setError, setStatus } from '../store.js';
import { byId } from './dom-ids.js';

/** Saves a blob as a file the browser downloads. */
function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file the browser downloads. */
export function download(name: string, text: string, type: string): void {
  save(name, new Blob([text], { type }));
}

/** The scope chosen in the panel; "what the filters show" is the full network when they show every node. */
const scopeOf = ({ view }: App): ExportScope => (byId<HTMLSelectElement>('export-scope').value === 'full' || view.visible.size >= view.graph.order ? 'full' : 'shown');

/** The network as drawn (colours and sizes on screen) with its metrics, cut to the scope; its graph attribute says which. */
function exportGraph({ store, view }: App, scope: ExportScope): Graph {
  const { network, derived } = store.get();
  const drawn = view.drawnGraph();
  const full = network.metrics ? withMetrics(drawn, network.metrics) : drawn;
  return exportCopy(full, scope, (n) => view.visible.has(n), derived.filters ?? '');
}

/** What the PNG says besides the network: the page's title and summary line, the legends. */
function caption({ store }: App): PngCaption {
  const { spec, derived, network } = store.get();
  const title = network.file ? `collabnet: ${network.file}` : `collabnet: ${spec.title}`;
  const summary = byId('summary').innerText.replace(/\s+/g, ' ').trim();
  const legend: PngCaption['legend'] = derived.gradient
    ? { kind: 'gradient', attribute: derived.gradient.attribute, gradient: { min: derived.gradient.min, max: derived.gradient.max, stops: derived.gradient.stops, ticks: [] } }
    : { kind: 'categorical', items: derived.legend.map((l) => ({ ...l, values: [] })) };
  return { title, summary, legend, ...(derived.sizes && derived.sizes.items.length > 1 ? { size: derived.sizes } : {}) };
}

export const exportPanel: Panel = {
  name: 'export',
  mount(app) {
    const { store, view } = app;
    byId('export-png').addEventListener('click', async () => {
      try {
        const hires = byId<HTMLInputElement>('export-hires').checked;
        // The picture shows the network as styled, without the selection's or hover's highlight (the rest would be faded).
        const [selected, hovered] = [view.selected, view.hovered];
        view.selected = view.hovered = null;
        let canvas: HTMLCanvasElement;
        try {
          canvas = await renderPng(view.renderer, view.visible, caption(app), hires);
        } finally {
          [view.selected, view.hovered] = [selected, hovered];
        }
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
        if (!blob) throw new Error('PNG export: the browser could not encode the picture');
        save(hires ? 'collabnet-2x.png' : 'collabnet.png', blob);
        store.update((s) => setStatus(s, `PNG: ${canvas.width}×${canvas.height} px, the ${view.visible.size.toLocaleString('en-US')} nodes shown.`));
      } catch (err) {
        store.update((s) => setError(s, (err as Error).message));
      }
    });
    const text = (what: 'gexf' | 'graphml' | 'nodes.csv', write: (g: Graph) => string, type: string) => () => {
      const scope = scopeOf(app);
      try {
        download(exportFileName(scope, what), write(exportGraph(app, scope)), type);
      } catch (err) {
        store.update((s) => setError(s, (err as Error).message));
      }
    };
    byId('export-gexf').addEventListener('click', text('gexf', toGexf, 'application/xml'));
    byId('export-graphml').addEventListener('click', text('graphml', toGraphml, 'application/xml'));
    byId('export-csv').addEventListener('click', text('nodes.csv', toNodesCsv, 'text/csv'));
  },
};
