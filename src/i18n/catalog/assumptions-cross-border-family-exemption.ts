/**
 * French and German versions of the cross-border family exemption's
 * modelling assumptions: those of its states and transitions and of its legal
 * parameters. Quotes from the page stay English, between « » or „ “.
 */
import type { Catalog } from './types';

/**
 * The cross-border family exemption's assumptions, keyed by their English wording.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionAssumptions['The page describes no express refusal.']?.de; // 'Die Seite beschreibt keine ausdrückliche Ablehnung.'
 * ```
 */
export const crossBorderFamilyExemptionAssumptions: Catalog = {
  'Work started before the exemption is granted is recorded as a breach ("workStartedBeforeExemption"): the page requires the application first but gives no consequence.': {
    fr: 'Un travail commencé avant l’octroi de la dispense est enregistré comme manquement (« workStartedBeforeExemption ») : la page exige d’abord la demande mais ne prévoit aucune conséquence.',
    de: 'Eine vor Erteilung der Befreiung begonnene Arbeit wird als Verstoß erfasst („workStartedBeforeExemption“): Die Seite verlangt zuerst den Antrag, sieht aber keine Folge vor.',
  },
  'The page lists the conditions but not what follows when they are not met; the case ends rather than predicting a formal refusal.': {
    fr: 'La page énumère les conditions mais pas ce qui suit lorsqu’elles ne sont pas remplies ; le dossier prend fin plutôt que de présumer un refus formel.',
    de: 'Die Seite zählt die Voraussetzungen auf, aber nicht, was folgt, wenn sie nicht erfüllt sind; der Fall endet, statt eine förmliche Ablehnung vorwegzunehmen.',
  },
  'The page describes no express refusal; one is accepted as the ministry may answer either way.': {
    fr: 'La page ne décrit pas de refus exprès ; un refus est accepté, le ministère pouvant répondre dans un sens ou dans l’autre.',
    de: 'Die Seite beschreibt keine ausdrückliche Ablehnung; eine solche wird angenommen, da das Ministerium so oder so antworten kann.',
  },
  'The page gives the exemption no period of validity: it is assumed to last while its conditions hold (validUntil is null). It concerns work only: the family lives in another member state, whose residence title governs the stay.': {
    fr: 'La page ne donne à la dispense aucune durée de validité : elle est supposée durer tant que ses conditions sont remplies (validUntil vaut null). Elle ne concerne que le travail : la famille vit dans un autre État membre, dont le titre de séjour régit le séjour.',
    de: 'Die Seite gibt der Befreiung keine Gültigkeitsdauer: Sie gilt annahmegemäß, solange ihre Voraussetzungen erfüllt sind (validUntil ist null). Sie betrifft nur die Arbeit: Die Familie lebt in einem anderen Mitgliedstaat, dessen Aufenthaltstitel den Aufenthalt regelt.',
  },
  'The page does not say what follows when the conditions are not met; this procedure cannot lead to the exemption.': {
    fr: 'La page ne dit pas ce qui suit lorsque les conditions ne sont pas remplies ; cette procédure ne peut pas aboutir à la dispense.',
    de: 'Die Seite sagt nicht, was folgt, wenn die Voraussetzungen nicht erfüllt sind; dieses Verfahren kann nicht zur Befreiung führen.',
  },
  'The page describes no express refusal.': {
    fr: 'La page ne décrit pas de refus exprès.',
    de: 'Die Seite beschreibt keine ausdrückliche Ablehnung.',
  },
  'The page says nothing about the end of the exemption; each ending is the loss of a condition it lists, or of the job applied for.': {
    fr: 'La page ne dit rien de la fin de la dispense ; chaque fin correspond à la perte d’une condition qu’elle énumère, ou de l’emploi visé par la demande.',
    de: 'Die Seite sagt nichts über das Ende der Befreiung; jedes Ende ist der Wegfall einer von ihr genannten Voraussetzung oder der beantragten Stelle.',
  },
  'The period runs from the day the complete application is submitted (the page does not name the starting day), the day of submission not counted, with the month-end rule; the application is deemed rejected on the day after its last day.': {
    fr: 'Le délai court à partir du jour du dépôt de la demande complète (la page ne précise pas le jour de départ), sans compter le jour du dépôt, selon la règle de fin de mois ; la demande est réputée rejetée le lendemain de son dernier jour.',
    de: 'Die Frist läuft ab dem Tag, an dem der vollständige Antrag eingereicht wird (die Seite nennt den Anfangstag nicht), ohne den Tag der Einreichung, nach der Monatsend-Regel; der Antrag gilt am Tag nach ihrem letzten Tag als abgelehnt.',
  },
};
