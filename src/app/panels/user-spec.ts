// Loading the user's own spec and survey: the compute worker checks them as `collabnet spec check`
// does; errors are shown in the page; a valid pair joins the spec menu and its network is generated.
import type { Panel } from '../app.js';
import { registerSpec, specView } from '../network.js';
import { setError, setStatus, switchSpec } from '../store.js';
import { readUserSpec } from '../user-spec.js';
import { byId } from './dom-ids.js';
import { confirmReplace } from './imported.js';

/** Largest spec or survey file read, in bytes. */
const MAX_SPEC_BYTES = 8 * 1024 * 1024;

export const userSpecPanel: Panel = {
  name: 'user-spec',
  mount(app) {
    const { store, compute, networks } = app;
    const input = byId<HTMLInputElement>('spec-files');
    input.addEventListener('change', async () => {
      const chosen = [...(input.files ?? [])];
      input.value = '';
      if (chosen.length === 0) return;
      store.update((s) => setStatus(setError(s, null), `Checking ${chosen.map((f) => f.name).join(' and ')}…`));
      try {
        const big = chosen.find((f) => f.size > MAX_SPEC_BYTES);
        if (big) throw new Error(`${big.name}: larger than the 8 MB limit for a spec or survey`);
        const files = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
        const { name } = await compute.request<{ name: string }>({ kind: 'spec', spec: '', files });
        // The worker checked them; the page reads them too, to show the spec's sectors, levers and figures.
        const { spec, survey } = readUserSpec(files);
        const mine = registerSpec(spec, survey);
        if (mine !== name) throw new Error(`internal error: the worker knows this spec as ${name}, the page as ${mine}`);
        store.update((s) => setStatus(s, `${files.map((f) => f.name).join(' and ')}: checked (as collabnet spec check does).`));
        confirmReplace(app, `A network of your spec "${spec.title}"`, () => {
          store.update((s) => switchSpec(s, specView(name), false));
          void networks.generate();
        });
      } catch (err) {
        store.update((s) => setError(setStatus(s, ''), (err as Error).message));
      }
    });
  },
};
