/**
 * French and German (issue 25): every text in all three languages, dates
 * written per language, the glossary's sources, and the French and German
 * output of every bundled scenario free of English labels.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listProcedures } from '../machines/registry';
import { runCli } from '../src/cli/run';
import { seedPages } from '../src/law/pages';
import { CATALOG, GLOSSARY, glossaryMarkdown, formatDate, formatList, lawTexts, missingTranslations, plural, procedureTexts, translator, uiMessages, type Lang } from '../src/i18n';
import { noticeText } from '../src/i18n/notices';
import { keptQuotes } from '../src/i18n/quotes';
import type { Procedure } from '../src/case/types';

const SCENARIOS = join(__dirname, '..', 'examples', 'scenarios');
const scenarioFiles = readdirSync(SCENARIOS).filter((name) => /\.(json|ya?ml)$/.test(name));
const workDir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-i18n-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The shape of a dictionary: its keys, nested, and for functions their arity. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `function/${value.length}`;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  return typeof value;
}

describe('every key in every language', () => {
  it('the command line and report words have the same keys in English, French and German', () => {
    expect(shape(uiMessages('fr'))).toEqual(shape(uiMessages('en')));
    expect(shape(uiMessages('de'))).toEqual(shape(uiMessages('en')));
  });

  it('every text, state, event and phase of every bundled procedure has a French and a German version', () => {
    expect(missingTranslations(listProcedures())).toEqual([]);
  });

  it('finds a text that has lost its translation', () => {
    const [procedure] = listProcedures();
    const changed = { ...procedure!, title: `${procedure!.title} (changed)` };
    expect(missingTranslations([changed]).map((gap) => `${gap.lang} ${gap.where}`)).toEqual([`fr ${procedure!.id} title`, `de ${procedure!.id} title`]);
  });

  it('finds a modelling assumption of a state, a transition or a legal parameter that has no translation', () => {
    const [procedure] = listProcedures();
    const config = { initial: 'a', states: { a: { meta: { assumption: 'An untranslated state assumption.' }, on: { 'x.happened': [{ target: 'a', meta: { assumption: 'An untranslated transition assumption.' } }] } } } };
    const changed = { ...procedure!, machine: { config } } as unknown as Procedure;
    const gaps = missingTranslations([changed]).filter((gap) => gap.where.endsWith('assumption'));
    expect(gaps.map((gap) => `${gap.lang} ${gap.where}`)).toEqual([
      `fr ${procedure!.id} state a assumption`,
      `fr ${procedure!.id} state a on x.happened#0 assumption`,
      `de ${procedure!.id} state a assumption`,
      `de ${procedure!.id} state a on x.happened#0 assumption`,
    ]);
    expect(lawTexts().map((text) => text.where)).toContain('law seasonalArrivalDeclarationDays assumption');
  });

  it('collects the assumptions of states, transitions, rights and deadlines', () => {
    const salaried = listProcedures().find((procedure) => procedure.id === 'salariedWorker')!;
    const where = procedureTexts(salaried).texts.map((text) => text.where);
    expect(where).toContain('salariedWorker state awaitingCardPickup assumption');
    expect(where).toContain('salariedWorker state residencePermitValid on employmentChange.requested#0 assumption');
    expect(where).toContain('salariedWorker deadline labourMarketTest parameter salariedLabourMarketTestWeeks assumption');
    const seasonal = listProcedures().find((procedure) => procedure.id === 'seasonalWorker')!;
    expect(procedureTexts(seasonal).texts.map((text) => text.where)).toContain('seasonalWorker state vacancyToBeDeclared reside exception assumption');
  });

  it('no French or German text is left in English', () => {
    const same = Object.entries(CATALOG).filter(([english, t]) => english.length > 20 && (t.fr === english || t.de === english));
    expect(same).toEqual([]);
  });
});

describe('dates and lists per language', () => {
  it('writes a day in each language, in UTC', () => {
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatDate('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatDate('2026-12-01', 'de')).toBe('1. Dezember 2026');
    expect(formatDate('2027-01-01', 'de')).toBe('1. Januar 2027');
    expect(formatDate('2026-12-31', 'fr')).toBe('31 décembre 2026');
  });

  it('joins lists as each language does', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(formatList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
  });

  it('translates a notice that carries a date, with the date written out', () => {
    const notice = { code: 'passportRenewalAdvised', message: 'The passport expires on 2026-05-01, less than 6 months away: renew it before coming to Luxembourg.' };
    expect(translator('fr').notice(notice)).toBe('Le passeport expire le 1er mai 2026, dans moins de 6 mois : le renouveler avant de venir au Luxembourg.');
    expect(noticeText({ ...notice, message: 'something else' }, 'de', (d) => d)).toBeUndefined();
  });
});

describe('plural forms', () => {
  it('chooses the form by the language\'s plural rules: French 0 and 1 singular, English and German only 1', () => {
    const forms = (lang: Lang) => [0, 1, 2].map((count) => plural(count, lang, { one: 'one', other: 'other' }));
    expect(forms('en')).toEqual(['other', 'one', 'other']);
    expect(forms('fr')).toEqual(['one', 'one', 'other']);
    expect(forms('de')).toEqual(['other', 'one', 'other']);
  });

  it('writes the quiet clock events and the missing documents with the right form for 0, 1 and 2', () => {
    const quiet = (lang: Lang) => [0, 1, 2].map((count) => uiMessages(lang).quietClocks(count));
    expect(quiet('en')).toEqual(['time passes, 0 clock events, nothing changes', 'time passes, 1 clock event, nothing changes', 'time passes, 2 clock events, nothing changes']);
    expect(quiet('fr')).toEqual(['le temps passe, 0 jalon sans changement', 'le temps passe, 1 jalon sans changement', 'le temps passe, 2 jalons sans changement']);
    expect(quiet('de')).toEqual(['Zeit vergeht, 0 Stichtage ohne Änderung', 'Zeit vergeht, 1 Stichtag ohne Änderung', 'Zeit vergeht, 2 Stichtage ohne Änderung']);
    const missing = (lang: Lang) => [0, 1, 2].map((count) => uiMessages(lang).checklistHead('L', 'S', count, 3).replace(/^.*: /, ''));
    expect(missing('en')).toEqual(['0 of 3 missing', '1 of 3 missing', '2 of 3 missing']);
    expect(missing('fr')).toEqual(['0 sur 3 manquante', '1 sur 3 manquante', '2 sur 3 manquantes']);
    expect(missing('de')).toEqual(['0 von 3 fehlen', '1 von 3 fehlt', '2 von 3 fehlen']);
  });
});

describe('the glossary', () => {
  it('gives every term a source address or marks it proposed', () => {
    for (const entry of GLOSSARY) {
      for (const lang of ['en', 'fr', 'de'] as const) {
        const term = entry[lang];
        expect(term.term.length, `${entry.id} ${lang}`).toBeGreaterThan(0);
        if (term.proposed) expect(term.note.length, `${entry.id} ${lang} proposed without a note`).toBeGreaterThan(0);
        else expect(term.source, `${entry.id} ${lang}`).toMatch(/^https?:\/\/[^ ]+\.lu\//);
      }
    }
  });

  it('has the terms the issue names', () => {
    const french = GLOSSARY.map((entry) => entry.fr.term);
    for (const term of ['autorisation de séjour temporaire', 'titre de séjour', 'déclaration d’arrivée', 'autorisation d’occupation temporaire (AOT)', 'test du marché de l’emploi']) {
      expect(french).toContain(term);
    }
  });

  it('docs/glossary.md is up to date (run `npx tsx scripts/glossary.ts`)', () => {
    expect(readFileSync(join(__dirname, '..', 'docs', 'glossary.md'), 'utf8')).toBe(glossaryMarkdown());
  });
});

/** Every quote from a page that a French or German text keeps in English, as the catalogue writes them. */
const KEPT_QUOTES = [
  ...new Set(
    Object.entries(CATALOG).flatMap(([english, translation]) =>
      [translation.fr, translation.de].flatMap((text) => keptQuotes(text, english).map((span) => text.slice(span.start, span.end))),
    ),
  ),
].sort((a, b) => b.length - a.length);

/** A kept quote between « » or „ “, with any spacing the page text leaves around it. */
const KEPT_QUOTE = new RegExp(`(«|„)\\s*(${KEPT_QUOTES.map((quote) => quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(»|“)`, 'g');

/**
 * What may stay English in French or German output: quotes from the pages
 * (kept English inside translated texts too) and their titles (a citation is a citation), addresses, seed file names,
 * the scenario's own title and the employer's name (proper names), file
 * paths, codes (procedure ids, sentence references) and the ISCO-08 and NACE
 * titles after their code (the classifications' data has English titles only).
 */
function withoutAllowed(text: string, scenarioTitle: string | undefined): string {
  let rest = text;
  if (scenarioTitle) rest = rest.split(scenarioTitle).join('');
  rest = rest.replace(KEPT_QUOTE, '');
  for (const page of Object.values(seedPages)) rest = rest.split(page.title).join('');
  return rest
    .replace(/\S*\/\S+/g, '')
    .replace(/((?:profession|Beruf)\s?:? )\d{4} [^,]+/g, '$1')
    .replace(/((?:secteur|Sektor)\s?:? )[A-U] [^—\n]+/g, '$1')
    .replace(/› [^;)\n]+;/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[[^\]]+\.txt\]/g, '')
    .replace(/› [^:"]+:/g, '')
    .replace(/\b[A-Z][\w&.-]*( [A-Z][\w&.-]*)* (SARL|SA|S\.à r\.l\.|GmbH)\b/g, '')
    .replace(/\b[a-z]+[A-Z]\w*\b/g, (id) => (/^[a-z]+[A-Z]/.test(id) ? '' : id));
}

/** The text of an HTML page as a reader sees it: no style sheet, no tags, entities decoded, one line per block. */
function pageText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    // Quotes from the pages.
    .replace(/<q>[\s\S]*?<\/q>/g, '')
    .replace(/<(br|\/p|\/li|\/tr|\/h\d|\/caption)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const ENGLISH = /\b(the|and|of|may|must|deadline|due|until|not|state|applicant|employer|granted|refused|open|upcoming|met|passed|none|breach|notice|outcome|sector|Timeline|Procedure|Deadlines|Documents)\b/;

function englishIn(text: string, scenarioTitle: string | undefined): string[] {
  return withoutAllowed(text, scenarioTitle)
    .split('\n')
    .filter((line) => ENGLISH.test(line));
}

describe('French and German output of every bundled scenario has no English label', () => {
  for (const file of scenarioFiles) {
    for (const lang of ['fr', 'de'] as const satisfies readonly Lang[]) {
      it(`${file} in ${lang}`, () => {
        const snapshot = join(workDir, `${file}.${lang}.json`);
        const simulate = runCli(['simulate', join(SCENARIOS, file), '--lang', lang, '--save', snapshot]);
        expect(simulate.exitCode, simulate.stderr).toBe(0);
        const title = simulate.stdout.split('\n')[0];
        const outputs = [simulate.stdout];
        for (const command of ['status', 'deadlines', 'documents'] as const) {
          const result = runCli([command, snapshot, '--lang', lang]);
          expect(result.exitCode, result.stderr).toBe(0);
          outputs.push(result.stdout);
        }
        const report = runCli(['report', snapshot, '--lang', lang]);
        expect(report.exitCode, report.stderr).toBe(0);
        expect(report.stdout).toContain(`<html lang="${lang}">`);
        // Every assumption is translated: only a quote from a page inside it stays English.
        const english = [...report.stdout.matchAll(/<span lang="en">([\s\S]*?)<\/span>/g)].map((match) => match[1]!);
        expect(english.filter((text) => !KEPT_QUOTES.includes(text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')))).toEqual([]);
        outputs.push(pageText(report.stdout));
        for (const output of outputs) expect(englishIn(output, title)).toEqual([]);
      });
    }
  }

  it('the check finds English in the compact English output', () => {
    const result = runCli(['simulate', join(SCENARIOS, 'seasonal-worker-typical.json')]);
    expect(englishIn(result.stdout, result.stdout.split('\n')[0]).length).toBeGreaterThan(10);
  });
});

describe('--lang on the command line', () => {
  it('refuses a language it does not know', () => {
    const result = runCli(['simulate', join(SCENARIOS, 'seasonal-worker-typical.json'), '--lang', 'lb']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--lang: "lb" is not a supported language');
  });

  it('writes the seasonal worker case as a French and a German caseworker would', () => {
    const fr = runCli(['simulate', join(SCENARIOS, 'seasonal-worker-typical.json'), '--lang', 'fr']).stdout;
    expect(fr).toContain('12 janvier 2026  poste vacant déclaré à l’ADEM');
    expect(fr).toContain('+ délai « Faire la déclaration d’arrivée auprès de la commune de résidence » : échéance le 17 avril 2026');
    expect(fr).toContain('Situation au 15 juillet 2026 : titre de séjour valable');
    const de = runCli(['simulate', join(SCENARIOS, 'seasonal-worker-typical.json'), '--lang', 'de']).stdout;
    expect(de).toContain('12. Januar 2026   freie Stelle bei der ADEM gemeldet');
    expect(de).toContain('Stand am 15. Juli 2026: Aufenthaltstitel gültig');
  });

  it('keeps quotes and their links in English in the deadlines', () => {
    const fr = runCli(['simulate', join(SCENARIOS, 'seasonal-worker-typical.json'), '--lang', 'fr']).stdout;
    expect(fr).toContain('Staying in Luxembourg as a third-country national seasonal worker › Renewal procedure: "within 2 months prior to the expiry date of the residence permit"');
    expect(fr).toContain('<https://guichet.public.lu/en/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/saisonnier.html>');
  });
});
