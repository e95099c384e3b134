// What the page's URL asked for but could not be used (dropped from the URL), one line each; dismissable.
import type { Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { byId } from './dom-ids.js';

export const urlNotesPanel: Panel = {
  name: 'url-notes',
  mount({ store }) {
    const box = byId('url-notes');
    const show = (notes: readonly string[]) => {
      fill(box.querySelector('ul')!, ...notes.map((n) => h('li', {}, n)));
      box.hidden = notes.length === 0;
    };
    show(store.get().urlNotes);
    byId('url-notes-close').addEventListener('click', () => (box.hidden = true));
    store.subscribe((s, p) => s.urlNotes !== p.urlNotes && show(s.urlNotes));
  },
};
