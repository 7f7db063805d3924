/**
 * French and German versions of the protection-applicant-work-permit procedure's texts.
 */
import type { Catalog } from './types';

/**
 * The protection-applicant-work-permit texts, keyed by their English wording.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitCatalog["The 'student job' contract"]?.fr; // 'Le contrat « job étudiant »'
 * ```
 */
export const protectionApplicantWorkPermitCatalog: Catalog = {
  'Temporary work permit (AOT) for applicants for international protection, with the student-job exemption for unaccompanied minors': {
    fr: 'Autorisation d’occupation temporaire (AOT) des demandeurs de protection internationale, avec la dispense job étudiant pour les mineurs non accompagnés',
    de: 'Befristete Arbeitserlaubnis (AOT) für Antragsteller auf internationalen Schutz, mit der Befreiung für Studentenjobs unbegleiteter Minderjähriger',
  },
  'The protection application is being processed; an AOT application may only be filed once the waiting period after it has run (see the waitingPeriod deadline). The employer can declare the vacancy and gather the documents meanwhile.': {
    fr: 'La demande de protection internationale est en cours d’examen ; une demande d’AOT ne peut être introduite qu’après l’écoulement du délai d’attente (voir le délai waitingPeriod). L’employeur peut entre-temps déclarer le poste vacant et réunir les pièces.',
    de: 'Der Antrag auf internationalen Schutz wird bearbeitet; ein AOT-Antrag kann erst nach Ablauf der Wartefrist gestellt werden (siehe Frist waitingPeriod). Der Arbeitgeber kann inzwischen die freie Stelle melden und die Unterlagen zusammenstellen.',
  },
  'The waiting period has run: the employer may file the AOT application with ADEM, after declaring the vacancy, while no first-instance decision has been taken.': {
    fr: 'Le délai d’attente est écoulé : l’employeur peut introduire la demande d’AOT auprès de l’ADEM, après avoir déclaré le poste vacant, tant qu’aucune décision de première instance n’a été prise.',
    de: 'Die Wartefrist ist abgelaufen: Der Arbeitgeber kann nach Meldung der freien Stelle den AOT-Antrag bei der ADEM stellen, solange keine erstinstanzliche Entscheidung ergangen ist.',
  },
  "The unaccompanied minor has asked the General Department of immigration for the student-job exemption, presenting the 'student job' contract.": {
    fr: 'Le mineur non accompagné a demandé la dispense job étudiant à la Direction générale de l’immigration, en présentant le contrat « job étudiant ».',
    de: 'Der unbegleitete Minderjährige hat bei der Generaldirektion für Einwanderung die Befreiung für den Studentenjob beantragt und den Studentenjob-Vertrag vorgelegt.',
  },
  'ADEM has the application; the Minister responsible for immigration approves or rejects it.': {
    fr: 'L’ADEM est saisie de la demande ; le ministre ayant l’immigration dans ses attributions l’accorde ou la rejette.',
    de: 'Der Antrag liegt der ADEM vor; der für Einwanderung zuständige Minister bewilligt oder lehnt ihn ab.',
  },
  'The AOT is valid for one employer and one profession until its last day.': {
    fr: 'L’AOT est valable pour un employeur et une profession jusqu’à son dernier jour.',
    de: 'Die AOT gilt bis zu ihrem letzten Tag für einen Arbeitgeber und einen Beruf.',
  },
  'A renewal has been applied for; the current permit stays valid until its last day.': {
    fr: 'Un renouvellement a été demandé ; l’autorisation actuelle reste valable jusqu’à son dernier jour.',
    de: 'Eine Verlängerung wurde beantragt; die aktuelle Erlaubnis bleibt bis zu ihrem letzten Tag gültig.',
  },
  "The AOT expired (and the employment contract with it) while its renewal was pending: the minister's decision on the renewal is awaited.": {
    fr: 'L’AOT a expiré (et le contrat de travail avec elle) pendant l’examen de son renouvellement : la décision du ministre sur le renouvellement est attendue.',
    de: 'Die AOT ist (und mit ihr der Arbeitsvertrag) während der anhängigen Verlängerung abgelaufen: Die Entscheidung des Ministers über die Verlängerung steht aus.',
  },
  'The conditions to apply for an AOT are not met: a first-instance decision on the protection application has been taken, or the applicant is responsible for the delay.': {
    fr: 'Les conditions pour demander une AOT ne sont pas remplies : une décision de première instance sur la demande de protection a été prise, ou le retard est imputable au demandeur.',
    de: 'Die Voraussetzungen für einen AOT-Antrag sind nicht erfüllt: Über den Schutzantrag ist erstinstanzlich entschieden, oder der Antragsteller hat die Verzögerung zu vertreten.',
  },
  'No AOT can be applied for on this protection application.': {
    fr: 'Aucune AOT ne peut être demandée sur la base de cette demande de protection.',
    de: 'Auf Grund dieses Schutzantrags kann keine AOT beantragt werden.',
  },
  'The Minister responsible for immigration rejected the AOT application.': {
    fr: 'Le ministre ayant l’immigration dans ses attributions a rejeté la demande d’AOT.',
    de: 'Der für Einwanderung zuständige Minister hat den AOT-Antrag abgelehnt.',
  },
  'The person may not work on this application.': { fr: 'La personne ne peut pas travailler sur la base de cette demande.', de: 'Die Person darf auf Grund dieses Antrags nicht arbeiten.' },
  'The General Department of immigration refused the student-job exemption.': {
    fr: 'La Direction générale de l’immigration a refusé la dispense job étudiant.',
    de: 'Die Generaldirektion für Einwanderung hat die Befreiung für den Studentenjob abgelehnt.',
  },
  'The student job may not start on this request.': {
    fr: 'Le job étudiant ne peut pas commencer sur la base de cette demande.',
    de: 'Der Studentenjob darf auf Grund dieses Antrags nicht beginnen.',
  },
  'The AOT expired; the employment contract was terminated automatically with it.': {
    fr: 'L’AOT a expiré ; le contrat de travail a pris fin de plein droit avec elle.',
    de: 'Die AOT ist abgelaufen; der Arbeitsvertrag endete mit ihr automatisch.',
  },
  'The permit is no longer valid; a new AOT application is needed to work again.': {
    fr: 'L’autorisation n’est plus valable ; une nouvelle demande d’AOT est nécessaire pour travailler à nouveau.',
    de: 'Die Erlaubnis ist nicht mehr gültig; um wieder zu arbeiten, ist ein neuer AOT-Antrag erforderlich.',
  },
  'One of the parties ended the working relationship, so the AOT is no longer valid.': {
    fr: 'L’une des parties a mis fin à la relation de travail : l’AOT n’est plus valable.',
    de: 'Eine der Parteien hat das Arbeitsverhältnis beendet, daher ist die AOT nicht mehr gültig.',
  },
  'The permit is no longer valid; another job needs a new AOT application.': {
    fr: 'L’autorisation n’est plus valable ; un autre emploi nécessite une nouvelle demande d’AOT.',
    de: 'Die Erlaubnis ist nicht mehr gültig; eine andere Stelle erfordert einen neuen AOT-Antrag.',
  },
  'The AOT was withdrawn (work in another profession, or fraud); the employment contract was terminated automatically.': {
    fr: 'L’AOT a été retirée (travail dans une autre profession, ou fraude) ; le contrat de travail a pris fin de plein droit.',
    de: 'Die AOT wurde entzogen (Arbeit in einem anderen Beruf oder Betrug); der Arbeitsvertrag endete automatisch.',
  },
  'The person may no longer work on this permit.': { fr: 'La personne ne peut plus travailler sous cette autorisation.', de: 'Die Person darf mit dieser Erlaubnis nicht mehr arbeiten.' },
  'The application for international protection was definitively rejected or cancelled: an AOT is no longer possible or valid.': {
    fr: 'La demande de protection internationale a été définitivement rejetée ou clôturée : une AOT n’est plus possible ni valable.',
    de: 'Der Antrag auf internationalen Schutz wurde endgültig abgelehnt oder eingestellt: Eine AOT ist nicht mehr möglich oder gültig.',
  },
  'The person is no longer an applicant for international protection; any AOT is no longer valid.': {
    fr: 'La personne n’est plus demandeur de protection internationale ; toute AOT cesse d’être valable.',
    de: 'Die Person ist kein Antragsteller auf internationalen Schutz mehr; jede AOT ist nicht mehr gültig.',
  },
  'International protection was granted: the person is no longer an applicant, and this procedure ends.': {
    fr: 'La protection internationale a été accordée : la personne n’est plus demandeur, et cette procédure prend fin.',
    de: 'Internationaler Schutz wurde gewährt: Die Person ist kein Antragsteller mehr, und dieses Verfahren endet.',
  },
  'The rights of a beneficiary of international protection follow from that status, which this procedure does not model.': {
    fr: 'Les droits du bénéficiaire de protection internationale découlent de ce statut, que cette procédure ne modélise pas.',
    de: 'Die Rechte einer Person mit internationalem Schutz ergeben sich aus diesem Status, den dieses Verfahren nicht abbildet.',
  },
  'Waiting period after the application for international protection (last day)': {
    fr: 'Délai d’attente après la demande de protection internationale (dernier jour)',
    de: 'Wartefrist nach dem Antrag auf internationalen Schutz (letzter Tag)',
  },
  "From the next day the employer may file the AOT application with ADEM, if no first-instance decision has been taken and the delay is not the applicant's fault.": {
    fr: 'Dès le lendemain, l’employeur peut introduire la demande d’AOT auprès de l’ADEM, si aucune décision de première instance n’a été prise et que le retard n’est pas imputable au demandeur.',
    de: 'Ab dem Folgetag kann der Arbeitgeber den AOT-Antrag bei der ADEM stellen, wenn keine erstinstanzliche Entscheidung ergangen ist und der Antragsteller die Verzögerung nicht zu vertreten hat.',
  },
  'Last day of the temporary work permit (AOT)': { fr: 'Dernier jour de l’autorisation d’occupation temporaire (AOT)', de: 'Letzter Gültigkeitstag der befristeten Arbeitserlaubnis (AOT)' },
  'The permit is no longer valid and the employment contract is terminated automatically, unless it has been renewed.': {
    fr: 'L’autorisation n’est plus valable et le contrat de travail prend fin de plein droit, sauf renouvellement.',
    de: 'Die Erlaubnis ist nicht mehr gültig und der Arbeitsvertrag endet automatisch, sofern sie nicht verlängert wurde.',
  },
  'AOT application filed by the employer with ADEM': { fr: 'Demande d’AOT introduite par l’employeur auprès de l’ADEM', de: 'AOT-Antrag des Arbeitgebers bei der ADEM' },
  'The AOT application form in 2 copies, duly completed and signed': {
    fr: 'Le formulaire de demande d’AOT en 2 exemplaires, dûment rempli et signé',
    de: 'Das AOT-Antragsformular in 2 Exemplaren, ordnungsgemäß ausgefüllt und unterschrieben',
  },
  'Copy of the certificate of application for international protection': {
    fr: 'Copie de l’attestation de demandeur de protection internationale',
    de: 'Kopie der Bescheinigung über den Antrag auf internationalen Schutz',
  },
  'Copy of the certificates attesting the professional qualifications of the worker': {
    fr: 'Copie des certificats attestant les qualifications professionnelles du travailleur',
    de: 'Kopie der Bescheinigungen über die beruflichen Qualifikationen des Arbeitnehmers',
  },
  "'where applicable': when the worker has professional qualifications to attest": {
    fr: '« le cas échéant » : lorsque le travailleur a des qualifications professionnelles à attester',
    de: '„gegebenenfalls“: wenn der Arbeitnehmer berufliche Qualifikationen nachzuweisen hat',
  },
  'Copy of the employment contract, dated, signed and compliant with Luxembourg labour law': {
    fr: 'Copie du contrat de travail, daté, signé et conforme au droit du travail luxembourgeois',
    de: 'Kopie des Arbeitsvertrags, datiert, unterschrieben und dem luxemburgischen Arbeitsrecht entsprechend',
  },
  'The CV of the person concerned': { fr: 'Le CV de la personne concernée', de: 'Der Lebenslauf der betroffenen Person' },
  'A letter explaining and justifying the employment of the applicant by the employer': {
    fr: 'Une lettre de l’employeur expliquant et motivant l’embauche du demandeur',
    de: 'Ein Schreiben des Arbeitgebers, das die Einstellung des Antragstellers erläutert und begründet',
  },
  'Student-job exemption request to the General Department of immigration (unaccompanied minors)': {
    fr: 'Demande de dispense job étudiant à la Direction générale de l’immigration (mineurs non accompagnés)',
    de: 'Antrag auf Befreiung für den Studentenjob bei der Generaldirektion für Einwanderung (unbegleitete Minderjährige)',
  },
  "The 'student job' contract": { fr: 'Le contrat « job étudiant »', de: 'Der Studentenjob-Vertrag' },
};
