import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A Python that can import networkx: Debian's /usr/bin/python3 (what .ci/run installs
 * python3-networkx for) first, then `python3` on PATH. Throws — never skips — when none can.
 */
export function pythonWithNetworkx(): string {
  for (const py of ['/usr/bin/python3', 'python3']) {
    if (py.startsWith('/') && !existsSync(py)) continue;
    const r = spawnSync(py, ['-c', 'import networkx'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  throw new Error('NetworkX is not installed: run `apt-get install -y python3-networkx` (CI does this in .ci/run)');
}
