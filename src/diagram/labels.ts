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
 */
export function edgeLabel(transition: Pick<DiagramTransition, 'event' | 'guard' | 'sourceNumber'>, beforeGuard = ' '): string {
  const guard = transition.guard ? `${beforeGuard}[${transition.guard}]` : '';
  const source = transition.sourceNumber !== null ? ` §${transition.sourceNumber}` : '';
  return `${transition.event}${guard}${source}`;
}
