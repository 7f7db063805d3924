/**
 * French and German (issue 25) beyond status and the report: `explain`,
 * `eligibility` and the machine pages. Every eligibility text has a French
 * and a German version, and their French and German output, like the
 * machine pages', holds no English label. Quotes, links and ids are the
 * allow-list, and, in explain and the pages, the machines' assumptions not
 * yet translated (marked, or printed after their label: another change
 * translates them); eligibility has no such exception.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listProcedures } from '../machines/registry';
import { seasonalActivityIds } from '../machines/seasonal-worker/activities';
import { runCli } from '../src/cli/run';
import { whichProcedure } from '../src/eligibility/which-procedure';
import type { ProfileInput } from '../src/eligibility/profile';
import type { EligibilityResult } from '../src/eligibility/types';
import { seedPages } from '../src/law/pages';
import { eligibilityText, missingEligibilityTranslations, translateEligibility, translateExplanation, translationOf } from '../src/i18n';
import { explain } from '../src/case/explain';
import { restore } from '../src/persistence/snapshot';
import { withoutPageQuotes } from './support/seeds';

const root = join(__dirname, '..');
const SCENARIOS = join(root, 'examples', 'scenarios');
const PROFILES = join(root, 'examples', 'profiles');
const profileFiles = readdirSync(PROFILES).filter((name) => /\.(json|ya?ml)$/.test(name));
const workDir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-i18n-explain-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const ENGLISH = /\b(the|and|of|may|must|deadline|due|until|not|state|applicant|employer|granted|refused|open|upcoming|met|passed|none|breach|notice|outcome|sector|Timeline|Procedure|Deadlines|applies|profile|permit|stay|lives|work|how)\b/i;

/** The lines of CLI output with an English word, once quotes, page titles, addresses, file names and ids are taken out. */
function englishLines(text: string): string[] {
  let rest = text;
  for (const page of Object.values(seedPages)) rest = rest.split(page.title).join('');
  return rest
    .split('\n')
    .map((line) =>
      withoutPageQuotes(line.replace(/› [^"]*(?=")/g, '').replace(/"[^"]*"/g, ''))
        .replace(/<[^>]+>/g, '')
        .replace(/\[[^\]]+\.txt\]/g, '')
        .replace(/› [^:"]+:/g, '')
        .replace(/\[[a-zA-Z]+\]/g, '')
        .replace(/\b[A-Z][\w&.-]*( [A-Z][\w&.-]*)* (SARL|SA|S\.à r\.l\.|GmbH)\b/g, '')
        .replace(/\b[a-z]+(?:[A-Z]\w*|\.[a-z]\w*)+\b/g, '')
        .replace(/\bmet (?:pas |plus )?fin\b/g, ''),
    )
    .filter((line) => ENGLISH.test(line));
}

describe('list in French and German', () => {
  it.each(['fr', 'de'] as const)('list --lang %s gives every title in the language', (lang) => {
    const result = runCli(['list', '--lang', lang]);
    expect(result.exitCode, result.stderr).toBe(0);
    for (const procedure of listProcedures()) expect(result.stdout).toContain(translationOf(procedure.title, lang));
    expect(englishLines(result.stdout)).toEqual([]);
  });

  it('the check finds English in the English list', () => {
    expect(englishLines(runCli(['list', '--lang', 'en']).stdout).length).toBeGreaterThan(0);
  });
});

describe('explain in French and German', () => {
  const snapshot = join(workDir, 'seasonal.json');
  runCli(['simulate', join(SCENARIOS, 'seasonal-worker-typical.json'), '--save', snapshot]);

  it.each(['fr', 'de'] as const)('explain --lang %s has no English label', (lang) => {
    const result = runCli(['explain', snapshot, '--lang', lang]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain(lang === 'fr' ? 'Comment le dossier en est arrivé là :' : 'Wie es dazu kam:');
    expect(result.stdout).toContain(lang === 'fr' ? '12 janvier 2026  poste vacant déclaré à l’ADEM\u00a0: poste vacant à déclarer → test du marché de l’emploi en cours' : '12. Januar 2026  freie Stelle bei der ADEM gemeldet: freie Stelle zu melden → Arbeitsmarkttest läuft');
    expect(englishLines(result.stdout)).toEqual([]);
  });

  for (const file of readdirSync(SCENARIOS).filter((name) => /\.(json|ya?ml)$/.test(name))) {
    it.each(['fr', 'de'] as const)(`explain ${file} --lang %s has no English label`, (lang) => {
      const saved = join(workDir, `${file}.json`);
      expect(runCli(['simulate', join(SCENARIOS, file), '--save', saved]).exitCode).toBe(0);
      const result = runCli(['explain', saved, '--lang', lang]);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(englishLines(result.stdout)).toEqual([]);
    });
  }

  it('the check finds English in the English explanation', () => {
    expect(englishLines(runCli(['explain', snapshot]).stdout).length).toBeGreaterThan(3);
  });

  it('translateExplanation translates the summary and keeps ids, dates and quotes', () => {
    const restored = restore(JSON.parse(readFileSync(snapshot, 'utf8')));
    if (!restored.ok) throw restored.error;
    const why = explain(restored.value);
    const de = translateExplanation(why, 'de');
    expect(de.summary).toBe(translationOf(why.summary, 'de'));
    expect(de.summary).not.toBe(why.summary);
    expect(de.state).toBe(why.state);
    expect(de.steps.map((step) => [step.at, step.event, step.to, step.source?.quote])).toEqual(why.steps.map((step) => [step.at, step.event, step.to, step.source?.quote]));
  });
});

/** Every text of an eligibility answer with the rule it belongs to. */
function textsOf(answer: EligibilityResult): { rule: string | null; text: string }[] {
  const reasons = [
    ...[...answer.applies, ...answer.doesNotApply, ...answer.undetermined].flatMap((verdict) => verdict.reasons),
    ...(answer.noPermitNeeded?.reasons ?? []),
    ...(answer.notDecidedHere?.reasons ?? []),
  ];
  return [
    ...reasons.map((reason) => ({ rule: reason.rule, text: reason.text })),
    ...reasons.flatMap((reason) => (reason.assumption ? [{ rule: null, text: reason.assumption }] : [])),
    ...(answer.note ? [{ rule: null, text: answer.note }] : []),
  ];
}

const date = fc.constantFrom('2025-09-15', '2026-01-31', '2026-03-01', '2026-06-30');
const profiles: fc.Arbitrary<ProfileInput> = fc.record(
  {
    asOf: fc.constantFrom('2026-03-01', '2026-07-01'),
    nationality: fc.constantFrom('euEeaSwiss', 'thirdCountry'),
    livesIn: fc.constantFrom('luxembourg', 'otherMemberState', 'thirdCountry'),
    willLiveInLuxembourg: fc.boolean(),
    luxembourgPermit: fc.constantFrom('none', 'privateReasons', 'salariedWorker', 'seasonalWorker', 'euFamilyMember', 'other'),
    luxembourgPermitValidUntil: date,
    holdsOtherMemberStateAuthorisation: fc.boolean(),
    hasWorkedInLuxembourg: fc.boolean(),
    earlierSeasonalStays: fc.constantFrom([], [{ from: '2025-10-01', to: '2026-01-15' }], [{ from: '2025-08-01', to: '2025-09-30' }, { from: '2025-12-01', to: '2026-01-31' }]),
    euFamily: fc.record(
      {
        citizenIs: fc.constantFrom('spouse', 'registeredPartner', 'parent', 'child', 'otherRelative'),
        citizenLivesIn: fc.constantFrom('luxembourg', 'sameMemberStateAsPerson', 'elsewhere'),
        livesWithPerson: fc.boolean(),
        citizenWorksInLuxembourg: fc.boolean(),
      },
      { requiredKeys: ['citizenIs', 'citizenLivesIn'] },
    ),
    internationalProtection: fc.record({ appliedOn: date, decisionTaken: fc.boolean(), delayCausedByApplicant: fc.boolean(), unaccompaniedMinor: fc.boolean() }),
    job: fc.record(
      {
        seasonal: fc.boolean(),
        activity: fc.constantFrom(...seasonalActivityIds, 'other'),
        mainActivity: fc.boolean(),
        plannedMonths: fc.constantFrom(2, 3.5, 4, 5, 12),
        startsOn: fc.constantFrom('2026-03-02', '2026-07-15'),
        studentJob: fc.boolean(),
      },
      { requiredKeys: ['plannedMonths'] },
    ),
  },
  { requiredKeys: ['asOf', 'nationality', 'livesIn', 'job'] },
) as fc.Arbitrary<ProfileInput>;

describe('eligibility in French and German', () => {
  it('every rule condition and assumption has a French and a German version', () => {
    expect(missingEligibilityTranslations()).toEqual([]);
  });

  it('every reason and note of any profile has a French and a German version', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const answer = whichProcedure(profile);
        if (!answer.ok) return;
        for (const lang of ['fr', 'de'] as const) {
          const missing = textsOf(answer.value).filter(({ rule, text }) => eligibilityText(rule, text, lang) === undefined);
          expect(missing, lang).toEqual([]);
        }
      }),
      { numRuns: 400, seed: 25 },
    );
  });

  it('finds a detail it cannot translate', () => {
    expect(eligibilityText('seasonalWorker.staysMoreThanMinimum', 'The person will stay more than 3 months: planned stay: 4 months', 'fr')).toBe('La personne séjournera plus de 3 mois\u00a0: séjour prévu : 4 mois');
    expect(eligibilityText('seasonalWorker.staysMoreThanMinimum', 'The person will stay more than 3 months: a detail nobody wrote', 'fr')).toBeUndefined();
    expect(eligibilityText('seasonalWorker.seasonalActivity', 'The job is one of the seasonal activities the page lists: activity: Juggling', 'de')).toBeUndefined();
  });

  it('translateEligibility keeps ids, dates, facts and sources, and leaves English as it is', () => {
    const answer = whichProcedure(JSON.parse(readFileSync(join(PROFILES, 'protection-applicant.json'), 'utf8')) as ProfileInput);
    if (!answer.ok) throw answer.error;
    const fr = translateEligibility(answer.value, 'fr');
    expect(translateEligibility(answer.value, 'en')).toBe(answer.value);
    expect(fr.asOf).toBe(answer.value.asOf);
    expect(fr.doesNotApply.map((verdict) => [verdict.procedure, verdict.availableFrom, verdict.reasons.map((reason) => [reason.rule, reason.met, reason.source])])).toEqual(
      answer.value.doesNotApply.map((verdict) => [verdict.procedure, verdict.availableFrom, verdict.reasons.map((reason) => [reason.rule, reason.met, reason.source])]),
    );
    expect(fr.note).toBe('Aucune procédure ne s’applique au 1er mars 2026 ; protectionApplicantWorkPermit devient possible à partir du 15 avril 2026.');
  });

  for (const file of profileFiles) {
    it.each(['fr', 'de'] as const)(`eligibility ${file} --lang %s has no English label`, (lang) => {
      const result = runCli(['eligibility', join(PROFILES, file), '--lang', lang]);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(englishLines(result.stdout)).toEqual([]);
    });
  }

  it('the check finds English in the English answer', () => {
    expect(englishLines(runCli(['eligibility', join(PROFILES, profileFiles[0]!)]).stdout).length).toBeGreaterThan(3);
  });
});

describe('machine pages in French and German', () => {
  /** A page as a reader sees it, without what may stay English: quotes, links, code, the Mermaid text, marked English and comments. */
  function pageEnglish(page: string): string[] {
    return withoutPageQuotes(page)
      .replace(/```mermaid[\s\S]*?```/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/“[^”]*”/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/\bmet (?:pas |plus )?fin\b/g, '')
      .split('\n')
      .filter((line) => ENGLISH.test(line));
  }

  for (const procedure of listProcedures()) {
    it.each(['fr', 'de'] as const)(`docs/machines/${procedure.id}.%s.md has no English label`, (lang) => {
      const page = readFileSync(join(root, 'docs', 'machines', `${procedure.id}.${lang}.md`), 'utf8');
      expect(page).toContain(`[English](${procedure.id}.md)`);
      expect(pageEnglish(page)).toEqual([]);
    });
  }

  it('the check finds English in an English page', () => {
    expect(pageEnglish(readFileSync(join(root, 'docs', 'machines', 'seasonalWorker.md'), 'utf8')).length).toBeGreaterThan(10);
  });
});
