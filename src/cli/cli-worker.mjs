// The CLI's work runs here, in a worker thread, so that the main thread stays free to receive
// SIGINT/SIGTERM at any moment and stop it (see supervisor.ts). Loads the TypeScript through tsx.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
const { attachSupervisor } = await import('./interrupt.ts');
const { runCli, useDirectStdio } = await import('./cli.ts');
attachSupervisor(workerData.link);
useDirectStdio();
const code = await runCli(workerData.args);
// Commands that keep running (the explorer server) never get here; the others end now.
process.exit(code);
