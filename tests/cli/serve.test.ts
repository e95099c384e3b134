import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/cli/serve.js';

/** One GET with the path sent exactly as written (no normalization by the client). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the explorer server (what `npm start` serves dist/ with)', { timeout: 15_000 }, () => {
  const top = mkdtempSync(join(tmpdir(), 'collabnet-serve-'));
  const dist = join(top, 'dist');
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(dist, 'app.js'), 'export {};');
    // A sibling folder whose name starts with "dist", and a file beside dist/.
    mkdirSync(join(top, 'dist-old'));
    writeFileSync(join(top, 'dist-old', 'x'), 'SECRET-SIBLING');
    writeFileSync(join(top, 'secret.txt'), 'SECRET-PARENT');
    ({ server } = await serveStatic(dist, 0));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => {
    server?.closeAllConnections?.();
    server?.close();
  });

  it('malformed paths get 400 and the server keeps serving', async () => {
    for (const path of ['/%', '/%zz', '/%c0%af', '/%e0%80%af', '/a%ff', '/%c0%ae%c0%ae/secret.txt']) {
      const r = await get(port, path);
      expect(r.status, path).toBe(400);
    }
    expect((await get(port, '/')).status).toBe(200);
  });

  it('serves the files of dist/', async () => {
    const r = await get(port, '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>explorer</title>');
    expect((await get(port, '/app.js')).body).toBe('export {};');
    expect((await get(port, '/nope.js')).status).toBe(404);
  });

  it('never serves a file outside dist/: raw, encoded and double-encoded dots, sibling folders', async () => {
    const attacks = [
      '/../secret.txt',
      '/../dist-old/x',
      '/..%2fdist-old/x',
      '/..%2Fdist-old%2Fx',
      '/%2e%2e/dist-old/x',
      '/%2e%2e%2fsecret.txt',
      '/%252e%252e/dist-old/x',
      '/%252e%252e%252fsecret.txt',
      '/..%5csecret.txt',
      '/./../secret.txt',
      '//../secret.txt',
      `/${'..%2f'.repeat(12)}etc/passwd`,
    ];
    for (const path of attacks) {
      const r = await get(port, path);
      expect([400, 403, 404], `${path} → ${r.status}`).toContain(r.status);
      expect(r.body, path).not.toMatch(/SECRET|root:/);
    }
    // The server is still up.
    expect((await get(port, '/')).status).toBe(200);
  });
});
