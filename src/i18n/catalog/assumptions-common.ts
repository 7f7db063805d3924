/**
 * French and German versions of the modelling assumptions that several
 * procedures share: those the kernel's builders write (deemed rejection,
 * appeals) and those two machines state in the same words. An assumption is
 * the project's own statement, so it is translated; a quote from a page inside
 * it stays English, between « » or „ “.
 */
import { rightsCatalog } from './rights';
import type { Catalog, Translation } from './types';

/**
 * The kernel's assumption on a later express decision after a deemed
 * rejection (`src/case/decision.ts`), which the procedures append to their own.
 *
 * @example
 * ```ts
 * `${LATER_DECISION.fr}`.startsWith('La page'); // true
 * ```
 */
export const LATER_DECISION: Translation = {
  fr: 'La page dit qu’une décision intervient en général (« generally ») dans le délai et permet au demandeur de considérer le silence comme un rejet ; elle n’interdit pas une réponse ultérieure. Une décision expresse qui intervient plus tard est enregistrée et prend le relais.',
  de: 'Die Seite sagt, dass eine Entscheidung in der Regel („generally“) innerhalb der Frist ergeht, und erlaubt dem Antragsteller, Schweigen als Ablehnung zu betrachten; eine spätere Antwort schließt sie nicht aus. Eine später ergehende ausdrückliche Entscheidung wird erfasst und tritt an die Stelle der Ablehnung.',
};

/**
 * The kernel's assumption that a pending appeal gives no right (`src/case/appeals.ts`),
 * which an appeal state appends to its own (translated with the rights' reasons, where a right cites it too).
 *
 * @example
 * ```ts
 * NO_RIGHT_DURING_APPEAL.de.length > 0; // true
 * ```
 */
export const NO_RIGHT_DURING_APPEAL: Translation = rightsCatalog['The page does not say that an appeal lets the person stay or work while it is pending; no right is assumed.']!;

/**
 * The assumptions shared by several procedures, keyed by their English wording.
 *
 * @example
 * ```ts
 * commonAssumptionsCatalog['The page does not describe a refusal.']?.fr; // 'La page ne décrit pas de refus.'
 * ```
 */
export const commonAssumptionsCatalog: Catalog = {
  'The page says a decision comes "generally" within the period and lets the applicant take silence as a rejection; it does not forbid a later answer. An express decision that arrives later is recorded and takes over.': LATER_DECISION,
  'The page does not describe a refusal.': {
    fr: 'La page ne décrit pas de refus.',
    de: 'Die Seite beschreibt keine Ablehnung.',
  },
  'The page does not describe a refusal of the certificate.': {
    fr: 'La page ne décrit pas de refus du certificat.',
    de: 'Die Seite beschreibt keine Ablehnung der Bescheinigung.',
  },
  'The page does not describe a visa refusal.': {
    fr: 'La page ne décrit pas de refus de visa.',
    de: 'Die Seite beschreibt keine Ablehnung des Visums.',
  },
  'The page names no further remedy after the administrative court: its dismissal makes the refusal final.': {
    fr: 'La page ne prévoit aucune autre voie de recours après la Cour administrative : son rejet rend le refus définitif.',
    de: 'Die Seite nennt nach dem Verwaltungsgerichtshof kein weiteres Rechtsmittel: Seine Zurückweisung macht die Ablehnung endgültig.',
  },
  'The 3 weeks run from the declaration of the vacancy to ADEM; the page does not say from when they are counted.': {
    fr: 'Les 3 semaines courent à partir de la déclaration du poste vacant à l’ADEM ; la page ne dit pas à partir de quand elles sont comptées.',
    de: 'Die 3 Wochen laufen ab der Meldung der freien Stelle bei der ADEM; die Seite sagt nicht, ab wann sie gezählt werden.',
  },
  'Calendar days, the arrival day not counted, no extension over weekends or holidays: the page gives no such rule. A late declaration is recorded as a breach, since the page gives no consequence.': {
    fr: 'Jours calendaires, sans compter le jour de l’arrivée, sans prorogation pour les week-ends ou jours fériés : la page ne donne pas de telle règle. Une déclaration tardive est enregistrée comme manquement, la page ne prévoyant aucune conséquence.',
    de: 'Kalendertage, ohne den Ankunftstag, ohne Verlängerung über Wochenenden oder Feiertage: Die Seite nennt keine solche Regel. Eine verspätete Erklärung wird als Verstoß erfasst, da die Seite keine Folge vorsieht.',
  },
  'An application filed before the window opens is refused as premature; the page only says when to apply.': {
    fr: 'Une demande introduite avant l’ouverture de la période est refusée comme prématurée ; la page dit seulement quand la demande doit être faite.',
    de: 'Ein vor Beginn des Zeitraums gestellter Antrag wird als verfrüht zurückgewiesen; die Seite sagt nur, wann der Antrag zu stellen ist.',
  },
  'Counted from the day after notification (month-end rule); a limit that ends on a Saturday, Sunday or legal holiday is not moved, because the page gives no such rule: this is the earlier, safer reading for the appellant. The refusal event\'s date is taken as the day of notification.': {
    fr: 'Compté à partir du lendemain de la notification (règle de fin de mois) ; un délai qui expire un samedi, un dimanche ou un jour férié légal n’est pas reporté, car la page ne donne pas de telle règle : c’est la lecture la plus précoce, donc la plus prudente pour le requérant. La date de l’événement de refus est prise pour le jour de la notification.',
    de: 'Gezählt ab dem Tag nach der Zustellung (Monatsend-Regel); eine Frist, die an einem Samstag, Sonntag oder gesetzlichen Feiertag endet, wird nicht verschoben, da die Seite keine solche Regel nennt: Das ist die frühere und damit für den Kläger sicherere Lesart. Das Datum des Ablehnungsereignisses gilt als Tag der Zustellung.',
  },
  'Counted from the day after notification (month-end rule); a limit that ends on a Saturday, Sunday or legal holiday is not moved, because the page gives no such rule: this is the earlier, safer reading for the appellant. The judgment event\'s date is taken as the day the judgment was notified.': {
    fr: 'Compté à partir du lendemain de la notification (règle de fin de mois) ; un délai qui expire un samedi, un dimanche ou un jour férié légal n’est pas reporté, car la page ne donne pas de telle règle : c’est la lecture la plus précoce, donc la plus prudente pour l’appelant. La date de l’événement du jugement est prise pour le jour où le jugement a été notifié.',
    de: 'Gezählt ab dem Tag nach der Zustellung (Monatsend-Regel); eine Frist, die an einem Samstag, Sonntag oder gesetzlichen Feiertag endet, wird nicht verschoben, da die Seite keine solche Regel nennt: Das ist die frühere und damit für den Berufungsführer sicherere Lesart. Das Datum des Urteilsereignisses gilt als Tag der Zustellung des Urteils.',
  },
};
