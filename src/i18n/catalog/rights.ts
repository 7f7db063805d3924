/**
 * French and German versions of what the procedures say about rights: who
 * decides a right another title governs, and the assumptions made where a
 * page is silent. An assumption is the project's statement, not a quote, so
 * it is translated like any other text.
 */
import type { Catalog } from './types';

/**
 * The rights' reasons of every procedure, keyed by their English wording.
 *
 * @example
 * ```ts
 * rightsCatalog['the type D visa']?.fr; // 'le visa de type D'
 * ```
 */
export const rightsCatalog: Catalog = {
  'The page names the declaration of arrival together with the authorisation to stay as the seasonal work permit; before the declaration this procedure gives no right to work.': {
    fr: 'La page désigne la déclaration d’arrivée, avec l’autorisation de séjour, comme autorisation de travail du saisonnier ; avant la déclaration, cette procédure ne donne aucun droit de travailler.',
    de: 'Die Seite nennt die Ankunftserklärung zusammen mit der Aufenthaltserlaubnis als Arbeitserlaubnis des Saisonarbeiters; vor der Erklärung gibt dieses Verfahren kein Recht zu arbeiten.',
  },
  'The visa with which the worker entered has ended and arrival is not yet declared: the page does not say what follows. A late declaration is still recorded, with a breach.': {
    fr: 'Le visa avec lequel le travailleur est entré a pris fin et l’arrivée n’est pas encore déclarée : la page ne dit pas ce qui s’ensuit. Une déclaration tardive est néanmoins enregistrée, avec un manquement.',
    de: 'Das Visum, mit dem der Arbeitnehmer eingereist ist, ist abgelaufen und die Ankunft noch nicht erklärt: Die Seite sagt nicht, was daraus folgt. Eine verspätete Erklärung wird dennoch erfasst, mit einem Verstoß.',
  },
  'Only a renewal pending at expiry lets the stay continue; without one, the rights to stay and work end with the last day of validity.': {
    fr: 'Seul un renouvellement en cours à l’expiration permet de prolonger le séjour ; sans lui, les droits de séjourner et de travailler prennent fin avec le dernier jour de validité.',
    de: 'Nur eine bei Ablauf anhängige Verlängerung erlaubt die Fortsetzung des Aufenthalts; ohne sie enden die Rechte auf Aufenthalt und Arbeit mit dem letzten Gültigkeitstag.',
  },
  'The page authorises the worker "to continue their stay" until the decision; it says nothing about work meanwhile, so whether work may continue is not decided by this page.': {
    fr: 'La page autorise le travailleur à « poursuivre son séjour » jusqu’à la décision ; elle ne dit rien du travail entre-temps, la poursuite du travail n’est donc pas tranchée par cette page.',
    de: 'Die Seite erlaubt dem Arbeitnehmer, „seinen Aufenthalt fortzusetzen“, bis entschieden ist; zur Arbeit in dieser Zeit sagt sie nichts, daher entscheidet diese Seite nicht, ob weitergearbeitet werden darf.',
  },
  'The page only describes approval; a refusal ends the right to stay and work.': {
    fr: 'La page ne décrit que l’accord ; un refus met fin au droit de séjourner et de travailler.',
    de: 'Die Seite beschreibt nur die Bewilligung; eine Ablehnung beendet das Recht auf Aufenthalt und Arbeit.',
  },
  'Until the temporary authorisation is granted and the worker has entered, this procedure gives no right to stay or work in Luxembourg.': {
    fr: 'Tant que l’autorisation de séjour temporaire n’est pas accordée et que le travailleur n’est pas entré, cette procédure ne donne aucun droit de séjourner ni de travailler au Luxembourg.',
    de: 'Solange die vorübergehende Aufenthaltserlaubnis nicht erteilt und der Arbeitnehmer nicht eingereist ist, gibt dieses Verfahren kein Recht auf Aufenthalt oder Arbeit in Luxemburg.',
  },
  'the type D visa': { fr: 'le visa de type D', de: 'das Visum vom Typ D' },
  'A worker who applied for the visa within the 90 days and entered on it after them stays on that visa until the declaration of arrival; the page does not give its validity.': {
    fr: 'Le travailleur qui a demandé le visa dans les 90 jours et est entré avec ce visa après ce délai séjourne sous ce visa jusqu’à la déclaration d’arrivée ; la page n’en donne pas la validité.',
    de: 'Ein Arbeitnehmer, der das Visum innerhalb der 90 Tage beantragt hat und danach damit eingereist ist, hält sich bis zur Ankunftserklärung mit diesem Visum auf; die Seite nennt dessen Gültigkeit nicht.',
  },
  'Work is allowed only from the declaration of arrival, the day the residence permit starts to be valid.': {
    fr: 'Le travail n’est permis qu’à partir de la déclaration d’arrivée, jour où le titre de séjour commence à être valable.',
    de: 'Arbeit ist erst ab der Ankunftserklärung erlaubt, dem Tag, ab dem der Aufenthaltstitel gilt.',
  },
  'The page does not say whether the holder may stay or work once the permit has expired while a renewal applied for in time is pending; nothing is assumed either way.': {
    fr: 'La page ne dit pas si le titulaire peut séjourner ou travailler une fois le titre expiré alors qu’un renouvellement demandé à temps est en cours ; rien n’est supposé dans un sens ou dans l’autre.',
    de: 'Die Seite sagt nicht, ob der Inhaber nach Ablauf des Titels bei rechtzeitig beantragter, anhängiger Verlängerung bleiben oder arbeiten darf; es wird weder das eine noch das andere angenommen.',
  },
  'The page does not say that an appeal lets the person stay or work while it is pending; no right is assumed.': {
    fr: 'La page ne dit pas qu’un recours permet de séjourner ou de travailler pendant son examen ; aucun droit n’est supposé.',
    de: 'Die Seite sagt nicht, dass ein Rechtsmittel während des Verfahrens Aufenthalt oder Arbeit erlaubt; es wird kein Recht angenommen.',
  },
  'The person may not come to work as a salaried worker on this application.': {
    fr: 'La personne ne peut pas venir travailler comme salarié sur la base de cette demande.',
    de: 'Die Person darf auf Grund dieses Antrags nicht als Arbeitnehmer arbeiten kommen.',
  },
  'A refused renewal does not shorten the permit that still runs: it gives the right to stay and work to its last day, and none after it while the refusal stands (the page does not say that an appeal lets the person stay or work).': {
    fr: 'Un renouvellement refusé n’écourte pas le titre qui court encore : il donne le droit de séjourner et de travailler jusqu’à son dernier jour, et aucun au-delà tant que le refus subsiste (la page ne dit pas qu’un recours permet de séjourner ou de travailler).',
    de: 'Eine abgelehnte Verlängerung verkürzt den noch laufenden Titel nicht: Er gibt bis zu seinem letzten Tag das Recht auf Aufenthalt und Arbeit, danach keines, solange die Ablehnung besteht (die Seite sagt nicht, dass ein Rechtsmittel Aufenthalt oder Arbeit erlaubt).',
  },
  'The position went to a candidate registered with ADEM, so no third-country national is recruited on it and this procedure gives no right.': {
    fr: 'Le poste est revenu à un candidat inscrit à l’ADEM : aucun ressortissant de pays tiers n’y est recruté et cette procédure ne donne aucun droit.',
    de: 'Die Stelle ging an einen bei der ADEM gemeldeten Bewerber: Es wird kein Drittstaatsangehöriger darauf eingestellt, und dieses Verfahren gibt kein Recht.',
  },
  'Without the ADEM certificate the application for a temporary authorisation cannot be made, so this procedure gives no right.': {
    fr: 'Sans le certificat de l’ADEM, la demande d’autorisation de séjour temporaire ne peut pas être introduite : cette procédure ne donne aucun droit.',
    de: 'Ohne die Bescheinigung der ADEM kann der Antrag auf eine vorübergehende Aufenthaltserlaubnis nicht gestellt werden: Dieses Verfahren gibt kein Recht.',
  },
  'The page does not describe a visa refusal; without the visa the person cannot enter, so no right to stay or work follows.': {
    fr: 'La page ne décrit pas le refus de visa ; sans visa la personne ne peut pas entrer, aucun droit de séjourner ou de travailler n’en découle donc.',
    de: 'Die Seite beschreibt keine Visumsablehnung; ohne Visum kann die Person nicht einreisen, daher folgt kein Recht auf Aufenthalt oder Arbeit.',
  },
  'The page describes only the conditions for obtaining the permit; a refusal ends the right to stay and work that ran from the declaration of arrival.': {
    fr: 'La page ne décrit que les conditions d’obtention du titre ; un refus met fin au droit de séjourner et de travailler qui courait depuis la déclaration d’arrivée.',
    de: 'Die Seite beschreibt nur die Voraussetzungen für den Titel; eine Ablehnung beendet das seit der Ankunftserklärung bestehende Recht auf Aufenthalt und Arbeit.',
  },
  'The permit is valid for the duration stated; after its last day, with no renewal pending, it gives no right.': {
    fr: 'Le titre est valable pour la durée indiquée ; après son dernier jour, sans renouvellement en cours, il ne donne aucun droit.',
    de: 'Der Titel gilt für die angegebene Dauer; nach seinem letzten Tag gibt er ohne anhängige Verlängerung kein Recht.',
  },
  'the residence permit for "private reasons"': { fr: 'le titre de séjour pour raisons privées', de: 'den Aufenthaltstitel „aus privaten Gründen“' },
  'This procedure grants a work permit only; the right to reside is that of the residence permit for private reasons, whose period of validity "is not affected by the issuance of a work permit".': {
    fr: 'Cette procédure n’accorde qu’une autorisation de travail ; le droit de séjour est celui du titre de séjour pour raisons privées, dont la durée de validité « n’est pas affectée par la délivrance d’une autorisation de travail ».',
    de: 'Dieses Verfahren erteilt nur eine Arbeitserlaubnis; das Aufenthaltsrecht ist das des Aufenthaltstitels aus privaten Gründen, dessen Gültigkeitsdauer „von der Erteilung einer Arbeitserlaubnis nicht berührt wird“.',
  },
  'The salaried activity may start only once the work permit is granted (the contract "will not take effect until the work permit has been obtained").': {
    fr: 'L’activité salariée ne peut commencer qu’une fois l’autorisation de travail accordée (le contrat « ne prend effet qu’à l’obtention de l’autorisation de travail »).',
    de: 'Die unselbständige Tätigkeit darf erst nach Erteilung der Arbeitserlaubnis beginnen (der Vertrag „wird erst mit Erhalt der Arbeitserlaubnis wirksam“).',
  },
  'The page says nothing about work while a renewal applied for in time is still pending after the work permit expired; the status neither grants nor denies it.': {
    fr: 'La page ne dit rien du travail lorsqu’un renouvellement demandé à temps est encore en cours après l’expiration de l’autorisation de travail ; la situation ne l’accorde ni ne le refuse.',
    de: 'Die Seite sagt nichts zur Arbeit, solange eine rechtzeitig beantragte Verlängerung nach Ablauf der Arbeitserlaubnis noch anhängig ist; der Status erlaubt sie weder noch verweigert er sie.',
  },
  'The renewal was refused: once the current work permit ends, no work permit is held.': {
    fr: 'Le renouvellement a été refusé : à la fin de l’autorisation de travail actuelle, la personne n’en détient plus aucune.',
    de: 'Die Verlängerung wurde abgelehnt: Mit dem Ende der aktuellen Arbeitserlaubnis besteht keine Arbeitserlaubnis mehr.',
  },
  'EU free movement (no work permit needed)': { fr: 'la libre circulation de l’UE (aucune autorisation de travail requise)', de: 'die EU-Freizügigkeit (keine Arbeitserlaubnis erforderlich)' },
  'the salaried worker residence permit': { fr: 'le titre de séjour pour travailleur salarié', de: 'den Aufenthaltstitel für Arbeitnehmer' },
  'the residence title the person holds (not one for "private reasons")': {
    fr: 'le titre de séjour que détient la personne (autre qu’un titre pour raisons privées)',
    de: 'den Aufenthaltstitel, den die Person besitzt (keinen „aus privaten Gründen“)',
  },
  'This procedure is for holders of a "private reasons" residence permit only; whatever the person holds decides their stay and work.': {
    fr: 'Cette procédure est réservée aux titulaires d’un titre de séjour pour raisons privées ; le titre que détient la personne décide de son séjour et de son travail.',
    de: 'Dieses Verfahren gilt nur für Inhaber eines Aufenthaltstitels „aus privaten Gründen“; der Titel, den die Person besitzt, entscheidet über Aufenthalt und Arbeit.',
  },
  'The work permit was refused: the person holds none.': { fr: 'L’autorisation de travail a été refusée : la personne n’en détient aucune.', de: 'Die Arbeitserlaubnis wurde abgelehnt: Die Person besitzt keine.' },
  'The work permit ended on its last day without a renewal; a work permit is required to work.': {
    fr: 'L’autorisation de travail a pris fin à son dernier jour sans renouvellement ; une autorisation de travail est nécessaire pour travailler.',
    de: 'Die Arbeitserlaubnis endete an ihrem letzten Tag ohne Verlängerung; zum Arbeiten ist eine Arbeitserlaubnis erforderlich.',
  },
  'The residence permit for private reasons was reported withdrawn or ended early; what follows for the stay is decided under that permit, not here.': {
    fr: 'Le titre de séjour pour raisons privées a été signalé comme retiré ou terminé avant terme ; la suite du séjour se décide sous ce titre, pas ici.',
    de: 'Der Aufenthaltstitel aus privaten Gründen wurde als entzogen oder vorzeitig beendet gemeldet; was für den Aufenthalt folgt, entscheidet sich nach diesem Titel, nicht hier.',
  },
  'The page requires a valid residence permit for private reasons; its loss is taken to end the work permit the same day.': {
    fr: 'La page exige un titre de séjour pour raisons privées valable ; sa perte est considérée comme mettant fin à l’autorisation de travail le même jour.',
    de: 'Die Seite verlangt einen gültigen Aufenthaltstitel aus privaten Gründen; sein Wegfall wird so behandelt, dass die Arbeitserlaubnis am selben Tag endet.',
  },
  'The renewal was refused after the work permit had expired: no work permit is held.': {
    fr: 'Le renouvellement a été refusé après l’expiration de l’autorisation de travail : la personne n’en détient aucune.',
    de: 'Die Verlängerung wurde nach Ablauf der Arbeitserlaubnis abgelehnt: Es besteht keine Arbeitserlaubnis.',
  },
  'the residence title of the other member state': { fr: 'le titre de séjour de l’autre État membre', de: 'den Aufenthaltstitel des anderen Mitgliedstaats' },
  'The exemption concerns work in Luxembourg only; the person lives in another member state, whose residence title governs their stay.': {
    fr: 'La dispense ne concerne que le travail au Luxembourg ; la personne réside dans un autre État membre, dont le titre de séjour régit son séjour.',
    de: 'Die Befreiung betrifft nur die Arbeit in Luxemburg; die Person wohnt in einem anderen Mitgliedstaat, dessen Aufenthaltstitel ihren Aufenthalt regelt.',
  },
  'Work in Luxembourg may start only once the exemption is granted; work started earlier is recorded as a breach.': {
    fr: 'Le travail au Luxembourg ne peut commencer qu’une fois la dispense accordée ; un travail commencé plus tôt est enregistré comme manquement.',
    de: 'Die Arbeit in Luxemburg darf erst nach Erteilung der Befreiung beginnen; früher begonnene Arbeit wird als Verstoß erfasst.',
  },
  'a work permit under another procedure (for example the salaried worker residence permit)': {
    fr: 'une autorisation de travail relevant d’une autre procédure (par exemple le titre de séjour pour travailleur salarié)',
    de: 'eine Arbeitserlaubnis aus einem anderen Verfahren (zum Beispiel den Aufenthaltstitel für Arbeitnehmer)',
  },
  'The conditions of this exemption are not met; whether the person may work in Luxembourg is decided under another procedure.': {
    fr: 'Les conditions de cette dispense ne sont pas remplies ; le droit de travailler au Luxembourg se décide dans une autre procédure.',
    de: 'Die Voraussetzungen dieser Befreiung sind nicht erfüllt; ob die Person in Luxemburg arbeiten darf, entscheidet sich in einem anderen Verfahren.',
  },
  'The exemption was refused: the person holds none.': { fr: 'La dispense a été refusée : la personne n’en détient aucune.', de: 'Die Befreiung wurde abgelehnt: Die Person besitzt keine.' },
  'A condition of the exemption no longer holds, so the exemption no longer allows work in Luxembourg.': {
    fr: 'Une condition de la dispense n’est plus remplie : la dispense ne permet plus de travailler au Luxembourg.',
    de: 'Eine Voraussetzung der Befreiung ist entfallen: Die Befreiung erlaubt keine Arbeit in Luxemburg mehr.',
  },
  'the pending application for international protection': { fr: 'la demande de protection internationale en cours', de: 'den anhängigen Antrag auf internationalen Schutz' },
  'The stay of an applicant while the protection application is examined rests on asylum law, which this page does not describe.': {
    fr: 'Le séjour du demandeur pendant l’examen de sa demande de protection relève du droit d’asile, que cette page ne décrit pas.',
    de: 'Der Aufenthalt eines Antragstellers während der Prüfung des Schutzantrags beruht auf dem Asylrecht, das diese Seite nicht beschreibt.',
  },
  'An applicant may work only once an AOT (or, for an unaccompanied minor, the student-job exemption) is granted.': {
    fr: 'Un demandeur ne peut travailler qu’une fois une AOT (ou, pour un mineur non accompagné, la dispense job étudiant) accordée.',
    de: 'Ein Antragsteller darf erst arbeiten, wenn eine AOT (oder, für einen unbegleiteten Minderjährigen, die Befreiung für den Studentenjob) erteilt ist.',
  },
  'The student job may start once the exemption is granted: the page says the exemption is "in order to get a temporary work permit".': {
    fr: 'Le job étudiant peut commencer une fois la dispense accordée : selon la page, la dispense sert « à obtenir une autorisation de travail temporaire ».',
    de: 'Der Studentenjob darf beginnen, sobald die Befreiung erteilt ist: Laut der Seite dient sie dazu, „eine befristete Arbeitserlaubnis zu erhalten“.',
  },
  'The AOT is no longer valid once it expires; the page gives no right to work while a renewal is pending, so work resumes only once the renewal is granted.': {
    fr: 'L’AOT n’est plus valable une fois expirée ; la page ne donne aucun droit de travailler pendant l’examen du renouvellement, le travail ne reprend donc qu’une fois le renouvellement accordé.',
    de: 'Die AOT ist nach Ablauf nicht mehr gültig; die Seite gibt während der anhängigen Verlängerung kein Recht zu arbeiten, daher wird erst nach Bewilligung der Verlängerung wieder gearbeitet.',
  },
  'Without the conditions of the application, no AOT can be granted, and an applicant may work only with one.': {
    fr: 'Sans les conditions de la demande, aucune AOT ne peut être accordée, et un demandeur ne peut travailler qu’avec une AOT.',
    de: 'Ohne die Antragsvoraussetzungen kann keine AOT erteilt werden, und ein Antragsteller darf nur mit einer AOT arbeiten.',
  },
  'The AOT was rejected: an applicant may work only with one.': {
    fr: 'L’AOT a été rejetée : un demandeur ne peut travailler qu’avec une AOT.',
    de: 'Die AOT wurde abgelehnt: Ein Antragsteller darf nur mit einer AOT arbeiten.',
  },
  'The page does not describe a refusal; without the exemption there is no temporary work permit for the student job.': {
    fr: 'La page ne décrit pas de refus ; sans la dispense, il n’y a pas d’autorisation de travail temporaire pour le job étudiant.',
    de: 'Die Seite beschreibt keine Ablehnung; ohne die Befreiung gibt es keine befristete Arbeitserlaubnis für den Studentenjob.',
  },
  'The page says the AOT is "no longer valid" when a party ends the working relationship, not from which day: it is taken to end on the date reported as the end of the working relationship (the event\'s date): from that day the status denies work.': {
    fr: 'La page dit que l’AOT « n’est plus valable » lorsqu’une partie met fin à la relation de travail, sans dire à partir de quel jour : elle est considérée comme prenant fin à la date déclarée de fin de la relation de travail (la date de l’événement) ; à partir de ce jour, la situation refuse le travail.',
    de: 'Die Seite sagt, dass die AOT „nicht mehr gültig“ ist, wenn eine Partei das Arbeitsverhältnis beendet, aber nicht ab welchem Tag: Sie gilt als an dem gemeldeten Ende des Arbeitsverhältnisses (dem Datum des Ereignisses) beendet; ab diesem Tag verweigert der Status die Arbeit.',
  },
  'the decision on the application for international protection': { fr: 'la décision sur la demande de protection internationale', de: 'die Entscheidung über den Antrag auf internationalen Schutz' },
  'What follows for the stay of a person whose protection application was definitively rejected or cancelled is decided under asylum law, not on this page.': {
    fr: 'La suite du séjour d’une personne dont la demande de protection a été définitivement rejetée ou clôturée relève du droit d’asile, non de cette page.',
    de: 'Was für den Aufenthalt einer Person folgt, deren Schutzantrag endgültig abgelehnt oder eingestellt wurde, entscheidet sich nach dem Asylrecht, nicht auf dieser Seite.',
  },
  'the international protection status granted': { fr: 'le statut de protection internationale accordé', de: 'den gewährten internationalen Schutzstatus' },
  'The page covers only applicants; the stay of a beneficiary of international protection follows from that status.': {
    fr: 'La page ne couvre que les demandeurs ; le séjour du bénéficiaire de protection internationale découle de ce statut.',
    de: 'Die Seite betrifft nur Antragsteller; der Aufenthalt einer Person mit internationalem Schutz ergibt sich aus diesem Status.',
  },
  'The page covers only applicants; whether and how a beneficiary of international protection may work follows from that status, not from the AOT.': {
    fr: 'La page ne couvre que les demandeurs ; le droit de travailler du bénéficiaire de protection internationale découle de ce statut, non de l’AOT.',
    de: 'Die Seite betrifft nur Antragsteller; ob und wie eine Person mit internationalem Schutz arbeiten darf, ergibt sich aus diesem Status, nicht aus der AOT.',
  },
  'Copy of the seasonal employment contract, dated and signed by both parties': {
    fr: 'Copie du contrat de travail saisonnier, daté et signé par les deux parties',
    de: 'Kopie des Saisonarbeitsvertrags, von beiden Parteien datiert und unterschrieben',
  },
  'Proof of suitable housing, or that it will be provided': {
    fr: 'Preuve d’un logement approprié, ou qu’il sera mis à disposition',
    de: 'Nachweis einer geeigneten Unterkunft oder dass sie bereitgestellt wird',
  },
  'Copy of the employment contract under Luxembourg labour law, dated and signed by applicant and employer (it may say it takes effect only once the work permit is obtained)': {
    fr: 'Copie du contrat de travail conforme au droit du travail luxembourgeois, daté et signé par le demandeur et l’employeur (il peut prévoir qu’il ne prend effet qu’à l’obtention de l’autorisation de travail)',
    de: 'Kopie des Arbeitsvertrags nach luxemburgischem Arbeitsrecht, vom Antragsteller und Arbeitgeber datiert und unterschrieben (er kann vorsehen, dass er erst mit Erhalt der Arbeitserlaubnis wirksam wird)',
  },
  'Recent CCSS certificate listing all Luxembourg social security affiliations, or certifying co-insurance': {
    fr: 'Certificat récent du CCSS indiquant toutes les affiliations à la sécurité sociale luxembourgeoise, ou attestant la coassurance',
    de: 'Aktuelle Bescheinigung des CCSS über alle Anmeldungen bei der luxemburgischen Sozialversicherung oder über die Mitversicherung',
  },
  'Entry is allowed while the temporary authorisation (or, where a visa is required, the visa) is valid; the right shown ends with the earlier of the two.': {
    fr: 'L’entrée est permise pendant la validité de l’autorisation de séjour temporaire (ou, si un visa est requis, du visa) ; le droit indiqué prend fin avec la première des deux échéances.',
    de: 'Die Einreise ist erlaubt, solange die vorübergehende Aufenthaltserlaubnis (oder, falls ein Visum erforderlich ist, das Visum) gültig ist; das angezeigte Recht endet mit dem früheren der beiden Daten.',
  },
  'Until the declaration of arrival, the stay rests on the temporary authorisation to stay (and the visa, where required) with which the worker entered.': {
    fr: 'Jusqu’à la déclaration d’arrivée, le séjour repose sur l’autorisation de séjour temporaire (et, le cas échéant, le visa) avec laquelle le travailleur est entré.',
    de: 'Bis zur Ankunftserklärung beruht der Aufenthalt auf der vorübergehenden Aufenthaltserlaubnis (und gegebenenfalls dem Visum), mit der der Arbeitnehmer eingereist ist.',
  },
  'the person already resides legally in Luxembourg (a Luxembourg residence permit or another lawful stay)': {
    fr: 'la personne séjourne déjà légalement au Luxembourg (titre de séjour luxembourgeois ou autre séjour régulier)',
    de: 'die Person hält sich bereits rechtmäßig in Luxemburg auf (luxemburgischer Aufenthaltstitel oder anderer rechtmäßiger Aufenthalt)',
  },
  'the title under which the person already resides in Luxembourg': {
    fr: 'le titre sous lequel la personne séjourne déjà au Luxembourg',
    de: 'den Titel, mit dem sich die Person bereits in Luxemburg aufhält',
  },
  'the title under which the person resided in Luxembourg before the seasonal permit': {
    fr: 'le titre sous lequel la personne séjournait au Luxembourg avant l’autorisation de saisonnier',
    de: 'den Titel, mit dem sich die Person vor der Saisonarbeitserlaubnis in Luxemburg aufhielt',
  },
  'The page names people who already reside legally in Luxembourg among those concerned but gives their current title no end here: until the seasonal authorisation is granted, this procedure gives them no right and takes none away.': {
    fr: 'La page compte parmi les personnes concernées celles qui séjournent déjà légalement au Luxembourg, sans mettre fin ici à leur titre actuel : tant que l’autorisation de saisonnier n’est pas accordée, cette procédure ne leur donne aucun droit et ne leur en retire aucun.',
    de: 'Die Seite zählt Personen, die sich bereits rechtmäßig in Luxemburg aufhalten, zu den Betroffenen, beendet hier aber nicht ihren bisherigen Titel: Bis die Saisonarbeitsgenehmigung erteilt ist, gibt ihnen dieses Verfahren kein Recht und nimmt ihnen keines.',
  },
  'The page does not say whether the title a resident held before the seasonal authorisation still runs once the seasonal right has ended: this procedure does not decide it.': {
    fr: 'La page ne dit pas si le titre détenu avant l’autorisation de saisonnier court encore une fois le droit de saisonnier éteint : cette procédure ne le tranche pas.',
    de: 'Die Seite sagt nicht, ob der vor der Saisonarbeitsgenehmigung gehaltene Titel nach dem Ende des Saisonrechts weiterläuft: Dieses Verfahren entscheidet das nicht.',
  },
};
