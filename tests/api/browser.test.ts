// The browser-safe entry runs in a browser: src/api/index.ts bundled for the browser (esbuild,
// every dependency in, no Node built-in allowed) and driven in Chromium, from the survey and spec
// as objects — the same calls a page or a web worker makes, with the same results as Node.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createModel, generate, writeGraph, metrics, loadSurvey, InputError } from '../../src/api/index.js';
import { ARGS, CHROMIUM } from '../browser/harness.js';
import { rawModel, rawSurvey, ROOT } from '../helpers.js';

const PAGE_SCRIPT = `
import { createModel, generate, metrics, writeGraph, readGraph, InputError, loadSurvey } from ${JSON.stringify(join(ROOT, 'src/api/index.ts'))};
const [spec, survey] = await Promise.all([fetch('/model.json').then((r) => r.json()), fetch('/survey.json').then((r) => r.json())]);
const model = createModel({ spec, survey });
const { graph } = generate(model, { seed: 11 });
const report = metrics(graph, { model, seed: 11 });
const gexf = writeGraph(graph, 'gexf');
const back = readGraph(gexf, { file: 'net.gexf', model }).graph;
let message = '';
try { loadSurvey({ ...survey, tables: 3 }, 'survey.json'); } catch (err) { if (err instanceof InputError) message = err.problems[0]; }
window.result = { order: graph.order, size: graph.size, giant: report.network.giantShare, gexfLength: gexf.length, backOrder: back.order, message };
`;

let server: Server | undefined;
afterAll(() => server?.close());

describe('collabnet in a browser bundle', () => {
  it('bundles for the browser without Node built-ins, and generates, measures, writes and reads back as Node does', async () => {
    const bundle = await build({ stdin: { contents: PAGE_SCRIPT, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, platform: 'browser', format: 'esm', target: 'es2022', logLevel: 'silent' });
    const js = bundle.outputFiles[0]!.text;
    expect(js).not.toMatch(/from ["']node:/);
    const files: Record<string, [string, string]> = {
      '/': ['text/html', '<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>'],
      '/app.js': ['text/javascript', js],
      '/model.json': ['application/json', readFileSync(join(ROOT, 'data/model.json'), 'utf8')],
      '/survey.json': ['application/json', readFileSync(join(ROOT, 'data/survey.json'), 'utf8')],
    };
    server = createServer((req, res) => {
      const f = files[req.url ?? '/'];
      res.writeHead(f ? 200 : 404, { 'content-type': f?.[0] ?? 'text/plain' }).end(f?.[1] ?? '');
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => (window as unknown as { result?: unknown }).result !== undefined || false, null, { timeout: 120_000 });
      const result = await page.evaluate(() => (window as unknown as { result: Record<string, unknown> }).result);
      expect(errors).toEqual([]);
      const model = createModel({ spec: rawModel(), survey: rawSurvey() });
      const { graph } = generate(model, { seed: 11 });
      // The same bad survey in Node, for the message the browser must give word for word.
      let nodeMessage = '';
      try {
        loadSurvey({ ...rawSurvey(), tables: 3 }, 'survey.json');
      } catch (err) {
        if (err instanceof InputError) nodeMessage = err.problems[0]!;
      }
      expect(nodeMessage).toMatch(/^survey\.json: tables: expected /);
      expect(result).toEqual({
        order: graph.order,
        size: graph.size,
        giant: metrics(graph, { model, seed: 11 }).network.giantShare,
        gexfLength: writeGraph(graph, 'gexf').length,
        backOrder: graph.order,
        message: nodeMessage,
      });
    } finally {
      await browser.close();
    }
  }, 180_000);
});
