/**
 * Reading the README and the guides as a test needs them: their fenced code
 * blocks (language, flags, text, line) and their links (target, line).
 */

/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The info string's first word: `ts`, `sh`, `text`, or `''`. */
  lang: string;
  /** The rest of the info string, split on spaces (`runnable`). */
  flags: string[];
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** A Markdown link or image, `[text](target)`. */
export interface MarkdownLink {
  target: string;
  line: number;
}

/**
 * The fenced code blocks of a Markdown text, in order; an indented fence counts too.
 *
 * @example
 * ```ts
 * codeBlocks('# T\n\n```ts runnable\nconst a = 1;\n```\n'); // [{ lang: 'ts', flags: ['runnable'], code: 'const a = 1;\n', line: 3 }]
 * ```
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  let open: { lang: string; flags: string[]; line: number; indent: string; body: string[] } | null = null;
  lines.forEach((text, index) => {
    const fence = /^(\s*)```(.*)$/.exec(text);
    if (open === null) {
      if (!fence) return;
      const [lang = '', ...flags] = fence[2]!.trim().split(/\s+/).filter(Boolean);
      open = { lang, flags, line: index + 1, indent: fence[1]!, body: [] };
    } else if (fence && fence[2]!.trim() === '') {
      blocks.push({ lang: open.lang, flags: open.flags, code: open.body.map((line) => line.slice(open!.indent.length)).join('\n') + '\n', line: open.line });
      open = null;
    } else open.body.push(text);
  });
  if (open !== null) throw new Error(`unclosed code block at line ${(open as { line: number }).line}`);
  return blocks;
}

/**
 * The links and images of a Markdown text outside code blocks and inline code.
 *
 * @example
 * ```ts
 * markdownLinks('See [the guide](docs/guide/cli.md#errors).'); // [{ target: 'docs/guide/cli.md#errors', line: 1 }]
 * ```
 */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let inFence = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^\s*```/.test(text)) inFence = !inFence;
    if (inFence) return;
    const prose = text.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) links.push({ target: match[1]!, line: index + 1 });
  });
  return links;
}

/**
 * GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
 *
 * @example
 * ```ts
 * headingAnchor('Rights: who decides'); // 'rights-who-decides'
 * ```
 */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The anchors of every heading of a Markdown text (duplicates numbered as GitHub does).
 *
 * @example
 * ```ts
 * headingAnchors('# A\n## Case store\n'); // Set { 'a', 'case-store' }
 * ```
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const text of markdown.split('\n')) {
    if (/^\s*```/.test(text)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.*)$/.exec(text);
    if (!heading) continue;
    const base = headingAnchor(heading[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}
