import type { AnyStateNode } from 'xstate';
import { allParameters, listProcedures, type SourceRef } from '../../src';

/** Every source reference the library carries, with where it was found. */
export function allSourceRefs(): { where: string; source: SourceRef }[] {
  const refs: { where: string; source: SourceRef }[] = [];
  for (const row of allParameters()) refs.push({ where: `parameter ${row.id}`, source: row.source });
  for (const procedure of listProcedures()) {
    const visit = (node: AnyStateNode): void => {
      const meta = node.meta as { source?: SourceRef } | undefined;
      if (meta?.source) refs.push({ where: `${procedure.id} state ${node.id}`, source: meta.source });
      for (const [eventType, transitions] of node.transitions) {
        transitions.forEach((transition, index) => {
          const source = (transition.meta as { source?: SourceRef } | undefined)?.source;
          if (source) refs.push({ where: `${procedure.id} ${node.id} on ${eventType} #${index}`, source });
        });
      }
      for (const child of Object.values(node.states)) visit(child);
    };
    visit(procedure.machine.root);
    for (const step of Object.values(procedure.documents)) {
      for (const item of step.items) refs.push({ where: `${procedure.id} document ${step.id}.${item.id}`, source: item.source });
    }
    for (const spec of Object.values(procedure.deadlines)) refs.push({ where: `${procedure.id} deadline ${spec.id}`, source: spec.source });
  }
  return refs;
}
