/**
 * French and German versions of the salaried-worker procedure's modelling
 * assumptions: those of its states and transitions (appeals included) and of
 * its legal parameters. Quotes from the page stay English, between « » or „ “.
 */
import { LATER_DECISION, NO_RIGHT_DURING_APPEAL } from './assumptions-common';
import type { Catalog } from './types';

/**
 * The salaried-worker assumptions, keyed by their English wording.
 *
 * @example
 * ```ts
 * salariedWorkerAssumptions['The page does not describe the pick-up of the card.']?.de; // 'Die Seite beschreibt die Abholung der Karte nicht.'
 * ```
 */
export const salariedWorkerAssumptions: Catalog = {
  'The page does not describe how a proposed candidate is handled; the labour-market test keeps running while the employer considers them.': {
    fr: 'La page ne décrit pas le traitement d’un candidat proposé ; le test du marché de l’emploi continue de courir pendant que l’employeur examine sa candidature.',
    de: 'Die Seite beschreibt nicht, wie mit einem vorgeschlagenen Bewerber verfahren wird; der Arbeitsmarkttest läuft weiter, während der Arbeitgeber ihn prüft.',
  },
  'A proposed candidate who is not hired leaves the position unfilled; the test goes on until its 3 weeks have run. Whether ADEM then grants the certificate is its decision.': {
    fr: 'Un candidat proposé qui n’est pas embauché laisse le poste vacant ; le test se poursuit jusqu’à l’écoulement de ses 3 semaines. Il appartient ensuite à l’ADEM de décider si elle délivre le certificat.',
    de: 'Ein vorgeschlagener Bewerber, der nicht eingestellt wird, lässt die Stelle unbesetzt; der Test läuft weiter, bis seine 3 Wochen abgelaufen sind. Ob die ADEM dann die Bescheinigung erteilt, entscheidet sie.',
  },
  'After the 3 weeks the employer is allowed, not obliged, to recruit a person of their choice; a candidate registered with ADEM hired then still fills the position.': {
    fr: 'Après les 3 semaines, l’employeur peut, sans y être tenu, recruter la personne de son choix ; un candidat inscrit à l’ADEM embauché à ce moment pourvoit tout de même le poste.',
    de: 'Nach den 3 Wochen darf der Arbeitgeber eine Person seiner Wahl einstellen, muss es aber nicht; ein dann eingestellter, bei der ADEM gemeldeter Bewerber besetzt die Stelle trotzdem.',
  },
  'The page says the employer may hire "under certain conditions" but not what follows a refused certificate; without it the application cannot be made, so the case ends.': {
    fr: 'La page dit que l’employeur peut embaucher sous certaines conditions (« under certain conditions ») mais pas ce qui suit un refus du certificat ; sans lui, la demande ne peut pas être introduite, le dossier prend donc fin.',
    de: 'Die Seite sagt, dass der Arbeitgeber unter bestimmten Bedingungen („under certain conditions“) einstellen darf, aber nicht, was auf eine Ablehnung der Bescheinigung folgt; ohne sie kann der Antrag nicht gestellt werden, daher endet der Fall.',
  },
  [`The appeal period on the page runs "within three months of notification of the ministerial decision"; a silence has no notification, so no appeal window is opened for the deemed denial (a lawyer should check whether the implicit refusal can be challenged). An express refusal that arrives later opens it. The page says a decision comes "generally" within the period and lets the applicant take silence as a rejection; it does not forbid a later answer. An express decision that arrives later is recorded and takes over.`]: {
    fr: `Le délai de recours de la page court dans les trois mois de la notification de la décision ministérielle (« within three months of notification of the ministerial decision ») ; un silence n’est pas notifié, aucun délai de recours n’est donc ouvert contre le rejet implicite (un avocat devrait vérifier si le refus implicite peut être contesté). Un refus exprès intervenant plus tard l’ouvre. ${LATER_DECISION.fr}`,
    de: `Die Rechtsmittelfrist der Seite läuft drei Monate ab Zustellung der ministeriellen Entscheidung („within three months of notification of the ministerial decision“); ein Schweigen wird nicht zugestellt, daher wird gegen die stillschweigende Ablehnung keine Rechtsmittelfrist eröffnet (ein Anwalt sollte prüfen, ob die stillschweigende Ablehnung angefochten werden kann). Eine später ergehende ausdrückliche Ablehnung eröffnet sie. ${LATER_DECISION.de}`,
  },
  'The page says both that during the 90 days the worker must "apply for an entry visa" and that they must "obtain a visa ... within 90 days". Read together, the duty is to apply within the 90 days: a visa applied for in time and issued after them is recorded, and entry then follows the visa.': {
    fr: 'La page dit à la fois que pendant les 90 jours le travailleur doit demander un visa d’entrée (« apply for an entry visa ») et qu’il doit obtenir un visa dans les 90 jours (« obtain a visa ... within 90 days »). Lues ensemble, ces phrases imposent de demander le visa dans les 90 jours : un visa demandé à temps et délivré après est enregistré, et l’entrée suit alors le visa.',
    de: 'Die Seite sagt sowohl, dass der Arbeitnehmer während der 90 Tage ein Einreisevisum beantragen muss („apply for an entry visa“), als auch, dass er innerhalb von 90 Tagen ein Visum erhalten muss („obtain a visa ... within 90 days“). Zusammen gelesen besteht die Pflicht darin, das Visum innerhalb der 90 Tage zu beantragen: Ein rechtzeitig beantragtes und danach erteiltes Visum wird erfasst, und die Einreise folgt dann dem Visum.',
  },
  'The page does not describe a visa refusal; without the visa the person cannot enter, so the case ends.': {
    fr: 'La page ne décrit pas de refus de visa ; sans le visa, la personne ne peut pas entrer, le dossier prend donc fin.',
    de: 'Die Seite beschreibt keine Ablehnung des Visums; ohne das Visum kann die Person nicht einreisen, daher endet der Fall.',
  },
  'Staying is allowed on the temporary authorisation until the declaration (for a worker who needs a visa, on the visa once the 90 days have run); work only from the declaration, the day the residence permit starts to be valid.': {
    fr: 'Le séjour est permis sous couvert de l’autorisation de séjour temporaire jusqu’à la déclaration (pour un travailleur soumis au visa, sous couvert du visa une fois les 90 jours écoulés) ; le travail ne l’est qu’à partir de la déclaration, jour où le titre de séjour commence à être valable.',
    de: 'Der Aufenthalt ist bis zur Erklärung aufgrund der vorübergehenden Aufenthaltserlaubnis erlaubt (für einen visumpflichtigen Arbeitnehmer nach Ablauf der 90 Tage aufgrund des Visums); Arbeit erst ab der Erklärung, dem Tag, ab dem der Aufenthaltstitel gültig ist.',
  },
  'A worker who needs no visa must enter and make the declaration while the 90-day authorisation is valid ("During that time ... enter Luxembourg territory and make a declaration"); after that the authorisation lapses. A worker who applied for a visa in time met the 90-day duty, so no lapse applies.': {
    fr: 'Un travailleur dispensé de visa doit entrer et faire la déclaration pendant la validité de l’autorisation de 90 jours (« During that time ... enter Luxembourg territory and make a declaration ») ; passé ce délai, l’autorisation devient caduque. Un travailleur qui a demandé un visa à temps a rempli l’obligation des 90 jours, aucune caducité ne s’applique donc.',
    de: 'Ein Arbeitnehmer, der kein Visum braucht, muss einreisen und die Erklärung abgeben, solange die 90-tägige Erlaubnis gültig ist („During that time ... enter Luxembourg territory and make a declaration“); danach erlischt die Erlaubnis. Ein Arbeitnehmer, der rechtzeitig ein Visum beantragt hat, hat die 90-Tage-Pflicht erfüllt, daher erlischt nichts.',
  },
  'The permit is valid from the declaration of arrival, so reside and work rights are held from then, bound to the profession and sector of the application, until the longest first validity the page allows.': {
    fr: 'Le titre est valable à partir de la déclaration d’arrivée : les droits de séjourner et de travailler sont donc acquis dès ce jour, liés à la profession et au secteur de la demande, jusqu’à la plus longue première validité que permet la page.',
    de: 'Der Titel gilt ab der Ankunftserklärung; die Rechte auf Aufenthalt und Arbeit bestehen daher ab diesem Tag, gebunden an den Beruf und den Sektor des Antrags, bis zur längsten ersten Gültigkeit, die die Seite zulässt.',
  },
  'When the decision states no end date, the longest validity the page allows is assumed (1 year, or 5 years for a long-term resident of another member state); a later end date is cut to it.': {
    fr: 'Lorsque la décision n’indique pas de date de fin, la plus longue validité que permet la page est retenue (1 an, ou 5 ans pour un résident de longue durée d’un autre État membre) ; une date de fin plus tardive est ramenée à celle-ci.',
    de: 'Nennt die Entscheidung kein Enddatum, wird die längste Gültigkeit angenommen, die die Seite zulässt (1 Jahr, oder 5 Jahre für einen langfristig Aufenthaltsberechtigten eines anderen Mitgliedstaats); ein späteres Enddatum wird darauf gekürzt.',
  },
  'The page describes only the conditions for obtaining the permit; a refusal ends the right to stay and work.': {
    fr: 'La page ne décrit que les conditions d’obtention du titre ; un refus met fin au droit de séjourner et de travailler.',
    de: 'Die Seite beschreibt nur die Voraussetzungen für den Titel; eine Ablehnung beendet das Recht auf Aufenthalt und Arbeit.',
  },
  'The page does not describe biometrics or the pick-up of the card; they are modelled as in the other Luxembourg procedures, without deadlines.': {
    fr: 'La page ne décrit ni la prise des données biométriques ni le retrait de la carte ; ils sont modélisés comme dans les autres procédures luxembourgeoises, sans délais.',
    de: 'Die Seite beschreibt weder die Erfassung der biometrischen Daten noch die Abholung der Karte; sie sind wie in den anderen luxemburgischen Verfahren abgebildet, ohne Fristen.',
  },
  'The page does not describe the pick-up of the card.': {
    fr: 'La page ne décrit pas le retrait de la carte.',
    de: 'Die Seite beschreibt die Abholung der Karte nicht.',
  },
  'A change of employer in the same profession and sector needs no request (the first permit is valid "with all employers"); after the first renewal the page gives no rule, so no change request is recorded.': {
    fr: 'Un changement d’employeur dans la même profession et le même secteur ne nécessite aucune demande (le premier titre est valable auprès de tous les employeurs, « with all employers ») ; après le premier renouvellement, la page ne donne aucune règle, aucune demande de changement n’est donc enregistrée.',
    de: 'Ein Wechsel des Arbeitgebers im selben Beruf und Sektor erfordert keinen Antrag (der erste Titel gilt bei allen Arbeitgebern, „with all employers“); nach der ersten Verlängerung nennt die Seite keine Regel, daher wird kein Änderungsantrag erfasst.',
  },
  'While the request is pending the worker keeps the current permit and its binding. The renewal window stays open: a renewal applied for meanwhile is recorded, and the answer to the change can still come while it is pending.': {
    fr: 'Pendant l’examen de la demande, le travailleur conserve son titre actuel et ses limitations. La période de renouvellement reste ouverte : un renouvellement demandé entre-temps est enregistré, et la réponse sur le changement peut encore intervenir pendant son examen.',
    de: 'Solange der Antrag anhängig ist, behält der Arbeitnehmer seinen aktuellen Titel und dessen Bindung. Der Verlängerungszeitraum bleibt offen: Eine in der Zwischenzeit beantragte Verlängerung wird erfasst, und die Antwort auf den Wechsel kann noch ergehen, während sie anhängig ist.',
  },
  'The page does not say what a refused change means for the current permit; it stays as it is.': {
    fr: 'La page ne dit pas ce qu’un refus du changement signifie pour le titre actuel ; il reste inchangé.',
    de: 'Die Seite sagt nicht, was eine Ablehnung des Wechsels für den aktuellen Titel bedeutet; er bleibt unverändert.',
  },
  'The page gives no renewal duration except the 1-year limit for a holder who has not worked for the whole validity or receives unemployment benefits. So the renewed validity is the one the decision states, cut to 1 year in that case; it continues the day after the previous permit ends, so residence stays uninterrupted. A change of employment requested before the renewal and not yet answered still awaits its answer.': {
    fr: 'La page ne donne aucune durée de renouvellement, hormis la limite d’un an pour le titulaire qui n’a pas travaillé pendant toute la validité ou qui perçoit des indemnités de chômage. La validité renouvelée est donc celle qu’indique la décision, ramenée à un an dans ce cas ; elle commence le lendemain de la fin du titre précédent, de sorte que le séjour n’est pas interrompu. Un changement d’emploi demandé avant le renouvellement et encore sans réponse attend toujours sa réponse.',
    de: 'Die Seite nennt keine Dauer der Verlängerung außer der Grenze von 1 Jahr für einen Inhaber, der nicht während der gesamten Gültigkeit gearbeitet hat oder Arbeitslosengeld bezieht. Die verlängerte Gültigkeit ist daher die in der Entscheidung genannte, in diesem Fall auf 1 Jahr gekürzt; sie schließt am Tag nach dem Ende des vorherigen Titels an, sodass der Aufenthalt nicht unterbrochen wird. Ein vor der Verlängerung beantragter und noch nicht beantworteter Wechsel der Beschäftigung wartet weiter auf seine Antwort.',
  },
  'The page gives no renewal duration except the 1-year limit for a holder who has not worked for the whole validity or receives unemployment benefits. So the renewed validity is the one the decision states, cut to 1 year in that case; it continues the day after the previous permit ends, so residence stays uninterrupted.': {
    fr: 'La page ne donne aucune durée de renouvellement, hormis la limite d’un an pour le titulaire qui n’a pas travaillé pendant toute la validité ou qui perçoit des indemnités de chômage. La validité renouvelée est donc celle qu’indique la décision, ramenée à un an dans ce cas ; elle commence le lendemain de la fin du titre précédent, de sorte que le séjour n’est pas interrompu.',
    de: 'Die Seite nennt keine Dauer der Verlängerung außer der Grenze von 1 Jahr für einen Inhaber, der nicht während der gesamten Gültigkeit gearbeitet hat oder Arbeitslosengeld bezieht. Die verlängerte Gültigkeit ist daher die in der Entscheidung genannte, in diesem Fall auf 1 Jahr gekürzt; sie schließt am Tag nach dem Ende des vorherigen Titels an, sodass der Aufenthalt nicht unterbrochen wird.',
  },
  'A refused renewal does not end the permit that still runs: it stays valid to its end date. A change of employment still pending is not answered any more.': {
    fr: 'Un renouvellement refusé ne met pas fin au titre qui court encore : il reste valable jusqu’à sa date de fin. Un changement d’emploi encore en cours d’examen ne reçoit plus de réponse.',
    de: 'Eine abgelehnte Verlängerung beendet den noch laufenden Titel nicht: Er bleibt bis zu seinem Enddatum gültig. Ein noch anhängiger Wechsel der Beschäftigung wird nicht mehr beantwortet.',
  },
  'A change requested before the renewal and answered while the renewal is pending applies to the current permit; the renewal decision keeps it.': {
    fr: 'Un changement demandé avant le renouvellement et accordé pendant l’examen du renouvellement s’applique au titre actuel ; la décision de renouvellement le maintient.',
    de: 'Ein vor der Verlängerung beantragter und während der anhängigen Verlängerung beantworteter Wechsel gilt für den aktuellen Titel; die Verlängerungsentscheidung behält ihn bei.',
  },
  'The page does not say whether the holder may stay or work once the permit has expired while a renewal is pending. A renewal granted later starts the day after the previous permit ended.': {
    fr: 'La page ne dit pas si le titulaire peut séjourner ou travailler une fois le titre expiré pendant l’examen d’un renouvellement. Un renouvellement accordé plus tard commence le lendemain de la fin du titre précédent.',
    de: 'Die Seite sagt nicht, ob der Inhaber sich aufhalten oder arbeiten darf, wenn der Titel während einer anhängigen Verlängerung abgelaufen ist. Eine später erteilte Verlängerung beginnt am Tag nach dem Ende des vorherigen Titels.',
  },
  'The page only describes what follows a rejected appeal. An annulled or reformed refusal is read as sending the application back to the ministry, and the 4-month processing period is counted again from the notification of the judgment.': {
    fr: 'La page ne décrit que ce qui suit le rejet d’un recours. Un refus annulé ou réformé est compris comme renvoyant la demande au ministère, et le délai de traitement de 4 mois court à nouveau à partir de la notification du jugement.',
    de: 'Die Seite beschreibt nur, was auf ein abgewiesenes Rechtsmittel folgt. Eine aufgehobene oder abgeänderte Ablehnung wird als Zurückverweisung des Antrags an das Ministerium verstanden, und die Bearbeitungsfrist von 4 Monaten läuft ab der Zustellung des Urteils neu.',
  },
  [`A refused renewal is read as a negative decision related to the authorisation to stay. The page does not say that an appeal lets the person stay or work while it is pending; no right is assumed.`]: {
    fr: `Un refus de renouvellement est compris comme une décision négative relative à l’autorisation de séjour. ${NO_RIGHT_DURING_APPEAL.fr}`,
    de: `Eine abgelehnte Verlängerung wird als ablehnende Entscheidung über die Aufenthaltserlaubnis verstanden. ${NO_RIGHT_DURING_APPEAL.de}`,
  },
  'The page only describes what follows a rejected appeal. An annulled or reformed refusal is read as sending the renewal back to the ministry for a new decision, pending as it was before (after the permit has ended, no right is assumed either way).': {
    fr: 'La page ne décrit que ce qui suit le rejet d’un recours. Un refus annulé ou réformé est compris comme renvoyant le renouvellement au ministère pour une nouvelle décision, en cours d’examen comme auparavant (après la fin du titre, aucun droit n’est supposé dans un sens ou dans l’autre).',
    de: 'Die Seite beschreibt nur, was auf ein abgewiesenes Rechtsmittel folgt. Eine aufgehobene oder abgeänderte Ablehnung wird als Zurückverweisung der Verlängerung an das Ministerium zur neuen Entscheidung verstanden, anhängig wie zuvor (nach dem Ende des Titels wird in keiner Richtung ein Recht angenommen).',
  },
  "The page describes neither a refusal of the permit after the authorisation was granted nor an appeal against it (its appeals paragraph concerns the authorisation to stay). An employer's notification not yet due is no longer tracked; one overdue stays a breach.": {
    fr: 'La page ne décrit ni un refus du titre après l’octroi de l’autorisation ni un recours contre ce refus (son paragraphe sur les recours concerne l’autorisation de séjour). Une notification de l’employeur non encore échue n’est plus suivie ; une notification en retard reste un manquement.',
    de: 'Die Seite beschreibt weder eine Ablehnung des Titels nach Erteilung der Erlaubnis noch ein Rechtsmittel dagegen (ihr Absatz über Rechtsmittel betrifft die Aufenthaltserlaubnis). Eine noch nicht fällige Meldung des Arbeitgebers wird nicht mehr verfolgt; eine überfällige bleibt ein Verstoß.',
  },
  "An employer's notification not yet due when the permit ends is no longer tracked; one overdue stays a breach.": {
    fr: 'Une notification de l’employeur non encore échue à la fin du titre n’est plus suivie ; une notification en retard reste un manquement.',
    de: 'Eine bei Ende des Titels noch nicht fällige Meldung des Arbeitgebers wird nicht mehr verfolgt; eine überfällige bleibt ein Verstoß.',
  },
  'The period runs from the day the application is submitted; the page does not name the starting day. After it, no answer means the application is denied ("can consider that their application has been denied").': {
    fr: 'Le délai court à partir du jour du dépôt de la demande ; la page ne précise pas le jour de départ. Passé ce délai, l’absence de réponse vaut refus de la demande (« can consider that their application has been denied »).',
    de: 'Die Frist läuft ab dem Tag der Antragstellung; die Seite nennt den Anfangstag nicht. Danach bedeutet keine Antwort, dass der Antrag abgelehnt ist („can consider that their application has been denied“).',
  },
  'The 90 days start on the day the authorisation is granted. The "within 90 days" the page gives for the visa and for entry is read as this same validity ("During that time").': {
    fr: 'Les 90 jours commencent le jour de l’octroi de l’autorisation. Le délai de 90 jours (« within 90 days ») que la page donne pour le visa et pour l’entrée est compris comme cette même validité (« During that time »).',
    de: 'Die 90 Tage beginnen am Tag der Erteilung der Erlaubnis. Die 90 Tage („within 90 days“), die die Seite für das Visum und die Einreise nennt, wird als dieselbe Gültigkeit verstanden („During that time“).',
  },
  'Working days as jours ouvrés (Monday to Friday except Luxembourg legal holidays), the sense administrations use for filings; the English page does not say which. A late notification is recorded as a breach of the employer.': {
    fr: 'Jours ouvrés (du lundi au vendredi, hors jours fériés légaux luxembourgeois), au sens que les administrations retiennent pour les dépôts ; la page anglaise ne précise pas de quels « working days » il s’agit. Une notification tardive est enregistrée comme manquement de l’employeur.',
    de: 'Arbeitstage im Sinne der jours ouvrés (Montag bis Freitag außer gesetzlichen Feiertagen in Luxemburg), wie sie die Verwaltungen für Einreichungen verstehen; die englische Seite sagt nicht, welche „working days“ gemeint sind. Eine verspätete Meldung wird als Verstoß des Arbeitgebers erfasst.',
  },
  'An application filed before the window opens or after the permit expired is refused; the page only says when to apply.': {
    fr: 'Une demande introduite avant l’ouverture de la période ou après l’expiration du titre est refusée ; la page dit seulement quand la demande doit être faite.',
    de: 'Ein Antrag, der vor Beginn des Zeitraums oder nach Ablauf des Titels gestellt wird, wird zurückgewiesen; die Seite sagt nur, wann der Antrag zu stellen ist.',
  },
  'The year starts on the day of the declaration of arrival ("valid from the date of the declaration of arrival") and includes it.': {
    fr: 'L’année commence le jour de la déclaration d’arrivée (« valid from the date of the declaration of arrival ») et l’inclut.',
    de: 'Das Jahr beginnt am Tag der Ankunftserklärung („valid from the date of the declaration of arrival“) und schließt ihn ein.',
  },
  'Legal residence is counted from the declaration of arrival, the day the first permit starts; renewals that continue the day after the previous permit ends keep it uninterrupted.': {
    fr: 'Le séjour légal est compté à partir de la déclaration d’arrivée, jour où commence le premier titre ; les renouvellements qui commencent le lendemain de la fin du titre précédent le maintiennent sans interruption.',
    de: 'Der rechtmäßige Aufenthalt wird ab der Ankunftserklärung gezählt, dem Tag, an dem der erste Titel beginnt; Verlängerungen, die am Tag nach dem Ende des vorherigen Titels anschließen, halten ihn ununterbrochen.',
  },
  'The year starts the day after the previous permit ends and includes that day.': {
    fr: 'L’année commence le lendemain de la fin du titre précédent et inclut ce jour.',
    de: 'Das Jahr beginnt am Tag nach dem Ende des vorherigen Titels und schließt diesen Tag ein.',
  },
  'The page prints "80 EUR0"; read as EUR 80, the amount it gives for the renewal fee.': {
    fr: 'La page indique « 80 EUR0 » ; lu comme 80 euros, le montant qu’elle donne pour la taxe de renouvellement.',
    de: 'Die Seite druckt „80 EUR0“; gelesen als 80 Euro, der Betrag, den sie für die Verlängerungsgebühr nennt.',
  },
};
