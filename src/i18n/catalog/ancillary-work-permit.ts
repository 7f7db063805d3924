/**
 * French and German versions of the ancillary-work-permit procedure's texts.
 */
import type { Catalog } from './types';

/**
 * The ancillary-work-permit texts, keyed by their English wording.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitCatalog['Last day of the work permit']?.de; // 'Letzter Gültigkeitstag der Arbeitserlaubnis'
 * ```
 */
export const ancillaryWorkPermitCatalog: Catalog = {
  'Ancillary salaried activity for holders of a "private reasons" residence permit: work permit, biometrics, validity, renewal': {
    fr: 'Activité salariée accessoire des titulaires d’un titre de séjour pour raisons privées : autorisation de travail, biométrie, validité, renouvellement',
    de: 'Unselbständige Nebentätigkeit für Inhaber eines Aufenthaltstitels „aus privaten Gründen“: Arbeitserlaubnis, Biometrie, Gültigkeit, Verlängerung',
  },
  'Before hiring, the employer declares the vacancy to ADEM; there is no labour market test. Who is concerned is checked when the declaration is reported.': {
    fr: 'Avant l’embauche, l’employeur déclare le poste vacant à l’ADEM ; il n’y a pas de test du marché de l’emploi. Les personnes concernées sont vérifiées lors de la déclaration.',
    de: 'Vor der Einstellung meldet der Arbeitgeber die freie Stelle bei der ADEM; es gibt keinen Arbeitsmarkttest. Die Zielgruppe wird bei der Meldung geprüft.',
  },
  'The person (or a mandated third party such as the employer) prepares the work permit application; the employer gives the proof of the vacancy declaration and signs the contract.': {
    fr: 'La personne (ou un tiers mandaté, comme l’employeur) prépare la demande d’autorisation de travail ; l’employeur fournit la preuve de la déclaration de poste vacant et signe le contrat.',
    de: 'Die Person (oder ein bevollmächtigter Dritter wie der Arbeitgeber) bereitet den Antrag auf Arbeitserlaubnis vor; der Arbeitgeber liefert den Nachweis der Meldung der freien Stelle und unterschreibt den Vertrag.',
  },
  'The Immigration Directorate examines the complete application; no answer within the period means rejection.': {
    fr: 'La Direction de l’immigration examine la demande complète ; l’absence de réponse dans le délai vaut rejet.',
    de: 'Die Einwanderungsbehörde prüft den vollständigen Antrag; keine Antwort innerhalb der Frist bedeutet Ablehnung.',
  },
  'No answer within the processing period: the application has been rejected.': {
    fr: 'Pas de réponse dans le délai de traitement : la demande est rejetée.',
    de: 'Keine Antwort innerhalb der Bearbeitungsfrist: Der Antrag gilt als abgelehnt.',
  },
  'The work permit is granted and valid from the approval; the person makes an appointment to have photograph and fingerprints taken (an ICAO-compliant photograph may be brought) for a new residence permit card that includes the work permit.': {
    fr: 'L’autorisation de travail est accordée et valable dès l’accord ; la personne prend rendez-vous pour la photo et les empreintes digitales (une photo conforme OACI peut être apportée) en vue d’un nouveau titre de séjour incluant l’autorisation de travail.',
    de: 'Die Arbeitserlaubnis ist erteilt und ab der Bewilligung gültig; die Person vereinbart einen Termin für Lichtbild und Fingerabdrücke (ein ICAO-konformes Lichtbild kann mitgebracht werden) für einen neuen Aufenthaltstitel mit Arbeitserlaubnis.',
  },
  'The new residence permit card with the work permit is being produced; the person picks it up in person, by appointment.': {
    fr: 'Le nouveau titre de séjour avec l’autorisation de travail est en production ; la personne le retire en personne, sur rendez-vous.',
    de: 'Der neue Aufenthaltstitel mit Arbeitserlaubnis wird hergestellt; die Person holt ihn nach Terminvereinbarung persönlich ab.',
  },
  'The person holds the residence permit card with the work permit: the first permit for one profession (an ISCO-08 code) in one sector, whoever the employer; from the first renewal, any sector and profession.': {
    fr: 'La personne est titulaire du titre de séjour avec l’autorisation de travail : la première autorisation vaut pour une profession (code ISCO-08) dans un secteur, quel que soit l’employeur ; dès le premier renouvellement, pour tout secteur et toute profession.',
    de: 'Die Person besitzt den Aufenthaltstitel mit Arbeitserlaubnis: die erste Erlaubnis für einen Beruf (ISCO-08-Code) in einem Sektor, bei jedem Arbeitgeber; ab der ersten Verlängerung für jeden Sektor und Beruf.',
  },
  'The work permit ends on the same day as the residence permit: the renewal renews both, with proof of resources and, from 18, the criminal record extract.': {
    fr: 'L’autorisation de travail prend fin le même jour que le titre de séjour : le renouvellement porte sur les deux, avec une preuve de ressources et, dès 18 ans, l’extrait du casier judiciaire.',
    de: 'Die Arbeitserlaubnis endet am selben Tag wie der Aufenthaltstitel: Die Verlängerung erneuert beide, mit Nachweis der Existenzmittel und ab 18 Jahren dem Strafregisterauszug.',
  },
  'The work permit ends before the residence permit: only the work permit is renewed.': {
    fr: 'L’autorisation de travail prend fin avant le titre de séjour : seule l’autorisation de travail est renouvelée.',
    de: 'Die Arbeitserlaubnis endet vor dem Aufenthaltstitel: Nur die Arbeitserlaubnis wird verlängert.',
  },
  'The renewal was applied for in time; the current work permit remains valid until its last day.': {
    fr: 'Le renouvellement a été demandé dans les délais ; l’autorisation de travail actuelle reste valable jusqu’à son dernier jour.',
    de: 'Die Verlängerung wurde rechtzeitig beantragt; die aktuelle Arbeitserlaubnis bleibt bis zu ihrem letzten Tag gültig.',
  },
  'The work permit expired while its renewal was pending: the decision is awaited.': {
    fr: 'L’autorisation de travail a expiré pendant l’examen de son renouvellement : la décision est attendue.',
    de: 'Die Arbeitserlaubnis ist abgelaufen, während ihre Verlängerung anhängig war: Die Entscheidung steht aus.',
  },
  'The renewal was refused; the current work permit runs until its last day.': {
    fr: 'Le renouvellement a été refusé ; l’autorisation de travail actuelle court jusqu’à son dernier jour.',
    de: 'Die Verlängerung wurde abgelehnt; die aktuelle Arbeitserlaubnis läuft bis zu ihrem letzten Tag.',
  },
  'A family member of an EU citizen residing in Luxembourg needs no work permit to carry out a paid activity.': {
    fr: 'Le membre de famille d’un citoyen de l’Union résidant au Luxembourg n’a pas besoin d’autorisation de travail pour exercer une activité rémunérée.',
    de: 'Ein Familienangehöriger eines in Luxemburg wohnenden EU-Bürgers benötigt für eine bezahlte Tätigkeit keine Arbeitserlaubnis.',
  },
  'No work permit is needed: the person may take up the paid activity without one.': {
    fr: 'Aucune autorisation de travail n’est nécessaire : la personne peut exercer l’activité rémunérée sans autorisation.',
    de: 'Keine Arbeitserlaubnis erforderlich: Die Person darf die bezahlte Tätigkeit ohne Erlaubnis aufnehmen.',
  },
  'Paid employment as the main activity is not ancillary: it needs a salaried worker residence permit.': {
    fr: 'Un emploi rémunéré exercé à titre principal n’est pas accessoire : il nécessite un titre de séjour pour travailleur salarié.',
    de: 'Eine bezahlte Beschäftigung als Haupttätigkeit ist keine Nebentätigkeit: Sie erfordert einen Aufenthaltstitel für Arbeitnehmer.',
  },
  'Apply for a salaried worker residence permit (procedure salariedWorker) instead.': {
    fr: 'Demander plutôt un titre de séjour pour travailleur salarié (procédure salariedWorker).',
    de: 'Stattdessen einen Aufenthaltstitel für Arbeitnehmer beantragen (Verfahren salariedWorker).',
  },
  'The ancillary work permit is for holders of a valid residence permit for "private reasons" only.': {
    fr: 'L’autorisation de travail accessoire est réservée aux titulaires d’un titre de séjour pour raisons privées en cours de validité.',
    de: 'Die Arbeitserlaubnis für eine Nebentätigkeit gilt nur für Inhaber eines gültigen Aufenthaltstitels „aus privaten Gründen“.',
  },
  'This procedure does not apply; another procedure must be used.': {
    fr: 'Cette procédure ne s’applique pas ; une autre procédure doit être suivie.',
    de: 'Dieses Verfahren ist nicht anwendbar; ein anderes Verfahren ist zu wählen.',
  },
  'The Immigration Directorate refused the work permit.': {
    fr: 'La Direction de l’immigration a refusé l’autorisation de travail.',
    de: 'Die Einwanderungsbehörde hat die Arbeitserlaubnis abgelehnt.',
  },
  'The person may not carry out the salaried activity on this application.': {
    fr: 'La personne ne peut pas exercer l’activité salariée sur la base de cette demande.',
    de: 'Die Person darf die unselbständige Tätigkeit auf Grund dieses Antrags nicht ausüben.',
  },
  'The work permit has expired without renewal; the residence permit for private reasons is not affected.': {
    fr: 'L’autorisation de travail a expiré sans renouvellement ; le titre de séjour pour raisons privées n’est pas affecté.',
    de: 'Die Arbeitserlaubnis ist ohne Verlängerung abgelaufen; der Aufenthaltstitel aus privaten Gründen bleibt unberührt.',
  },
  'The person may no longer work; a new work permit application would be needed.': {
    fr: 'La personne ne peut plus travailler ; une nouvelle demande d’autorisation de travail serait nécessaire.',
    de: 'Die Person darf nicht mehr arbeiten; ein neuer Antrag auf Arbeitserlaubnis wäre erforderlich.',
  },
  'The residence permit for private reasons has expired; a work permit never runs beyond it.': {
    fr: 'Le titre de séjour pour raisons privées a expiré ; une autorisation de travail ne court jamais au-delà.',
    de: 'Der Aufenthaltstitel aus privaten Gründen ist abgelaufen; eine Arbeitserlaubnis gilt nie darüber hinaus.',
  },
  'Any work permit ended with the residence permit.': {
    fr: 'Toute autorisation de travail a pris fin avec le titre de séjour.',
    de: 'Jede Arbeitserlaubnis endete mit dem Aufenthaltstitel.',
  },
  'The residence permit for private reasons was lost (withdrawn or ended early): the work permit that rests on it ends too.': {
    fr: 'Le titre de séjour pour raisons privées a été perdu (retiré ou terminé avant terme) : l’autorisation de travail qui en dépend prend fin aussi.',
    de: 'Der Aufenthaltstitel aus privaten Gründen ist weggefallen (entzogen oder vorzeitig beendet): Die darauf beruhende Arbeitserlaubnis endet ebenfalls.',
  },
  'The person may no longer work on this work permit.': {
    fr: 'La personne ne peut plus travailler sous cette autorisation de travail.',
    de: 'Die Person darf mit dieser Arbeitserlaubnis nicht mehr arbeiten.',
  },
  'The renewal was refused after the work permit had expired.': {
    fr: 'Le renouvellement a été refusé après l’expiration de l’autorisation de travail.',
    de: 'Die Verlängerung wurde nach Ablauf der Arbeitserlaubnis abgelehnt.',
  },
  'The person may no longer work.': { fr: 'La personne ne peut plus travailler.', de: 'Die Person darf nicht mehr arbeiten.' },
  'Last day of the residence permit for "private reasons" the work permit rests on': {
    fr: 'Dernier jour du titre de séjour pour raisons privées dont dépend l’autorisation de travail',
    de: 'Letzter Tag des Aufenthaltstitels „aus privaten Gründen“, auf dem die Arbeitserlaubnis beruht',
  },
  'Without a valid residence permit for private reasons there is no ancillary work permit: the case ends, and a work permit ends with it.': {
    fr: 'Sans titre de séjour pour raisons privées valable, pas d’autorisation de travail accessoire : le dossier prend fin, et l’autorisation de travail avec lui.',
    de: 'Ohne gültigen Aufenthaltstitel aus privaten Gründen keine Arbeitserlaubnis für die Nebentätigkeit: Der Fall endet und mit ihm die Arbeitserlaubnis.',
  },
  'Ministry answers the work permit application': {
    fr: 'Le ministère répond à la demande d’autorisation de travail',
    de: 'Das Ministerium beantwortet den Antrag auf Arbeitserlaubnis',
  },
  'No answer by then means the application has been rejected; an express decision that arrives later is still recorded.': {
    fr: 'L’absence de réponse à cette date vaut rejet de la demande ; une décision expresse ultérieure est néanmoins enregistrée.',
    de: 'Bleibt bis dahin eine Antwort aus, gilt der Antrag als abgelehnt; eine spätere ausdrückliche Entscheidung wird dennoch erfasst.',
  },
  'Last day of the work permit': { fr: 'Dernier jour de l’autorisation de travail', de: 'Letzter Gültigkeitstag der Arbeitserlaubnis' },
  'The right to work ends unless a renewal is granted.': {
    fr: 'Le droit de travailler prend fin, sauf si un renouvellement est accordé.',
    de: 'Das Recht zu arbeiten endet, sofern keine Verlängerung bewilligt wird.',
  },
  'Apply to renew the work permit': { fr: 'Demander le renouvellement de l’autorisation de travail', de: 'Verlängerung der Arbeitserlaubnis beantragen' },
  'No renewal can be applied for once the work permit has expired.': {
    fr: 'Aucun renouvellement ne peut être demandé une fois l’autorisation de travail expirée.',
    de: 'Nach Ablauf der Arbeitserlaubnis kann keine Verlängerung mehr beantragt werden.',
  },
  'Employer notifies the Immigration Directorate in writing that work has started': {
    fr: 'L’employeur informe par écrit la Direction de l’immigration du début du travail',
    de: 'Der Arbeitgeber meldet der Einwanderungsbehörde schriftlich den Arbeitsbeginn',
  },
  'Work permit application to the Immigration Directorate (originals or certified true copies)': {
    fr: 'Demande d’autorisation de travail à la Direction de l’immigration (originaux ou copies certifiées conformes)',
    de: 'Antrag auf Arbeitserlaubnis bei der Einwanderungsbehörde (Originale oder beglaubigte Kopien)',
  },
  'Statement of identity (surname and first name) and exact address in the country of residence': {
    fr: 'Indication de l’identité (nom et prénom) et de l’adresse exacte dans le pays de résidence',
    de: 'Angabe der Identität (Name und Vorname) und der genauen Anschrift im Wohnsitzland',
  },
  'Copy of the valid passport, in its entirety (a plain copy suffices)': {
    fr: 'Copie intégrale du passeport en cours de validité (une simple copie suffit)',
    de: 'Vollständige Kopie des gültigen Reisepasses (eine einfache Kopie genügt)',
  },
  'Copy of the valid work contract under Luxembourg labour law, dated and signed': {
    fr: 'Copie du contrat de travail en cours, conforme au droit du travail luxembourgeois, daté et signé',
    de: 'Kopie des gültigen Arbeitsvertrags nach luxemburgischem Arbeitsrecht, datiert und unterschrieben',
  },
  'Proof, given by the employer, that the vacancy was declared to ADEM': {
    fr: 'Preuve, fournie par l’employeur, de la déclaration du poste vacant à l’ADEM',
    de: 'Vom Arbeitgeber gelieferter Nachweis der Meldung der freien Stelle bei der ADEM',
  },
  'Recent certificate listing all Luxembourg social security affiliations': {
    fr: 'Certificat récent indiquant toutes les affiliations à la sécurité sociale luxembourgeoise',
    de: 'Aktuelle Bescheinigung aller Anmeldungen bei der luxemburgischen Sozialversicherung',
  },
  "Written power of attorney, dated and signed by the applicant, the signature preceded by 'bon pour procuration'": {
    fr: 'Procuration écrite, datée et signée par le demandeur, la signature précédée de la mention « bon pour procuration »',
    de: 'Schriftliche Vollmacht, vom Antragsteller datiert und unterschrieben, die Unterschrift mit dem Vermerk „bon pour procuration“',
  },
  'only when a third party such as the employer files the application (attorneys need none)': {
    fr: 'uniquement si un tiers, comme l’employeur, introduit la demande (un avocat n’en a pas besoin)',
    de: 'nur wenn ein Dritter wie der Arbeitgeber den Antrag stellt (Rechtsanwälte benötigen keine)',
  },
  'Official translations by a sworn translator of the documents not in German, French or English': {
    fr: 'Traductions officielles par un traducteur assermenté des documents qui ne sont pas en allemand, en français ou en anglais',
    de: 'Amtliche Übersetzungen durch einen vereidigten Übersetzer der Dokumente, die nicht auf Deutsch, Französisch oder Englisch sind',
  },
  'only when some documents are not in German, French or English': {
    fr: 'uniquement si certains documents ne sont pas en allemand, en français ou en anglais',
    de: 'nur wenn Dokumente nicht auf Deutsch, Französisch oder Englisch sind',
  },
  'Renewal when the work permit and the residence permit expire at the same time (online or by post)': {
    fr: 'Renouvellement lorsque l’autorisation de travail et le titre de séjour expirent en même temps (en ligne ou par courrier)',
    de: 'Verlängerung, wenn Arbeitserlaubnis und Aufenthaltstitel gleichzeitig ablaufen (online oder per Post)',
  },
  'Recent extract from the Luxembourg criminal record': { fr: 'Extrait récent du casier judiciaire luxembourgeois', de: 'Aktueller Auszug aus dem luxemburgischen Strafregister' },
  'only if the applicant is aged 18 or over (listed when the birth date is unknown)': {
    fr: 'uniquement si le demandeur a 18 ans ou plus (listé si la date de naissance est inconnue)',
    de: 'nur wenn der Antragsteller mindestens 18 Jahre alt ist (aufgeführt, wenn das Geburtsdatum unbekannt ist)',
  },
  'Proof of sufficient resources (own resources, or a statement of support by a guarantor residing in Luxembourg)': {
    fr: 'Preuve de ressources suffisantes (ressources propres, ou attestation de prise en charge par un garant résidant au Luxembourg)',
    de: 'Nachweis ausreichender Existenzmittel (eigene Mittel oder Verpflichtungserklärung eines in Luxemburg wohnenden Bürgen)',
  },
  'Renewal when the work permit expires but the residence permit remains valid (online or by post)': {
    fr: 'Renouvellement lorsque l’autorisation de travail expire mais que le titre de séjour reste valable (en ligne ou par courrier)',
    de: 'Verlängerung, wenn die Arbeitserlaubnis abläuft, der Aufenthaltstitel aber gültig bleibt (online oder per Post)',
  },

  // Issue 22: passports, renewal re-checks, and the choices the page leaves open.
  'The salaried activity has become the main activity: the work permit cannot be renewed on the ancillary basis and runs until its last day.': {
    fr: 'L’activité salariée est devenue l’activité principale : l’autorisation de travail ne peut pas être renouvelée à titre accessoire et court jusqu’à son dernier jour.',
    de: 'Die unselbständige Tätigkeit ist zur Haupttätigkeit geworden: Die Arbeitserlaubnis kann nicht als Nebentätigkeit verlängert werden und läuft bis zu ihrem letzten Tag.',
  },
  'The activity has become the main one, so the work permit is not renewed on the ancillary basis: once it ends, work needs a salaried worker residence permit.': {
    fr: 'L’activité est devenue principale ; l’autorisation de travail n’est donc pas renouvelée à titre accessoire : une fois expirée, le travail requiert un titre de séjour pour travailleur salarié.',
    de: 'Die Tätigkeit ist zur Haupttätigkeit geworden, daher wird die Arbeitserlaubnis nicht als Nebentätigkeit verlängert: Nach ihrem Ablauf erfordert die Arbeit einen Aufenthaltstitel für Arbeitnehmer.',
  },
  'Employer asks to see the residence permit before the working relationship begins': {
    fr: 'L’employeur demande à voir le titre de séjour avant le début de la relation de travail',
    de: 'Der Arbeitgeber verlangt vor Beginn des Arbeitsverhältnisses die Vorlage des Aufenthaltstitels',
  },
  'Employer keeps a copy of the residence permit for the whole duration of the contract': {
    fr: 'L’employeur conserve une copie du titre de séjour pendant toute la durée du contrat',
    de: 'Der Arbeitgeber bewahrt eine Kopie des Aufenthaltstitels für die gesamte Vertragsdauer auf',
  },
  'Recorded as a breach of the employer on the first day of work: the page gives no consequence of its own for this duty.': {
    fr: 'Enregistré comme manquement de l’employeur au premier jour de travail : la page ne prévoit aucune conséquence propre à cette obligation.',
    de: 'Wird am ersten Arbeitstag als Pflichtverstoß des Arbeitgebers erfasst: Die Seite sieht für diese Pflicht keine eigene Folge vor.',
  },
  'The application needs "a copy of their valid passport": the copy of a passport that has expired by the day of the application does not count, and an application without it is incomplete and returned.': {
    fr: 'La demande requiert "a copy of their valid passport" : la copie d’un passeport expiré au jour de la demande ne compte pas, et une demande sans elle est incomplète et renvoyée.',
    de: 'Der Antrag erfordert "a copy of their valid passport": Die Kopie eines am Tag des Antrags abgelaufenen Reisepasses zählt nicht, und ein Antrag ohne sie ist unvollständig und wird zurückgesandt.',
  },
  'The page renews a work permit only "provided that all the eligibility requirements are still met", and paid employment as the main activity "must apply for a salaried worker residence permit": once the activity has become the main one, a renewal cannot be granted on the ancillary basis. The application is recorded; the current work permit is not shortened and runs until its last day.': {
    fr: 'La page ne renouvelle une autorisation de travail que "provided that all the eligibility requirements are still met", et l’emploi rémunéré à titre principal "must apply for a salaried worker residence permit" : dès que l’activité est devenue principale, aucun renouvellement ne peut être accordé à titre accessoire. La demande est enregistrée ; l’autorisation de travail en cours n’est pas écourtée et court jusqu’à son dernier jour.',
    de: 'Die Seite verlängert eine Arbeitserlaubnis nur "provided that all the eligibility requirements are still met", und für eine bezahlte Beschäftigung als Haupttätigkeit gilt "must apply for a salaried worker residence permit": Sobald die Tätigkeit zur Haupttätigkeit geworden ist, kann keine Verlängerung als Nebentätigkeit bewilligt werden. Der Antrag wird erfasst; die laufende Arbeitserlaubnis wird nicht verkürzt und läuft bis zu ihrem letzten Tag.',
  },
  'An application without any proof of actual work is not barred: the page gives the consequence of not proving work, a renewal "for a maximum duration of one year", so it is examined like any other and limited to that maximum.': {
    fr: 'Une demande sans aucune preuve de travail effectif n’est pas exclue : la page donne la conséquence de l’absence de preuve, un renouvellement "for a maximum duration of one year" ; elle est donc examinée comme toute autre et limitée à cette durée maximale.',
    de: 'Ein Antrag ohne jeden Nachweis tatsächlicher Arbeit ist nicht ausgeschlossen: Die Seite nennt die Folge des fehlenden Nachweises, eine Verlängerung "for a maximum duration of one year"; er wird daher wie jeder andere geprüft und auf diese Höchstdauer begrenzt.',
  },
  'An incomplete renewal application is returned like a first application ("Only complete applications will be processed"); the documents it brought are kept, except the copy of a passport that has expired by the day of the application, which is not the copy of a "valid passport".': {
    fr: 'Une demande de renouvellement incomplète est renvoyée comme une première demande ("Only complete applications will be processed") ; les documents fournis sont conservés, sauf la copie d’un passeport expiré au jour de la demande, qui n’est pas la copie d’un "valid passport".',
    de: 'Ein unvollständiger Verlängerungsantrag wird wie ein Erstantrag zurückgesandt ("Only complete applications will be processed"); die eingereichten Dokumente bleiben erfasst, außer der Kopie eines am Tag des Antrags abgelaufenen Reisepasses, die keine Kopie eines "valid passport" ist.',
  },
  'The employer must see the residence permit before the working relationship begins and keep a copy for the whole contract; the page gives no consequence of its own for either duty (its sanctions concern employing a worker without a valid authorisation), so a start of work without them is recorded as a breach of the employer on that day.': {
    fr: 'L’employeur doit voir le titre de séjour avant le début de la relation de travail et en conserver une copie pendant tout le contrat ; la page ne prévoit aucune conséquence propre à ces obligations (ses sanctions visent l’emploi d’un travailleur sans autorisation valable) : un début de travail sans elles est enregistré comme manquement de l’employeur à cette date.',
    de: 'Der Arbeitgeber muss den Aufenthaltstitel vor Beginn des Arbeitsverhältnisses einsehen und für die gesamte Vertragsdauer eine Kopie aufbewahren; die Seite sieht für keine der beiden Pflichten eine eigene Folge vor (ihre Sanktionen betreffen die Beschäftigung ohne gültige Erlaubnis), daher wird ein Arbeitsbeginn ohne sie an diesem Tag als Pflichtverstoß des Arbeitgebers erfasst.',
  },
  'The page names "the ISCO classification" without a version; ISCO-08, the version the International Labour Organisation adopted in 2008 and publishes today, is assumed, and its three-digit minor groups are the codes checked.': {
    fr: 'La page cite "the ISCO classification" sans version ; la CITP-08 (ISCO-08), version adoptée en 2008 par l’Organisation internationale du travail et publiée aujourd’hui, est retenue, et ses sous-grands groupes à trois chiffres sont les codes vérifiés.',
    de: 'Die Seite nennt "the ISCO classification" ohne Version; angenommen wird ISCO-08, die 2008 von der Internationalen Arbeitsorganisation angenommene und heute veröffentlichte Fassung, deren dreistellige Berufsgruppen die geprüften Codes sind.',
  },
  "A renewal in this scenario renews the residence permit too, so its decision must give the new residence permit's last day; a renewal.granted without it is refused as invalid (the work permit can never run beyond the residence permit the case knows).": {
    fr: 'Dans ce cas de figure, le renouvellement renouvelle aussi le titre de séjour : sa décision doit donc indiquer le dernier jour du nouveau titre de séjour ; un accord de renouvellement sans cette date est refusé comme invalide (l’autorisation de travail ne peut jamais dépasser le titre de séjour connu du dossier).',
    de: 'In diesem Fall verlängert die Verlängerung auch den Aufenthaltstitel, daher muss ihre Entscheidung den letzten Tag des neuen Aufenthaltstitels angeben; eine Bewilligung der Verlängerung ohne dieses Datum wird als ungültig abgelehnt (die Arbeitserlaubnis kann nie über den im Fall bekannten Aufenthaltstitel hinaus gelten).',
  },
  'The page does not say when a renewal starts: it is taken to start the day after the previous work permit ends (so that periods neither overlap nor leave a gap), or on the day of the decision when that is later; its length is counted from that first day.': {
    fr: 'La page ne dit pas quand un renouvellement commence : il est réputé commencer le lendemain de la fin de l’autorisation de travail précédente (pour que les périodes ne se chevauchent pas et ne laissent pas de lacune), ou le jour de la décision si celui-ci est postérieur ; sa durée est comptée à partir de ce premier jour.',
    de: 'Die Seite sagt nicht, wann eine Verlängerung beginnt: Sie gilt als am Tag nach dem Ende der vorigen Arbeitserlaubnis beginnend (damit sich die Zeiträume weder überschneiden noch eine Lücke lassen), oder am Tag der Entscheidung, wenn dieser später liegt; ihre Dauer wird ab diesem ersten Tag gezählt.',
  },
  'The work permit has expired and the activity has become the main one: the pending renewal cannot be granted on the ancillary basis, and work now needs a salaried worker residence permit.': {
    fr: 'L’autorisation de travail a expiré et l’activité est devenue principale : le renouvellement en cours ne peut pas être accordé à titre accessoire, et le travail requiert désormais un titre de séjour pour travailleur salarié.',
    de: 'Die Arbeitserlaubnis ist abgelaufen und die Tätigkeit zur Haupttätigkeit geworden: Die anhängige Verlängerung kann nicht als Nebentätigkeit bewilligt werden, und die Arbeit erfordert nun einen Aufenthaltstitel für Arbeitnehmer.',
  },
  'Applies when the holder cannot prove having worked for the whole validity (including when no work at all is proved), or receives unemployment benefits when the renewal is made. The validity section asks that the beneficiary "can prove that they actually worked", but the renewal section gives the consequence of not proving it: a renewal for at most one year, not a bar; that more specific sentence is followed. The page says "validity of the residence permit" here; it is read as the validity of the work permit, which this sentence is about.': {
    fr: 'S’applique lorsque le titulaire ne peut pas prouver avoir travaillé pendant toute la durée de validité (y compris lorsqu’aucun travail n’est prouvé), ou perçoit des indemnités de chômage lors du renouvellement. La section sur la validité demande que le bénéficiaire "can prove that they actually worked", mais la section sur le renouvellement donne la conséquence de l’absence de preuve : un renouvellement d’un an au plus, non une exclusion ; cette phrase plus précise est suivie. La page dit ici "validity of the residence permit" ; cela est lu comme la validité de l’autorisation de travail, dont traite cette phrase.',
    de: 'Gilt, wenn der Inhaber nicht nachweisen kann, während der gesamten Gültigkeitsdauer gearbeitet zu haben (auch wenn gar keine Arbeit nachgewiesen ist), oder bei der Verlängerung Arbeitslosengeld bezieht. Der Abschnitt zur Gültigkeit verlangt, dass der Begünstigte "can prove that they actually worked", der Abschnitt zur Verlängerung nennt aber die Folge des fehlenden Nachweises: eine Verlängerung um höchstens ein Jahr, keinen Ausschluss; diesem genaueren Satz wird gefolgt. Die Seite sagt hier "validity of the residence permit"; gelesen wird die Gültigkeit der Arbeitserlaubnis, um die es in diesem Satz geht.',
  },
};
