/**
 * French and German versions of the salaried-worker procedure's texts.
 */
import type { Catalog } from './types';

/**
 * The salaried-worker texts, keyed by their English wording.
 *
 * @example
 * ```ts
 * salariedWorkerCatalog['Birth certificate']?.fr; // 'Acte de naissance'
 * ```
 */
export const salariedWorkerCatalog: Catalog = {
  // Issue 22: people already living in Luxembourg, passports, the 5-year permit's limits.
  'The person already resides legally in Luxembourg and holds the temporary authorisation to stay: no visa, entry or declaration of arrival; for the residence permit they show proof of accommodation and a medical certificate and pay the fee.': {
    fr: 'La personne réside déjà légalement au Luxembourg et détient l’autorisation de séjour temporaire : ni visa, ni entrée, ni déclaration d’arrivée ; pour le titre de séjour, elle présente une preuve de logement approprié et un certificat médical et paie la taxe.',
    de: 'Die Person hält sich bereits rechtmäßig in Luxemburg auf und besitzt die vorübergehende Aufenthaltserlaubnis: kein Visum, keine Einreise und keine Ankunftserklärung; für den Aufenthaltstitel legt sie einen Nachweis über eine angemessene Unterkunft und ein ärztliches Attest vor und zahlt die Gebühr.',
  },
  'For a person who already resides legally in Luxembourg the page describes no declaration of arrival, from which the permit is otherwise valid: the permit is taken to be valid from the day the temporary authorisation is granted, for the longest first validity the page allows, bound to the profession and sector of the application. Legal residence for long-term resident status is counted from that day; the case does not count residence under the earlier title.': {
    fr: 'Pour une personne qui réside déjà légalement au Luxembourg, la page ne décrit aucune déclaration d’arrivée, à partir de laquelle le titre de séjour est valable dans les autres cas : le titre est considéré comme valable à partir du jour où l’autorisation de séjour temporaire est accordée, pour la plus longue première durée de validité que la page permet, limité à la profession et au secteur de la demande. Le séjour légal en vue du statut de résident de longue durée est compté à partir de ce jour ; le dossier ne compte pas le séjour sous le titre antérieur.',
    de: 'Für eine Person, die sich bereits rechtmäßig in Luxemburg aufhält, beschreibt die Seite keine Ankunftserklärung, ab der der Aufenthaltstitel sonst gültig ist: Der Aufenthaltstitel gilt ab dem Tag der Erteilung der vorübergehenden Aufenthaltserlaubnis als gültig, für die längste erste Gültigkeitsdauer, die die Seite zulässt, beschränkt auf den Beruf und den Sektor des Antrags. Der rechtmäßige Aufenthalt für die Rechtsstellung eines langfristig Aufenthaltsberechtigten wird ab diesem Tag gezählt; der Fall zählt den Aufenthalt unter dem früheren Titel nicht mit.',
  },
  'the person already resides legally in Luxembourg (a Luxembourg residence permit of another kind, or another lawful stay)': {
    fr: 'la personne réside déjà légalement au Luxembourg (un titre de séjour luxembourgeois d’une autre catégorie, ou un autre séjour légal)',
    de: 'die Person hält sich bereits rechtmäßig in Luxemburg auf (ein luxemburgischer Aufenthaltstitel einer anderen Art oder ein anderer rechtmäßiger Aufenthalt)',
  },
  'the title under which the person already resides in Luxembourg': {
    fr: 'le titre sous lequel la personne réside déjà au Luxembourg',
    de: 'der Titel, unter dem sich die Person bereits in Luxemburg aufhält',
  },
  'The page is silent about a person who already resides legally in Luxembourg and applies from there: until the temporary authorisation is granted, this procedure gives them no right and takes none away; the title they hold decides.': {
    fr: 'La page ne dit rien d’une personne qui réside déjà légalement au Luxembourg et y dépose sa demande : jusqu’à ce que l’autorisation de séjour temporaire soit accordée, cette procédure ne lui donne aucun droit et ne lui en retire aucun ; c’est le titre qu’elle détient qui décide.',
    de: 'Die Seite schweigt zu einer Person, die sich bereits rechtmäßig in Luxemburg aufhält und den Antrag von dort stellt: Bis die vorübergehende Aufenthaltserlaubnis erteilt ist, gibt ihr dieses Verfahren kein Recht und nimmt ihr keines; es entscheidet der Titel, den sie besitzt.',
  },
  'the title under which the person resided in Luxembourg before the salaried worker permit': {
    fr: 'le titre sous lequel la personne résidait au Luxembourg avant le titre de séjour de travailleur salarié',
    de: 'der Titel, unter dem sich die Person vor dem Aufenthaltstitel als Arbeitnehmer in Luxemburg aufhielt',
  },
  'The page does not say whether the title a resident held before the salaried worker permit still runs once the salaried right has ended: this procedure does not decide it.': {
    fr: 'La page ne dit pas si le titre qu’un résident détenait avant le titre de séjour de travailleur salarié court encore une fois le droit de travailleur salarié terminé : cette procédure n’en décide pas.',
    de: 'Die Seite sagt nicht, ob der Titel, den eine ansässige Person vor dem Aufenthaltstitel als Arbeitnehmer besaß, nach dem Ende des Rechts als Arbeitnehmer noch gilt: Dieses Verfahren entscheidet darüber nicht.',
  },
  'The page describes an application made "before you enter the country" and is silent about a third-country national who already resides legally in Luxembourg (holding another Luxembourg residence permit, as a student or a family member, for example) and gets a job. Such a person is taken to apply from Luxembourg, as the page lets a permit holder request a change of employment "from Luxembourg": the application is admissible, and the visa, entry and declaration-of-arrival steps, meant for those who come from abroad, are skipped.': {
    fr: 'La page décrit une demande faite "before you enter the country" et ne dit rien d’un ressortissant de pays tiers qui réside déjà légalement au Luxembourg (titulaire d’un autre titre de séjour luxembourgeois, par exemple comme étudiant ou membre de famille) et trouve un emploi. Une telle personne est considérée comme déposant sa demande depuis le Luxembourg, comme la page permet au titulaire d’un titre de séjour de demander un changement d’emploi "from Luxembourg" : la demande est recevable, et les étapes du visa, de l’entrée et de la déclaration d’arrivée, prévues pour les personnes venant de l’étranger, sont sautées.',
    de: 'Die Seite beschreibt einen Antrag "before you enter the country" und schweigt zu einem Drittstaatsangehörigen, der sich bereits rechtmäßig in Luxemburg aufhält (zum Beispiel mit einem anderen luxemburgischen Aufenthaltstitel als Student oder Familienangehöriger) und eine Stelle findet. Bei einer solchen Person gilt der Antrag als von Luxemburg aus gestellt, so wie die Seite dem Inhaber eines Aufenthaltstitels erlaubt, einen Wechsel der Beschäftigung "from Luxembourg" zu beantragen: Der Antrag ist zulässig, und die Schritte Visum, Einreise und Ankunftserklärung, die für Personen aus dem Ausland gedacht sind, entfallen.',
  },
  'The page lists the documents the application "must be accompanied by" but not what happens to an incomplete one; an application without them is refused as an event (nothing changes) rather than recorded. A copy of a passport that has expired on the day of the application is not the "certified copy of their valid passport" the page asks for: the application is incomplete.': {
    fr: 'La page énumère les documents qui "must be accompanied by" la demande, mais pas ce qu’il advient d’une demande incomplète ; une demande sans eux est refusée comme événement (rien ne change) plutôt qu’enregistrée. La copie d’un passeport expiré le jour de la demande n’est pas la "certified copy of their valid passport" que la page demande : la demande est incomplète.',
    de: 'Die Seite nennt die Unterlagen, die dem Antrag "must be accompanied by", aber nicht, was mit einem unvollständigen Antrag geschieht; ein Antrag ohne sie wird als Ereignis zurückgewiesen (nichts ändert sich), statt erfasst zu werden. Die Kopie eines Reisepasses, der am Tag des Antrags abgelaufen ist, ist nicht die "certified copy of their valid passport", die die Seite verlangt: Der Antrag ist unvollständig.',
  },
  'After the first renewal the page does not say whether the profession and sector limits still apply; they are kept. The 5-year permit of a long-term resident of another member state keeps them too: the page makes that exception for the duration only ("valid for a period of 5 years"), not for "one profession only" and "only one sector".': {
    fr: 'Après le premier renouvellement, la page ne dit pas si les limites de profession et de secteur s’appliquent encore ; elles sont maintenues. Le titre de séjour de 5 ans du résident de longue durée d’un autre État membre les garde aussi : la page fait cette exception pour la durée seulement ("valid for a period of 5 years"), pas pour "one profession only" ni pour "only one sector".',
    de: 'Nach der ersten Verlängerung sagt die Seite nicht, ob die Beschränkungen auf Beruf und Sektor noch gelten; sie werden beibehalten. Auch der 5-jährige Aufenthaltstitel eines in einem anderen Mitgliedstaat langfristig Aufenthaltsberechtigten behält sie: Die Seite macht diese Ausnahme nur für die Dauer ("valid for a period of 5 years"), nicht für "one profession only" und "only one sector".',
  },
  'A copy of the pages of a passport that has expired on the day of the renewal application is not the copy of a "valid passport" the page asks for: the application is incomplete, and is refused as an event like any incomplete one (nothing changes).': {
    fr: 'La copie des pages d’un passeport expiré le jour de la demande de renouvellement n’est pas la copie d’un "valid passport" que la page demande : la demande est incomplète et refusée comme événement, comme toute demande incomplète (rien ne change).',
    de: 'Die Kopie der Seiten eines Reisepasses, der am Tag des Verlängerungsantrags abgelaufen ist, ist nicht die Kopie eines "valid passport", die die Seite verlangt: Der Antrag ist unvollständig und wird wie jeder unvollständige Antrag als Ereignis zurückgewiesen (nichts ändert sich).',
  },
  'Applies to the first permit of a long-term resident of another member state; read as a maximum like the 1-year rule it is an exception to. The exception is for the duration only: the 5-year permit keeps the one-profession, one-sector limit of the first permit.': {
    fr: 'S’applique au premier titre de séjour d’un résident de longue durée d’un autre État membre ; lu comme un maximum, comme la règle d’un an dont il est l’exception. L’exception ne vaut que pour la durée : le titre de séjour de 5 ans garde la limite à une profession et à un secteur du premier titre.',
    de: 'Gilt für den ersten Aufenthaltstitel eines in einem anderen Mitgliedstaat langfristig Aufenthaltsberechtigten; als Höchstdauer gelesen wie die 1-Jahres-Regel, deren Ausnahme sie ist. Die Ausnahme betrifft nur die Dauer: Der 5-jährige Aufenthaltstitel behält die Beschränkung des ersten Titels auf einen Beruf und einen Sektor.',
  },
  'Salaried worker: labour-market test, temporary authorisation, visa, residence permit, change of employment, renewal, appeals': {
    fr: 'Travailleur salarié : test du marché de l’emploi, autorisation de séjour temporaire, visa, titre de séjour, changement d’emploi, renouvellement, recours',
    de: 'Arbeitnehmer: Arbeitsmarkttest, vorübergehende Aufenthaltserlaubnis, Visum, Aufenthaltstitel, Wechsel der Beschäftigung, Verlängerung, Rechtsmittel',
  },
  'Before recruiting, the employer must declare the vacant position to ADEM.': {
    fr: 'Avant de recruter, l’employeur doit déclarer le poste vacant à l’ADEM.',
    de: 'Vor der Einstellung muss der Arbeitgeber die freie Stelle bei der ADEM melden.',
  },
  'ADEM checks whether a suitable candidate is available on the local or EU job market (labour-market test).': {
    fr: 'L’ADEM vérifie si un candidat remplissant le profil requis est disponible sur le marché de l’emploi national ou européen (test du marché de l’emploi).',
    de: 'Die ADEM prüft, ob auf dem nationalen oder EU-Arbeitsmarkt ein passender Bewerber verfügbar ist (Arbeitsmarkttest).',
  },
  'ADEM has proposed a registered candidate; the employer considers them.': {
    fr: 'L’ADEM a proposé un candidat inscrit ; l’employeur examine sa candidature.',
    de: 'Die ADEM hat einen gemeldeten Bewerber vorgeschlagen; der Arbeitgeber prüft die Bewerbung.',
  },
  "The position was not filled through ADEM within the test; the employer asks ADEM's director for the certificate allowing a third-country national to be hired.": {
    fr: 'Le poste n’a pas été pourvu par l’ADEM pendant le test ; l’employeur demande au directeur de l’ADEM le certificat permettant d’embaucher un ressortissant de pays tiers.',
    de: 'Die Stelle wurde während des Tests nicht über die ADEM besetzt; der Arbeitgeber beantragt beim Direktor der ADEM die Bescheinigung, die die Einstellung eines Drittstaatsangehörigen erlaubt.',
  },
  'With a signed contract and the ADEM certificate, the worker applies for a temporary authorisation to stay before entering Luxembourg.': {
    fr: 'Muni d’un contrat signé et du certificat de l’ADEM, le travailleur demande une autorisation de séjour temporaire avant d’entrer au Luxembourg.',
    de: 'Mit einem unterzeichneten Vertrag und der Bescheinigung der ADEM beantragt der Arbeitnehmer vor der Einreise nach Luxemburg eine vorübergehende Aufenthaltserlaubnis.',
  },
  'The Ministry of Foreign and European Affairs examines the application.': {
    fr: 'Le ministère des Affaires étrangères et européennes examine la demande.',
    de: 'Das Ministerium für auswärtige und europäische Angelegenheiten prüft den Antrag.',
  },
  'No response within the processing period: the application can be considered denied.': {
    fr: 'Pas de réponse dans le délai de traitement : la demande peut être considérée comme refusée.',
    de: 'Keine Antwort innerhalb der Bearbeitungsfrist: Der Antrag kann als abgelehnt betrachtet werden.',
  },
  'The application is considered denied, until an express decision arrives.': {
    fr: 'La demande est considérée comme refusée, jusqu’à ce qu’une décision expresse intervienne.',
    de: 'Der Antrag gilt als abgelehnt, bis eine ausdrückliche Entscheidung ergeht.',
  },
  'The temporary authorisation to stay is granted; the worker must obtain a type D visa at the embassy or consulate in the country of origin.': {
    fr: 'L’autorisation de séjour temporaire est accordée ; le travailleur doit obtenir un visa de type D auprès de l’ambassade ou du consulat dans son pays d’origine.',
    de: 'Die vorübergehende Aufenthaltserlaubnis ist erteilt; der Arbeitnehmer muss bei der Botschaft oder dem Konsulat im Herkunftsland ein Visum vom Typ D erhalten.',
  },
  'The type D visa was applied for while the temporary authorisation was valid; the embassy or consulate decides, even after the 90 days.': {
    fr: 'Le visa de type D a été demandé pendant la validité de l’autorisation de séjour temporaire ; l’ambassade ou le consulat statue, même après les 90 jours.',
    de: 'Das Visum vom Typ D wurde während der Gültigkeit der vorübergehenden Aufenthaltserlaubnis beantragt; die Botschaft oder das Konsulat entscheidet, auch nach den 90 Tagen.',
  },
  'The worker has entered Luxembourg and must register with the commune of residence.': {
    fr: 'Le travailleur est entré au Luxembourg et doit faire sa déclaration d’arrivée auprès de la commune de résidence.',
    de: 'Der Arbeitnehmer ist nach Luxemburg eingereist und muss sich bei der Wohnsitzgemeinde anmelden.',
  },
  'Arrival is declared; for the residence permit the worker shows proof of accommodation and a medical certificate and pays the fee.': {
    fr: 'L’arrivée est déclarée ; pour le titre de séjour, le travailleur présente une preuve de logement et un certificat médical et paie la taxe.',
    de: 'Die Ankunft ist erklärt; für den Aufenthaltstitel legt der Arbeitnehmer einen Unterkunftsnachweis und eine ärztliche Bescheinigung vor und zahlt die Gebühr.',
  },
  'The residence permit application is examined; it needs proof of accommodation, the medical certificate and the fee.': {
    fr: 'La demande de titre de séjour est examinée ; elle nécessite une preuve de logement, le certificat médical et la taxe.',
    de: 'Der Antrag auf den Aufenthaltstitel wird geprüft; er erfordert einen Unterkunftsnachweis, die ärztliche Bescheinigung und die Gebühr.',
  },
  'The residence permit is approved; the worker has photograph and fingerprints taken for the card.': {
    fr: 'Le titre de séjour est accordé ; le travailleur fait prendre sa photo et ses empreintes digitales pour la carte.',
    de: 'Der Aufenthaltstitel ist bewilligt; für die Karte werden Lichtbild und Fingerabdrücke des Arbeitnehmers aufgenommen.',
  },
  'The biometric residence permit is being produced; the worker collects it.': {
    fr: 'Le titre de séjour biométrique est en production ; le travailleur le retire.',
    de: 'Der biometrische Aufenthaltstitel wird hergestellt; der Arbeitnehmer holt ihn ab.',
  },
  'The worker holds the salaried worker residence permit: one profession, in one sector, with any employer.': {
    fr: 'Le travailleur est titulaire du titre de séjour pour travailleur salarié : une profession, dans un secteur, auprès de tout employeur.',
    de: 'Der Arbeitnehmer besitzt den Aufenthaltstitel für Arbeitnehmer: ein Beruf, in einem Sektor, bei jedem Arbeitgeber.',
  },
  'A change of profession or sector, requested from Luxembourg, awaits the Directorate of Immigration; the current permit still applies.': {
    fr: 'Un changement de profession ou de secteur, demandé depuis le Luxembourg, attend la décision de la Direction de l’immigration ; le titre actuel reste applicable.',
    de: 'Ein von Luxemburg aus beantragter Berufs- oder Sektorwechsel liegt der Einwanderungsbehörde vor; der aktuelle Titel gilt weiter.',
  },
  'A renewal has been applied for in time and the permit is still valid.': {
    fr: 'Un renouvellement a été demandé dans les délais et le titre est encore valable.',
    de: 'Die Verlängerung wurde rechtzeitig beantragt und der Titel ist noch gültig.',
  },
  'The permit has expired while the renewal (applied for in time, or sent back after an appeal) awaits a decision.': {
    fr: 'Le titre a expiré alors que le renouvellement (demandé dans les délais, ou renvoyé après un recours) attend une décision.',
    de: 'Der Titel ist abgelaufen, während die (rechtzeitig beantragte oder nach einem Rechtsmittel zurückverwiesene) Verlängerung auf eine Entscheidung wartet.',
  },
  'The temporary authorisation to stay was refused; the refusal can be challenged before the administrative courts.': {
    fr: 'L’autorisation de séjour temporaire a été refusée ; le refus peut être contesté devant les juridictions administratives.',
    de: 'Die vorübergehende Aufenthaltserlaubnis wurde abgelehnt; die Ablehnung kann vor den Verwaltungsgerichten angefochten werden.',
  },
  'The refusal can be challenged before the administrative tribunal.': {
    fr: 'Le refus peut être contesté devant le tribunal administratif.',
    de: 'Die Ablehnung kann vor dem Verwaltungsgericht angefochten werden.',
  },
  'The appeal is pending before the administrative tribunal (first instance).': {
    fr: 'Le recours est pendant devant le tribunal administratif (première instance).',
    de: 'Die Klage ist vor dem Verwaltungsgericht (erste Instanz) anhängig.',
  },
  'The tribunal dismissed the appeal; its judgment can be appealed before the administrative court.': {
    fr: 'Le tribunal a rejeté le recours ; son jugement peut faire l’objet d’un appel devant la Cour administrative.',
    de: 'Das Gericht hat die Klage abgewiesen; gegen das Urteil kann Berufung beim Verwaltungsgerichtshof eingelegt werden.',
  },
  'The further appeal is pending before the administrative court.': {
    fr: 'L’appel est pendant devant la Cour administrative.',
    de: 'Die Berufung ist vor dem Verwaltungsgerichtshof anhängig.',
  },
  'The refusal is final: no appeal is pending or possible any more.': {
    fr: 'Le refus est définitif : aucun recours n’est pendant ni encore possible.',
    de: 'Die Ablehnung ist endgültig: Kein Rechtsmittel ist anhängig oder noch möglich.',
  },
  'The permit runs to its end date; then the right to stay and work as a salaried worker ends.': {
    fr: 'Le titre court jusqu’à sa date de fin ; le droit de séjourner et de travailler comme salarié prend alors fin.',
    de: 'Der Titel läuft bis zu seinem Enddatum; danach endet das Recht auf Aufenthalt und Arbeit als Arbeitnehmer.',
  },
  'The renewal of the residence permit was refused; the refusal can be challenged before the administrative courts. The permit still runs to its end date.': {
    fr: 'Le renouvellement du titre de séjour a été refusé ; le refus peut être contesté devant les juridictions administratives. Le titre court jusqu’à sa date de fin.',
    de: 'Die Verlängerung des Aufenthaltstitels wurde abgelehnt; die Ablehnung kann vor den Verwaltungsgerichten angefochten werden. Der Titel läuft bis zu seinem Enddatum.',
  },
  'The position was filled with a candidate registered with ADEM; no third-country national is recruited.': {
    fr: 'Le poste a été pourvu par un candidat inscrit à l’ADEM ; aucun ressortissant de pays tiers n’est recruté.',
    de: 'Die Stelle wurde mit einem bei der ADEM gemeldeten Bewerber besetzt; es wird kein Drittstaatsangehöriger eingestellt.',
  },
  'Without a visa the person cannot enter Luxembourg.': { fr: 'Sans visa, la personne ne peut pas entrer au Luxembourg.', de: 'Ohne Visum kann die Person nicht nach Luxemburg einreisen.' },
  'The 90-day temporary authorisation to stay lapsed before the worker entered and registered.': {
    fr: 'L’autorisation de séjour temporaire de 90 jours a expiré avant que le travailleur n’entre et ne fasse sa déclaration d’arrivée.',
    de: 'Die 90-tägige vorübergehende Aufenthaltserlaubnis ist abgelaufen, bevor der Arbeitnehmer eingereist ist und sich angemeldet hat.',
  },
  'The residence permit has expired: no renewal was applied for in time, or its refusal is final.': {
    fr: 'Le titre de séjour a expiré : aucun renouvellement n’a été demandé à temps, ou son refus est définitif.',
    de: 'Der Aufenthaltstitel ist abgelaufen: Es wurde keine Verlängerung rechtzeitig beantragt, oder ihre Ablehnung ist endgültig.',
  },
  'The right to stay and work has ended.': { fr: 'Le droit de séjourner et de travailler a pris fin.', de: 'Das Recht auf Aufenthalt und Arbeit ist beendet.' },
  'ADEM looks for a suitable registered candidate (labour-market test)': {
    fr: 'L’ADEM cherche un candidat inscrit remplissant le profil requis (test du marché de l’emploi)',
    de: 'Die ADEM sucht einen passenden gemeldeten Bewerber (Arbeitsmarkttest)',
  },
  'The employer may conclude a contract with a person of their choice and ask ADEM for the certificate.': {
    fr: 'L’employeur peut conclure un contrat avec la personne de son choix et demander le certificat à l’ADEM.',
    de: 'Der Arbeitgeber kann mit einer Person seiner Wahl einen Vertrag schließen und bei der ADEM die Bescheinigung beantragen.',
  },
  'Ministry answers the application for a temporary authorisation to stay': {
    fr: 'Le ministère répond à la demande d’autorisation de séjour temporaire',
    de: 'Das Ministerium beantwortet den Antrag auf eine vorübergehende Aufenthaltserlaubnis',
  },
  'No answer by then: the applicant can consider the application denied; an express decision that arrives later is still recorded.': {
    fr: 'Sans réponse à cette date, le demandeur peut considérer sa demande comme refusée ; une décision expresse ultérieure est néanmoins enregistrée.',
    de: 'Ohne Antwort bis dahin kann der Antragsteller den Antrag als abgelehnt betrachten; eine spätere ausdrückliche Entscheidung wird dennoch erfasst.',
  },
  'Apply for the visa where required, or else enter Luxembourg and declare arrival, while the temporary authorisation is valid': {
    fr: 'Pendant la validité de l’autorisation de séjour temporaire, demander le visa s’il est requis, sinon entrer au Luxembourg et faire la déclaration d’arrivée',
    de: 'Während der Gültigkeit der vorübergehenden Aufenthaltserlaubnis das Visum beantragen, falls erforderlich, sonst nach Luxemburg einreisen und die Ankunftserklärung abgeben',
  },
  'The temporary authorisation to stay lapses; a new application is needed. A visa applied for in time is still recorded when issued later.': {
    fr: 'L’autorisation de séjour temporaire expire ; une nouvelle demande est nécessaire. Un visa demandé à temps est néanmoins enregistré s’il est délivré plus tard.',
    de: 'Die vorübergehende Aufenthaltserlaubnis erlischt; ein neuer Antrag ist erforderlich. Ein rechtzeitig beantragtes Visum wird auch bei späterer Ausstellung erfasst.',
  },
  'Register with the commune of residence': { fr: 'Faire la déclaration d’arrivée auprès de la commune de résidence', de: 'Bei der Wohnsitzgemeinde anmelden' },
  'Employer notifies the Directorate of Immigration that work has started': {
    fr: 'L’employeur informe la Direction de l’immigration du début du travail',
    de: 'Der Arbeitgeber meldet der Einwanderungsbehörde den Arbeitsbeginn',
  },
  'Last day of the residence permit': { fr: 'Dernier jour du titre de séjour', de: 'Letzter Gültigkeitstag des Aufenthaltstitels' },
  'The right to stay and work ends, unless a renewal is pending.': {
    fr: 'Le droit de séjourner et de travailler prend fin, sauf si un renouvellement est en cours.',
    de: 'Das Recht auf Aufenthalt und Arbeit endet, sofern keine Verlängerung anhängig ist.',
  },
  'Lodge an appeal against the refusal before the administrative tribunal': {
    fr: 'Introduire un recours contre le refus devant le tribunal administratif',
    de: 'Klage gegen die Ablehnung beim Verwaltungsgericht einreichen',
  },
  'The refusal becomes final.': { fr: 'Le refus devient définitif.', de: 'Die Ablehnung wird endgültig.' },
  "Lodge an appeal against the tribunal's judgment before the administrative court": {
    fr: 'Interjeter appel du jugement du tribunal devant la Cour administrative',
    de: 'Berufung gegen das Urteil des Gerichts beim Verwaltungsgerichtshof einlegen',
  },
  'The judgment dismissing the appeal, and so the refusal, becomes final.': {
    fr: 'Le jugement rejetant le recours, et donc le refus, devient définitif.',
    de: 'Das klageabweisende Urteil und damit die Ablehnung werden endgültig.',
  },
  'Application for a temporary authorisation to stay as a salaried worker': {
    fr: 'Demande d’autorisation de séjour temporaire pour travailleur salarié',
    de: 'Antrag auf eine vorübergehende Aufenthaltserlaubnis als Arbeitnehmer',
  },
  'Certified copy of the valid passport, in its entirety': { fr: 'Copie certifiée conforme de l’intégralité du passeport en cours de validité', de: 'Beglaubigte vollständige Kopie des gültigen Reisepasses' },
  'Birth certificate': { fr: 'Acte de naissance', de: 'Geburtsurkunde' },
  'Criminal record extract or sworn statement from the country of residence': {
    fr: 'Extrait du casier judiciaire ou déclaration sous serment établi dans le pays de résidence',
    de: 'Strafregisterauszug oder eidesstattliche Erklärung aus dem Wohnsitzland',
  },
  'Curriculum vitae': { fr: 'Curriculum vitae', de: 'Lebenslauf' },
  'Copy of the employment contract, compliant with Luxembourg law, dated and signed by both parties': {
    fr: 'Copie du contrat de travail conforme au droit luxembourgeois, daté et signé par les deux parties',
    de: 'Kopie des dem luxemburgischen Recht entsprechenden Arbeitsvertrags, von beiden Parteien datiert und unterschrieben',
  },
  'Covering letter supporting the application': { fr: 'Lettre de motivation à l’appui de la demande', de: 'Begleitschreiben zur Begründung des Antrags' },
  Proxy: { fr: 'Procuration', de: 'Vollmacht' },
  "only when someone files the application on the applicant's behalf": {
    fr: 'uniquement si un tiers introduit la demande au nom du demandeur',
    de: 'nur wenn eine andere Person den Antrag im Namen des Antragstellers stellt',
  },
  'Official translations by a sworn translator': { fr: 'Traductions officielles par un traducteur assermenté', de: 'Amtliche Übersetzungen durch einen vereidigten Übersetzer' },
  'only for documents not drawn up in German, French or English': {
    fr: 'uniquement pour les documents qui ne sont pas rédigés en allemand, en français ou en anglais',
    de: 'nur für Dokumente, die nicht auf Deutsch, Französisch oder Englisch abgefasst sind',
  },
  'Application for the salaried worker residence permit': { fr: 'Demande de titre de séjour pour travailleur salarié', de: 'Antrag auf den Aufenthaltstitel für Arbeitnehmer' },
  'Proof of adequate accommodation': { fr: 'Preuve d’un logement approprié', de: 'Nachweis einer angemessenen Unterkunft' },
  'Medical certificate (from the medical check)': { fr: 'Certificat médical (issu du contrôle médical)', de: 'Ärztliche Bescheinigung (aus der medizinischen Untersuchung)' },
  'The special renewal form': { fr: 'Le formulaire spécial de renouvellement', de: 'Das besondere Verlängerungsformular' },
  'Certified copy of the pages with content of the valid passport': {
    fr: 'Copie certifiée conforme des pages remplies du passeport en cours de validité',
    de: 'Beglaubigte Kopie der beschriebenen Seiten des gültigen Reisepasses',
  },
  'Copy of the valid work contract, compliant with Luxembourg labour law, dated and signed': {
    fr: 'Copie du contrat de travail en cours, conforme au droit du travail luxembourgeois, daté et signé',
    de: 'Kopie des gültigen, dem luxemburgischen Arbeitsrecht entsprechenden Arbeitsvertrags, datiert und unterschrieben',
  },
  'Recent certificate of affiliation listing all affiliations to social security': {
    fr: 'Certificat d’affiliation récent indiquant toutes les affiliations à la sécurité sociale',
    de: 'Aktuelle Versicherungsbescheinigung mit allen Anmeldungen bei der Sozialversicherung',
  },
};
