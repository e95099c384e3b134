// The public surface is stable: the names and shapes 'collabnet' and 'collabnet/node' export are
// those recorded in tests/api/collabnet.api.md (see README "Scripting": semver). A name that
// disappears, or a signature or type that changes, fails here until the report is updated on
// purpose (`npx vitest run tests/api/surface.test.ts -u`) and the version bumped to match.
import { describe, expect, it } from 'vitest';
import { apiReport, undocumented } from './api-report.js';

describe('public API surface', () => {
  it('a report of another surface does not match the recorded one (the check can fail)', () => {
    const report = apiReport();
    const without = report.replace(/```ts\nfunction generate\([^]*?```\n\n/, '');
    expect(without).not.toBe(report);
  });

  it('every exported function and class has a doc comment with an @example, every exported type a doc comment', () => {
    expect(undocumented()).toEqual([]);
  }, 60_000);

  it('matches tests/api/collabnet.api.md', async () => {
    await expect(apiReport()).toMatchFileSnapshot('./collabnet.api.md');
  }, 60_000);
});
