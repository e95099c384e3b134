#!/usr/bin/env node
// `npx collabnet …`: the main thread is plain JavaScript and only supervises (so it starts fast
// and always hears Ctrl-C); the command runs in a worker thread that loads the TypeScript CLI
// through tsx's loader (src/cli/cli-worker.mjs).
import { supervise } from '../src/cli/supervisor.mjs';

supervise(process.argv.slice(2));
