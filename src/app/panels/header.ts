// The page header: which spec's network this is (its sectors and title).
import type { Panel } from '../app.js';
import { fill } from '../dom.js';
import { byId } from './dom-ids.js';

export const headerPanel: Panel = {
  name: 'header',
  mount({ store }) {
    const show = () => {
      const { spec } = store.get();
      fill(byId('spec-sectors'), spec.sectors.map((s) => s.plural).join(' · '));
      fill(byId('source'), spec.title);
    };
    show();
    store.subscribe((s, p) => s.spec !== p.spec && show());
  },
};
