/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The built page's Content-Security-Policy: scripts, workers, styles and fonts only from the page's
 * own origin (Vite emits the page script, its two workers and the CSS as files: no inline script, no
 * eval, no blob: workers), images from itself and data:/blob: URLs (the favicon, PNG export),
 * nothing else fetched, no plugins, no <base>, no form posts. Style attributes in markup are not
 * allowed either: the app sets styles through the CSSOM, which the policy does not restrict.
 * The dev server (`npm run dev`) injects inline styles for hot reload, so the policy is only built in.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'collabnet-csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
});

export default defineConfig({
  plugins: [contentSecurityPolicy()],
  // The explorer: src/app/index.html; `npm run build` writes a static dist/ that works from any host.
  // Absolute, so `collabnet start` and `npm run build` work from any working folder (a relative root is the cwd's).
  root: fileURLToPath(new URL('src/app', import.meta.url)),
  base: './',
  // No bundler-timing warnings: `collabnet start` builds the explorer on the user's machine, where a
  // slow plugin only means a busy machine, and a yellow [PLUGIN_TIMINGS] block read like a fault.
  build: { outDir: '../../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { bundlerTimings: false } } },
  worker: { format: 'es', rolldownOptions: { checks: { bundlerTimings: false } } },
  server: { host: '127.0.0.1' },
  test: {
    root: here,
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the compiled CLI users run (bin/collabnet.mjs → lib/cli/): rebuilt first
    // whenever the sources differ from what it was built from.
    globalSetup: ['tests/build-cli.setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
