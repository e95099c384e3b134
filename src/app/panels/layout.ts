// Page layout: on a narrow window (≤ 700 px) the network comes first and the two side panels
// collapse behind their buttons; the label density menu.
import type { Panel } from '../app.js';
import { byId } from './dom-ids.js';

/** Label settings per choice of the Labels menu: fewer labels, bigger cells. */
const LABELS = {
  few: { renderLabels: true, labelDensity: 0.4, labelGridCellSize: 120, labelRenderedSizeThreshold: 9 },
  more: { renderLabels: true, labelDensity: 1, labelGridCellSize: 80, labelRenderedSizeThreshold: 5 },
  none: { renderLabels: false, labelDensity: 0.4, labelGridCellSize: 120, labelRenderedSizeThreshold: 9 },
} as const;

/** The width (px) at or below which the page stacks and collapses its panels. */
export const NARROW = 700;

export const layoutPanel: Panel = {
  name: 'layout',
  mount({ store, view }) {
    const labels = byId<HTMLSelectElement>('labels');
    labels.addEventListener('change', () => view.renderer.setSettings(LABELS[labels.value as keyof typeof LABELS] ?? LABELS.few));
    const narrow = window.matchMedia(`(max-width: ${NARROW}px)`);
    const asides = [byId('controls'), byId('side')];
    const setOpen = (aside: HTMLElement, open: boolean) => {
      aside.classList.toggle('collapsed', !open);
      aside.querySelector('.panel-toggle')!.setAttribute('aria-expanded', String(open));
    };
    const apply = () => {
      for (const a of asides) setOpen(a, !narrow.matches);
      view.renderer.resize();
      view.renderer.refresh();
    };
    for (const a of asides) a.querySelector('.panel-toggle')!.addEventListener('click', () => setOpen(a, a.classList.contains('collapsed')));
    narrow.addEventListener('change', apply);
    apply();
    // On a narrow window, selecting a node opens the panel that shows it.
    store.subscribe((s, p) => {
      if (narrow.matches && s.view.node && s.view.node !== p.view.node) setOpen(byId('side'), true);
    });
  },
};
