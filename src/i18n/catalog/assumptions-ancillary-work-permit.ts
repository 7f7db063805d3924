/**
 * French and German versions of the ancillary-work-permit procedure's
 * modelling assumptions: those of its states and transitions and of its legal
 * parameters. Quotes from the page stay English, between « » or „ “.
 */
import type { Catalog } from './types';

/**
 * The ancillary-work-permit assumptions, keyed by their English wording.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitAssumptions['The page does not describe an express refusal.']?.fr; // 'La page ne décrit pas de refus exprès.'
 * ```
 */
export const ancillaryWorkPermitAssumptions: Catalog = {
  'The person may reside on the residence permit for private reasons they hold while it is valid; this procedure grants no right to reside of its own.': {
    fr: 'La personne peut séjourner sous couvert du titre de séjour pour raisons privées qu’elle détient, tant qu’il est valable ; cette procédure n’accorde aucun droit de séjour propre.',
    de: 'Die Person darf sich mit ihrem Aufenthaltstitel aus privaten Gründen aufhalten, solange er gültig ist; dieses Verfahren gewährt kein eigenes Aufenthaltsrecht.',
  },
  'The page requires a valid residence permit for private reasons and never lets the work permit run beyond it; its withdrawal or early end is taken to end the work permit the same day.': {
    fr: 'La page exige un titre de séjour pour raisons privées en cours de validité et ne laisse jamais l’autorisation de travail courir au-delà ; son retrait ou sa fin anticipée est considéré comme mettant fin à l’autorisation de travail le même jour.',
    de: 'Die Seite verlangt einen gültigen Aufenthaltstitel aus privaten Gründen und lässt die Arbeitserlaubnis nie über ihn hinaus laufen; sein Widerruf oder sein vorzeitiges Ende beendet die Arbeitserlaubnis annahmegemäß am selben Tag.',
  },
  'A validity date given by the decision is kept when shorter, and cut to the legal maximum and to the residence permit when longer.': {
    fr: 'Une date de validité fixée par la décision est retenue si elle est plus courte, et ramenée au maximum légal et à la fin du titre de séjour si elle est plus longue.',
    de: 'Ein in der Entscheidung genanntes Gültigkeitsdatum wird beibehalten, wenn es kürzer ist, und auf die gesetzliche Höchstdauer und den Aufenthaltstitel gekürzt, wenn es länger ist.',
  },
  'The page describes approval and silence only; an express refusal ends the application.': {
    fr: 'La page ne décrit que l’accord et le silence ; un refus exprès met fin à la demande.',
    de: 'Die Seite beschreibt nur die Bewilligung und das Schweigen; eine ausdrückliche Ablehnung beendet den Antrag.',
  },
  'Work is allowed from the approval, since the work permit is valid from that date; the card only records it.': {
    fr: 'Le travail est permis dès l’accord, puisque l’autorisation de travail est valable à partir de cette date ; la carte ne fait que le constater.',
    de: 'Arbeit ist ab der Bewilligung erlaubt, da die Arbeitserlaubnis ab diesem Tag gilt; die Karte hält dies nur fest.',
  },
  'The page says a main activity needs a salaried worker residence permit but not that the ancillary work permit ends; it is kept until it ends, and the status points to the salaried procedure.': {
    fr: 'La page dit qu’une activité principale requiert un titre de séjour de travailleur salarié, mais pas que l’autorisation de travail à titre accessoire prend fin ; elle est maintenue jusqu’à son terme, et la situation du dossier renvoie à la procédure du travailleur salarié.',
    de: 'Die Seite sagt, dass eine Haupttätigkeit einen Aufenthaltstitel als Arbeitnehmer erfordert, nicht aber, dass die Arbeitserlaubnis für die Nebentätigkeit endet; sie wird bis zu ihrem Ende beibehalten, und der Stand des Falls verweist auf das Verfahren für Arbeitnehmer.',
  },
  'The page does not describe the replacement; the host reports it when the new card is collected.': {
    fr: 'La page ne décrit pas le remplacement ; l’application qui gère le dossier le signale lorsque la nouvelle carte est retirée.',
    de: 'Die Seite beschreibt den Ersatz nicht; die fallführende Anwendung meldet ihn, wenn die neue Karte abgeholt wird.',
  },
  'The page does not describe a refusal; the current work permit is assumed to run until its last day.': {
    fr: 'La page ne décrit pas de refus ; l’autorisation de travail en cours est supposée courir jusqu’à son dernier jour.',
    de: 'Die Seite beschreibt keine Ablehnung; die aktuelle Arbeitserlaubnis gilt annahmegemäß bis zu ihrem letzten Tag.',
  },
  'The page does not say what happens when the work permit expires before the renewal is decided; the application stays pending and the right to work is not assumed to continue.': {
    fr: 'La page ne dit pas ce qui se passe lorsque l’autorisation de travail expire avant la décision sur le renouvellement ; la demande reste en cours d’examen et le droit de travailler n’est pas supposé se poursuivre.',
    de: 'Die Seite sagt nicht, was geschieht, wenn die Arbeitserlaubnis abläuft, bevor über die Verlängerung entschieden ist; der Antrag bleibt anhängig, und es wird nicht angenommen, dass das Recht zu arbeiten fortbesteht.',
  },
  'The page says nothing about work or stay while a renewal filed in time is pending after expiry, so the status claims neither; when only the work permit expired, the residence permit for private reasons remains valid (see the notices).': {
    fr: 'La page ne dit rien du travail ni du séjour pendant l’examen, après l’expiration, d’un renouvellement demandé à temps ; la situation du dossier n’affirme donc ni l’un ni l’autre. Lorsque seule l’autorisation de travail a expiré, le titre de séjour pour raisons privées reste valable (voir les avis).',
    de: 'Die Seite sagt nichts über Arbeit oder Aufenthalt, solange eine rechtzeitig beantragte Verlängerung nach Ablauf anhängig ist; der Stand des Falls behauptet daher weder das eine noch das andere. Ist nur die Arbeitserlaubnis abgelaufen, bleibt der Aufenthaltstitel aus privaten Gründen gültig (siehe die Hinweise).',
  },
  'The page does not describe a refusal; it is assumed not to shorten the permit already granted.': {
    fr: 'La page ne décrit pas de refus ; il est supposé ne pas écourter l’autorisation déjà accordée.',
    de: 'Die Seite beschreibt keine Ablehnung; es wird angenommen, dass sie die bereits erteilte Erlaubnis nicht verkürzt.',
  },
  'The page does not describe an express refusal.': {
    fr: 'La page ne décrit pas de refus exprès.',
    de: 'Die Seite beschreibt keine ausdrückliche Ablehnung.',
  },
  'The period runs from the day the complete application is submitted; the page does not name the starting day. No answer by its last day means rejection from the next day.': {
    fr: 'Le délai court à partir du jour du dépôt de la demande complète ; la page ne précise pas le jour de départ. L’absence de réponse à son dernier jour vaut rejet à partir du lendemain.',
    de: 'Die Frist läuft ab dem Tag, an dem der vollständige Antrag eingereicht wird; die Seite nennt den Anfangstag nicht. Keine Antwort bis zu ihrem letzten Tag bedeutet Ablehnung ab dem Folgetag.',
  },
  'The year starts on the day the application is approved ("valid from the date on which the application was approved") and includes that day.': {
    fr: 'L’année commence le jour où la demande est accordée (« valid from the date on which the application was approved ») et inclut ce jour.',
    de: 'Das Jahr beginnt am Tag der Bewilligung des Antrags („valid from the date on which the application was approved“) und schließt diesen Tag ein.',
  },
  'Working days as jours ouvrés (Monday to Friday except Luxembourg legal holidays), the sense administrations use for filings; the English page does not say which. A late notification is recorded as a breach of the employer, since the page gives no other consequence.': {
    fr: 'Jours ouvrés (du lundi au vendredi, hors jours fériés légaux luxembourgeois), au sens que les administrations retiennent pour les dépôts ; la page anglaise ne précise pas de quels « working days » il s’agit. Une notification tardive est enregistrée comme manquement de l’employeur, la page ne prévoyant aucune autre conséquence.',
    de: 'Arbeitstage im Sinne der jours ouvrés (Montag bis Freitag außer gesetzlichen Feiertagen in Luxemburg), wie sie die Verwaltungen für Einreichungen verstehen; die englische Seite sagt nicht, welche „working days“ gemeint sind. Eine verspätete Meldung wird als Verstoß des Arbeitgebers erfasst, da die Seite keine andere Folge vorsieht.',
  },
  'Age on the day the checklist is read or the renewal is applied for. When the birth date is unknown the extract is listed, so that an application is never judged complete for want of a fact.': {
    fr: 'Âge au jour où la liste des pièces est consultée ou où le renouvellement est demandé. Lorsque la date de naissance est inconnue, l’extrait est listé, afin qu’une demande ne soit jamais jugée complète faute d’un fait.',
    de: 'Alter am Tag, an dem die Dokumentenliste gelesen oder die Verlängerung beantragt wird. Ist das Geburtsdatum unbekannt, wird der Auszug aufgeführt, damit ein Antrag nie mangels einer Angabe als vollständig gilt.',
  },
  'Counted from `facts.residingInLuxembourgSince` when the host gives it; only a pointer to another procedure, never a condition of this one.': {
    fr: 'Compté à partir de `facts.residingInLuxembourgSince` lorsque l’application qui gère le dossier le fournit ; ce n’est qu’un renvoi vers une autre procédure, jamais une condition de celle-ci.',
    de: 'Gezählt ab `facts.residingInLuxembourgSince`, wenn die fallführende Anwendung es angibt; nur ein Verweis auf ein anderes Verfahren, nie eine Bedingung dieses Verfahrens.',
  },
};
