import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { InputError } from '../errors.js';
import { PACKAGE_ROOT } from './files.js';

/** Builds the explorer into dist/ with Vite (the same build as `npm run build`). */
export async function buildExplorer(): Promise<string> {
  const { build } = await import('vite');
  await build({ configFile: join(PACKAGE_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return join(PACKAGE_ROOT, 'dist');
}

/** Answers 400 to a request whose path is not valid percent-encoded UTF-8 (`/%`, `/%zz`, overlong forms). */
export const rejectMalformedPaths: Connect.NextHandleFunction = (req, res, next) => {
  try {
    decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    res.statusCode = 400;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('bad request: malformed path\n');
    return;
  }
  next();
};

/**
 * Serves a static folder on 127.0.0.1 with Vite's own preview server (sirv underneath: it
 * resolves every path inside the folder, so `..` in any spelling never leaves it; unknown
 * paths are 404, malformed ones 400). Resolves once listening.
 */
export async function serveStatic(root: string, port: number): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const { preview } = await import('vite');
  const dist = resolve(root);
  const guard: Plugin = {
    name: 'collabnet-malformed-paths',
    configurePreviewServer(server) {
      server.middlewares.use(rejectMalformedPaths);
    },
  };
  let started;
  try {
    started = await preview({
      configFile: false,
      root: dirname(dist),
      base: './',
      appType: 'mpa', // no fallback to index.html: a path that is not a file is 404
      logLevel: 'silent',
      plugins: [guard],
      build: { outDir: dist },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    });
  } catch (err) {
    const message = (err as Error).message ?? '';
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE' || /already in use/i.test(message)) throw new InputError(`port ${port} is in use; choose another with --port or PORT`);
    throw err;
  }
  const server = started.httpServer as Server;
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}/`, close: () => started.close() };
}
