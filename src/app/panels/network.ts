// Network panel: spec, seed, scale, Generate, loading a file; the error, status and progress lines.
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { specList, specName, specView } from '../network.js';
import { setError, setView, switchSpec } from '../store.js';
import { byId } from './dom-ids.js';
import { confirmReplace } from './imported.js';

/**
 * Reads seed and scale from their inputs into the state; false (with an error shown) when the seed
 * is not an integer the generator takes.
 */
export function readNetworkInputs(app: App): boolean {
  const typed = byId<HTMLInputElement>('seed').value.trim();
  const seed = /^[+-]?\d+$/.test(typed) ? Number(typed) : NaN;
  if (!Number.isSafeInteger(seed) || seed < -2147483648 || seed > 2147483647) {
    app.store.update((s) => setError(s, `Seed: expected an integer in [-2147483648, 2147483647], got ${JSON.stringify(typed)}`));
    return false;
  }
  const scale = Number(byId<HTMLSelectElement>('scale').value) || 1;
  app.store.update((s) => setView(s, { seed, scale }));
  return true;
}

/** Shows the seed and scale of the state in their inputs. */
function showInputs(app: App): void {
  const { seed, scale } = app.store.get().view;
  byId<HTMLInputElement>('seed').value = String(seed);
  const menu = byId<HTMLSelectElement>('scale');
  // A scale the URL gives that the list lacks (any in [0.05, 20] is allowed) gets an entry of its own.
  if (![...menu.options].some((o) => Number(o.value) === scale)) menu.append(h('option', { value: String(scale) }, `${scale}×`));
  menu.value = [...menu.options].find((o) => Number(o.value) === scale)!.value;
}

export const networkPanel: Panel = {
  name: 'network',
  mount(app) {
    const { store, networks } = app;
    const specMenu = byId<HTMLSelectElement>('spec');
    const showSpec = () => {
      const name = store.get().spec.name;
      fill(specMenu, ...specList().map((x) => h('option', { value: x.name, selected: x.name === name }, x.title)));
      specMenu.value = name;
    };
    showSpec();
    showInputs(app);
    specMenu.addEventListener('change', () => {
      const name = specMenu.value;
      confirmReplace(
        app,
        'A network of this spec',
        () => {
          store.update((s) => switchSpec(s, specView(specName(name)), name === specList()[0]!.name));
          void networks.generate();
        },
        () => (specMenu.value = store.get().spec.name),
      );
    });
    byId('generate').addEventListener('click', () => {
      if (!readNetworkInputs(app)) return;
      confirmReplace(app, 'A generated survey network', () => {
        store.update((s) => setView(s, { node: null }));
        void networks.generate();
      });
    });

    const input = byId<HTMLInputElement>('file');
    input.multiple = true;
    input.addEventListener('change', () => {
      if (!input.files) return;
      void networks.loadFiles([...input.files]);
      // Choosing the same file again (after editing it, or after another network) must load it again.
      input.value = '';
    });
    const zone = byId('dropzone');
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer?.files) void networks.loadFiles([...e.dataTransfer.files]);
    });
    zone.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') input.click();
    });

    const error = byId('error');
    const status = byId('status');
    const progress = byId('progress');
    store.subscribe((s, p) => {
      if (s.spec !== p.spec) showSpec();
      if (s.view.seed !== p.view.seed || s.view.scale !== p.view.scale) showInputs(app);
      if (s.error !== p.error) {
        error.hidden = s.error === null;
        error.textContent = s.error ?? '';
      }
      if (s.status !== p.status) status.textContent = s.status;
      if (s.progress !== p.progress) {
        progress.hidden = s.progress === null;
        (progress.firstElementChild as HTMLElement).style.width = `${Math.round((s.progress ?? 0) * 100)}%`;
      }
    });
  },
};
