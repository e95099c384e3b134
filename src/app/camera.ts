// The camera: kept in the view state (so the URL restores it), re-centred on what is shown after a
// new network, an import or a filter; a camera the URL gave is restored once the first network is laid out.
import type { GraphView } from './graph-view.js';
import { setView, type AppState, type Store } from './store.js';

/** Whether a camera state is the home view (the whole network). */
const isHome = (c: { x: number; y: number; ratio: number }) => Math.abs(c.x - 0.5) < 1e-3 && Math.abs(c.y - 0.5) < 1e-3 && Math.abs(c.ratio - 1) < 1e-3;

/** Connects the camera to the store. `fromUrl`: the camera the page's URL asked for (applied to the first network laid out). */
export function connectCamera(store: Store<AppState>, view: GraphView, fromUrl: AppState['view']['camera']): void {
  let pending = fromUrl;
  const camera = view.renderer.getCamera();
  let timer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      const next = isHome({ x, y, ratio }) ? null : { x: Number(x.toFixed(4)), y: Number(y.toFixed(4)), ratio: Number(ratio.toPrecision(4)) };
      const cur = store.get().view.camera;
      if (next === cur || (next && cur && next.x === cur.x && next.y === cur.y && next.ratio === cur.ratio)) return;
      store.update((s) => setView(s, { camera: next }));
    }, 250);
  });
  store.subscribe((s, p) => {
    if (s.network.ready && !p.network.ready) {
      if (pending) {
        camera.setState({ ...pending, angle: 0 });
        pending = null;
      } else if (!s.view.node) view.fitVisible();
    } else if (
      s.network.id === p.network.id &&
      (['sectors', 'attrs', 'hideIsolates', 'giantOnly', 'minDegree'] as const).some((k) => s.view[k] !== p.view[k])
    )
      view.fitVisible();
  });
}

/** Moves the camera to a state (null: the whole network) without animation. */
export function setCamera(view: GraphView, state: AppState['view']['camera']): void {
  view.renderer.getCamera().setState(state ? { ...state, angle: 0 } : { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
}
