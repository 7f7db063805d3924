/**
 * The words the diagrams put on edges, shared by the Mermaid and DOT renderers
 * so that both say the same thing.
 */
import type { DiagramTransition } from './model';

/**
 * The label of a transition: `event [guard] §n`, where `§n` numbers its source
 * in the graph's source list. A renderer may break the line before the guard
 * (narrow labels overlap less in a layout).
 *
 * @example
 * ```ts
 * edgeLabel({ event: 'clock.advanced', guard: 'isDecisionPeriodOver', sourceNumber: 3 });
 * // 'clock.advanced [isDecisionPeriodOver] §3'
 * edgeLabel({ event: 'clock.advanced', guard: 'isDecisionPeriodOver', sourceNumber: 3 }, '\n');
 * // 'clock.advanced\n[isDecisionPeriodOver] §3'
 * ```
 * @category Diagrams
 */
export function edgeLabel(transition: Pick<DiagramTransition, 'event' | 'guard' | 'sourceNumber'>, beforeGuard = ' '): string {
  const guard = transition.guard ? `${beforeGuard}[${transition.guard}]` : '';
  const source = transition.sourceNumber !== null ? ` §${transition.sourceNumber}` : '';
  return `${transition.event}${guard}${source}`;
}

/** Words written in capitals or with a capital wherever they occur in an id. */
const PROPER_WORDS: Readonly<Record<string, string>> = { adem: 'ADEM', eu: 'EU', aot: 'AOT', luxembourg: 'Luxembourg', ue: 'UE' };

/**
 * A camelCase id as lower-case words, proper names and acronyms kept:
 * `awaitingAdemCertificate` → `awaiting ADEM certificate`.
 *
 * @example
 * ```ts
 * idWords('movedToLuxembourg'); // 'moved to Luxembourg'
 * ```
 * @category Diagrams
 */
export function idWords(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s._-]+/)
    .filter((word) => word !== '')
    .map((word) => PROPER_WORDS[word.toLowerCase()] ?? word.toLowerCase())
    .join(' ');
}

/** The first letter in capitals. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The words a diagram shows for a state: its key split into words, first
 * letter in capitals (`awaitingDecision` → `Awaiting decision`).
 *
 * @example
 * ```ts
 * stateLabel('temporaryAuthorisationExpired'); // 'Temporary authorisation expired'
 * ```
 * @category Diagrams
 */
export function stateLabel(key: string): string {
  return capitalised(idWords(key));
}

/**
 * The words a readable diagram puts on an edge: the event in words
 * (`authorisation.granted` → `authorisation granted`); for time passing
 * (`clock.advanced`) with a guard, what the guard waits for instead
 * (`isDecisionPeriodOver` → `decision period over`), since "clock advanced"
 * says nothing about which date passed.
 *
 * @example
 * ```ts
 * edgeWords({ event: 'ademCertificate.issued', guard: null }); // 'ADEM certificate issued'
 * edgeWords({ event: 'clock.advanced', guard: 'isValidityOver and hasRoomUnderStayCap' }); // 'validity over'
 * ```
 * @category Diagrams
 */
export function edgeWords(transition: Pick<DiagramTransition, 'event' | 'guard'>): string {
  if (transition.event === 'clock.advanced') {
    const first = transition.guard?.split(/ and | or /)[0]?.replace(/^!?\(?/, '');
    if (first) return idWords(first.replace(/^(is|has)(?=[A-Z])/, ''));
    return 'time passes';
  }
  return idWords(transition.event);
}

/**
 * Text broken into lines of at most `width` characters (a word longer than
 * that gets a line of its own), joined with `\n`: narrow labels keep a
 * layout narrow.
 *
 * @example
 * ```ts
 * wrapWords('Temporary authorisation expired', 16); // 'Temporary\nauthorisation\nexpired'
 * ```
 * @category Diagrams
 */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
