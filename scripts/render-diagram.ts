/**
 * Render one machine's Mermaid diagram (as its docs/machines page embeds it) to
 * PNG with headless Chromium, to check how Mermaid lays it out (the label
 * overlaps it reports), offline:
 * the Mermaid browser bundle is read from node_modules and inlined, and every
 * network request of the page is refused.
 *
 *   npm run render:diagram -- [procedureId] [--out file.png] [--chromium /usr/bin/chromium]
 *
 * Default: seasonalWorker to seasonal-worker-mermaid.png in the current
 * folder (the committed pictures are the SVGs of `npm run diagrams`). Needs
 * a Chromium binary (Debian: `apt-get install -y chromium`); not part of CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { getProcedure, listProcedures } from '../machines/registry';
import { pageDiagram } from '../src/diagram/page';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function kebab(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, chromium: { type: 'string', default: '/usr/bin/chromium' } },
  });
  const id = positionals[0] ?? 'seasonalWorker';
  const procedure = getProcedure(id);
  if (!procedure) {
    console.error(`unknown procedure "${id}"; known: ${listProcedures().map((known) => known.id).join(', ')}`);
    return 2;
  }
  const out = values.out ?? `${kebab(id)}-mermaid.png`;
  const mermaidBundle = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: values.chromium, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1200 }, deviceScaleFactor: 1 });
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><html><body style="margin:0;background:#fff"><div id="diagram" style="display:inline-block;padding:16px"></div></body></html>');
    await page.addScriptTag({ content: mermaidBundle });
    // A string, not a function: tsx would add helpers the page does not have.
    const rendered = (await page.evaluate(`(async () => {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', state: { useMaxWidth: false } });
      const { svg } = await mermaid.render('machine', ${JSON.stringify(pageDiagram(procedure.machine))});
      document.getElementById('diagram').innerHTML = svg;
      const box = document.querySelector('#diagram svg').getBoundingClientRect();
      const boxes = (selector) => [...document.querySelectorAll(selector)]
        .map((element) => ({ text: element.textContent, rect: element.getBoundingClientRect() }))
        .filter((entry) => entry.rect.width > 0);
      const labels = boxes('#diagram g.edgeLabel');
      const nodes = boxes('#diagram g.node');
      const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      const overlaps = [];
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => { if (meet(a.rect, b.rect)) overlaps.push(a.text + ' / ' + b.text); }));
      labels.forEach((a) => nodes.forEach((b) => { if (meet(a.rect, b.rect)) overlaps.push(a.text + ' / state ' + b.text); }));
      return { width: Math.ceil(box.width), height: Math.ceil(box.height), labels: labels.length, states: nodes.length, overlaps };
    })()`)) as { width: number; height: number; labels: number; states: number; overlaps: string[] };
    const element = await page.$('#diagram');
    writeFileSync(out, await element!.screenshot({ type: 'png' }));
    console.log(`${out}: ${id}, ${rendered.width}×${rendered.height} px, ${rendered.states} state boxes, ${rendered.labels} edge labels`);
    for (const overlap of rendered.overlaps) console.log(`  overlapping: ${overlap}`);
    console.log(rendered.overlaps.length === 0 ? '  no label overlaps another label or a state' : `  ${rendered.overlaps.length} overlaps`);
    return 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`render-diagram: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
