// The caption over the grid of nodes with no tie: "1,486 hospitals with no collaboration", in the
// spec's sector names, following the filters; it moves with the camera.
import type { App, Panel } from '../app.js';
import { byId } from './dom-ids.js';
import { inSentence } from '../in-sentence.js';

/** "1,486 hospitals", "1 company", "12 nodes". */
function counted(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** The caption's text for the isolates shown, per sector in the spec's order (others as "nodes"). */
export function isolatesCaption({ store, view }: App): string {
  const grid = view.isolateGrid;
  if (!grid) return '';
  const { spec } = store.get();
  const counts = new Map<string, number>();
  for (const n of grid.nodes) {
    if (!view.visible.has(n)) continue;
    const sector = String(view.graph.getNodeAttribute(n, 'sector') ?? '');
    const key = spec.sectors.some((s) => s.id === sector) ? sector : '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [
    ...spec.sectors.filter((s) => counts.get(s.id)).map((s) => counted(counts.get(s.id)!, inSentence(s.label), inSentence(s.plural))),
    ...(counts.get('') ? [counted(counts.get('')!, counts.size === 1 ? 'node' : 'other node', counts.size === 1 ? 'nodes' : 'other nodes')] : []),
  ];
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list} with no collaboration`;
}

export const isolatesCaptionPanel: Panel = {
  name: 'isolates-caption',
  mount(app) {
    const { store, view } = app;
    const el = byId('isolates-caption');
    const graphEl = byId('graph');
    let text = '';
    const place = () => {
      const grid = view.isolateGrid;
      if (!grid || !text) return void (el.hidden = true);
      const at = view.renderer.graphToViewport({ x: grid.x0, y: grid.top });
      const x = graphEl.offsetLeft + at.x - 4;
      const y = graphEl.offsetTop + at.y - 26;
      const inside = at.x > -200 && at.x < graphEl.clientWidth && at.y > -40 && at.y < graphEl.clientHeight;
      el.hidden = !inside;
      el.style.left = `${Math.max(graphEl.offsetLeft, x)}px`;
      el.style.top = `${Math.max(graphEl.offsetTop, y)}px`;
    };
    store.subscribe((s, p) => {
      if (s.network !== p.network || s.derived.visible !== p.derived.visible || s.spec !== p.spec) {
        text = isolatesCaption(app);
        el.textContent = text;
        place();
      }
    });
    view.renderer.on('afterRender', place);
  },
};
