/**
 * French and German versions of the notices that carry no values, and of the
 * labels and assumptions that notices embed (revocation and withdrawal
 * grounds, the ends of an exemption).
 */
import { seasonalWorkerLaw } from '../../law';
import type { Catalog } from './types';

const lookback = seasonalWorkerLaw.seasonalRevocationVacatedPositionLookbackMonths.value;

/**
 * Notice texts and the labels they embed, keyed by their English wording.
 *
 * @example
 * ```ts
 * commonCatalog['The permit was withdrawn']?.fr; // 'L’autorisation a été retirée'
 * ```
 */
export const commonCatalog: Catalog = {
  'As a family member of an EU citizen (or of a national of a country treated as such) residing in Luxembourg, the person needs no work permit to carry out a paid activity.': {
    fr: 'En tant que membre de famille d’un citoyen de l’Union (ou d’un ressortissant d’un pays assimilé) résidant au Luxembourg, la personne n’a pas besoin d’autorisation de travail pour exercer une activité rémunérée.',
    de: 'Als Familienangehöriger eines in Luxemburg wohnenden EU-Bürgers (oder eines Angehörigen eines gleichgestellten Staates) benötigt die Person für eine bezahlte Tätigkeit keine Arbeitserlaubnis.',
  },
  'The residence permit expired with the work permit; both are renewed by the pending application.': {
    fr: 'Le titre de séjour a expiré avec l’autorisation de travail ; la demande en cours renouvelle les deux.',
    de: 'Der Aufenthaltstitel ist mit der Arbeitserlaubnis abgelaufen; der anhängige Antrag verlängert beide.',
  },
  'The documents enclosed must be originals or certified true copies; the Minister may ask for a doubtful document to be authenticated and legalised (or apostilled).': {
    fr: 'Les pièces jointes doivent être des originaux ou des copies certifiées conformes ; le ministre peut demander qu’un document douteux soit authentifié et légalisé (ou apostillé).',
    de: 'Die beigefügten Unterlagen müssen Originale oder beglaubigte Kopien sein; der Minister kann verlangen, dass ein zweifelhaftes Dokument beglaubigt und legalisiert (oder apostilliert) wird.',
  },
  'The AOT does not entitle the holder to a residence permit, or to the payment of full unemployment benefits.': {
    fr: 'L’AOT ne donne pas droit à un titre de séjour, ni à l’octroi d’indemnités de chômage complet.',
    de: 'Die AOT gibt keinen Anspruch auf einen Aufenthaltstitel oder auf Zahlung von Vollarbeitslosengeld.',
  },
  'Now that the AOT has been granted, the National Reception Office (ONA) checks the right to the social aid reserved for applicants for international protection.': {
    fr: 'L’AOT étant accordée, l’Office national de l’accueil (ONA) vérifie le droit aux aides sociales réservées aux demandeurs de protection internationale.',
    de: 'Nach Erteilung der AOT prüft das Nationale Aufnahmeamt (ONA) den Anspruch auf die Sozialhilfe für Antragsteller auf internationalen Schutz.',
  },
  'The holder works in a different profession from the one authorised': {
    fr: 'Le titulaire travaille dans une autre profession que celle autorisée',
    de: 'Der Inhaber arbeitet in einem anderen als dem genehmigten Beruf',
  },
  'The permit was obtained by dishonest practices or incorrect declarations': {
    fr: 'L’autorisation a été obtenue par des manœuvres frauduleuses ou des déclarations inexactes',
    de: 'Die Erlaubnis wurde durch unlautere Praktiken oder unrichtige Angaben erlangt',
  },
  'The employer has been sanctioned for illegal employment or for employing illegally staying third-country nationals': {
    fr: 'L’employeur a été sanctionné pour travail clandestin ou pour emploi de ressortissants de pays tiers en séjour irrégulier',
    de: 'Der Arbeitgeber wurde wegen Schwarzarbeit oder wegen Beschäftigung illegal aufhältiger Drittstaatsangehöriger sanktioniert',
  },
  'The employer is bankrupt, in compulsory liquidation, or has no business activity': {
    fr: 'L’employeur est en faillite, en liquidation judiciaire ou sans activité économique',
    de: 'Der Arbeitgeber ist insolvent, in Zwangsliquidation oder ohne Geschäftstätigkeit',
  },
  'The employer failed its legal obligations on social security, tax, labour law or working conditions': {
    fr: 'L’employeur a manqué à ses obligations légales en matière de sécurité sociale, de fiscalité, de droit du travail ou de conditions de travail',
    de: 'Der Arbeitgeber hat seine gesetzlichen Pflichten in Bezug auf Sozialversicherung, Steuern, Arbeitsrecht oder Arbeitsbedingungen verletzt',
  },
  'The employer has not fulfilled its obligations under labour law': {
    fr: 'L’employeur n’a pas respecté ses obligations en droit du travail',
    de: 'Der Arbeitgeber hat seine arbeitsrechtlichen Pflichten nicht erfüllt',
  },
  [`The employer vacated a full-time position in the preceding ${lookback} months to create this job`]: {
    fr: `L’employeur a libéré un poste à temps plein au cours des ${lookback} mois précédents pour créer cet emploi`,
    de: `Der Arbeitgeber hat in den vorangegangenen ${lookback} Monaten eine Vollzeitstelle freigemacht, um diese Stelle zu schaffen`,
  },
  'The spouse, registered partner or parent no longer works in Luxembourg': {
    fr: 'Le conjoint, partenaire enregistré ou parent ne travaille plus au Luxembourg',
    de: 'Der Ehegatte, eingetragene Partner oder Elternteil arbeitet nicht mehr in Luxemburg',
  },
  'The marriage or registered partnership has ended': { fr: 'Le mariage ou le partenariat enregistré a pris fin', de: 'Die Ehe oder eingetragene Partnerschaft ist beendet' },
  'The person no longer lives in another member state: the family has moved to Luxembourg': {
    fr: 'La personne ne réside plus dans un autre État membre : la famille s’est installée au Luxembourg',
    de: 'Die Person wohnt nicht mehr in einem anderen Mitgliedstaat: Die Familie ist nach Luxemburg gezogen',
  },
  'The legal residence in the other member state has ended': {
    fr: 'Le séjour légal dans l’autre État membre a pris fin',
    de: 'Der rechtmäßige Aufenthalt im anderen Mitgliedstaat ist beendet',
  },
  'The employment the exemption was applied for has ended': {
    fr: 'L’emploi pour lequel la dispense a été demandée a pris fin',
    de: 'Die Beschäftigung, für die die Befreiung beantragt wurde, ist beendet',
  },
  'The page makes this a condition of the exemption but does not say what happens when it stops holding; the exemption is assumed to end with it.': {
    fr: 'La page en fait une condition de la dispense sans dire ce qui se passe lorsqu’elle cesse d’être remplie ; la dispense est supposée prendre fin avec elle.',
    de: 'Die Seite macht dies zur Voraussetzung der Befreiung, sagt aber nicht, was bei ihrem Wegfall geschieht; es wird angenommen, dass die Befreiung mit ihr endet.',
  },
  'The page makes the family relationship a condition but does not say what a divorce or dissolution does; the exemption is assumed to end with it.': {
    fr: 'La page fait du lien familial une condition sans dire ce qu’entraîne un divorce ou une dissolution ; la dispense est supposée prendre fin avec lui.',
    de: 'Die Seite macht das Familienverhältnis zur Voraussetzung, sagt aber nicht, was eine Scheidung oder Auflösung bewirkt; es wird angenommen, dass die Befreiung damit endet.',
  },
  'The exemption is for people living in another member state; the page does not say which procedure applies after a move to Luxembourg, so the case only ends here.': {
    fr: 'La dispense vise les personnes résidant dans un autre État membre ; la page ne dit pas quelle procédure s’applique après une installation au Luxembourg, le dossier se clôt donc ici.',
    de: 'Die Befreiung gilt für Personen mit Wohnsitz in einem anderen Mitgliedstaat; die Seite sagt nicht, welches Verfahren nach einem Umzug nach Luxemburg gilt, daher endet der Fall hier.',
  },
  'Legal residence in another member state is a condition of the page; its end is assumed to end the exemption.': {
    fr: 'Le séjour légal dans un autre État membre est une condition de la page ; sa fin est supposée mettre fin à la dispense.',
    de: 'Der rechtmäßige Aufenthalt in einem anderen Mitgliedstaat ist eine Voraussetzung der Seite; sein Ende beendet nach der Annahme die Befreiung.',
  },
  'The application is examined with one employment contract and the page says nothing about a change of job; the library assumes a new job needs a new application, so the case ends with the employment.': {
    fr: 'La demande est examinée avec un contrat de travail et la page ne dit rien d’un changement d’emploi ; la bibliothèque suppose qu’un nouvel emploi nécessite une nouvelle demande, le dossier prend donc fin avec l’emploi.',
    de: 'Der Antrag wird mit einem Arbeitsvertrag geprüft, und die Seite sagt nichts über einen Stellenwechsel; die Bibliothek nimmt an, dass eine neue Stelle einen neuen Antrag erfordert, daher endet der Fall mit der Beschäftigung.',
  },
};
