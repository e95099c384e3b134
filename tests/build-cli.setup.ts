// vitest global setup: the tests run the CLI as users run it, compiled (lib/cli/). Rebuilds it
// when the sources differ from what it was built from, so a stale build cannot pass a test.
// @ts-expect-error plain JavaScript build script without types
import { buildCli, isBuildCurrent } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  if (!isBuildCurrent()) await buildCli({ quiet: true });
}
