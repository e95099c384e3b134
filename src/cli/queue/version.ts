import { readFileSync } from 'node:fs';

/** collabnet's release (as `--version` prints it). */
export const RELEASE = '0.1.0';

/**
 * The version a job carries and a worker must match: the release and the build (the hash of the
 * sources the compiled CLI was built from, lib/cli/source-hash), since two builds of one release
 * may compute different bytes. Run from source, the build reads `source`.
 */
export function collabnetVersion(): string {
  let build = 'source';
  try {
    build = readFileSync(new URL('./source-hash', import.meta.url), 'utf8').trim().slice(0, 12) || 'source';
  } catch {
    /* not the compiled CLI */
  }
  return `${RELEASE}+${build}`;
}
