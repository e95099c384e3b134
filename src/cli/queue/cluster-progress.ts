/** What the coordinator knows about the cluster at a moment. */
export interface ClusterStatus {
  readonly done: number;
  readonly total: number;
  readonly seconds: number;
  readonly workers: number | null;
  /** Seconds Redis has been unreachable (0 when connected). */
  readonly offline: number;
}

const duration = (s: number) => (!Number.isFinite(s) ? '?' : s < 90 ? `${Math.ceil(s)} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);

/** One line of cluster progress: networks done of total, rate, ETA, live workers (and an outage, if any). */
export function clusterStatusLine(label: string, url: string, s: ClusterStatus): string {
  const rate = s.seconds > 0 ? s.done / s.seconds : 0;
  const eta = rate > 0 ? (s.total - s.done) / rate : Infinity;
  const workers = s.workers === null ? '? workers' : `${s.workers} worker${s.workers === 1 ? '' : 's'}`;
  const outage = s.offline > 0 ? ` · Redis unreachable for ${Math.floor(s.offline)} s, waiting` : '';
  return `${label} on ${url}: ${s.done}/${s.total} networks · ${rate.toFixed(1)}/s · ETA ${s.done >= s.total ? '0 s' : duration(eta)} · ${workers}${outage}`;
}

/**
 * The coordinator's last line. Identical jobs (the same model and seeds, e.g. a Sobol' sample
 * point drawn twice) run once, so fewer networks than planned may go through the queue: the line
 * says so, lest the difference read as lost work.
 */
export function clusterDoneLine(label: string, url: string, done: number, planned: number, seconds: number): string {
  const repeated = planned - done;
  const why = repeated > 0 ? ` (${planned} planned: ${repeated} repeated identical ones, each computed once and reused)` : '';
  return `${label} on ${url}: done, ${done} networks through the queue in ${seconds.toFixed(1)} s${why}`;
}
