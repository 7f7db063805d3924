/**
 * The browser leg of the packaging test: bundle the consumer's browser entry
 * with esbuild (everything included, as a web app would ship it) and load the
 * page in headless Chromium (Debian's `chromium`) driven by playwright-core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

/** Where `.ci/run` installs Debian's `chromium` package. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Install Debian's chromium when it is missing and we are root (a fresh
 * machine running `npm ci && npm test`), as the store tests do for PostgreSQL.
 */
function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() === 0) {
    for (let attempt = 1; attempt <= 6 && !existsSync(CHROMIUM_PATH); attempt += 1) {
      const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (update.status === 0 && install.status === 0) break;
      spawnSync('sleep', ['20']);
    }
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium package (apt-get install chromium; .ci/run does it)`);
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Bundle `browser-entry.mjs` of a consumer project into `bundle.js` for the
 * browser; returns the bundle's size in bytes.
 *
 * @example
 * ```ts
 * const bytes = await bundleForBrowser(consumerDir);
 * ```
 */
export async function bundleForBrowser(consumerDir: string): Promise<number> {
  const result = await build({
    entryPoints: [join(consumerDir, 'browser-entry.mjs')],
    outfile: join(consumerDir, 'bundle.js'),
    absWorkingDir: consumerDir,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).reduce((total, output) => total + output.bytes, 0);
}

/**
 * What the page showed after running the bundle.
 *
 * @example
 * ```ts
 * const run: PageRun = { statusText: 'preparingApplication', report: { state: 'preparingApplication' }, errors: [] };
 * ```
 */
export interface PageRun {
  /** The text the page wrote into its status paragraph. */
  statusText: string;
  /** The report object the page left on `globalThis.permitReport`. */
  report: unknown;
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/**
 * Open a consumer's `index.html` in headless Chromium (a fresh profile) and
 * read what the bundle computed.
 *
 * @example
 * ```ts
 * const run = await runPageInChromium(join(consumerDir, 'index.html'));
 * run.statusText; // 'preparingApplication'
 * ```
 */
export async function runPageInChromium(htmlPath: string): Promise<PageRun> {
  return withChromiumPage(async (page) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 60_000 });
    // the bundle is synchronous; wait briefly anyway, and let the test report a page that never finished
    await page.waitForFunction('globalThis.permitReport !== undefined', undefined, { timeout: 10_000 }).catch(() => undefined);
    const statusText = (await page.textContent('#status')) ?? '';
    const report = await page.evaluate(() => (globalThis as { permitReport?: unknown }).permitReport ?? null);
    return { statusText, report, errors };
  });
}

/**
 * Run `use` with a page of headless Chromium (Debian's, a fresh profile,
 * no network), and close it afterwards.
 *
 * @example
 * ```ts
 * const title = await withChromiumPage(async (page) => { await page.goto(url); return page.title(); });
 * ```
 */
export async function withChromiumPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  ensureChromium();
  const profileDir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs, timeout: 60_000 });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await use(page);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
