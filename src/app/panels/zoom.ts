// Zoom in / out / fit-to-view buttons over the network.
import type { Panel } from '../app.js';
import { byId } from './dom-ids.js';

export const zoomPanel: Panel = {
  name: 'zoom',
  mount({ view }) {
    const camera = view.renderer.getCamera();
    byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ factor: 1.5, duration: 200 }));
    byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ factor: 1.5, duration: 200 }));
    byId('zoom-fit').addEventListener('click', () => view.fitVisible());
  },
};
