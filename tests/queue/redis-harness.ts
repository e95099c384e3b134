/**
 * A throw-away Redis for the queue tests: Debian's redis-server on 127.0.0.1, a free port, a temp
 * directory, no persistence (nothing is left behind), a password (so every test also checks it is
 * never printed); plus `collabnet worker` processes and coordinators run as users run them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ROOT } from '../helpers.js';

export const BIN = join(ROOT, 'bin/collabnet.mjs');
export const PASSWORD = 'pa55-w0rd-not-to-print';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A Redis server that can be stopped and started again on the same port. */
export class TestRedis {
  readonly dir = mkdtempSync(join(tmpdir(), 'collabnet-redis-'));
  proc: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://:${PASSWORD}@127.0.0.1:${this.port}/0`;
  }

  async start(): Promise<void> {
    this.proc = spawn('/usr/bin/redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir, '--requirepass', PASSWORD, '--daemonize', 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const c = new Redis({ port: this.port, host: '127.0.0.1', password: PASSWORD, lazyConnect: true, retryStrategy: () => null });
      c.on('error', () => {});
      try {
        await c.connect();
        await c.ping();
        c.disconnect();
        return;
      } catch {
        c.disconnect();
        await sleep(100);
      }
    }
    throw new Error('redis-server did not start');
  }

  /** Kills the server outright (its data is gone: no persistence). */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const gone = new Promise((r) => p.on('exit', r));
    p.kill('SIGKILL');
    await gone;
  }

  client(): Redis {
    const c = new Redis({ port: this.port, host: '127.0.0.1', password: PASSWORD });
    c.on('error', () => {});
    return c;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A running CLI process with its output collected. */
export interface Running {
  readonly proc: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exit: Promise<number | null>;
}

/** Starts `collabnet ARGS` as a separate process. */
export function start(args: readonly string[]): Running {
  const proc = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
  const r: Running = { proc, stdout: '', stderr: '', exit: new Promise((resolve) => proc.on('exit', (code) => resolve(code))) };
  proc.stdout!.on('data', (d) => (r.stdout += d));
  proc.stderr!.on('data', (d) => (r.stderr += d));
  return r;
}

/** Runs `collabnet ARGS` to the end. */
export async function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = start(args);
  const code = await r.exit;
  return { code, stdout: r.stdout, stderr: r.stderr };
}

/** Starts a worker and waits until it says it is taking jobs. */
export async function startWorker(url: string, extra: readonly string[] = []): Promise<Running> {
  const w = start(['worker', '--queue', url, '--threads', '1', ...extra]);
  for (let i = 0; i < 300 && !/Ctrl-C stops/.test(w.stderr); i++) await sleep(50);
  if (!/Ctrl-C stops/.test(w.stderr)) throw new Error(`worker did not start: ${w.stderr}`);
  return w;
}

/** Stops processes (SIGTERM, then SIGKILL after 5 s). */
export async function stopAll(list: readonly Running[]): Promise<void> {
  await Promise.all(
    list.map(async (r) => {
      if (r.proc.exitCode !== null || r.proc.signalCode !== null) return;
      r.proc.kill('SIGTERM');
      const t = setTimeout(() => r.proc.kill('SIGKILL'), 5000);
      await r.exit;
      clearTimeout(t);
    }),
  );
}

export { sleep };
