/**
 * French and German versions of the protection applicant's work permit (AOT)
 * procedure's modelling assumptions: those of its states and transitions and
 * of its legal parameters. Quotes from the page stay English, between « » or „ “.
 */
import type { Catalog } from './types';

/**
 * The protection applicant's work permit assumptions, keyed by their English wording.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitAssumptions['The page does not describe a refusal; the permit stays expired.']?.fr; // 'La page ne décrit pas de refus ; l’autorisation reste expirée.'
 * ```
 */
export const protectionApplicantWorkPermitAssumptions: Catalog = {
  'The page does not say what the exemption waives; the library assumes it replaces the ADEM application and its waiting period, so it can be requested at any time.': {
    fr: 'La page ne dit pas de quoi la dispense exonère ; la bibliothèque suppose qu’elle remplace la demande auprès de l’ADEM et son délai d’attente, de sorte qu’elle peut être demandée à tout moment.',
    de: 'Die Seite sagt nicht, wovon die Befreiung befreit; die Bibliothek nimmt an, dass sie den Antrag bei der ADEM und dessen Wartezeit ersetzt, sodass sie jederzeit beantragt werden kann.',
  },
  'The condition is stated for the application to ADEM; the page does not apply it to the student-job exemption, which stays open to an unaccompanied minor.': {
    fr: 'La condition est posée pour la demande auprès de l’ADEM ; la page ne l’applique pas à la dispense job étudiant, qui reste ouverte au mineur non accompagné.',
    de: 'Die Bedingung gilt für den Antrag bei der ADEM; die Seite wendet sie nicht auf die Befreiung für Studentenjobs an, die einem unbegleiteten Minderjährigen offen bleibt.',
  },
  'A person granted protection is no longer an applicant; the page does not cover them, so this procedure ends.': {
    fr: 'Une personne qui a obtenu la protection n’est plus demandeur ; la page ne la vise pas, cette procédure prend donc fin.',
    de: 'Eine Person, der Schutz gewährt wurde, ist keine Antragstellerin mehr; die Seite erfasst sie nicht, daher endet dieses Verfahren.',
  },
  'The page only covers applicants whose protection application is still being processed.': {
    fr: 'La page ne vise que les demandeurs dont la demande de protection est encore en cours d’examen.',
    de: 'Die Seite erfasst nur Antragsteller, deren Schutzantrag noch bearbeitet wird.',
  },
  'The page makes this a condition of the application but does not say what follows; the case ends.': {
    fr: 'La page en fait une condition de la demande mais ne dit pas ce qui s’ensuit ; le dossier prend fin.',
    de: 'Die Seite macht dies zur Voraussetzung des Antrags, sagt aber nicht, was daraus folgt; der Fall endet.',
  },
  'An application lacking an item the page says it "must include", or filed before the vacancy was declared, is refused as input rather than recorded.': {
    fr: 'Une demande à laquelle manque une pièce qu’elle doit comporter selon la page (« must include »), ou introduite avant la déclaration du poste vacant, est refusée comme saisie au lieu d’être enregistrée.',
    de: 'Ein Antrag, dem eine Angabe fehlt, die er laut Seite enthalten muss („must include“), oder der vor der Meldung der freien Stelle gestellt wurde, wird als Eingabe zurückgewiesen statt erfasst.',
  },
  'The permit obtained through the exemption is taken to be the AOT the page describes: valid for 6 months for the student-job employer, renewable, ending and withdrawn on the same grounds.': {
    fr: 'L’autorisation obtenue par la dispense est considérée comme l’AOT que décrit la page : valable 6 mois pour l’employeur du job étudiant, renouvelable, prenant fin et retirée pour les mêmes motifs.',
    de: 'Die über die Befreiung erlangte Erlaubnis gilt als die von der Seite beschriebene AOT: 6 Monate gültig für den Arbeitgeber des Studentenjobs, verlängerbar, aus denselben Gründen endend und widerrufen.',
  },
  'The page ends the permit only on a definitive rejection; a first-instance rejection (open to appeal) is recorded and only blocks renewals.': {
    fr: 'La page ne met fin à l’autorisation qu’en cas de rejet définitif ; un rejet en première instance (susceptible de recours) est enregistré et empêche seulement les renouvellements.',
    de: 'Die Seite beendet die Erlaubnis nur bei endgültiger Ablehnung; eine erstinstanzliche Ablehnung (mit Rechtsmittel anfechtbar) wird erfasst und verhindert nur Verlängerungen.',
  },
  'The page gives no time limit for the decision, so no deadline is opened.': {
    fr: 'La page ne fixe aucun délai pour la décision ; aucun délai n’est donc ouvert.',
    de: 'Die Seite nennt keine Frist für die Entscheidung, daher wird keine Frist eröffnet.',
  },
  'The page gives no renewal window and does not list the conditions: a renewal may be applied for while the permit is valid, and the conditions are read as those of the application (no first-instance decision on the protection application yet; none for the student-job exemption).': {
    fr: 'La page ne fixe pas de période de renouvellement et n’en énumère pas les conditions : un renouvellement peut être demandé tant que l’autorisation est valable, et les conditions sont comprises comme celles de la demande (pas encore de décision de première instance sur la demande de protection ; aucune pour la dispense job étudiant).',
    de: 'Die Seite nennt keinen Verlängerungszeitraum und keine Voraussetzungen: Eine Verlängerung kann beantragt werden, solange die Erlaubnis gültig ist, und die Voraussetzungen werden als die des Antrags verstanden (noch keine erstinstanzliche Entscheidung über den Schutzantrag; keine für die Befreiung für Studentenjobs).',
  },
  'A person granted protection is no longer an applicant; the page does not say what becomes of the AOT, so this procedure ends.': {
    fr: 'Une personne qui a obtenu la protection n’est plus demandeur ; la page ne dit pas ce que devient l’AOT, cette procédure prend donc fin.',
    de: 'Eine Person, der Schutz gewährt wurde, ist keine Antragstellerin mehr; die Seite sagt nicht, was aus der AOT wird, daher endet dieses Verfahren.',
  },
  'The page gives no right to keep working after expiry while a renewal is pending, so the permit still ends on its last day.': {
    fr: 'La page ne donne aucun droit de continuer à travailler après l’expiration pendant l’examen d’un renouvellement ; l’autorisation prend donc fin à son dernier jour.',
    de: 'Die Seite gibt kein Recht, nach Ablauf während einer anhängigen Verlängerung weiterzuarbeiten; die Erlaubnis endet daher an ihrem letzten Tag.',
  },
  'A refused renewal leaves the current permit valid until its last day (the page does not say otherwise).': {
    fr: 'Un renouvellement refusé laisse l’autorisation en cours valable jusqu’à son dernier jour (la page ne dit pas le contraire).',
    de: 'Eine abgelehnte Verlängerung lässt die aktuelle Erlaubnis bis zu ihrem letzten Tag gültig (die Seite sagt nichts anderes).',
  },
  'The permit is no longer valid once it expires, even with a renewal pending; the renewal application stays pending, so a later decision can still be recorded.': {
    fr: 'L’autorisation n’est plus valable une fois expirée, même si un renouvellement est en cours d’examen ; la demande de renouvellement reste en cours, une décision ultérieure peut donc encore être enregistrée.',
    de: 'Die Erlaubnis ist nach Ablauf nicht mehr gültig, auch wenn eine Verlängerung anhängig ist; der Verlängerungsantrag bleibt anhängig, sodass eine spätere Entscheidung noch erfasst werden kann.',
  },
  'The page does not say what becomes of a renewal decided after the permit expired; a grant is recorded and starts a new 6-month validity on the day of the decision.': {
    fr: 'La page ne dit pas ce que devient un renouvellement décidé après l’expiration de l’autorisation ; un accord est enregistré et ouvre une nouvelle validité de 6 mois le jour de la décision.',
    de: 'Die Seite sagt nicht, was aus einer nach Ablauf der Erlaubnis entschiedenen Verlängerung wird; eine Bewilligung wird erfasst und beginnt am Tag der Entscheidung eine neue Gültigkeit von 6 Monaten.',
  },
  'A renewal granted after the permit expired runs from the day of the decision: there is no permit to extend from the day after its end.': {
    fr: 'Un renouvellement accordé après l’expiration de l’autorisation court à partir du jour de la décision : il n’y a plus d’autorisation à prolonger à partir du lendemain de sa fin.',
    de: 'Eine nach Ablauf der Erlaubnis erteilte Verlängerung läuft ab dem Tag der Entscheidung: Es gibt keine Erlaubnis mehr, die ab dem Tag nach ihrem Ende verlängert werden könnte.',
  },
  'The page does not describe a refusal; the permit stays expired.': {
    fr: 'La page ne décrit pas de refus ; l’autorisation reste expirée.',
    de: 'Die Seite beschreibt keine Ablehnung; die Erlaubnis bleibt abgelaufen.',
  },
  'The page covers only applicants; the rights of a beneficiary of international protection are outside it and are not reported here.': {
    fr: 'La page ne vise que les demandeurs ; les droits d’un bénéficiaire de protection internationale en sortent et ne sont pas indiqués ici.',
    de: 'Die Seite erfasst nur Antragsteller; die Rechte einer Person mit internationalem Schutz liegen außerhalb davon und werden hier nicht angegeben.',
  },
  'Counted from the day the protection application was submitted with the month-end rule (31 August + 6 months = 28 or 29 February); "at the earliest" is read as: the AOT application may be filed on that day itself.': {
    fr: 'Compté à partir du jour du dépôt de la demande de protection, selon la règle de fin de mois (31 août + 6 mois = 28 ou 29 février) ; « at the earliest » (au plus tôt) est compris ainsi : la demande d’AOT peut être introduite ce jour même.',
    de: 'Gezählt ab dem Tag der Stellung des Schutzantrags nach der Monatsend-Regel (31. August + 6 Monate = 28. oder 29. Februar); „at the earliest“ (frühestens) wird so verstanden: Der AOT-Antrag kann an diesem Tag selbst gestellt werden.',
  },
  'The 6 months start on, and include, the day of the decision granting the permit. The page gives one validity for the permit, so each renewal is assumed to last 6 months too, starting the day after the previous permit ends.': {
    fr: 'Les 6 mois commencent le jour de la décision accordant l’autorisation et l’incluent. La page donne une seule validité pour l’autorisation ; chaque renouvellement est donc supposé durer 6 mois lui aussi, à compter du lendemain de la fin de l’autorisation précédente.',
    de: 'Die 6 Monate beginnen am Tag der Entscheidung über die Erteilung der Erlaubnis und schließen ihn ein. Die Seite nennt eine einzige Gültigkeit für die Erlaubnis; jede Verlängerung dauert daher annahmegemäß ebenfalls 6 Monate, beginnend am Tag nach dem Ende der vorherigen Erlaubnis.',
  },
};
