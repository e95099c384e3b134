// `collabnet` (and `npm start`): the main thread only supervises; the command runs in a worker
// thread (cli-worker.mjs → cli.ts) so that a signal can stop it at any moment (supervisor.ts).
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const { supervise } = await import('./supervisor.mjs');
  supervise(process.argv.slice(2));
} else {
  const { runCli, useDirectStdio } = await import('./cli.js');
  useDirectStdio();
  process.exit(await runCli(process.argv.slice(2)));
}
