import cliProgress from 'cli-progress';

/** A progress bar on stderr, silent when stderr is not a terminal (stdout stays clean). */
export function progressBar(total: number, label: string): { tick: (done: number) => void; stop: () => void } {
  if (!process.stderr.isTTY || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} · {eta_formatted} left`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (done) => bar.update(done), stop: () => bar.stop() };
}
