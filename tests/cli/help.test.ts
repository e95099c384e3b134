import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';
// @ts-expect-error plain JavaScript build script without types
import { isBuildCurrent } from '../../scripts/build-cli.mjs';

/** The CLI through the worker (the stored help texts bypassed). */
function live(args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', COLLABNET_LIVE_HELP: '1' } });
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('the compiled CLI', () => {
  it('is built from the sources as they are now (the test setup rebuilds a stale one)', () => {
    expect(isBuildCurrent()).toBe(true);
  });

  it('answers help requests it has no stored text for through the worker, as before', () => {
    const r = cli(['metrics', '--help', '--top', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(live(['metrics', '--help']));
  });

  it('prints the same help and version without the worker as with it', async () => {
    const stored = ((await import(join(ROOT, 'lib/cli/help.mjs'))) as { default: Record<string, string> }).default;
    const keys = Object.keys(stored);
    expect(keys).toEqual(expect.arrayContaining(['--help', '-h', '--version', 'metrics --help', 'scenario --help', 'data check --help']));
    for (const key of ['--help', '--version', 'metrics --help', 'scenario -h', 'data check --help']) {
      const fast = cli(key.split(' '));
      expect(fast.code).toBe(0);
      expect(fast.stdout).toBe(live(key.split(' ')));
      expect(fast.stdout).toBe(stored[key]);
    }
  });
});
