/**
 * The seed pages as a reader knows them: the official page's title, its public
 * address and who publishes it, besides the seed file name that the sources
 * cite (`004_b06c98a76d7eb733.txt` means nothing to a reader).
 *
 * Each address below was found by searching stored copies of the public pages
 * (guichet.public.lu and the European Commission's EU Immigration Portal) for
 * the seed's title and opening sentences, and kept only where the stored page's
 * text matched the seed word for word; `checked` says how. Where no address was
 * found, `url` is `null` and `noUrlReason` says why. No address is guessed.
 */
import type { SeedFile, SourceRef } from './types';
import { refusedArguments } from '../guard';

/**
 * The official page a seed file copies: its title as the page shows it, its
 * public address (or `null` with the reason), language, publisher, and how the
 * match between the seed and the public page was checked.
 *
 * @example
 * ```ts
 * const page: SeedPage = seedPages['004_b06c98a76d7eb733.txt'];
 * console.log(`${page.title} (${page.publisher}): ${page.url ?? page.noUrlReason}`);
 * ```
 * @category Law
 */
export interface SeedPage {
  file: SeedFile;
  /** The page's title, exactly as its first heading reads (it occurs in the seed). */
  title: string;
  /** The public address of the page whose text matches the seed, or `null` when none was found. */
  url: string | null;
  /** Why there is no address, when `url` is `null`. */
  noUrlReason?: string;
  /** The language of the page the seed copies. */
  language: 'en';
  /** Who publishes the page. */
  publisher: string;
  /** How the seed was matched to the public page (which sentences were compared). */
  checked: string;
  /** Short phrases read identically on the public page and in the seed (a test checks they occur in the seed). */
  matched: readonly string[];
}

const GUICHET = 'Guichet.lu, the Luxembourg government’s administrative guide';

/**
 * The five seed pages, by file name, with the title and address of the public page each one copies.
 *
 * @example
 * ```ts
 * seedPages['001_4e3fbcc1bbea5669.txt'].title; // 'Employed worker in Luxembourg'
 * ```
 * @category Law
 */
export const seedPages: Readonly<Record<SeedFile, SeedPage>> = Object.freeze({
  '004_b06c98a76d7eb733.txt': {
    file: '004_b06c98a76d7eb733.txt',
    title: 'Staying in Luxembourg as a third-country national seasonal worker',
    url: 'https://guichet.public.lu/en/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/saisonnier.html',
    language: 'en',
    publisher: GUICHET,
    checked:
      'Stored copy of this address: the title, the 2-step introduction, both step lists, "Who is concerned" and the list of seasonal activities read as the seed, word for word ("in order to work in a seasonal job", "be in possession of a valid passport", "undergo a medical check"). The older citizens\' version (guichet.public.lu/citoyens/en/…/saisonnier-pays-tiers/index.html, "last modified on 03-05-2017") differs ("hold a valid passport", "medical check-up"), so it is not the source.',
    matched: [
      'in order to work in a seasonal job, must follow a 2-step procedure',
      'be in possession of a valid passport;',
      'undergo a medical check;',
      'the activities engaged in by holiday-tour and tourist guides',
    ],
  },
  '001_4e3fbcc1bbea5669.txt': {
    file: '001_4e3fbcc1bbea5669.txt',
    title: 'Employed worker in Luxembourg',
    url: 'https://home-affairs.ec.europa.eu/policies/migration-and-asylum/eu-immigration-portal/employed-worker-luxembourg_en',
    language: 'en',
    publisher: 'European Commission, Migration and Home Affairs (EU Immigration Portal)',
    checked:
      'Stored copy of this address: the banner "Migration and Home Affairs", the date "1 April 2025", the title, the introduction, "Conditions" with its three items, "Procedures" and the whole list of documents required read as the seed, word for word.',
    matched: [
      '1 April 2025',
      'Are you a non-EU citizen wishing to work as an employed worker in Luxembourg?',
      'request a type D visa after having obtained the temporary authorisation to stay',
      'a covering letter to support the application',
    ],
  },
  '002_023e4c502a131ddc.txt': {
    file: '002_023e4c502a131ddc.txt',
    title: 'Carrying out a salaried activity on an ancillary basis as a holder of a residence permit for private reasons',
    url: 'https://guichet.public.lu/en/citoyens/immigration/plus-3-mois/ressortissant-tiers/raisons-privees/travail-raisons-privees.html',
    language: 'en',
    publisher: GUICHET,
    checked:
      'Stored copy of this address: the title, "Last update", the introduction, "Who is concerned?", the eligibility paragraphs ("he may appoint a third party, such as the employer"), "Preliminary steps" ("Third-country nationals will not be subject to the labour market test") read as the seed, word for word. An older version of the page (dated 01-04-2016, "they may mandate a third party, such as the future employer", a labour market test in the first year) differs, so it is not the source.',
    matched: [
      'may be authorised to carry out a salaried activity on an ancillary basis',
      'he may appoint a third party, such as the employer',
      'Third-country nationals will not be subject to the labour market test.',
    ],
  },
  '003_07cc08630c496fa1.txt': {
    file: '003_07cc08630c496fa1.txt',
    title: 'Work permit exemption for third-country nationals who are the spouse, partner or child of an EU citizen cross-border worker',
    url: 'https://guichet.public.lu/entreprises/en/ressources-humaines/recrutement/ressortissant-pays-tiers/dispense-autoris-membre-famille-ressort-UE-frontalier/index.html',
    language: 'en',
    publisher: GUICHET,
    checked:
      'Stored copy of this address: the title, "This page was last modified on 03-05-2018", the introduction, the form "Exemption from the authorisation to work … explanatory note", "Who is concerned", "Preliminary steps" and the documents list ("a certified copy of their valid passport, in its entirety") read as the seed, word for word. This is the 2018 version of the page at its address of the time; the page now published under guichet.public.lu/en/… says "a copy of their valid passport" and names the General Department of immigration, so its wording differs from the seed.',
    matched: [
      'This page was last modified on 03-05-2018',
      'a certified copy of their valid passport, in its entirety;',
      'to the Immigration Directorate of the Ministry of Foreign and European Affairs',
    ],
  },
  '000_8062ab018996c2b5.txt': {
    file: '000_8062ab018996c2b5.txt',
    title: 'Work for applicants for international protection',
    url: 'https://guichet.public.lu/en/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/moins-90-jours/autorisation-occupation-temporaire.html',
    language: 'en',
    publisher: GUICHET,
    checked:
      'Stored copy of this address: the title, "Last update", the introduction (AOT valid for 6 months, renewable, no residence permit), "Who is concerned", the student-job exemption and the paragraph on applying to ADEM 6 months at the earliest after the application for international protection read as the seed, word for word.',
    matched: [
      'The AOT is valid for 6 months and can be renewed.',
      'can apply for an exemption in order to get a temporary work permit',
      '6 months at the earliest after the application for international protection has been submitted',
    ],
  },
});

/**
 * The public page a seed file copies, or `undefined` for a file that is not a seed page.
 *
 * @example
 * ```ts
 * pageOf('000_8062ab018996c2b5.txt')?.url; // 'https://guichet.public.lu/en/…/autorisation-occupation-temporaire.html'
 * pageOf('nope.txt'); // undefined
 * ```
 * @category Law
 */
export function pageOf(file: string): SeedPage | undefined {
  try {
  return Object.prototype.hasOwnProperty.call(seedPages, file) ? seedPages[file as SeedFile] : undefined;
  } catch (error) {
    throw refusedArguments('pageOf', error);
  }
}

/**
 * How a source is named for a reader: `page title › section`, falling back to the
 * seed file name when the file is not a known seed page.
 *
 * @example
 * ```ts
 * sourceTitle({ file: '004_b06c98a76d7eb733.txt', section: 'Declaration of arrival', quote: 'within 3 days of arrival in Luxembourg' });
 * // 'Staying in Luxembourg as a third-country national seasonal worker › Declaration of arrival'
 * ```
 * @category Law
 */
export function sourceTitle(source: SourceRef): string {
  try {
  return `${pageOf(source.file)?.title ?? source.file} › ${source.section}`;
  } catch (error) {
    throw refusedArguments('sourceTitle', error);
  }
}

/**
 * The public address of the page a source cites, or `null` when none is known.
 *
 * @example
 * ```ts
 * sourceUrl(law.seasonalArrivalDeclarationDays.source); // 'https://guichet.public.lu/en/…/saisonnier.html'
 * ```
 * @category Law
 */
export function sourceUrl(source: SourceRef): string | null {
  try {
  return pageOf(source.file)?.url ?? null;
  } catch (error) {
    throw refusedArguments('sourceUrl', error);
  }
}

/**
 * Why a source has no public address to link, for printing beside it (empty when it has one).
 *
 * @example
 * ```ts
 * noUrlNote(law.seasonalArrivalDeclarationDays.source); // '' (the page has an address)
 * ```
 * @category Law
 */
export function noUrlNote(source: SourceRef): string {
  try {
  const page = pageOf(source.file);
  if (page?.url) return '';
  return page ? `no public address found: ${page.noUrlReason ?? 'not recorded'}` : `no public address found: ${source.file} is not a known seed page`;
  } catch (error) {
    throw refusedArguments('noUrlNote', error);
  }
}
