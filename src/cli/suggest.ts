/**
 * "Did you mean" for misspelt options, commands and procedure ids.
 */

/** The number of single-character edits between two words (for "did you mean"). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (const [i, charA] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, charB] of [...b].entries()) current.push(Math.min(previous[j + 1]! + 1, current[j]! + 1, previous[j]! + (charA === charB ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known word closest to `word`, when it is a likely misspelling (at most
 * two edits, and fewer than half its letters).
 *
 * @example
 * ```ts
 * closest('--josn', ['--json', '--at']); // '--json'
 * closest('seasonalWokrer', ['seasonalWorker', 'salariedWorker']); // 'seasonalWorker'
 * ```
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  return best && best.distance <= 2 && best.distance * 2 < word.length ? best.word : undefined;
}
