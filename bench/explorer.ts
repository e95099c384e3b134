/**
 * The explorer in headless Chromium: time to first frame (cold browser and warm), ForceAtlas2 time,
 * and frame time while panning, for the baseline and for a national-scale (--scale 20, ~50k
 * nodes) network. Used by `npm run bench`; runs alone with `tsx bench/explorer.ts`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { median, quantile } from 'simple-statistics';
import { buildExplorer, serveStatic } from '../src/cli/serve.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Software WebGL (SwiftShader): the machine has no GPU. The same flags as the browser tests.
const ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage', '--no-first-run'];

type Probe = { ready: boolean; firstFrameMs: number; layoutMs: number; layoutIterations: number; order: number; renderTimes: number[] };

export interface PanTimings {
  moves: number;
  /**
   * Wall time of the whole drag, until the GPU has drawn everything asked of it (the pick at mouse
   * up reads a pixel back, which waits for it), per mouse move: the frame time the user sees.
   */
  frameMs: number;
  /** Time for the page to take one mouse move (median, p95): input latency on the main thread. */
  inputMedianMs: number;
  inputP95Ms: number;
  /** Sigma's own CPU time per render (median). */
  renderMedianMs: number;
}

export interface ExplorerView {
  nodes: number;
  firstFrameMs: number;
  layoutMs: number;
  layoutIterations: number;
  pan: PanTimings;
}

export interface ExplorerTimings {
  chromium: string;
  baselineColdFirstFrameMs: number;
  baselineWarmFirstFrameMs: number;
  baseline: ExplorerView;
  large: ExplorerView & { scale: number };
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __collabnet: Probe }).__collabnet);

async function open(page: Page, url: string, timeoutMs: number): Promise<Probe> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __collabnet?: Probe }).__collabnet?.ready === true, null, { timeout: timeoutMs, polling: 250 });
  return probe(page);
}

/** Drags the graph around and measures frame time, input latency and Sigma's render times. */
async function pan(page: Page, moves = 60): Promise<PanTimings> {
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate('window.__collabnet.renderTimes.length = 0');
  const input: number[] = [];
  const start = performance.now();
  await page.mouse.down();
  for (let i = 0; i < moves; i++) {
    const a = (i / moves) * 2 * Math.PI;
    const t = performance.now();
    await page.mouse.move(cx + 150 * Math.sin(a), cy + 100 * Math.sin(2 * a));
    input.push(performance.now() - t);
  }
  await page.mouse.up();
  // Two animation frames after mouse up: Sigma's pick at mouse up has synced with the GPU by then.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  const total = performance.now() - start;
  const renders = (await probe(page)).renderTimes;
  return { moves, frameMs: total / moves, inputMedianMs: median(input), inputP95Ms: quantile(input, 0.95), renderMedianMs: renders.length ? median(renders) : NaN };
}

/** Measures the explorer; throws (so the bench fails) when Chromium is missing or a page does not get ready. */
export async function measureExplorer(largeScale = 20, log: (s: string) => void = () => {}): Promise<ExplorerTimings> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const dist = await buildExplorer();
  const { server, url } = await serveStatic(dist, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const viewport = { width: 1400, height: 860 };
    const cold = await browser.newPage({ viewport });
    const first = await open(cold, url, 120_000);
    log(`explorer: baseline first frame ${first.firstFrameMs.toFixed(0)} ms (fresh browser), ForceAtlas2 ${first.layoutMs.toFixed(0)} ms`);
    // Warm first frames before any panning, which leaves the software GPU busy for a while.
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport });
      warm.push((await open(page, url, 120_000)).firstFrameMs);
      await page.close();
    }
    log(`explorer: baseline first frame ${median(warm).toFixed(0)} ms (running browser, median of 3)`);
    const basePan = await pan(cold);
    log(`explorer: panning the baseline: ${basePan.frameMs.toFixed(0)} ms per frame; input ${basePan.inputMedianMs.toFixed(0)} ms median`);
    await cold.close();
    const page = await browser.newPage({ viewport });
    const large = await open(page, `${url}?scale=${largeScale}`, 900_000);
    log(`explorer: ×${largeScale} (${large.order} nodes) first frame ${large.firstFrameMs.toFixed(0)} ms, ForceAtlas2 ${large.layoutMs.toFixed(0)} ms (${large.layoutIterations} iterations)`);
    const largePan = await pan(page);
    log(`explorer: panning ×${largeScale}: ${largePan.frameMs.toFixed(0)} ms per frame; input ${largePan.inputMedianMs.toFixed(0)} ms median, ${largePan.inputP95Ms.toFixed(0)} ms p95; Sigma render ${largePan.renderMedianMs.toFixed(1)} ms`);
    return {
      chromium: browser.version(),
      baselineColdFirstFrameMs: first.firstFrameMs,
      baselineWarmFirstFrameMs: median(warm),
      baseline: { nodes: first.order, firstFrameMs: first.firstFrameMs, layoutMs: first.layoutMs, layoutIterations: first.layoutIterations, pan: basePan },
      large: { scale: largeScale, nodes: large.order, firstFrameMs: large.firstFrameMs, layoutMs: large.layoutMs, layoutIterations: large.layoutIterations, pan: largePan },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = process.argv.includes('--scale') ? Number(process.argv[process.argv.indexOf('--scale') + 1]) : 20;
  measureExplorer(scale, (s) => process.stderr.write(`bench: ${s}\n`)).then(
    (t) => process.stdout.write(`${JSON.stringify(t, null, 2)}\n`),
    (err) => {
      process.stderr.write(`bench: explorer: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
