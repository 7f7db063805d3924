/**
 * The SVG diagrams: legible on a 1280 px screen (no label overlaps another,
 * no picture wider than the screen), states and edges in words, guards and
 * sources in tooltips, phases as clusters, a legend, and a case's path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { instance } from '@viz-js/viz';
import { describe, expect, it } from 'vitest';
import { casePath, createCase, law, listProcedures, machineGraph, PermitLifecycleError, salariedWorkerMachine, seasonalWorkerMachine, toDot, toMermaid, toSvg } from '../src';
import { SCREEN_WIDTH_PX } from '../src/diagram/files';
import { overlappingTexts, svgSize, svgTextBoxes } from '../src/diagram/svg-text';
import { seasonalCase, toSubmitted } from './support/seasonal';

const machinesDir = fileURLToPath(new URL('../docs/machines/', import.meta.url));
const committed = readdirSync(machinesDir)
  .filter((name) => name.endsWith('.svg'))
  .map((name) => [name, readFileSync(`${machinesDir}${name}`, 'utf8')] as const);
const texts = (svg: string): string[] => svgTextBoxes(svg).map((box) => box.text);
const titles = (svg: string): string[] => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]!);

/** Granted, visa issued: the case stands in readyToEnter after 7 steps (one of them a lapse). */
const visaCase = seasonalCase([...toSubmitted, { type: 'authorisation.granted', at: '2026-03-20' }, { type: 'visa.issued', at: '2026-04-02' }]);

describe('svgTextBoxes and overlappingTexts', () => {
  it('boxes each text from its position, anchor, font size and length', () => {
    const [start, middle] = svgTextBoxes('<svg><text x="10" y="20" font-size="10">Hi</text><text text-anchor="middle" x="100" y="20" font-size="20">a &amp; b</text></svg>');
    expect(start).toEqual({ text: 'Hi', left: 10, right: 21, top: 12, bottom: 22 });
    expect(middle).toMatchObject({ text: 'a & b', left: 72.5, right: 127.5, top: 4, bottom: 24 });
  });

  it('counts texts whose boxes meet, and only those', () => {
    const overlapping = '<svg><text x="0" y="10" font-size="10">awaiting decision</text><text x="50" y="14" font-size="10">granted</text></svg>';
    const apart = '<svg><text x="0" y="10" font-size="10">awaiting decision</text><text x="0" y="22" font-size="10">granted</text></svg>';
    expect(overlappingTexts(svgTextBoxes(overlapping))).toEqual(['"awaiting decision" / "granted"']);
    expect(overlappingTexts(svgTextBoxes(apart))).toEqual([]);
  });

  it('finds the overlaps of the detailed DOT drawing, where Graphviz places ids and guards on the edges itself', async () => {
    const viz = await instance();
    const detailed = viz.renderString(toDot(seasonalWorkerMachine), { format: 'svg' });
    expect(overlappingTexts(svgTextBoxes(detailed)).length).toBeGreaterThan(0);
  });

  it('reads the drawn size in CSS pixels', () => {
    expect(svgSize('<svg width="720pt" height="90pt" viewBox="0 0 720 90">')).toEqual({ width: 960, height: 120 });
    expect(svgSize('<svg width="1280px" height="500px">')).toEqual({ width: 1280, height: 500 });
  });
});

describe('the committed SVG diagrams', () => {
  it('exist for every machine', () => {
    const names = committed.map(([name]) => name);
    for (const procedure of listProcedures()) expect(names).toContain(`${procedure.id}.svg`);
    expect(names.length).toBeGreaterThan(listProcedures().length);
  });

  it.each(committed)('%s has no overlapping labels and fits a 1280 px screen', (_name, svg) => {
    expect(overlappingTexts(svgTextBoxes(svg))).toEqual([]);
    const { width, height } = svgSize(svg);
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThanOrEqual(SCREEN_WIDTH_PX);
    // A phase of a few states (the closed states a late decision can still leave) is short but not empty.
    expect(height).toBeGreaterThan(150);
  });

  it.each(committed)('%s names states and edges in words, never by id, guard or source number', (_name, svg) => {
    const shown = texts(svg);
    expect(shown.filter((text) => /[a-z][A-Z]|[[\]§#]|\w\.\w/.test(text))).toEqual([]);
    expect(shown).toEqual(expect.arrayContaining(['the person or employer acts', 'the authority acts', 'time passes']));
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('toSvg', () => {
  it('draws the whole machine with a cluster per phase, words for states and edges, and ids, guards and sources in tooltips', async () => {
    const svg = await toSvg(seasonalWorkerMachine);
    const graph = machineGraph(seasonalWorkerMachine);
    const phases = new Set(graph.states.map((state) => state.meta.phase));
    expect(svg.match(/class="cluster"/g)).toHaveLength(phases.size);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Awaiting decision', 'Residence', 'Closed', 'authorisation', 'granted', 'Seasonal worker: all phases']));
    const tooltips = titles(svg);
    expect(tooltips.find((title) => title.startsWith('awaitingDecision: '))).toBeDefined();
    expect(tooltips.find((title) => title.includes('clock.advanced [isDecisionPeriodOver] §12'))).toContain(`“${law.seasonalDecisionPeriodMonths.source.quote}”`);
    // each node, edge and cluster's <title> (what a browser shows on hover) is its tooltip, not its DOT id
    expect(tooltips.filter((title) => title === 'awaitingDecision' || title.includes('&#45;&gt;'))).toEqual([]);
    expect(await toSvg(seasonalWorkerMachine)).toBe(svg);
  });

  it('draws one phase with its neighbours outside it dashed, and refuses an unknown phase', async () => {
    const svg = await toSvg(seasonalWorkerMachine, { phase: 'renewal' });
    expect(texts(svg)).toEqual(expect.arrayContaining(['Seasonal worker: renewal phase', 'Renewal pending', 'Residence permit', 'valid']));
    expect(texts(svg)).not.toContain('Vacancy to be');
    expect(svg).toMatch(/<g id="state:residencePermitValid" class="node">[\s\S]*?stroke-dasharray/);
    await expect(toSvg(seasonalWorkerMachine, { phase: 'holiday' })).rejects.toThrow(/no state in phase "holiday"; its phases: preliminary, authorisation/);
  });

  it('can leave the words off the edges and scale a picture down to a width', async () => {
    const svg = await toSvg(salariedWorkerMachine, { edgeLabels: false, maxWidth: 400 });
    expect(svgSize(svg).width).toBe(400);
    expect(texts(svg)).not.toContain('visa issued');
    expect(titles(svg).some((title) => title.startsWith('visa.issued'))).toBe(true);
  });

  it('highlights the path a case took, in order, and its current state', async () => {
    const path = casePath(seasonalWorkerMachine, visaCase);
    expect(path.steps.map((step) => `${step.number} ${step.event} ${step.to}`)).toEqual([
      '1 vacancy.declared labourMarketTestRunning',
      '2 clock.advanced awaitingAdemCertificate',
      '3 ademCertificate.issued preparingApplication',
      '4 application.submitted awaitingDecision',
      '5 authorisation.granted awaitingVisa',
      '6 visa.issued readyToEnter',
    ]);
    expect(path.current).toBe('readyToEnter');
    const svg = await toSvg(seasonalWorkerMachine, { case: visaCase });
    const shown = texts(svg);
    expect(shown).toEqual(expect.arrayContaining(['1: vacancy declared', '2: labour market', '6: visa issued', '● current state', 'current state of the case']));
    expect(svg).toMatch(/<g id="state:readyToEnter" class="node">[\s\S]*?fill="#ffd54f"/);
    expect(svg).toMatch(/<g id="state:awaitingDecision" class="node">[\s\S]*?fill="#fff1bf"/);
    expect(svg).not.toMatch(/<g id="state:residencePermitValid" class="node">\n<title>[^<]*<\/title>\n<g[^>]*><a[^>]*>\n<path fill="#fff1bf"/);
    expect(overlappingTexts(svgTextBoxes(svg))).toEqual([]);
  });

  it('refuses a case of another procedure', async () => {
    const other = createCase('salariedWorker', { at: '2026-01-12', facts: {} });
    if (!other.ok) throw other.error;
    await expect(toSvg(seasonalWorkerMachine, { case: other.value })).rejects.toBeInstanceOf(PermitLifecycleError);
    expect(() => toMermaid(seasonalWorkerMachine, { case: other.value })).toThrow(/salariedWorker case; this diagram is of seasonalWorker/);
  });
});

describe('toMermaid and toDot with a case', () => {
  it('Mermaid numbers the edges taken and classes the visited and current states', () => {
    const text = toMermaid(seasonalWorkerMachine, { case: visaCase });
    expect(text).toContain('  vacancyToBeDeclared --> labourMarketTestRunning : (1) vacancy.declared\n');
    expect(text).toContain('  awaitingVisa --> readyToEnter : (6) visa.issued §14\n');
    expect(text).toContain('  class vacancyToBeDeclared, labourMarketTestRunning, awaitingAdemCertificate, preparingApplication, awaitingDecision, awaitingVisa visited\n');
    expect(text).toContain('  class readyToEnter current\n');
    expect(text).toContain('%% path of the case: (1) 2026-01-12 vacancy.declared → labourMarketTestRunning; (2) 2026-02-03 clock.advanced → awaitingAdemCertificate;');
    expect(toMermaid(seasonalWorkerMachine)).not.toContain('current');
  });

  it('DOT draws the edges taken thick and red with their step numbers, and fills the states', () => {
    const dot = toDot(seasonalWorkerMachine, { case: visaCase });
    expect(dot).toContain('"vacancyToBeDeclared" -> "labourMarketTestRunning" [label="1: vacancy.declared", color="#c0182a", fontcolor="#c0182a", penwidth=3];');
    expect(dot).toContain('"readyToEnter" [label="readyToEnter", style="rounded,filled,bold", fillcolor="#ffd54f"');
    expect(dot).toContain('"awaitingVisa" [label="awaitingVisa", style="rounded,filled", fillcolor="#fff1bf"');
    expect(dot).toMatch(/"readyToEnter" -> "enteredLuxembourg" \[label="territory.entered"\]/);
    expect(toDot(seasonalWorkerMachine, { style: 'readable', phase: 'entry' })).toContain('subgraph "cluster_phase_entry"');
  });
});
