/**
 * The case report of every bundled scenario, opened in headless Chromium
 * (Debian's `chromium`, which `.ci/run` installs): the current state is
 * highlighted, every open deadline and every missing document is listed,
 * the page is not blank, it fetches nothing, and axe-core finds no serious
 * or critical accessibility violation.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { deadlines, missingDocuments, renderCaseReportWithDiagram, runScenario } from '../src';
import { readDataFile } from '../src/cli/input';
import { withChromiumPage } from './support/package/browser';

const folder = new URL('../examples/scenarios/', import.meta.url).pathname;
const files = readdirSync(folder)
  .filter((name) => /\.(json|ya?ml)$/.test(name))
  .sort();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const outDir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-report-'));

/** The share of the screenshot's pixels that differ from its top-left pixel. */
function inkShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  const data = image.data;
  let differing = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differing += 1;
  }
  return differing / (data.length / 4);
}

describe('case reports in a real browser', () => {
  it('finds the bundled scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: current state, open deadlines and missing documents shown; not blank; accessible', async (name) => {
    const read = readDataFile(join(folder, name));
    if (!read.ok) throw new Error(read.result.stderr);
    const run = runScenario(read.value);
    if (!run.ok) throw run.error;
    const { case: current, readOn, status } = run.value;
    const file = join(outDir, `${name}.html`);
    writeFileSync(file, await renderCaseReportWithDiagram(current, readOn));
    const open = deadlines(current, readOn);
    const missing = missingDocuments(current)?.missing ?? [];
    await withChromiumPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(await page.textContent('#current-state')).toBe(status.state);
      expect(await page.textContent('li[aria-current="step"]')).toBe(status.state);
      // the diagram highlights the current state (Graphviz node filled in the current-state colour)
      const node = await page.locator(`figure.diagram g[id="state:${status.state}"]`).innerHTML();
      expect(node).toContain('#ffd54f');
      for (const deadline of open) {
        expect(await page.getAttribute(`tr[data-deadline="${deadline.id}"][data-outcome="${deadline.state}"]`, 'data-outcome')).toBe(deadline.state);
      }
      for (const item of missing) expect(await page.locator(`tr[data-document="${item.id}"]`).count()).toBe(1);
      const shot = await page.screenshot({ fullPage: true, path: join(outDir, `${name}.png`) });
      expect(inkShare(shot)).toBeGreaterThan(0.01);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
      });
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
      expect(requests).toEqual([]);
    });
  });

  it('tells a blank page from a report (the ink check can fail)', () => {
    const blank = new PNG({ width: 20, height: 20 });
    blank.data.fill(255);
    expect(inkShare(PNG.sync.write(blank))).toBe(0);
  });
});
