import { leverText, type Lever } from '../../scenarios/index.js';
import { fill, h } from '../dom.js';

/**
 * The lever list: a checkbox per lever with its title, its description visible, and what t means
 * for it in plain language from the spec ("t = 0.5 → clinicians with an institution partner
 * 8.7% → 48%"), each quantity with the survey row or assumption its ceiling comes from.
 */
export function renderLevers(el: HTMLElement, levers: readonly Lever[], selected: readonly string[], t: number): void {
  fill(
    el,
    ...levers.map((l) => {
      const text = leverText(l, t);
      return h(
        'div',
        { className: 'lever', 'data-lever': l.name },
        h('label', {}, h('input', { type: 'checkbox', value: l.name, checked: selected.includes(l.name) }), ` ${l.title}`),
        h('p', { className: 'lever-description' }, l.description),
        h(
          'ul',
          { className: 'lever-moves' },
          ...text.lines.map((line) =>
            h('li', { 'data-key': line.key }, h('span', { className: 'lever-move' }, [text.head, line.text].filter(Boolean).join(' ')), h('small', {}, ` — ${line.held ? 'held: the survey leaves no room; ' : ''}ceiling from ${line.source}`)),
          ),
        ),
      );
    }),
  );
}

/** Updates the plain-language lines for a new t without rebuilding the checkboxes. */
export function updateLeverText(el: HTMLElement, levers: readonly Lever[], t: number): void {
  for (const l of levers) {
    const text = leverText(l, t);
    for (const line of text.lines) {
      const span = el.querySelector(`[data-lever="${CSS.escape(l.name)}"] [data-key="${CSS.escape(line.key)}"] .lever-move`);
      if (span) span.textContent = [text.head, line.text].filter(Boolean).join(' ');
    }
  }
}
