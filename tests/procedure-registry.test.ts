/**
 * The procedure registry of the core entry: this file imports the core and
 * one procedure module, never the main entry, so it starts with nothing
 * registered, as an application using `permit-lifecycles/core` does.
 */
import { describe, expect, it } from 'vitest';
import { apply, createCase, registeredProcedure, registeredProcedures, registerProcedures, restore, serialize, status, type Procedure } from '../src/core';
import { seasonalWorker } from '../machines/seasonal-worker';

const OPENING = { at: '2026-01-12', facts: { visaRequired: true } } as const;
const procedure = seasonalWorker as unknown as Procedure;

describe('the core entry without registered procedures', () => {
  it('refuses a procedure id and says how to register one', () => {
    expect(registeredProcedures()).toEqual([]);
    const opened = createCase('seasonalWorker', OPENING);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('procedure.unknown');
    // it says what to register, and from where
    expect(opened.error.message).toContain("no procedure is registered; it is bundled but not registered: import { seasonalWorker } from 'permit-lifecycles/seasonal-worker' and call registerProcedures(seasonalWorker)");
    expect(opened.error.details).toEqual({ procedure: 'seasonalWorker', known: [] });
  });

  it('refuses a procedure object that is not registered, since its cases could not take their next event', () => {
    const opened = createCase(procedure, OPENING);
    expect(opened.ok || opened.error.code).toBe('procedure.unknown');
  });
});

describe('registered procedures', () => {
  it('open, move and restore cases by id once registered', () => {
    registerProcedures(procedure);
    expect(registeredProcedure('seasonalWorker')).toBe(procedure);
    const opened = createCase('seasonalWorker', OPENING);
    if (!opened.ok) throw opened.error;
    const declared = apply(opened.value, { type: 'vacancy.declared', at: '2026-01-12' });
    if (!declared.ok) throw declared.error;
    expect(status(declared.value, '2026-01-13').state).not.toBe(status(opened.value, '2026-01-13').state);
    const restored = restore(serialize(declared.value));
    expect(restored.ok && restored.value).toEqual(declared.value);
    expect(createCase(procedure, OPENING).ok).toBe(true);
  });

  it('name the known ids when an unknown one is asked for', () => {
    registerProcedures(procedure);
    const opened = createCase('salariedWorker', OPENING);
    expect(opened.ok || opened.error.message).toBe(
      'unknown procedure "salariedWorker"; known: seasonalWorker; it is bundled but not registered: import { salariedWorker } from \'permit-lifecycles/salaried-worker\' and call registerProcedures(salariedWorker) (or import \'permit-lifecycles\', which registers all five)',
    );
  });

  it('replace a procedure registered under the same id, and refuse the object replaced', () => {
    registerProcedures(procedure);
    const variant: Procedure = { ...procedure, title: 'A host variant of the seasonal-worker procedure' };
    registerProcedures(variant);
    expect(registeredProcedures()).toEqual([variant]);
    expect(createCase(variant, OPENING).ok).toBe(true);
    const stale = createCase(procedure, OPENING);
    expect(stale.ok || stale.error.code).toBe('procedure.unknown');
    registerProcedures(procedure);
    expect(registeredProcedures()).toEqual([procedure]);
  });

  it('are needed to restore a snapshot: an unknown procedure is refused with the registry hint', () => {
    registerProcedures(procedure);
    const opened = createCase('seasonalWorker', OPENING);
    if (!opened.ok) throw opened.error;
    const other = JSON.parse(serialize(opened.value)) as Record<string, unknown>;
    other.procedureId = 'salariedWorker';
    const restored = restore(other);
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expect(restored.error.code).toBe('snapshot.unknownProcedure');
    expect(restored.error.message).toContain('known: seasonalWorker');
  });
});
