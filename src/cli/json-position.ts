/**
 * Where JSON text first goes wrong, as an offset: `JSON.parse` names a
 * position for some errors only (Node 20 says `Unexpected token '}', "..." is
 * not valid JSON` without one), so the CLI finds it itself.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * The offset of the first syntax error in JSON text, or `null` when the text is
 * valid JSON. The end of the text (`text.length`) means it stops too early.
 *
 * @example
 * ```ts
 * jsonErrorOffset('{"a":}'); // 5
 * jsonErrorOffset('{"a":1}'); // null
 * ```
 */
export function jsonErrorOffset(text: string): number | null {
  let at = 0;
  const skip = (): void => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at += 1;
  };
  // Each parser returns false at the first character that cannot continue; `at` points at it.
  const literal = (word: string): boolean => {
    for (const char of word) {
      if (text[at] !== char) return false;
      at += 1;
    }
    return true;
  };
  const string = (): boolean => {
    at += 1; // the opening quote
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') {
        at += 1;
        return true;
      }
      if (char < ' ') return false;
      if (char === '\\') {
        const escaped = text[at + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
            at += 2;
            return false;
          }
          at += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
          at += 1;
          return false;
        }
        at += 2;
        continue;
      }
      at += 1;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) return false;
    at += match[0].length;
    return true;
  };
  const value = (depth: number): boolean => {
    skip();
    const char = text[at];
    if (depth > 10_000) return false;
    if (char === '{') return object(depth);
    if (char === '[') return array(depth);
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };
  const array = (depth: number): boolean => {
    at += 1;
    skip();
    if (text[at] === ']') {
      at += 1;
      return true;
    }
    for (;;) {
      if (!value(depth + 1)) return false;
      skip();
      if (text[at] === ']') {
        at += 1;
        return true;
      }
      if (text[at] !== ',') return false;
      at += 1;
    }
  };
  const object = (depth: number): boolean => {
    at += 1;
    skip();
    if (text[at] === '}') {
      at += 1;
      return true;
    }
    for (;;) {
      skip();
      if (text[at] !== '"' || !string()) return false;
      skip();
      if (text[at] !== ':') return false;
      at += 1;
      if (!value(depth + 1)) return false;
      skip();
      if (text[at] === '}') {
        at += 1;
        return true;
      }
      if (text[at] !== ',') return false;
      at += 1;
    }
  };
  if (!value(0)) return Math.min(at, text.length);
  skip();
  return at < text.length ? at : null;
}

/**
 * A 1-based line and column for an offset in a text (a column counts UTF-16 units, as editors mostly do).
 *
 * @example
 * ```ts
 * lineAndColumn('{\n  "a":}', 7); // { line: 2, column: 6 }
 * ```
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
