// A network the user loaded: the header names the file instead of the survey, survey-only controls
// (scenario levers) hide (the filters are built from the file's own attributes), the page says its link opens the
// survey network, and Generate or another spec asks before replacing the user's network.
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { isUserSpec } from '../network.js';
import { byId } from './dom-ids.js';

/** Runs `replace` at once for a generated network; for a user's file, asks first (in the page). `keep` runs when the user keeps the file. */
export function confirmReplace(app: App, what: string, replace: () => void, keep: () => void = () => {}): void {
  const file = app.store.get().network.file;
  if (!file) return replace();
  const box = byId('replace-confirm');
  byId('replace-question').textContent = `${what} replaces your network (${file}) on screen. Replace it?`;
  box.hidden = false;
  const yes = byId<HTMLButtonElement>('replace-yes');
  const no = byId<HTMLButtonElement>('replace-no');
  const done = (go: boolean) => () => {
    box.hidden = true;
    yes.onclick = null;
    no.onclick = null;
    if (go) replace();
    else keep();
  };
  yes.onclick = done(true);
  no.onclick = done(false);
  yes.focus();
}

export const importedPanel: Panel = {
  name: 'imported',
  mount({ store }) {
    // The attribute filters stay: they are built from the network's own attributes (the survey's tier and province only when the file has them).
    // The sensitivity panel varies the survey's assumptions: it means nothing for a file either.
    const survey = [byId('scenario-panel'), byId('sensitivity-panel')];
    store.subscribe((s, p) => {
      if (s.network.file === p.network.file && s.spec === p.spec) return;
      const file = s.network.file;
      for (const el of survey) el.hidden = file !== null;
      if (file) {
        fill(byId('spec-sectors'), `your network: ${file}`);
        fill(byId('source'), `Loaded from ${file}, not generated from the survey: the survey's scenarios do not apply to it.`);
      } else {
        fill(byId('spec-sectors'), s.spec.sectors.map((x) => x.plural).join(' · '));
        fill(byId('source'), s.spec.title);
      }
      const note = byId('file-note');
      const mine = isUserSpec(s.spec.name);
      note.hidden = file === null && !mine;
      const what = file ?? (mine ? `Your spec “${s.spec.title}”` : null);
      fill(note, ...(what ? [h('b', {}, what), ' is not in this page’s link (your files stay on your computer): the link opens the survey network.'] : []));
      if (!file) byId('replace-confirm').hidden = true;
    });
  },
};
