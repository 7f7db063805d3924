/**
 * SVG pictures of the machines, drawn offline by Graphviz compiled to
 * WebAssembly (`@viz-js/viz`, an optional peer dependency loaded only when
 * `toSvg` is first called): the readable diagram of {@link readableDot}.
 */
import type { AnyStateMachine } from 'xstate';
import { PermitLifecycleError } from '../errors';
import type { DiagramOptions } from './path';
import { readableDot } from './readable';
import { refusedArguments } from '../guard';

/**
 * Options of {@link toSvg}: those of every diagram, and `maxWidth`, the
 * widest the picture may be drawn, in CSS pixels (a wider layout is scaled
 * down to it, text included).
 *
 * @example
 * ```ts
 * const options: SvgOptions = { phase: 'residence', maxWidth: 1280 };
 * ```
 * @category Diagrams
 */
export interface SvgOptions extends DiagramOptions {
  maxWidth?: number;
}

interface Renderer {
  renderString(input: string, options: { format: string; engine?: string }): string;
}

let renderer: Promise<Renderer> | undefined;

/** The Graphviz instance, compiled once per process (the WebAssembly module is inlined in the package: nothing is fetched). */
function graphviz(): Promise<Renderer> {
  renderer ??= import('@viz-js/viz').then(
    (module) => module.instance(),
    (error: unknown) => {
      renderer = undefined;
      throw new PermitLifecycleError('argument.invalid', 'toSvg needs the optional peer dependency @viz-js/viz: npm install @viz-js/viz', {
        details: { cause: (error as Error).message },
      });
    },
  );
  return renderer;
}

/**
 * Make Graphviz's SVG what a reader's browser shows well: each node's, edge's
 * and cluster's `<title>` (the tooltip browsers show on hover) says what its
 * `tooltip` says instead of its DOT id, and the size is in CSS pixels
 * (scaled down to `maxWidth` when wider).
 */
function finish(svg: string, maxWidth: number | undefined): string {
  const titled = svg.replace(
    /(<g id="([^"]*)" class="(?:node|edge|cluster)">\n<title>)[^<]*(<\/title>\n<g id="a_\2"><a xlink:title="([^"]*)">)/g,
    (_match, before: string, _id: string, after: string, tooltip: string) => `${before}${tooltip}${after}`,
  );
  return titled.replace(/<svg width="([\d.]+)pt" height="([\d.]+)pt"/, (_match, width: string, height: string) => {
    const natural = (Number(width) * 4) / 3;
    const scale = maxWidth !== undefined && natural > maxWidth ? maxWidth / natural : 1;
    return `<svg width="${Math.round(natural * scale)}px" height="${Math.round(((Number(height) * 4) / 3) * scale)}px"`;
  });
}

/**
 * An SVG picture of a machine, laid out by Graphviz (WebAssembly, offline):
 * states in words grouped by phase, edges in words drawn by who acts (the
 * person or employer, the authority, time passing; a legend says which is
 * which), guards and sources in each edge's and state's tooltip (`<title>`).
 * With `phase`, one phase and its neighbours; with `case`, the path that case
 * took (numbered steps) and its current state; with `edgeLabels: false`,
 * words on the edges only in tooltips. Asynchronous because Graphviz is
 * compiled on first use (about 0.1 s; later calls reuse it). Needs the optional
 * peer dependency `@viz-js/viz` (a `PermitLifecycleError` `argument.invalid`
 * says so when it is missing). Deterministic for a given `@viz-js/viz` version.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { seasonalWorkerMachine, toSvg } from 'permit-lifecycles';
 * writeFileSync('seasonal-worker.svg', await toSvg(seasonalWorkerMachine));
 * writeFileSync('my-case.svg', await toSvg(seasonalWorkerMachine, { case: myCase, phase: 'residence' }));
 * ```
 * @category Diagrams
 */
export async function toSvg(machine: AnyStateMachine, options: SvgOptions = {}): Promise<string> {
  try {
  const dot = readableDot(machine, options);
  const viz = await graphviz();
  return finish(viz.renderString(dot, { format: 'svg', engine: 'dot' }), options.maxWidth);
  } catch (error) {
    throw refusedArguments('toSvg', error);
  }
}
