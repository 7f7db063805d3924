/**
 * A rough reading of an SVG's text: where each `<text>` element sits and how
 * big its box is, from its x, y, anchor, font size and number of characters
 * (no font metrics, no browser), so that a test can count labels that
 * overlap, and the diagrams script can report the drawing's size.
 */

/**
 * One text of an SVG with its approximate box (in SVG user units).
 *
 * @example
 * ```ts
 * const [first]: SvgTextBox[] = svgTextBoxes('<svg><text x="10" y="20" font-size="10">Hi</text></svg>');
 * first?.right; // 15.5 (two characters of 0.55 em, start-anchored)
 * ```
 * @category Diagrams
 */
export interface SvgTextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The average width of a character of a sans-serif font, in ems: a little over Helvetica's lower case. */
const CHARACTER_WIDTH_EM = 0.55;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decoded(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/**
 * Every non-empty `<text>` of an SVG with an approximate box: width is the
 * character count × 0.55 × font size (placed by `text-anchor`), height is the
 * font size, from 0.8 of it above the baseline `y` to 0.2 below. Texts inside a
 * `transform`ed group are read in that group's coordinates, as Graphviz
 * writes every text of a drawing inside one group.
 *
 * @example
 * ```ts
 * svgTextBoxes(svg).map((box) => box.text);
 * ```
 * @category Diagrams
 */
export function svgTextBoxes(svg: string): SvgTextBox[] {
  const boxes: SvgTextBox[] = [];
  for (const match of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const tag = match[1]!;
    const text = decoded(match[2]!).trim();
    if (text === '') continue;
    const x = Number(attribute(tag, 'x') ?? 0);
    const y = Number(attribute(tag, 'y') ?? 0);
    const size = Number(attribute(tag, 'font-size') ?? 14);
    const width = [...text].length * CHARACTER_WIDTH_EM * size;
    const anchor = attribute(tag, 'text-anchor') ?? 'start';
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    boxes.push({ text, left, right: left + width, top: y - 0.8 * size, bottom: y + 0.2 * size });
  }
  return boxes;
}

/**
 * The pairs of texts whose approximate boxes overlap (by more than a tenth of
 * a unit each way), as `"a" / "b"`.
 *
 * @example
 * ```ts
 * overlappingTexts(svgTextBoxes(svg)).length; // 0 for a legible drawing
 * ```
 * @category Diagrams
 */
export function overlappingTexts(boxes: readonly SvgTextBox[]): string[] {
  const overlaps: string[] = [];
  const slack = 0.1;
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      if (a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack) overlaps.push(`"${a.text}" / "${b.text}"`);
    }
  });
  return overlaps;
}

/**
 * The size an SVG is drawn at, in CSS pixels, from its `width` and `height`
 * (`pt` converted at 4/3 px each, `px` or no unit as is).
 *
 * @example
 * ```ts
 * svgSize('<svg width="720pt" height="90pt">'); // { width: 960, height: 120 }
 * ```
 * @category Diagrams
 */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const pixels = (value: string | undefined): number => {
    const match = /^([\d.]+)(pt|px)?$/.exec(value ?? '');
    if (!match) return Number.NaN;
    return Math.round(Number(match[1]) * (match[2] === 'pt' ? 4 / 3 : 1));
  };
  return { width: pixels(attribute(tag, 'width')), height: pixels(attribute(tag, 'height')) };
}
