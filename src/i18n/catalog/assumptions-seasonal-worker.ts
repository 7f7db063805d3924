/**
 * French and German versions of the seasonal-worker procedure's modelling
 * assumptions: those of its states and transitions, of the rights a state
 * answers differently for a person who already resides in Luxembourg, and of
 * its legal parameters. Quotes from the page stay English, between « » or „ “.
 */
import { LATER_DECISION } from './assumptions-common';
import type { Catalog } from './types';

/**
 * The seasonal-worker assumptions, keyed by their English wording.
 *
 * @example
 * ```ts
 * seasonalWorkerAssumptions['The page only describes approval.']?.fr; // 'La page ne décrit que l’accord.'
 * ```
 */
export const seasonalWorkerAssumptions: Catalog = {
  'the person already resides legally in Luxembourg (a Luxembourg residence permit or another lawful stay)': {
    fr: 'la personne réside déjà légalement au Luxembourg (titre de séjour luxembourgeois ou autre séjour régulier)',
    de: 'die Person hält sich bereits rechtmäßig in Luxemburg auf (luxemburgischer Aufenthaltstitel oder ein anderer rechtmäßiger Aufenthalt)',
  },
  'The page names people who already reside legally in Luxembourg among those concerned but gives their current title no end here: until the seasonal authorisation is granted, this procedure gives them no right and takes none away.': {
    fr: 'La page compte parmi les personnes concernées celles qui résident déjà légalement au Luxembourg, mais ne met pas fin ici à leur titre actuel : jusqu’à l’octroi de l’autorisation de travail saisonnier, cette procédure ne leur donne aucun droit et ne leur en retire aucun.',
    de: 'Die Seite nennt Personen, die sich bereits rechtmäßig in Luxemburg aufhalten, unter den Betroffenen, beendet hier aber nicht ihren bisherigen Titel: Bis zur Erteilung der Saisonarbeitsgenehmigung gibt ihnen dieses Verfahren kein Recht und nimmt ihnen keines.',
  },
  'the title under which the person already resides in Luxembourg': {
    fr: 'le titre sous lequel la personne réside déjà au Luxembourg',
    de: 'den Titel, mit dem sich die Person bereits in Luxemburg aufhält',
  },
  'The page does not say whether the title a resident held before the seasonal authorisation still runs once the seasonal right has ended: this procedure does not decide it.': {
    fr: 'La page ne dit pas si le titre qu’un résident détenait avant l’autorisation de travail saisonnier court encore une fois le droit saisonnier éteint : cette procédure n’en décide pas.',
    de: 'Die Seite sagt nicht, ob der Titel, den eine ansässige Person vor der Saisonarbeitsgenehmigung besaß, nach dem Ende des Saisonrechts noch gilt: Dieses Verfahren entscheidet darüber nicht.',
  },
  'the title under which the person resided in Luxembourg before the seasonal permit': {
    fr: 'le titre sous lequel la personne résidait au Luxembourg avant le titre de travailleur saisonnier',
    de: 'den Titel, mit dem sich die Person vor dem Saisonaufenthaltstitel in Luxemburg aufhielt',
  },
  'The page says the certificate is granted "under certain conditions" but not what follows a refusal; the procedure ends.': {
    fr: 'La page dit que le certificat est délivré sous certaines conditions (« under certain conditions ») mais pas ce qui suit un refus ; la procédure prend fin.',
    de: 'Die Seite sagt, dass die Bescheinigung unter bestimmten Bedingungen („under certain conditions“) erteilt wird, aber nicht, was auf eine Ablehnung folgt; das Verfahren endet.',
  },
  'Only a person who does not already reside legally in Luxembourg is inadmissible from Luxembourg: the page names those who already do among the people concerned, and a Luxembourg residence permit only as an example ("e.g.") of the exceptional cases.': {
    fr: 'Seule une personne qui ne réside pas déjà légalement au Luxembourg est irrecevable depuis le Luxembourg : la page compte celles qui y résident déjà parmi les personnes concernées, et ne cite un titre de séjour luxembourgeois que comme exemple (« e.g. ») des cas exceptionnels.',
    de: 'Unzulässig ist ein Antrag aus Luxemburg nur für eine Person, die sich nicht bereits rechtmäßig in Luxemburg aufhält: Die Seite zählt Personen, die dies tun, zu den Betroffenen und nennt einen luxemburgischen Aufenthaltstitel nur als Beispiel („e.g.“) für die Ausnahmefälle.',
  },
  'A copy of a passport that has expired on the day of the application is not the copy of a "valid passport" the page asks for: the application is incomplete.': {
    fr: 'La copie d’un passeport expiré au jour de la demande n’est pas la copie d’un passeport en cours de validité (« valid passport ») que demande la page : la demande est incomplète.',
    de: 'Die Kopie eines am Tag des Antrags abgelaufenen Reisepasses ist nicht die von der Seite verlangte Kopie eines gültigen Reisepasses („valid passport“): Der Antrag ist unvollständig.',
  },
  'A person who already resides legally in Luxembourg has no visa to obtain and no border to cross: the visa, entry and declaration-of-arrival steps are skipped.': {
    fr: 'Une personne qui réside déjà légalement au Luxembourg n’a ni visa à obtenir ni frontière à franchir : les étapes du visa, de l’entrée et de la déclaration d’arrivée sont sautées.',
    de: 'Eine Person, die sich bereits rechtmäßig in Luxemburg aufhält, braucht kein Visum und überschreitet keine Grenze: Die Schritte Visum, Einreise und Ankunftserklärung entfallen.',
  },
  'The page describes approval only; an express refusal ends the application.': {
    fr: 'La page ne décrit que l’accord ; un refus exprès met fin à la demande.',
    de: 'Die Seite beschreibt nur die Bewilligung; eine ausdrückliche Ablehnung beendet den Antrag.',
  },
  'The page describes approval only; an express refusal ends this application.': {
    fr: 'La page ne décrit que l’accord ; un refus exprès met fin à cette demande.',
    de: 'Die Seite beschreibt nur die Bewilligung; eine ausdrückliche Ablehnung beendet diesen Antrag.',
  },
  [`Without an answer in the processing period "the application has been rejected": the case shows the silence as a rejection of this application, which gives no right, but not as a final refusal, since the period holds only "generally". The page says a decision comes "generally" within the period and lets the applicant take silence as a rejection; it does not forbid a later answer. An express decision that arrives later is recorded and takes over.`]: {
    fr: `Sans réponse dans le délai de traitement, la demande est rejetée (« the application has been rejected ») : le dossier montre le silence comme un rejet de cette demande, qui ne donne aucun droit, mais non comme un refus définitif, puisque le délai ne vaut qu’en général (« generally »). ${LATER_DECISION.fr}`,
    de: `Ohne Antwort innerhalb der Bearbeitungsfrist gilt der Antrag als abgelehnt („the application has been rejected“): Der Fall zeigt das Schweigen als Ablehnung dieses Antrags, die kein Recht gibt, aber nicht als endgültige Ablehnung, da die Frist nur in der Regel („generally“) gilt. ${LATER_DECISION.de}`,
  },
  'The page does not describe a visa refusal; without a visa the person cannot enter, so the case ends.': {
    fr: 'La page ne décrit pas de refus de visa ; sans visa, la personne ne peut pas entrer, le dossier prend donc fin.',
    de: 'Die Seite beschreibt keine Ablehnung des Visums; ohne Visum kann die Person nicht einreisen, daher endet der Fall.',
  },
  'The page does not say when a revocation takes effect: it is taken to take effect on the date of the decision, which cuts the validity short (its last day becomes the day before); from that day both rights end.': {
    fr: 'La page ne dit pas quand un retrait prend effet : il est considéré comme prenant effet à la date de la décision, ce qui écourte la validité (son dernier jour devient la veille) ; à partir de ce jour, les deux droits prennent fin.',
    de: 'Die Seite sagt nicht, wann ein Widerruf wirksam wird: Er wird als am Tag der Entscheidung wirksam angenommen, was die Gültigkeit verkürzt (ihr letzter Tag wird der Vortag); ab diesem Tag enden beide Rechte.',
  },
  'The page requires the visa to be applied for during the 90 days, not issued within them: once applied for in time, the authorisation does not lapse while the visa is pending, and a visa issued after the 90 days lets the worker enter while it is valid. The page does not say how long the visa authority may take.': {
    fr: 'La page exige que le visa soit demandé pendant les 90 jours, non qu’il soit délivré dans ce délai : une fois demandé à temps, l’autorisation ne devient pas caduque tant que le visa est en attente, et un visa délivré après les 90 jours permet au travailleur d’entrer pendant sa validité. La page ne dit pas de combien de temps dispose l’autorité qui délivre le visa.',
    de: 'Die Seite verlangt, dass das Visum innerhalb der 90 Tage beantragt, nicht dass es in dieser Zeit erteilt wird: Nach rechtzeitigem Antrag erlischt die Erlaubnis nicht, solange das Visum aussteht, und ein nach den 90 Tagen erteiltes Visum erlaubt dem Arbeitnehmer die Einreise während seiner Gültigkeit. Die Seite sagt nicht, wie lange die Visumbehörde brauchen darf.',
  },
  'The case may record the declaration of arrival without the day of entry: the arrival is then taken to be the day of the declaration, from which the period to apply for the residence permit runs. A decision that states no end date is taken to run to the last day the 5-in-12 months cap leaves (the room left, not the whole cap), counting the earlier seasonal stays the facts list and the stays of this case; a stated end date later than that is cut to it.': {
    fr: 'Le dossier peut enregistrer la déclaration d’arrivée sans le jour d’entrée : l’arrivée est alors réputée avoir eu lieu le jour de la déclaration, à partir duquel court le délai pour demander le titre de séjour. Une décision qui n’indique pas de date de fin est considérée comme courant jusqu’au dernier jour que laisse la limite de 5 mois sur 12 (le solde restant, non la limite entière), en comptant les séjours saisonniers antérieurs indiqués dans les faits et les séjours de ce dossier ; une date de fin indiquée plus tardive est ramenée à ce jour.',
    de: 'Der Fall kann die Ankunftserklärung ohne den Tag der Einreise erfassen: Als Ankunft gilt dann der Tag der Erklärung, ab dem die Frist für den Antrag auf den Aufenthaltstitel läuft. Eine Entscheidung ohne Enddatum gilt bis zum letzten Tag, den die Höchstdauer von 5 Monaten innerhalb von 12 Monaten lässt (das verbleibende Kontingent, nicht die ganze Höchstdauer), gerechnet mit den früheren Saisonaufenthalten aus dem Sachverhalt und den Aufenthalten dieses Falls; ein späteres angegebenes Enddatum wird darauf gekürzt.',
  },
  'A decision that states no end date is taken to run to the last day the 5-in-12 months cap leaves (the room left, not the whole cap), counting the earlier seasonal stays the facts list and the stays of this case; a stated end date later than that is cut to it.': {
    fr: 'Une décision qui n’indique pas de date de fin est considérée comme courant jusqu’au dernier jour que laisse la limite de 5 mois sur 12 (le solde restant, non la limite entière), en comptant les séjours saisonniers antérieurs indiqués dans les faits et les séjours de ce dossier ; une date de fin indiquée plus tardive est ramenée à ce jour.',
    de: 'Eine Entscheidung ohne Enddatum gilt bis zum letzten Tag, den die Höchstdauer von 5 Monaten innerhalb von 12 Monaten lässt (das verbleibende Kontingent, nicht die ganze Höchstdauer), gerechnet mit den früheren Saisonaufenthalten aus dem Sachverhalt und den Aufenthalten dieses Falls; ein späteres angegebenes Enddatum wird darauf gekürzt.',
  },
  'The page does not say what happens when the visa expires before entry; a new visa must be applied for while the 90-day authorisation is valid, else the authorisation lapses.': {
    fr: 'La page ne dit pas ce qui se passe lorsque le visa expire avant l’entrée ; un nouveau visa doit être demandé pendant la validité de l’autorisation de 90 jours, faute de quoi l’autorisation devient caduque.',
    de: 'Die Seite sagt nicht, was geschieht, wenn das Visum vor der Einreise abläuft; ein neues Visum muss beantragt werden, solange die 90-tägige Erlaubnis gültig ist, sonst erlischt die Erlaubnis.',
  },
  'A worker who needs no visa must enter and declare arrival while the 90-day authorisation is valid ("During that time"); after that the authorisation lapses.': {
    fr: 'Un travailleur dispensé de visa doit entrer et faire sa déclaration d’arrivée pendant la validité de l’autorisation de 90 jours (« During that time ») ; passé ce délai, l’autorisation devient caduque.',
    de: 'Ein Arbeitnehmer, der kein Visum braucht, muss einreisen und die Ankunft erklären, solange die 90-tägige Erlaubnis gültig ist („During that time“); danach erlischt die Erlaubnis.',
  },
  'A renewal refused while the permit still runs does not end it: the page says nothing to the contrary, so the permit runs to its last day of validity.': {
    fr: 'Un renouvellement refusé alors que le titre court encore n’y met pas fin : la page ne dit rien de contraire, le titre court donc jusqu’à son dernier jour de validité.',
    de: 'Eine Ablehnung der Verlängerung während der Laufzeit des Titels beendet ihn nicht: Die Seite sagt nichts Gegenteiliges, daher gilt der Titel bis zu seinem letzten Gültigkeitstag.',
  },
  'The page only describes approval.': {
    fr: 'La page ne décrit que l’accord.',
    de: 'Die Seite beschreibt nur die Bewilligung.',
  },
  'The period runs from the day the complete application is submitted; the page does not name the starting day.': {
    fr: 'Le délai court à partir du jour du dépôt de la demande complète ; la page ne précise pas le jour de départ.',
    de: 'Die Frist läuft ab dem Tag, an dem der vollständige Antrag eingereicht wird; die Seite nennt den Anfangstag nicht.',
  },
  'The 90 days start on the date of the decision granting the authorisation (the page says it is sent by post and does not say whether delivery counts).': {
    fr: 'Les 90 jours commencent à la date de la décision accordant l’autorisation (la page dit qu’elle est envoyée par voie postale et ne dit pas si la réception compte).',
    de: 'Die 90 Tage beginnen am Tag der Entscheidung über die Erteilung der Erlaubnis (die Seite sagt, dass sie per Post versandt wird, nicht aber, ob die Zustellung zählt).',
  },
  'Counted from the arrival in Luxembourg: the day of entry when the case records it, else the day of the declaration of arrival (the only dated proof of arrival the case then has); for a person who already resided legally in Luxembourg, from the grant of the temporary authorisation. A late application is recorded as a breach, since the page gives no consequence.': {
    fr: 'Compté à partir de l’arrivée au Luxembourg : le jour de l’entrée lorsque le dossier l’enregistre, sinon le jour de la déclaration d’arrivée (la seule preuve datée de l’arrivée dont dispose alors le dossier) ; pour une personne qui résidait déjà légalement au Luxembourg, à partir de l’octroi de l’autorisation de séjour temporaire. Une demande tardive est enregistrée comme manquement, la page ne prévoyant aucune conséquence.',
    de: 'Gezählt ab der Ankunft in Luxemburg: dem Tag der Einreise, wenn der Fall ihn erfasst, sonst dem Tag der Ankunftserklärung (dem einzigen datierten Nachweis der Ankunft, den der Fall dann hat); für eine Person, die sich bereits rechtmäßig in Luxemburg aufhielt, ab der Erteilung der vorübergehenden Aufenthaltserlaubnis. Ein verspäteter Antrag wird als Verstoß erfasst, da die Seite keine Folge vorsieht.',
  },
  'Working days as jours ouvrés (Monday to Friday except Luxembourg legal holidays), the sense administrations use for filings; the English page does not say which. A late notification is recorded as a breach.': {
    fr: 'Jours ouvrés (du lundi au vendredi, hors jours fériés légaux luxembourgeois), au sens que les administrations retiennent pour les dépôts ; la page anglaise ne précise pas de quels « working days » il s’agit. Une notification tardive est enregistrée comme manquement.',
    de: 'Arbeitstage im Sinne der jours ouvrés (Montag bis Freitag außer gesetzlichen Feiertagen in Luxemburg), wie sie die Verwaltungen für Einreichungen verstehen; die englische Seite sagt nicht, welche „working days“ gemeint sind. Eine verspätete Meldung wird als Verstoß erfasst.',
  },
  'Counted in days: in every window of 12 months that starts on the first day of a stay, the days of validity may not exceed the days of the 5 months that start on that day. The earlier seasonal stays the facts list count with the stays of the case, and a decision that states no end date runs to the last day the cap leaves (the room left, not the whole 5 months).': {
    fr: 'Compté en jours : dans toute période de 12 mois commençant le premier jour d’un séjour, les jours de validité ne peuvent dépasser les jours des 5 mois qui commencent ce jour-là. Les séjours saisonniers antérieurs indiqués dans les faits comptent avec ceux du dossier, et une décision qui n’indique pas de date de fin court jusqu’au dernier jour que laisse la limite (le solde restant, non les 5 mois entiers).',
    de: 'In Tagen gezählt: In jedem Zeitraum von 12 Monaten, der am ersten Tag eines Aufenthalts beginnt, dürfen die Gültigkeitstage die Tage der 5 Monate ab diesem Tag nicht überschreiten. Die früheren Saisonaufenthalte aus dem Sachverhalt zählen mit den Aufenthalten des Falls, und eine Entscheidung ohne Enddatum gilt bis zum letzten Tag, den die Höchstdauer lässt (das verbleibende Kontingent, nicht die ganzen 5 Monate).',
  },
  'The five years are counted back from the day the application is submitted.': {
    fr: 'Les cinq ans sont comptés à rebours à partir du jour du dépôt de la demande.',
    de: 'Die fünf Jahre werden vom Tag der Antragstellung an zurückgerechnet.',
  },
  'Advice, not a condition: reported as a warning in the status, never a refusal.': {
    fr: 'Un conseil, non une condition : signalé comme avertissement dans la situation du dossier, jamais comme un refus.',
    de: 'Ein Rat, keine Bedingung: im Stand des Falls als Warnung gemeldet, nie als Ablehnung.',
  },
  'Renewals with the same employer are unlimited ("several times"), within the 5-in-12 cap.': {
    fr: 'Les renouvellements auprès du même employeur sont illimités (plusieurs fois, « several times »), dans la limite de 5 mois sur 12.',
    de: 'Verlängerungen beim selben Arbeitgeber sind unbegrenzt (mehrmals, „several times“), innerhalb der Höchstdauer von 5 Monaten in 12 Monaten.',
  },
};
