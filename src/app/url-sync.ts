// Keeps the page's URL in step with the view state (what a shared link restores).
import { writeState } from './state.js';
import type { AppState, Store } from './store.js';

/** Writes the view state into the URL now and after each change of it. */
export function connectUrl(store: Store<AppState>): void {
  const save = (s: AppState) => history.replaceState(null, '', `${location.pathname}${writeState(s.view)}`);
  save(store.get());
  store.subscribe((s, p) => {
    if (s.view !== p.view) save(s);
  });
}
