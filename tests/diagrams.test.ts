import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { law, listProcedures, machineGraph, machinePage, seasonalWorker, seasonalWorkerMachine, toDot, toMermaid } from '../src';
import { machinePageFiles, machinesSection, withMachinesSection } from '../src/diagram/files';

const generated = await machinePageFiles(listProcedures());
import { GENERATED_PAGE_MARKER } from '../src/diagram/page';
import { seedPages } from '../src/law/pages';
import { translator } from '../src/i18n/translator';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string): string | null => {
  try {
    return readFileSync(`${root}${path}`, 'utf8');
  } catch {
    return null;
  }
};

/** A small machine with what the seasonal one lacks: a compound state, a nested final, a reserved key, a root transition. */
const nested = setup({
  types: { events: {} as { type: 'go' } | { type: 'appeal.lodged' } | { type: 'judged' } | { type: 'note' } | { type: 'reset' } },
  guards: { isInTime: () => true, isWellFounded: () => true },
  actions: { recordNote: () => undefined },
}).createMachine({
  id: 'nestedProbe',
  initial: 'waiting',
  on: { reset: { target: '.waiting' } },
  states: {
    waiting: { on: { go: { target: 'refused', meta: { source: { file: '001_4e3fbcc1bbea5669.txt', section: 'Appeals', quote: 'say "no"' } } } } },
    refused: {
      initial: 'appealWindowOpen',
      on: { note: { actions: 'recordNote' } },
      states: {
        appealWindowOpen: { on: { 'appeal.lodged': { guard: and(['isInTime', 'isWellFounded']), target: 'beforeTribunal' } } },
        beforeTribunal: { on: { judged: 'refusalFinal' } },
        refusalFinal: { type: 'final' },
      },
    },
    end: { type: 'final' },
  },
});

describe('committed diagrams are up to date', () => {
  it.each(generated.map((file) => [file.path, file] as const))('%s', (path, file) => {
    const committed = read(path);
    expect(committed, `${path} is missing: run \`npm run diagrams\``).not.toBeNull();
    expect(committed === file.content, `${path} is out of date with the machine: run \`npm run diagrams\` and commit the result`).toBe(true);
  });

  it('leaves no diagram or page in docs/machines that the script no longer writes', () => {
    const expected = new Set(generated.map((file) => file.path));
    const committed = readdirSync(`${root}docs/machines`).map((name) => `docs/machines/${name}`);
    expect(committed.filter((path) => !expected.has(path))).toEqual([]);
  });

  it('README lists every machine page in its Machines section', () => {
    const readme = read('README.md')!;
    const refreshed = withMachinesSection(readme, listProcedures());
    expect(refreshed, 'README.md has lost its <!-- machines:start --> / <!-- machines:end --> markers').not.toBeNull();
    expect(refreshed === readme, 'the Machines section of README.md is out of date: run `npm run diagrams`').toBe(true);
    for (const procedure of listProcedures()) expect(readme).toContain(`](docs/machines/${procedure.id}.md)`);
  });

  it('replaces only the marked block of the README', () => {
    const readme = `# Title\n\nbefore\n\n${machinesSection([])}\n\nafter\n`;
    const next = withMachinesSection(readme, [seasonalWorker]);
    expect(next).toBe(`# Title\n\nbefore\n\n${machinesSection([seasonalWorker])}\n\nafter\n`);
    expect(next).toContain('[`seasonalWorker`](docs/machines/seasonalWorker.md)');
    expect(withMachinesSection('# no markers\n', [seasonalWorker])).toBeNull();
  });
});

describe('toMermaid', () => {
  const text = toMermaid(seasonalWorkerMachine);
  const graph = machineGraph(seasonalWorkerMachine);
  const lines = text.split('\n');

  it('is a deterministic state diagram starting at the initial state', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(text).toContain('  [*] --> vacancyToBeDeclared\n');
    expect(toMermaid(seasonalWorkerMachine)).toBe(text);
  });

  it('draws one edge per transition target, with event, guard and source number', () => {
    const edges = lines.filter((line) => / --> /.test(line) && !line.includes('[*]'));
    const expected = graph.transitions.reduce((sum, transition) => sum + transition.targets.length, 0);
    expect(edges).toHaveLength(expected);
    expect(expected).toBeGreaterThan(40);
    const decision = graph.sources.findIndex((source) => source.quote === law.seasonalDecisionPeriodMonths.source.quote) + 1;
    expect(decision).toBeGreaterThan(0);
    expect(lines).toContain(`  awaitingDecision --> deemedRejected : clock.advanced<br/>[isDecisionPeriodOver] §${decision}`);
    expect(lines).toContain('  residencePermitValid --> renewalPending : renewal.applied<br/>[isWithinRenewalWindow and isRenewalAllowedAfterEmployerChange] §26');
    expect(lines).toContain('  awaitingDecision --> authorisationRefused : authorisation.refused §11');
  });

  it('lists transitions that keep the state inside it, and lists every source as a comment', () => {
    expect(lines).toContain('  state "arrivalDeclared" as arrivalDeclared');
    expect(lines.filter((line) => line.startsWith('  arrivalDeclared : ↻ '))).toEqual([
      '  arrivalDeclared : ↻ documents.supplied',
      '  arrivalDeclared : ↻ medicalCertificate.issued [hasNoMedicalCertificate] §21',
      '  arrivalDeclared : ↻ work.started [hasNotStartedWork] §22',
      '  arrivalDeclared : ↻ workStart.notified [isEmployerNotificationOpen] §22',
    ]);
    const comments = lines.filter((line) => line.startsWith('  %% §'));
    expect(comments).toHaveLength(graph.sources.length);
    expect(comments[graph.sources.length - 1]).toContain(graph.sources.at(-1)!.quote);
  });

  it('marks exactly the final states', () => {
    const finals = graph.states.filter((state) => state.kind === 'final').map((state) => state.path);
    // deemedRejected is not final: a late decision can still be recorded
    expect(finals).toHaveLength(10);
    expect(finals).not.toContain('deemedRejected');
    expect(lines).toContain(`  class ${finals.join(', ')} final`);
  });

  it('draws compound states with their initial child, notes for composite self-transitions, safe ids', () => {
    const probe = toMermaid(nested);
    expect(probe).toContain('  state "refused" as refused {\n    [*] --> refused__appealWindowOpen\n    state "appealWindowOpen" as refused__appealWindowOpen\n');
    expect(probe).toContain('  note left of refused\n    ↻ note\n  end note');
    expect(probe).not.toMatch(/^ {2}refused : /m);
    expect(probe).toContain('  refused__appealWindowOpen --> refused__beforeTribunal : appeal.lodged<br/>[isInTime and isWellFounded]');
    expect(probe).toContain('  state "end" as s_end');
    expect(probe).toContain('  class refused__refusalFinal, s_end final');
    expect(probe).toContain('  state "any state" as s__any\n');
    expect(probe).toContain('  s__any --> waiting : reset');
    expect(probe).toContain(`waiting --> refused : go §1`);
    expect(probe).toContain(`  %% §1 001_4e3fbcc1bbea5669.txt | Appeals | "say "no""`);
  });

  it.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('names every state of %s', (_id, procedure) => {
    const diagram = toMermaid(procedure.machine);
    for (const state of machineGraph(procedure.machine).states) expect(diagram).toContain(state.path.split('.').join('__'));
  });
});

describe('toDot', () => {
  const dot = toDot(seasonalWorkerMachine);

  it('is a digraph with a start point, double-bordered finals and labelled edges', () => {
    expect(dot.startsWith('digraph "seasonalWorker" {\n')).toBe(true);
    expect(dot.trimEnd().endsWith('}')).toBe(true);
    expect(dot).toContain('  "__start" -> "vacancyToBeDeclared";');
    expect(dot.match(/peripheries=2/g)).toHaveLength(10);
    expect(dot).toContain('"awaitingDecision" -> "deemedRejected" [label="clock.advanced\\n[isDecisionPeriodOver] §12"');
    expect(dot).toContain('"arrivalDeclared" -> "arrivalDeclared" [label="work.started\\n[hasNotStartedWork] §22", style=dashed');
    expect(toDot(seasonalWorkerMachine)).toBe(dot);
  });

  it('draws compound states as clusters and escapes quotes', () => {
    const probe = toDot(nested);
    expect(probe).toContain('subgraph "cluster_refused" {');
    expect(probe).toContain('"waiting" -> "refused.appealWindowOpen" [label="go §1", lhead="cluster_refused", tooltip="Appeals: \\"say \\"no\\"\\""];');
    expect(probe).toContain('"refused.appealWindowOpen" -> "refused.appealWindowOpen" [label="note", style=dashed];');
    expect(probe.split('{').length).toBe(probe.split('}').length);
  });
});

describe('machinePage', () => {
  const page = machinePage(seasonalWorker);
  const graph = machineGraph(seasonalWorkerMachine);
  const section = (title: string): string[] => {
    const start = page.indexOf(`## ${title}\n`);
    const rest = page.slice(start).split('\n').slice(1);
    const end = rest.findIndex((line) => line.startsWith('## '));
    return (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.startsWith('| '));
  };

  it('starts with the generated marker and embeds the Mermaid diagram', () => {
    expect(page.startsWith(`${GENERATED_PAGE_MARKER}\n`)).toBe(true);
    expect(page).toContain(`<details><summary>Mermaid diagram</summary>\n\n\`\`\`mermaid\n---\nconfig:\n  flowchart:\n    curve: linear\n---\n${toMermaid(seasonalWorkerMachine)}\`\`\`\n\n</details>`);
  });

  it('shows the SVG diagrams it is given, each linked to itself (tooltips work there)', () => {
    const withDiagrams = machinePage(seasonalWorker, [
      { path: 'docs/machines/seasonalWorker.svg', phase: null, width: 1000, height: 2000 },
      { path: 'docs/machines/seasonalWorker.renewal.svg', phase: 'renewal', width: 500, height: 500 },
    ]);
    expect(withDiagrams).toContain(`[![${seasonalWorker.title}: all phases](seasonalWorker.svg)](seasonalWorker.svg)`);
    expect(withDiagrams).toContain(`### Phase: renewal\n\n[![${seasonalWorker.title}: renewal phase](seasonalWorker.renewal.svg)](seasonalWorker.renewal.svg)`);
    expect(withDiagrams.indexOf('seasonalWorker.svg')).toBeLessThan(withDiagrams.indexOf('```mermaid'));
    expect(page).not.toContain('.svg');
  });

  it('has a row per state with description, phase, rights, documents step, source and assumption', () => {
    const rows = section('States');
    expect(rows).toHaveLength(graph.states.length + 1);
    const step = seasonalWorker.documents.arrivalDeclaration.label;
    const entered = rows.find((row) => row.startsWith('| `enteredLuxembourg` |'))!;
    expect(entered).toContain(
      `| \`enteredLuxembourg\` | — | The worker has entered Luxembourg and must declare arrival at the commune. | arrival | **granted** until the validity ends, then **undetermined** assumed: The visa with which the worker entered has ended and arrival is not yet declared: the page does not say what follows. A late declaration is still recorded, with a breach. | **denied** [${seedPages['004_b06c98a76d7eb733.txt'].title} › Declaration of arrival](${seedPages['004_b06c98a76d7eb733.txt'].url}) “The copy of the declaration of arrival together with the authorisation to stay both serve as a seasonal work permit”`,
    );
    expect(entered).toContain(
      `| ${step} (\`arrivalDeclaration\`) | [${seedPages['004_b06c98a76d7eb733.txt'].title} › Declaration of arrival](${seedPages['004_b06c98a76d7eb733.txt'].url}) “within 3 days of arrival in Luxembourg”`,
    );
    // the reason for denying work sits with the right now, not with the state
    expect(entered).toContain('assumed: The page names the declaration of arrival together with the authorisation to stay as the seasonal work permit');
    expect(rows.find((row) => row.startsWith('| `vacancyToBeDeclared` | initial |'))).toBeDefined();
    expect(rows.find((row) => row.startsWith('| `revoked` | final |'))).toContain('Outcome: The employer must pay the salaries');
  });

  it('has a row per transition, a row per deadline with its parameter, and the numbered sources', () => {
    expect(section('Transitions')).toHaveLength(graph.transitions.length + 1);
    const lapse = section('Transitions').find((row) => row.startsWith('| `awaitingDecision` | `clock.advanced` |'))!;
    expect(lapse).toContain(
      `| \`awaitingDecision\` | \`clock.advanced\` | time passes | \`isDecisionPeriodOver\` | \`deemedRejected\` | \`closeAllDeadlines\` | §12 [${seedPages['004_b06c98a76d7eb733.txt'].title} › ${law.seasonalDecisionPeriodMonths.source.section}](${seedPages['004_b06c98a76d7eb733.txt'].url}) “${law.seasonalDecisionPeriodMonths.source.quote}”`,
    );
    expect(lapse.endsWith('| — |')).toBe(true);
    expect(section('Transitions').find((row) => row.startsWith('| `awaitingDecision` | `authorisation.granted` |'))).toContain('| authority |');
    expect(section('Transitions').find((row) => row.startsWith('| `preparingApplication` | `application.submitted` |'))).toContain('| person or employer |');
    const deadlineRows = section('Deadlines');
    expect(deadlineRows).toHaveLength(Object.keys(seasonalWorker.deadlines).length + 1);
    expect(deadlineRows.find((row) => row.startsWith('| `employerNotification` |'))).toContain('`seasonalEmployerNotificationWorkingDays` = 3 workingDay (joursOuvres)');
    expect(section('Sources')).toHaveLength(graph.sources.length + 1);
  });

  it('links the three languages at the top when asked, the current one in bold', () => {
    expect(page).not.toContain('[Français]');
    const english = machinePage(seasonalWorker, [], { languageSwitch: true });
    expect(english.split('\n')[2]).toBe('**English** · [Français](seasonalWorker.fr.md) · [Deutsch](seasonalWorker.de.md)');
    const german = machinePage(seasonalWorker, [], { translator: translator('de'), languageSwitch: true });
    expect(german.split('\n')[2]).toBe('[English](seasonalWorker.md) · [Français](seasonalWorker.fr.md) · **Deutsch**');
  });

  it('writes a French page: states, events, phases, rights and deadlines in French, quotes in English with their link', () => {
    const fr = machinePage(seasonalWorker, [], { translator: translator('fr') });
    expect(fr).toContain('## Étapes\n');
    expect(fr).toContain('## Délais\n');
    const entered = fr.split('\n').find((row) => row.startsWith('| entré au Luxembourg (`enteredLuxembourg`) |'))!;
    expect(entered).toContain('| Le travailleur est entré au Luxembourg et doit faire sa déclaration d’arrivée auprès de la commune. | arrivée | **accordé** jusqu’à la fin de la validité, puis **indéterminé**');
    expect(entered).toContain(`**refusé** [${seedPages['004_b06c98a76d7eb733.txt'].title} › Declaration of arrival](${seedPages['004_b06c98a76d7eb733.txt'].url}) “The copy of the declaration of arrival together with the authorisation to stay both serve as a seasonal work permit”`);
    const lapse = fr.split('\n').find((row) => row.startsWith('| demande en cours d’examen (`awaitingDecision`) | passage du temps (`clock.advanced`) |'))!;
    expect(lapse).toContain('| le temps passe | `isDecisionPeriodOver` | rejet implicite (`deemedRejected`) |');
    expect(fr.split('\n').find((row) => row.startsWith('| `employerNotification` |'))).toContain('| employeur | obligation | `seasonalEmployerNotificationWorkingDays` = 3 jours ouvrés |');
  });

  it('keeps an assumption with no translation in English, marked as such', () => {
    const assumption = 'An assumption nobody has translated.';
    const probe = { ...seasonalWorker, deadlines: { only: { ...seasonalWorker.deadlines.employerNotification!, parameter: { ...seasonalWorker.deadlines.employerNotification!.parameter!, assumption } } } };
    expect(machinePage(probe, [], { translator: translator('de') })).toContain(`<span lang="en">${assumption}</span>`);
    expect(machinePage(probe)).not.toContain('<span');
  });

  it.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('renders %s with every state', (_id, procedure) => {
    const rendered = machinePage(procedure);
    expect(rendered).toContain(`# ${procedure.title}`);
    for (const state of machineGraph(procedure.machine).states) expect(rendered).toContain(`| \`${state.path}\` |`);
  });
});
