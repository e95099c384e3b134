#!/usr/bin/env node
// `npx collabnet …`: runs the compiled CLI (lib/cli/, built from src/ by `npm install` through the
// `prepare` script, or by `npm run build:cli`). The main thread is plain JavaScript and only
// supervises (so it starts fast and always hears Ctrl-C); the command runs in a worker thread
// (lib/cli/cli-worker.mjs, from src/cli/cli.ts). Help and version requests are answered here from
// the texts the build stored (the same CLI's output), without starting the worker, when they go to
// a pipe, a file or an 80-column terminal (the width the texts were laid out for).
import { isatty } from 'node:tty';
import { writeSync } from 'node:fs';

const args = process.argv.slice(2);
const load = async (path) => {
  try {
    return await import(path);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    return null;
  }
};

if (!process.env.COLLABNET_LIVE_HELP && args.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V') && (!isatty(1) || process.stdout.columns === 80)) {
  const text = (await load('../lib/cli/help.mjs'))?.default[args.join(' ')];
  if (text !== undefined) {
    let at = 0;
    const bytes = Buffer.from(text);
    try {
      while (at < bytes.length) at += writeSync(1, bytes, at);
    } catch {
      /* the reader went away (`| head`) */
    }
    process.exit(0);
  }
}
const cli = await load('../lib/cli/supervisor.mjs');
if (!cli) {
  process.stderr.write('collabnet: the compiled CLI (lib/cli/) is missing: run `npm install` or `npm run build:cli` in the package folder\n');
  process.exit(1);
}
cli.supervise(args);
