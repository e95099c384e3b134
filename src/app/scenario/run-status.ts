import { h } from '../dom.js';
import type { Progress } from '../protocol.js';

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** "12 of 24 networks · 3.1 s · about 3.0 s left". */
export function progressText(p: Progress): string {
  return `${p.done} of ${p.total} networks · ${seconds(p.elapsedMs)}${p.etaMs === null ? '' : p.done < p.total ? ` · about ${seconds(p.etaMs)} left` : ''}`;
}

/**
 * The running line of a long request: a progress bar, networks done of the total with elapsed
 * time and an estimate of what is left, and a Cancel button. `stop` is called on Cancel.
 */
export class RunStatus {
  readonly el = h('div', { className: 'run-status', hidden: true });
  private readonly bar = h('progress', { max: 1, value: 0 });
  private readonly text = h('span', { className: 'run-text' });
  private readonly cancel = h('button', { type: 'button', className: 'cancel' }, 'Cancel');
  private stop: (() => void) | null = null;

  constructor() {
    this.el.append(this.bar, ' ', this.text, ' ', this.cancel);
    this.cancel.addEventListener('click', () => {
      this.stop?.();
      this.text.textContent = 'cancelling…';
    });
  }

  /** Shows the line for a new run: what runs, and how to stop it. */
  start(what: string, stop: () => void): void {
    this.stop = stop;
    this.el.hidden = false;
    this.bar.value = 0;
    this.text.textContent = `${what}: starting…`;
    this.el.dataset.what = what;
  }

  update(share: number, detail?: Progress): void {
    this.bar.value = share;
    if (detail) this.text.textContent = `${this.el.dataset.what}: ${progressText(detail)}`;
  }

  /** Back to idle. */
  done(): void {
    this.stop = null;
    this.el.hidden = true;
  }
}
