// vitest global setup: the tests run the CLI as users run it, compiled (lib/cli/), and the
// examples and the packed package import the library as users do (lib/api/, lib/types/). Rebuilds
// each when the sources differ from what it was built from, so a stale build cannot pass a test.
// @ts-expect-error plain JavaScript build script without types
import { buildCli, isBuildCurrent } from '../scripts/build-cli.mjs';
// @ts-expect-error plain JavaScript build script without types
import { buildApi, isApiBuildCurrent } from '../scripts/build-api.mjs';

export default async function setup(): Promise<void> {
  if (!isBuildCurrent()) await buildCli({ quiet: true });
  if (!isApiBuildCurrent()) await buildApi({ quiet: true });
}
