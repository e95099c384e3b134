// View panel: colour by, size by, and the legend.
import type { Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { setView } from '../store.js';
import { byId } from './dom-ids.js';

export const appearancePanel: Panel = {
  name: 'appearance',
  mount({ store }) {
    const color = byId<HTMLSelectElement>('color');
    const size = byId<HTMLSelectElement>('size');
    const legend = byId('legend');
    /** The spec's attributes join sector, community and component in the colour menu. */
    const showModes = () => {
      for (const o of [...color.options]) if (o.dataset.attribute) o.remove();
      for (const a of store.get().spec.attributes) color.append(h('option', { value: a.name, 'data-attribute': '1' }, a.label));
      color.value = store.get().view.color;
    };
    showModes();
    size.value = store.get().view.size;
    color.addEventListener('change', () => store.update((s) => setView(s, { color: color.value })));
    size.addEventListener('change', () => store.update((s) => setView(s, { size: size.value })));
    store.subscribe((s, p) => {
      if (s.spec !== p.spec) showModes();
      if (s.view.color !== color.value) color.value = s.view.color;
      if (s.view.size !== size.value) size.value = s.view.size;
      if (s.derived.legend !== p.derived.legend)
        fill(
          legend,
          ...s.derived.legend.map((l) => {
            const dot = h('i');
            dot.style.background = l.color;
            return h('li', {}, dot, h('span', {}, `${l.label} (${l.count.toLocaleString('en-US')})`));
          }),
        );
    });
  },
};
