/**
 * French and German versions of the seasonal-worker procedure's texts.
 * Terms as the French and German pages of guichet.public.lu and ADEM use them
 * (see docs/glossary.md).
 */
import type { Catalog } from './types';

/**
 * The seasonal-worker texts, keyed by their English wording.
 *
 * @example
 * ```ts
 * seasonalWorkerCatalog['The type D visa was refused.']?.fr; // 'Le visa de type D a été refusé.'
 * ```
 */
export const seasonalWorkerCatalog: Catalog = {
  'The person already resides legally in Luxembourg and holds the temporary authorisation to stay: no visa, entry or declaration of arrival; the medical check and the residence permit application follow.': {
    fr: 'La personne réside déjà légalement au Luxembourg et détient l’autorisation de séjour temporaire : ni visa, ni entrée, ni déclaration d’arrivée ; suivent le contrôle médical et la demande de titre de séjour.',
    de: 'Die Person hält sich bereits rechtmäßig in Luxemburg auf und besitzt die vorübergehende Aufenthaltserlaubnis: kein Visum, keine Einreise und keine Ankunftserklärung; es folgen die ärztliche Untersuchung und der Antrag auf einen Aufenthaltstitel.',
  },
  'For a person who already resides legally in Luxembourg, the page describes no declaration of arrival: the temporary authorisation, granted while they live there, is taken to serve as the seasonal work permit and authorisation to stay until the residence permit is issued, as the declaration and the authorisation do for those who enter. The validity and the period to apply for the residence permit run from the day it is granted.': {
    fr: 'Pour une personne qui réside déjà légalement au Luxembourg, la page ne décrit aucune déclaration d’arrivée : l’autorisation de séjour temporaire, accordée alors qu’elle y vit, est considérée comme valant autorisation de travail saisonnier et autorisation de séjour jusqu’à la délivrance du titre de séjour, comme la déclaration et l’autorisation pour les personnes qui entrent sur le territoire. La validité et le délai pour demander le titre de séjour courent à partir du jour où elle est accordée.',
    de: 'Für eine Person, die sich bereits rechtmäßig in Luxemburg aufhält, beschreibt die Seite keine Ankunftserklärung: Die vorübergehende Aufenthaltserlaubnis, die ihr dort erteilt wird, gilt bis zur Ausstellung des Aufenthaltstitels als Saisonarbeitserlaubnis und Aufenthaltserlaubnis, wie die Erklärung und die Erlaubnis für Personen, die einreisen. Die Gültigkeit und die Frist für den Antrag auf den Aufenthaltstitel laufen ab dem Tag der Erteilung.',
  },
  'not for a person who already resided legally in Luxembourg, who made no declaration of arrival (assumption: the page describes the declaration only for those who enter)': {
    fr: 'pas pour une personne qui résidait déjà légalement au Luxembourg et n’a fait aucune déclaration d’arrivée (hypothèse : la page ne décrit la déclaration que pour les personnes qui entrent sur le territoire)',
    de: 'nicht für eine Person, die sich bereits rechtmäßig in Luxemburg aufhielt und keine Ankunftserklärung abgegeben hat (Annahme: die Seite beschreibt die Erklärung nur für Personen, die einreisen)',
  },
  'Seasonal worker: temporary authorisation to stay, visa, arrival, residence permit, renewal and revocation': {
    fr: 'Travailleur saisonnier : autorisation de séjour temporaire, visa, arrivée, titre de séjour, renouvellement et retrait',
    de: 'Saisonarbeiter: vorübergehende Aufenthaltserlaubnis, Visum, Ankunft, Aufenthaltstitel, Verlängerung und Widerruf',
  },
  'The employer must first declare the vacant position to ADEM.': {
    fr: 'L’employeur doit d’abord déclarer le poste vacant à l’ADEM.',
    de: 'Der Arbeitgeber muss die freie Stelle zuerst bei der ADEM melden.',
  },
  'ADEM checks whether a suitable registered candidate is available.': {
    fr: 'L’ADEM vérifie si un candidat inscrit remplissant le profil requis est disponible.',
    de: 'Die ADEM prüft, ob ein passender gemeldeter Bewerber verfügbar ist.',
  },
  "The employer asks ADEM's director for the certificate allowing a third-country national to be hired.": {
    fr: 'L’employeur demande au directeur de l’ADEM le certificat permettant d’embaucher un ressortissant de pays tiers.',
    de: 'Der Arbeitgeber beantragt beim Direktor der ADEM die Bescheinigung, die die Einstellung eines Drittstaatsangehörigen erlaubt.',
  },
  'The worker (or the mandated employer) prepares the application for a temporary authorisation to stay, from abroad.': {
    fr: 'Le travailleur (ou l’employeur mandaté) prépare, depuis l’étranger, la demande d’autorisation de séjour temporaire.',
    de: 'Der Arbeitnehmer (oder der bevollmächtigte Arbeitgeber) bereitet vom Ausland aus den Antrag auf eine vorübergehende Aufenthaltserlaubnis vor.',
  },
  'The application was filed from Luxembourg by a person without a Luxembourg residence permit: it is inadmissible and must be filed again from abroad.': {
    fr: 'La demande a été introduite depuis le Luxembourg par une personne sans titre de séjour luxembourgeois : elle est irrecevable et doit être réintroduite depuis l’étranger.',
    de: 'Der Antrag wurde von Luxemburg aus von einer Person ohne luxemburgischen Aufenthaltstitel gestellt: Er ist unzulässig und muss vom Ausland aus neu gestellt werden.',
  },
  'The application was incomplete and has been returned; it can be completed and filed again.': {
    fr: 'La demande était incomplète et a été renvoyée ; elle peut être complétée et introduite à nouveau.',
    de: 'Der Antrag war unvollständig und wurde zurückgesandt; er kann vervollständigt und erneut gestellt werden.',
  },
  'The ministry examines the complete application.': {
    fr: 'Le ministère examine la demande complète.',
    de: 'Das Ministerium prüft den vollständigen Antrag.',
  },
  'No answer within the processing period: the application has been rejected, unless an express decision arrives later.': {
    fr: 'Pas de réponse dans le délai de traitement : la demande est rejetée, sauf si une décision expresse intervient plus tard.',
    de: 'Keine Antwort innerhalb der Bearbeitungsfrist: Der Antrag gilt als abgelehnt, sofern nicht später eine ausdrückliche Entscheidung ergeht.',
  },
  'The application is deemed rejected.': {
    fr: 'La demande est réputée rejetée.',
    de: 'Der Antrag gilt als abgelehnt.',
  },
  'The temporary authorisation to stay is granted; within its 90 days the worker must apply for a type D visa in the country of origin.': {
    fr: 'L’autorisation de séjour temporaire est accordée ; dans ses 90 jours, le travailleur doit demander un visa de type D dans son pays d’origine.',
    de: 'Die vorübergehende Aufenthaltserlaubnis ist erteilt; innerhalb ihrer 90 Tage muss der Arbeitnehmer im Herkunftsland ein Visum vom Typ D beantragen.',
  },
  'The type D visa has been applied for within the 90 days of the temporary authorisation; the worker waits for the visa before travelling.': {
    fr: 'Le visa de type D a été demandé dans les 90 jours de l’autorisation de séjour temporaire ; le travailleur attend le visa avant de voyager.',
    de: 'Das Visum vom Typ D wurde innerhalb der 90 Tage der vorübergehenden Aufenthaltserlaubnis beantragt; der Arbeitnehmer wartet vor der Reise auf das Visum.',
  },
  'The worker may travel to Luxembourg with the passport, the temporary authorisation to stay and, where required, the visa.': {
    fr: 'Le travailleur peut se rendre au Luxembourg avec son passeport, l’autorisation de séjour temporaire et, le cas échéant, le visa.',
    de: 'Der Arbeitnehmer kann mit dem Reisepass, der vorübergehenden Aufenthaltserlaubnis und gegebenenfalls dem Visum nach Luxemburg reisen.',
  },
  'The worker has entered Luxembourg and must declare arrival at the commune.': {
    fr: 'Le travailleur est entré au Luxembourg et doit faire sa déclaration d’arrivée auprès de la commune.',
    de: 'Der Arbeitnehmer ist nach Luxemburg eingereist und muss bei der Gemeinde eine Ankunftserklärung abgeben.',
  },
  'The declaration of arrival and the temporary authorisation together serve as work permit and authorisation to stay; the medical check and the residence permit application follow.': {
    fr: 'La déclaration d’arrivée et l’autorisation de séjour temporaire valent ensemble autorisation de travail et autorisation de séjour ; suivent le contrôle médical et la demande de titre de séjour.',
    de: 'Ankunftserklärung und vorübergehende Aufenthaltserlaubnis gelten zusammen als Arbeits- und Aufenthaltserlaubnis; es folgen die medizinische Untersuchung und der Antrag auf den Aufenthaltstitel.',
  },
  'The residence permit application is being processed; it needs the medical certificate.': {
    fr: 'La demande de titre de séjour est en cours de traitement ; elle nécessite le certificat médical.',
    de: 'Der Antrag auf den Aufenthaltstitel wird bearbeitet; er erfordert die ärztliche Bescheinigung.',
  },
  'The application is approved; the worker makes an appointment for photograph and fingerprints.': {
    fr: 'La demande est acceptée ; le travailleur prend rendez-vous pour la photo et les empreintes digitales.',
    de: 'Der Antrag ist bewilligt; der Arbeitnehmer vereinbart einen Termin für Lichtbild und Fingerabdrücke.',
  },
  'The biometric card is being produced; the worker collects it in person, by appointment.': {
    fr: 'Le titre de séjour biométrique est en production ; le travailleur le retire en personne, sur rendez-vous.',
    de: 'Der biometrische Aufenthaltstitel wird hergestellt; der Arbeitnehmer holt ihn nach Terminvereinbarung persönlich ab.',
  },
  'The worker holds the seasonal worker residence permit, which includes the work permit.': {
    fr: 'Le travailleur est titulaire du titre de séjour pour travailleur saisonnier, qui vaut autorisation de travail.',
    de: 'Der Arbeitnehmer besitzt den Aufenthaltstitel für Saisonarbeiter, der die Arbeitserlaubnis einschließt.',
  },
  'A renewal has been applied for while the permit is still valid.': {
    fr: 'Un renouvellement a été demandé alors que le titre est encore valable.',
    de: 'Die Verlängerung wurde beantragt, solange der Titel noch gültig ist.',
  },
  'The renewal was refused while the permit still runs: the worker keeps the permit until its last day of validity.': {
    fr: 'Le renouvellement a été refusé alors que le titre court encore : le travailleur garde son titre jusqu’au dernier jour de validité.',
    de: 'Die Verlängerung wurde abgelehnt, während der Titel noch läuft: Der Arbeitnehmer behält ihn bis zum letzten Gültigkeitstag.',
  },
  'The permit has expired while the renewal is pending: the worker may continue to stay until the decision, within the 5-in-12 cap.': {
    fr: 'Le titre a expiré pendant l’examen du renouvellement : le travailleur peut rester jusqu’à la décision, dans la limite de 5 mois sur 12.',
    de: 'Der Titel ist abgelaufen, während die Verlängerung anhängig ist: Der Arbeitnehmer darf bis zur Entscheidung bleiben, höchstens 5 Monate innerhalb von 12 Monaten.',
  },
  'ADEM found a suitable registered candidate; no third-country national is hired.': {
    fr: 'L’ADEM a trouvé un candidat inscrit remplissant le profil requis ; aucun ressortissant de pays tiers n’est embauché.',
    de: 'Die ADEM hat einen passenden gemeldeten Bewerber gefunden; es wird kein Drittstaatsangehöriger eingestellt.',
  },
  'The position was filled through ADEM.': {
    fr: 'Le poste a été pourvu par l’intermédiaire de l’ADEM.',
    de: 'Die Stelle wurde über die ADEM besetzt.',
  },
  'ADEM did not grant the certificate to hire a third-country national.': {
    fr: 'L’ADEM n’a pas délivré le certificat permettant d’embaucher un ressortissant de pays tiers.',
    de: 'Die ADEM hat die Bescheinigung zur Einstellung eines Drittstaatsangehörigen nicht ausgestellt.',
  },
  'Without the certificate no application can be made.': {
    fr: 'Sans le certificat, aucune demande ne peut être introduite.',
    de: 'Ohne die Bescheinigung kann kein Antrag gestellt werden.',
  },
  'The ministry refused the temporary authorisation to stay.': {
    fr: 'Le ministère a refusé l’autorisation de séjour temporaire.',
    de: 'Das Ministerium hat die vorübergehende Aufenthaltserlaubnis abgelehnt.',
  },
  'The person may not come to work as a seasonal worker on this application.': {
    fr: 'La personne ne peut pas venir travailler comme travailleur saisonnier sur la base de cette demande.',
    de: 'Die Person darf auf Grund dieses Antrags nicht als Saisonarbeiter arbeiten kommen.',
  },
  'The type D visa was refused.': { fr: 'Le visa de type D a été refusé.', de: 'Das Visum vom Typ D wurde abgelehnt.' },
  'Without a visa the person cannot enter.': { fr: 'Sans visa, la personne ne peut pas entrer sur le territoire.', de: 'Ohne Visum kann die Person nicht einreisen.' },
  'The temporary authorisation to stay lapsed before the worker did what its 90 days required (apply for the visa, or enter and declare arrival).': {
    fr: 'L’autorisation de séjour temporaire a expiré avant que le travailleur n’accomplisse ce que ses 90 jours exigeaient (demander le visa, ou entrer et faire sa déclaration d’arrivée).',
    de: 'Die vorübergehende Aufenthaltserlaubnis ist abgelaufen, bevor der Arbeitnehmer innerhalb ihrer 90 Tage das Erforderliche getan hat (Visum beantragen oder einreisen und die Ankunftserklärung abgeben).',
  },
  'A new application is needed.': { fr: 'Une nouvelle demande est nécessaire.', de: 'Ein neuer Antrag ist erforderlich.' },
  'The residence permit was refused.': { fr: 'Le titre de séjour a été refusé.', de: 'Der Aufenthaltstitel wurde abgelehnt.' },
  'The right to stay and work ends.': { fr: 'Le droit de séjourner et de travailler prend fin.', de: 'Das Recht auf Aufenthalt und Arbeit endet.' },
  'The right to stay and work has expired; the seasonal permit cannot be changed into another category.': {
    fr: 'Le droit de séjourner et de travailler a expiré ; le titre de travailleur saisonnier ne peut pas être changé en une autre catégorie.',
    de: 'Das Recht auf Aufenthalt und Arbeit ist abgelaufen; der Titel für Saisonarbeiter kann nicht in eine andere Kategorie umgewandelt werden.',
  },
  'The worker must leave; no change of permit category is possible.': {
    fr: 'Le travailleur doit quitter le territoire ; aucun changement de catégorie n’est possible.',
    de: 'Der Arbeitnehmer muss ausreisen; ein Wechsel der Aufenthaltskategorie ist nicht möglich.',
  },
  'The renewal was refused after the permit had expired: the stay allowed while waiting ends with the decision.': {
    fr: 'Le renouvellement a été refusé après l’expiration du titre : le séjour toléré pendant l’attente prend fin avec la décision.',
    de: 'Die Verlängerung wurde nach Ablauf des Titels abgelehnt: Der während der Wartezeit erlaubte Aufenthalt endet mit der Entscheidung.',
  },
  'The right to stay ends with the decision.': { fr: 'Le droit de séjour prend fin avec la décision.', de: 'Das Aufenthaltsrecht endet mit der Entscheidung.' },
  'The 5-in-12 months cap is reached while the renewal is pending: the stay may not continue.': {
    fr: 'La limite de 5 mois sur 12 est atteinte pendant l’examen du renouvellement : le séjour ne peut pas se poursuivre.',
    de: 'Die Höchstdauer von 5 Monaten innerhalb von 12 Monaten ist erreicht, während die Verlängerung anhängig ist: Der Aufenthalt darf nicht fortgesetzt werden.',
  },
  'The worker must leave.': { fr: 'Le travailleur doit quitter le territoire.', de: 'Der Arbeitnehmer muss ausreisen.' },
  'The authorisation or permit was revoked because of the employer; the employer owes the worker compensation.': {
    fr: 'L’autorisation ou le titre a été retiré du fait de l’employeur ; l’employeur doit une indemnisation au travailleur.',
    de: 'Die Erlaubnis oder der Titel wurde wegen des Arbeitgebers widerrufen; der Arbeitgeber schuldet dem Arbeitnehmer eine Entschädigung.',
  },
  'The employer must pay the salaries the contract provided for the rest of its period.': {
    fr: 'L’employeur doit payer les salaires prévus au contrat pour le reste de sa durée.',
    de: 'Der Arbeitgeber muss die im Vertrag vorgesehenen Löhne für dessen restliche Laufzeit zahlen.',
  },
  'ADEM looks for a registered candidate': { fr: 'L’ADEM cherche un candidat inscrit', de: 'Die ADEM sucht einen gemeldeten Bewerber' },
  'The employer may hire a person of their choice and ask ADEM for the certificate.': {
    fr: 'L’employeur peut embaucher la personne de son choix et demander le certificat à l’ADEM.',
    de: 'Der Arbeitgeber kann eine Person seiner Wahl einstellen und bei der ADEM die Bescheinigung beantragen.',
  },
  'Ministry decides on the temporary authorisation to stay': {
    fr: 'Le ministère statue sur l’autorisation de séjour temporaire',
    de: 'Das Ministerium entscheidet über die vorübergehende Aufenthaltserlaubnis',
  },
  'No answer by then means the application has been rejected; an express decision that arrives later is still recorded and takes over.': {
    fr: 'L’absence de réponse à cette date vaut rejet de la demande ; une décision expresse ultérieure est néanmoins enregistrée et prévaut.',
    de: 'Bleibt bis dahin eine Antwort aus, gilt der Antrag als abgelehnt; eine spätere ausdrückliche Entscheidung wird dennoch erfasst und geht vor.',
  },
  'Within the 90 days of the temporary authorisation: apply for the visa, or enter and declare arrival': {
    fr: 'Dans les 90 jours de l’autorisation de séjour temporaire : demander le visa, ou entrer et faire la déclaration d’arrivée',
    de: 'Innerhalb der 90 Tage der vorübergehenden Aufenthaltserlaubnis: Visum beantragen oder einreisen und Ankunftserklärung abgeben',
  },
  'The temporary authorisation to stay lapses unless, during its 90 days, the worker has applied for the visa (where one is required) or entered and declared arrival; a new application is then needed.': {
    fr: 'L’autorisation de séjour temporaire expire si, pendant ses 90 jours, le travailleur n’a pas demandé le visa (s’il est requis) ou n’est pas entré et n’a pas fait sa déclaration d’arrivée ; une nouvelle demande est alors nécessaire.',
    de: 'Die vorübergehende Aufenthaltserlaubnis erlischt, wenn der Arbeitnehmer innerhalb ihrer 90 Tage weder das Visum (falls erforderlich) beantragt hat noch eingereist ist und die Ankunftserklärung abgegeben hat; dann ist ein neuer Antrag erforderlich.',
  },
  'Enter Luxembourg while the type D visa is valid': {
    fr: 'Entrer au Luxembourg pendant la validité du visa de type D',
    de: 'Während der Gültigkeit des Visums vom Typ D nach Luxemburg einreisen',
  },
  'The visa lapses; a new visa is needed while the authorisation is still valid.': {
    fr: 'Le visa expire ; un nouveau visa est nécessaire tant que l’autorisation est encore valable.',
    de: 'Das Visum läuft ab; solange die Erlaubnis noch gültig ist, ist ein neues Visum erforderlich.',
  },
  'Declare arrival at the commune of residence': {
    fr: 'Faire la déclaration d’arrivée auprès de la commune de résidence',
    de: 'Ankunftserklärung bei der Wohnsitzgemeinde abgeben',
  },
  'Recorded as a breach: the page gives no other consequence.': {
    fr: 'Enregistré comme manquement : la page n’indique pas d’autre conséquence.',
    de: 'Wird als Verstoß erfasst: Die Seite nennt keine andere Folge.',
  },
  'Apply for the seasonal worker residence permit': {
    fr: 'Demander le titre de séjour pour travailleur saisonnier',
    de: 'Aufenthaltstitel für Saisonarbeiter beantragen',
  },
  'Employer notifies the ministry that work has started': {
    fr: 'L’employeur informe le ministère du début du travail',
    de: 'Der Arbeitgeber meldet dem Ministerium den Arbeitsbeginn',
  },
  'Recorded as a breach of the employer: the page gives no other consequence.': {
    fr: 'Enregistré comme manquement de l’employeur : la page n’indique pas d’autre conséquence.',
    de: 'Wird als Verstoß des Arbeitgebers erfasst: Die Seite nennt keine andere Folge.',
  },
  'Last day of the right to stay and work': { fr: 'Dernier jour du droit de séjourner et de travailler', de: 'Letzter Tag des Rechts auf Aufenthalt und Arbeit' },
  'The right to stay and work ends unless a renewal is pending.': {
    fr: 'Le droit de séjourner et de travailler prend fin, sauf si un renouvellement est en cours.',
    de: 'Das Recht auf Aufenthalt und Arbeit endet, sofern keine Verlängerung anhängig ist.',
  },
  'Apply to renew the residence permit': { fr: 'Demander le renouvellement du titre de séjour', de: 'Verlängerung des Aufenthaltstitels beantragen' },
  'No renewal can be applied for once the permit has expired.': {
    fr: 'Aucun renouvellement ne peut être demandé une fois le titre expiré.',
    de: 'Nach Ablauf des Titels kann keine Verlängerung mehr beantragt werden.',
  },
  'Stay while the renewal is pending, up to the 5-in-12 cap': {
    fr: 'Séjour pendant l’examen du renouvellement, dans la limite de 5 mois sur 12',
    de: 'Aufenthalt während der anhängigen Verlängerung, höchstens 5 Monate innerhalb von 12 Monaten',
  },
  'The stay cap is reached: the person may no longer stay while waiting.': {
    fr: 'La durée maximale de séjour est atteinte : la personne ne peut plus rester en attendant.',
    de: 'Die Höchstaufenthaltsdauer ist erreicht: Die Person darf während der Wartezeit nicht länger bleiben.',
  },
  'Application for a temporary authorisation to stay': { fr: 'Demande d’autorisation de séjour temporaire', de: 'Antrag auf eine vorübergehende Aufenthaltserlaubnis' },
  'Copy of the valid passport, in its entirety': { fr: 'Copie intégrale du passeport en cours de validité', de: 'Vollständige Kopie des gültigen Reisepasses' },
  'Criminal record extract or sworn affidavit from the country of residence': {
    fr: 'Extrait du casier judiciaire ou déclaration sous serment établi dans le pays de résidence',
    de: 'Strafregisterauszug oder eidesstattliche Erklärung aus dem Wohnsitzland',
  },
  'Copy of diplomas or professional qualifications': { fr: 'Copie des diplômes ou des qualifications professionnelles', de: 'Kopie der Diplome oder beruflichen Qualifikationen' },
  'Copy of the current seasonal work contract, dated and signed': {
    fr: 'Copie du contrat de travail saisonnier en cours, daté et signé',
    de: 'Kopie des laufenden Saisonarbeitsvertrags, datiert und unterschrieben',
  },
  "Original of ADEM's certificate granting the employer the right to hire a third-country national": {
    fr: 'Original du certificat de l’ADEM accordant à l’employeur le droit d’embaucher un ressortissant de pays tiers',
    de: 'Original der Bescheinigung der ADEM, die dem Arbeitgeber die Einstellung eines Drittstaatsangehörigen erlaubt',
  },
  'Proof of appropriate housing': { fr: 'Preuve d’un logement approprié', de: 'Nachweis einer angemessenen Unterkunft' },
  'not needed when admitted as a seasonal worker at least once in the last 5 years': {
    fr: 'pas nécessaire si la personne a été admise comme travailleur saisonnier au moins une fois au cours des 5 dernières années',
    de: 'nicht erforderlich, wenn die Person in den letzten 5 Jahren mindestens einmal als Saisonarbeiter zugelassen wurde',
  },
  "Written power of attorney, dated and signed, preceded by 'bon pour procuration'": {
    fr: 'Procuration écrite, datée et signée, précédée de la mention « bon pour procuration »',
    de: 'Schriftliche Vollmacht, datiert und unterschrieben, mit dem Vermerk „bon pour procuration“',
  },
  'only when the employer or another third party files the application (attorneys need none)': {
    fr: 'uniquement si l’employeur ou un autre tiers introduit la demande (un avocat n’en a pas besoin)',
    de: 'nur wenn der Arbeitgeber oder ein anderer Dritter den Antrag stellt (Rechtsanwälte benötigen keine)',
  },
  'Declaration of arrival at the commune': { fr: 'Déclaration d’arrivée auprès de la commune', de: 'Ankunftserklärung bei der Gemeinde' },
  'Valid travel document (passport and, where applicable, visa or permit of another member state)': {
    fr: 'Document de voyage valable (passeport et, le cas échéant, visa ou titre d’un autre État membre)',
    de: 'Gültiges Reisedokument (Reisepass und gegebenenfalls Visum oder Aufenthaltstitel eines anderen Mitgliedstaats)',
  },
  'Original of the temporary authorisation to stay': { fr: 'Original de l’autorisation de séjour temporaire', de: 'Original der vorübergehenden Aufenthaltserlaubnis' },
  'Proof of domicile (rental agreement, electricity bill, employer affidavit)': {
    fr: 'Preuve du domicile (contrat de bail, facture d’électricité, attestation de l’employeur)',
    de: 'Wohnsitznachweis (Mietvertrag, Stromrechnung, Bescheinigung des Arbeitgebers)',
  },
  "'where applicable': the page does not say when, so it is always listed": {
    fr: '« le cas échéant » : la page ne précise pas quand, la pièce est donc toujours listée',
    de: '„gegebenenfalls“: Die Seite sagt nicht, wann, daher wird das Dokument immer aufgeführt',
  },
  'Medical check-up for foreigners': { fr: 'Contrôle médical des étrangers', de: 'Medizinische Untersuchung für Ausländer' },
  'Medical examination by a general practitioner, internist or paediatrician established in Luxembourg': {
    fr: 'Examen médical par un médecin généraliste, interniste ou pédiatre établi au Luxembourg',
    de: 'Ärztliche Untersuchung durch einen in Luxemburg niedergelassenen Allgemeinmediziner, Internisten oder Kinderarzt',
  },
  'Tuberculosis screening at a medical analysis laboratory or at the Ligue médico-sociale': {
    fr: 'Dépistage de la tuberculose dans un laboratoire d’analyses médicales ou à la Ligue médico-sociale',
    de: 'Tuberkulose-Untersuchung in einem medizinischen Labor oder bei der Ligue médico-sociale',
  },
  'for persons aged 2 years and over (listed when the birth date is unknown)': {
    fr: 'pour les personnes âgées de 2 ans et plus (listé si la date de naissance est inconnue)',
    de: 'für Personen ab 2 Jahren (aufgeführt, wenn das Geburtsdatum unbekannt ist)',
  },
  'Tuberculin test at the Ligue médico-sociale': { fr: 'Test tuberculinique à la Ligue médico-sociale', de: 'Tuberkulintest bei der Ligue médico-sociale' },
  'for children aged between 2 months and 2 years': { fr: 'pour les enfants âgés de 2 mois à 2 ans', de: 'für Kinder zwischen 2 Monaten und 2 Jahren' },
  'Application for the seasonal worker residence permit': {
    fr: 'Demande de titre de séjour pour travailleur saisonnier',
    de: 'Antrag auf den Aufenthaltstitel für Saisonarbeiter',
  },
  'Copy of the declaration of arrival from the commune': {
    fr: 'Copie de la déclaration d’arrivée délivrée par la commune',
    de: 'Kopie der Ankunftserklärung der Gemeinde',
  },
  'Proof of payment of the EUR 80 fee': { fr: 'Preuve du paiement de la taxe de 80 euros', de: 'Nachweis über die Zahlung der Gebühr von 80 Euro' },
  'Application to renew the residence permit (special form)': {
    fr: 'Demande de renouvellement du titre de séjour (formulaire spécial)',
    de: 'Antrag auf Verlängerung des Aufenthaltstitels (besonderes Formular)',
  },
  'Recent certificate of enrolment with Luxembourg social security showing all past enrolments': {
    fr: 'Certificat récent d’affiliation à la sécurité sociale luxembourgeoise indiquant toutes les affiliations passées',
    de: 'Aktuelle Bescheinigung der luxemburgischen Sozialversicherung über alle bisherigen Anmeldungen',
  },
  'Recent extract of the Luxembourg criminal record': {
    fr: 'Extrait récent du casier judiciaire luxembourgeois',
    de: 'Aktueller Auszug aus dem luxemburgischen Strafregister',
  },
};
