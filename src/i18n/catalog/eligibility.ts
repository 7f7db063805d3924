/**
 * French and German versions of the eligibility answer: the rules'
 * conditions and assumptions, the fixed reasons and notes (keyed by their
 * English wording), and the details found in a profile, which carry values
 * (months, dates, a relation), as patterns.
 */
import type { Catalog } from './types';

/**
 * The fixed texts of the eligibility answer, keyed by their English wording.
 *
 * @example
 * ```ts
 * eligibilityCatalog['not a seasonal job']?.fr; // 'pas un emploi saisonnier'
 * ```
 */
export const eligibilityCatalog: Catalog = {
  // Conditions of the rules.
  'The person is a third-country national (not an EU, EEA or Swiss national)': {
    fr: 'La personne est ressortissante d’un pays tiers (ni de l’UE, ni de l’EEE, ni de la Suisse)',
    de: 'Die Person ist Drittstaatsangehörige (weder Staatsangehörige der EU, des EWR noch der Schweiz)',
  },
  'The person does not live, or come to live, in Luxembourg as a family member of an EU citizen residing there (who needs no work permit)': {
    fr: 'La personne ne vit pas et ne vient pas vivre au Luxembourg en tant que membre de la famille d’un citoyen de l’UE qui y réside (elle n’aurait besoin d’aucune autorisation de travail)',
    de: 'Die Person lebt nicht als Familienangehörige eines dort ansässigen EU-Bürgers in Luxemburg und zieht nicht als solche dorthin (sie bräuchte keine Arbeitserlaubnis)',
  },
  'The job is one of the seasonal activities the page lists': {
    fr: 'L’emploi relève de l’une des activités saisonnières énumérées par la page',
    de: 'Die Stelle gehört zu den auf der Seite aufgeführten Saisontätigkeiten',
  },
  'The person will stay more than 3 months': { fr: 'La personne séjournera plus de 3 mois', de: 'Die Person wird sich länger als 3 Monate aufhalten' },
  'The planned stay, with earlier seasonal stays, is no longer than 5 months over 12 months': {
    fr: 'Le séjour prévu, avec les séjours saisonniers antérieurs, ne dépasse pas 5 mois sur 12 mois',
    de: 'Der geplante Aufenthalt dauert zusammen mit früheren Saisonaufenthalten nicht länger als 5 Monate innerhalb von 12 Monaten',
  },
  'The person lives in Luxembourg or intends to establish residence there': {
    fr: 'La personne vit au Luxembourg ou a l’intention de s’y établir',
    de: 'Die Person lebt in Luxemburg oder beabsichtigt, dort ihren Wohnsitz zu nehmen',
  },
  'A person who already lives in Luxembourg resides there legally and has not worked there': {
    fr: 'Une personne qui vit déjà au Luxembourg y séjourne légalement et n’y a pas travaillé',
    de: 'Eine Person, die bereits in Luxemburg lebt, hält sich dort rechtmäßig auf und hat dort nicht gearbeitet',
  },
  'Paid employment will be the main activity': { fr: 'L’emploi salarié sera l’activité principale', de: 'Die bezahlte Beschäftigung wird die Haupttätigkeit sein' },
  'The person will work more than 3 months': { fr: 'La personne travaillera plus de 3 mois', de: 'Die Person wird länger als 3 Monate arbeiten' },
  'The job is not one of the listed seasonal activities (which follow the seasonal worker procedure)': {
    fr: 'L’emploi ne relève pas des activités saisonnières énumérées (qui suivent la procédure travailleur saisonnier)',
    de: 'Die Stelle gehört nicht zu den aufgeführten Saisontätigkeiten (für die das Verfahren für Saisonarbeitnehmer gilt)',
  },
  'The person lives in Luxembourg or will come to live there': {
    fr: 'La personne vit au Luxembourg ou viendra y vivre',
    de: 'Die Person lebt in Luxemburg oder wird dorthin ziehen',
  },
  'The person has no pending application for international protection': {
    fr: 'La personne n’a pas de demande de protection internationale en cours',
    de: 'Die Person hat keinen anhängigen Antrag auf internationalen Schutz',
  },
  'A seasonal worker does not change the category of their residence permit after the seasonal permit has expired': {
    fr: 'Un travailleur saisonnier ne change pas la catégorie de son titre de séjour après l’expiration du titre de travailleur saisonnier',
    de: 'Ein Saisonarbeitnehmer wechselt die Kategorie seines Aufenthaltstitels nicht nach Ablauf des Aufenthaltstitels als Saisonarbeitnehmer',
  },
  'The person holds a valid Luxembourg residence permit for "private reasons"': {
    fr: 'La personne est titulaire d’un titre de séjour luxembourgeois valable pour « raisons privées »',
    de: 'Die Person besitzt einen gültigen luxemburgischen Aufenthaltstitel aus „privaten Gründen“',
  },
  'The paid work is an ancillary activity, not the main one': {
    fr: 'Le travail salarié est une activité accessoire, non l’activité principale',
    de: 'Die bezahlte Arbeit ist eine Nebentätigkeit, nicht die Haupttätigkeit',
  },
  'The person legally resides in another EU member state (or Iceland, Liechtenstein, Norway, Switzerland)': {
    fr: 'La personne séjourne légalement dans un autre État membre de l’UE (ou en Islande, au Liechtenstein, en Norvège, en Suisse)',
    de: 'Die Person hält sich rechtmäßig in einem anderen EU-Mitgliedstaat auf (oder in Island, Liechtenstein, Norwegen, der Schweiz)',
  },
  'The person lives there with their spouse, registered partner or parent, an EU/EEA/Swiss citizen': {
    fr: 'La personne y vit avec son conjoint, son partenaire enregistré ou son parent, citoyen de l’UE, de l’EEE ou de la Suisse',
    de: 'Die Person lebt dort mit ihrem Ehegatten, eingetragenen Partner oder Elternteil, einem Bürger der EU, des EWR oder der Schweiz',
  },
  'That EU citizen already works in Luxembourg': { fr: 'Ce citoyen de l’UE travaille déjà au Luxembourg', de: 'Dieser EU-Bürger arbeitet bereits in Luxemburg' },
  'The person applied for international protection and the application is still being processed': {
    fr: 'La personne a demandé la protection internationale et la demande est toujours en cours d’examen',
    de: 'Die Person hat internationalen Schutz beantragt und der Antrag wird noch bearbeitet',
  },
  'At least 6 months have passed since the application for international protection (or an unaccompanied minor asks the exemption for a student job)': {
    fr: 'Au moins 6 mois se sont écoulés depuis la demande de protection internationale (ou un mineur non accompagné demande la dispense pour un job étudiant)',
    de: 'Seit dem Antrag auf internationalen Schutz sind mindestens 6 Monate vergangen (oder ein unbegleiteter Minderjähriger beantragt die Befreiung für einen Studentenjob)',
  },
  'The applicant is not responsible for the delay in the decision': {
    fr: 'Le demandeur n’est pas responsable du retard de la décision',
    de: 'Der Antragsteller ist für die Verzögerung der Entscheidung nicht verantwortlich',
  },

  // Reasons that are not a rule's condition.
  'EU, EEA (Iceland, Liechtenstein, Norway) and Swiss nationals need none of these permits': {
    fr: 'Les ressortissants de l’UE, de l’EEE (Islande, Liechtenstein, Norvège) et de la Suisse n’ont besoin d’aucune de ces autorisations',
    de: 'Staatsangehörige der EU, des EWR (Island, Liechtenstein, Norwegen) und der Schweiz brauchen keine dieser Erlaubnisse',
  },

  // Details found in a profile, without values.
  'EU/EEA/Swiss national': { fr: 'ressortissant de l’UE, de l’EEE ou de la Suisse', de: 'Staatsangehöriger der EU, des EWR oder der Schweiz' },
  'a seasonal job outside the list': { fr: 'un emploi saisonnier hors de la liste', de: 'eine Saisonstelle außerhalb der Liste' },
  'not a seasonal job': { fr: 'pas un emploi saisonnier', de: 'keine Saisonstelle' },
  'will not live in Luxembourg': { fr: 'ne vivra pas au Luxembourg', de: 'wird nicht in Luxemburg leben' },
  'lives abroad': { fr: 'vit à l’étranger', de: 'lebt im Ausland' },
  'lives in Luxembourg without a residence permit': { fr: 'vit au Luxembourg sans titre de séjour', de: 'lebt ohne Aufenthaltstitel in Luxemburg' },
  'whether the person has worked in Luxembourg is not stated': {
    fr: 'le profil n’indique pas si la personne a travaillé au Luxembourg',
    de: 'das Profil gibt nicht an, ob die Person in Luxemburg gearbeitet hat',
  },
  'has already worked in Luxembourg': { fr: 'a déjà travaillé au Luxembourg', de: 'hat bereits in Luxemburg gearbeitet' },
  'an ancillary activity': { fr: 'une activité accessoire', de: 'eine Nebentätigkeit' },
  'a listed seasonal activity': { fr: 'une activité saisonnière énumérée', de: 'eine aufgeführte Saisontätigkeit' },
  "the seasonal permit's end of validity is not stated": {
    fr: 'le profil n’indique pas la fin de validité du titre de saisonnier',
    de: 'das Profil gibt das Ende der Gültigkeit des Saisontitels nicht an',
  },
  'paid work as the main activity': { fr: 'travail salarié comme activité principale', de: 'bezahlte Arbeit als Haupttätigkeit' },
  'whether that state authorised the stay is not stated': {
    fr: 'le profil n’indique pas si cet État a autorisé le séjour',
    de: 'das Profil gibt nicht an, ob dieser Staat den Aufenthalt erlaubt hat',
  },
  'no authorisation to stay from that state': { fr: 'aucune autorisation de séjour de cet État', de: 'keine Aufenthaltserlaubnis dieses Staates' },
  'no family tie to an EU citizen': { fr: 'aucun lien familial avec un citoyen de l’UE', de: 'keine familiäre Bindung zu einem EU-Bürger' },
  'the EU citizen lives in Luxembourg, not in that state': { fr: 'le citoyen de l’UE vit au Luxembourg, pas dans cet État', de: 'der EU-Bürger lebt in Luxemburg, nicht in diesem Staat' },
  'the EU citizen lives in another state': { fr: 'le citoyen de l’UE vit dans un autre État', de: 'der EU-Bürger lebt in einem anderen Staat' },
  'whether they live together is not stated': { fr: 'le profil n’indique pas s’ils vivent ensemble', de: 'das Profil gibt nicht an, ob sie zusammenleben' },
  'they do not live together in that state': { fr: 'ils ne vivent pas ensemble dans cet État', de: 'sie leben in diesem Staat nicht zusammen' },
  'whether the EU citizen works in Luxembourg is not stated': {
    fr: 'le profil n’indique pas si le citoyen de l’UE travaille au Luxembourg',
    de: 'das Profil gibt nicht an, ob der EU-Bürger in Luxemburg arbeitet',
  },
  'the EU citizen does not work in Luxembourg': { fr: 'le citoyen de l’UE ne travaille pas au Luxembourg', de: 'der EU-Bürger arbeitet nicht in Luxemburg' },
  'no application for international protection': { fr: 'aucune demande de protection internationale', de: 'kein Antrag auf internationalen Schutz' },
  'a decision has been taken': { fr: 'une décision a été prise', de: 'eine Entscheidung ist ergangen' },
  'unaccompanied minor with a student job: exemption': { fr: 'mineur non accompagné avec un job étudiant : dispense', de: 'unbegleiteter Minderjähriger mit Studentenjob: Befreiung' },
  'the applicant is responsible for the delay': { fr: 'le demandeur est responsable du retard', de: 'der Antragsteller ist für die Verzögerung verantwortlich' },

  // The seasonal activities the page lists.
  'Harvesting (including grape harvesting)': { fr: 'Récolte (y compris les vendanges)', de: 'Ernte (einschließlich Weinlese)' },
  'Packaging of harvested products': { fr: 'Conditionnement des produits récoltés', de: 'Verpackung der Ernteerzeugnisse' },
  'Leisure and holiday instructors and coordinators': { fr: 'Moniteurs et animateurs de loisirs et de vacances', de: 'Freizeit- und Ferienbetreuer und -koordinatoren' },
  'Holiday-tour and tourist guides': { fr: 'Accompagnateurs de voyages et guides touristiques', de: 'Reisebegleiter und Fremdenführer' },
  'Surveillance and maintenance of beaches, outdoor swimming pools and camp sites': {
    fr: 'Surveillance et entretien des plages, piscines en plein air et terrains de camping',
    de: 'Aufsicht und Instandhaltung von Stränden, Freibädern und Campingplätzen',
  },
  'Retail stores, hotels and restaurants open only part of the year or with a regular seasonal peak': {
    fr: 'Commerces, hôtels et restaurants ouverts une partie de l’année seulement ou connaissant un pic saisonnier régulier',
    de: 'Einzelhandel, Hotels und Gaststätten, die nur einen Teil des Jahres geöffnet sind oder eine regelmäßige Saisonspitze haben',
  },
  'Aviation and passenger transport companies with a regular seasonal peak': {
    fr: 'Compagnies aériennes et entreprises de transport de passagers connaissant un pic saisonnier régulier',
    de: 'Luftfahrt- und Personenbeförderungsunternehmen mit regelmäßiger Saisonspitze',
  },

  // Notes.
  'The pages do not decide this situation (see the reasons not decided here); ask the Immigration Directorate.': {
    fr: 'Les pages ne tranchent pas cette situation (voir les motifs non tranchés ici) ; s’adresser à la Direction de l’immigration.',
    de: 'Die Seiten entscheiden diese Lage nicht (siehe die hier nicht entschiedenen Gründe); wenden Sie sich an die Direktion für Einwanderung.',
  },
  'None of the modelled pages covers this situation; ask the Immigration Directorate.': {
    fr: 'Aucune des pages modélisées ne couvre cette situation ; s’adresser à la Direction de l’immigration.',
    de: 'Keine der modellierten Seiten erfasst diese Lage; wenden Sie sich an die Direktion für Einwanderung.',
  },
  // Assumptions of the rules and reasons: the project's statements where a page is silent.
  'Shorter stays are not covered by the page; the answer then names no procedure for them.': {
    fr: 'La page ne couvre pas les séjours plus courts ; la réponse ne nomme alors aucune procédure pour eux.',
    de: 'Kürzere Aufenthalte erfasst die Seite nicht; die Antwort nennt dann kein Verfahren für sie.',
  },
  "The page caps the residence permit's validity, so seasonal work planned for longer is not work this procedure can authorise; the page names no other procedure for it. The cap is counted as the seasonal machine counts it (days in rolling 12-month windows). The planned stay starts on job.startsOn, or on asOf when that is not stated; a fraction of a month counts as that fraction of 30 days, rounded up. Without job.startsOn, a stay that does not fit from asOf is undetermined: a later start leaves more room.": {
    fr: 'La page plafonne la validité du titre de séjour : un travail saisonnier prévu plus long ne peut pas être autorisé par cette procédure, et la page ne nomme aucune autre procédure pour lui. Le plafond est compté comme le compte la machine du travailleur saisonnier (jours sur des périodes glissantes de 12 mois). Le séjour prévu commence à job.startsOn, ou à asOf si cette date n’est pas indiquée ; une fraction de mois compte pour la même fraction de 30 jours, arrondie à l’unité supérieure. Sans job.startsOn, un séjour qui ne tient pas à partir de asOf est indéterminé : un début plus tardif laisse plus de marge.',
    de: 'Die Seite begrenzt die Gültigkeit des Aufenthaltstitels; länger geplante Saisonarbeit kann dieses Verfahren daher nicht genehmigen, und die Seite nennt kein anderes Verfahren dafür. Die Höchstdauer wird so gezählt, wie die Maschine für Saisonarbeitnehmer sie zählt (Tage in gleitenden Zeiträumen von 12 Monaten). Der geplante Aufenthalt beginnt am job.startsOn oder, wenn dies nicht angegeben ist, am asOf; ein Monatsbruchteil zählt als derselbe Bruchteil von 30 Tagen, aufgerundet. Ohne job.startsOn ist ein Aufenthalt, der ab asOf nicht passt, ungeklärt: Ein späterer Beginn lässt mehr Spielraum.',
  },
  'Legal residence is shown by a Luxembourg residence permit, the only proof a profile states. Whether the person has worked in Luxembourg is not assumed: it must be stated. A person living abroad meets this condition.': {
    fr: 'Le séjour légal est établi par un titre de séjour luxembourgeois, seule preuve qu’indique un profil. Le fait d’avoir travaillé au Luxembourg n’est pas présumé : il doit être indiqué. Une personne qui vit à l’étranger remplit cette condition.',
    de: 'Der rechtmäßige Aufenthalt wird durch einen luxemburgischen Aufenthaltstitel belegt, den einzigen Nachweis, den ein Profil angibt. Ob die Person in Luxemburg gearbeitet hat, wird nicht angenommen: Es muss angegeben werden. Eine im Ausland lebende Person erfüllt diese Bedingung.',
  },
  'The note is on the ancillary page but speaks of any paid activity; read as meaning that this procedure is not needed either. The page names no relations; spouse, registered partner, parent and child count as family members, other relatives do not. One who comes to live there with the EU citizen is covered by the note once resident, so this procedure is not their route either.': {
    fr: 'La note figure sur la page de l’activité accessoire mais vise toute activité rémunérée ; elle est lue comme signifiant que cette procédure n’est pas requise non plus. La page ne nomme aucun lien de parenté ; conjoint, partenaire enregistré, parent et enfant comptent comme membres de la famille, les autres parents non. Celui qui vient vivre au Luxembourg avec le citoyen de l’UE est couvert par la note une fois résident ; cette procédure n’est donc pas non plus sa voie.',
    de: 'Der Hinweis steht auf der Seite zur Nebentätigkeit, spricht aber von jeder bezahlten Tätigkeit; er wird so gelesen, dass auch dieses Verfahren nicht nötig ist. Die Seite nennt keine Verwandtschaftsverhältnisse; Ehegatte, eingetragener Partner, Elternteil und Kind gelten als Familienangehörige, andere Verwandte nicht. Wer mit dem EU-Bürger nach Luxemburg zieht, ist ab seinem Wohnsitz dort vom Hinweis erfasst; auch für ihn ist dieses Verfahren daher nicht der Weg.',
  },
  'The salaried page does not speak of main or ancillary work; the ancillary page sends main-activity employment to this permit and ancillary work of "private reasons" holders to a work permit. Ancillary work of anyone else is not covered by the pages.': {
    fr: 'La page du travailleur salarié ne distingue pas activité principale et accessoire ; la page de l’activité accessoire renvoie l’emploi à titre principal vers ce titre, et l’activité accessoire des titulaires d’un titre pour « raisons privées » vers une autorisation de travail. L’activité accessoire de toute autre personne n’est pas couverte par les pages.',
    de: 'Die Seite zu Arbeitnehmern spricht nicht von Haupt- oder Nebentätigkeit; die Seite zur Nebentätigkeit verweist Beschäftigung als Haupttätigkeit an diesen Titel und die Nebentätigkeit von Inhabern eines Titels aus „privaten Gründen“ an eine Arbeitserlaubnis. Die Nebentätigkeit anderer Personen erfassen die Seiten nicht.',
  },
  'Shorter periods of work are not covered by the page; the answer then names no procedure for them.': {
    fr: 'La page ne couvre pas les périodes de travail plus courtes ; la réponse ne nomme alors aucune procédure pour elles.',
    de: 'Kürzere Arbeitszeiträume erfasst die Seite nicht; die Antwort nennt dann kein Verfahren für sie.',
  },
  'The salaried page does not exclude seasonal jobs; a listed seasonal activity is sent to the seasonal worker procedure, which is made for it.': {
    fr: 'La page du travailleur salarié n’exclut pas les emplois saisonniers ; une activité saisonnière énumérée relève de la procédure travailleur saisonnier, conçue pour elle.',
    de: 'Die Seite zu Arbeitnehmern schließt Saisonstellen nicht aus; eine aufgeführte Saisontätigkeit gehört in das Verfahren für Saisonarbeitnehmer, das dafür geschaffen ist.',
  },
  'The page describes coming to live in Luxembourg (temporary authorisation to stay, visa, declaration of arrival); work from a home in another country is not covered by it.': {
    fr: 'La page décrit la venue au Luxembourg pour y vivre (autorisation de séjour temporaire, visa, déclaration d’arrivée) ; le travail depuis un domicile dans un autre pays n’y est pas couvert.',
    de: 'Die Seite beschreibt den Umzug nach Luxemburg (vorübergehende Aufenthaltserlaubnis, Visum, Ankunftserklärung); Arbeit von einem Wohnsitz in einem anderen Land aus erfasst sie nicht.',
  },
  'While their application is processed, applicants for international protection are sent to the temporary work permit (AOT) made for them; the pages do not say whether the salaried route is open to them.': {
    fr: 'Pendant l’examen de leur demande, les demandeurs de protection internationale relèvent de l’autorisation d’occupation temporaire (AOT) prévue pour eux ; les pages ne disent pas si la voie du travailleur salarié leur est ouverte.',
    de: 'Während ihr Antrag bearbeitet wird, sind Antragsteller auf internationalen Schutz auf die für sie vorgesehene vorübergehende Beschäftigungserlaubnis (AOT) verwiesen; die Seiten sagen nicht, ob ihnen der Weg als Arbeitnehmer offensteht.',
  },
  "Read as closing the salaried permit to a seasonal worker whose seasonal permit has expired; while it is valid the page is silent, so the salaried route is not ruled out. The permit's end is not assumed: it must be stated.": {
    fr: 'Lu comme fermant le titre de travailleur salarié au travailleur saisonnier dont le titre de saisonnier a expiré ; tant qu’il est valable, la page est muette, la voie du travailleur salarié n’est donc pas exclue. La fin du titre n’est pas présumée : elle doit être indiquée.',
    de: 'So gelesen, dass der Titel als Arbeitnehmer einem Saisonarbeitnehmer verschlossen ist, dessen Saisontitel abgelaufen ist; solange er gültig ist, schweigt die Seite, der Weg als Arbeitnehmer ist also nicht ausgeschlossen. Das Ende des Titels wird nicht angenommen: Es muss angegeben werden.',
  },
  'A permit the profile says is held is taken to be valid unless its end of validity (luxembourgPermitValidUntil) is stated and has passed.': {
    fr: 'Un titre que le profil indique comme détenu est tenu pour valable, sauf si sa fin de validité (luxembourgPermitValidUntil) est indiquée et dépassée.',
    de: 'Ein Titel, den das Profil als vorhanden angibt, gilt als gültig, es sei denn, sein Gültigkeitsende (luxembourgPermitValidUntil) ist angegeben und überschritten.',
  },
  'The page names no relations; spouse, registered partner, parent and child count as family members, other relatives do not. "Resident in Luxembourg" is read as covering family members who reside in Luxembourg themselves, not those who live in another country while the EU citizen lives in Luxembourg; for them the pages give no answer. One who comes to live there with the EU citizen is covered by the note once resident, so this procedure is not their route either.': {
    fr: 'La page ne nomme aucun lien de parenté ; conjoint, partenaire enregistré, parent et enfant comptent comme membres de la famille, les autres parents non. « Résidant au Luxembourg » est lu comme visant les membres de la famille qui résident eux-mêmes au Luxembourg, non ceux qui vivent dans un autre pays tandis que le citoyen de l’UE vit au Luxembourg ; pour eux, les pages ne donnent pas de réponse. Celui qui vient vivre au Luxembourg avec le citoyen de l’UE est couvert par la note une fois résident ; cette procédure n’est donc pas non plus sa voie.',
    de: 'Die Seite nennt keine Verwandtschaftsverhältnisse; Ehegatte, eingetragener Partner, Elternteil und Kind gelten als Familienangehörige, andere Verwandte nicht. „In Luxemburg wohnhaft“ wird so gelesen, dass es Familienangehörige erfasst, die selbst in Luxemburg wohnen, nicht solche, die in einem anderen Land leben, während der EU-Bürger in Luxemburg lebt; für sie geben die Seiten keine Antwort. Wer mit dem EU-Bürger nach Luxemburg zieht, ist ab seinem Wohnsitz dort vom Hinweis erfasst; auch für ihn ist dieses Verfahren daher nicht der Weg.',
  },
  'Legal residence is shown by an authorisation to stay issued by that state (the page asks for a copy of it); it is not assumed and must be stated.': {
    fr: 'Le séjour légal est établi par une autorisation de séjour délivrée par cet État (la page en demande une copie) ; il n’est pas présumé et doit être indiqué.',
    de: 'Der rechtmäßige Aufenthalt wird durch eine von diesem Staat ausgestellte Aufenthaltserlaubnis belegt (die Seite verlangt eine Kopie davon); er wird nicht angenommen und muss angegeben werden.',
  },
  'The page sets no age or dependency limit for a child of the EU citizen and does not set Luxembourg nationals apart from other EU citizens; neither limit is applied. Living together is not assumed: it must be stated.': {
    fr: 'La page ne fixe ni limite d’âge ni condition de prise en charge pour l’enfant du citoyen de l’UE, et ne distingue pas les Luxembourgeois des autres citoyens de l’UE ; aucune de ces limites n’est appliquée. La vie commune n’est pas présumée : elle doit être indiquée.',
    de: 'Die Seite setzt für das Kind des EU-Bürgers weder eine Alters- noch eine Unterhaltsgrenze und unterscheidet luxemburgische Staatsangehörige nicht von anderen EU-Bürgern; keine dieser Grenzen wird angewandt. Das Zusammenleben wird nicht angenommen: Es muss angegeben werden.',
  },
  'The earliest day is the same day number, months later (month-end rule). The exemption for unaccompanied minors with a "student job" is read as lifting this waiting period and the delay condition; the page does not say which conditions it lifts.': {
    fr: 'Le premier jour possible porte le même quantième, des mois plus tard (règle de fin de mois). La dispense pour les mineurs non accompagnés ayant un « job étudiant » est lue comme levant ce délai d’attente et la condition relative au retard ; la page ne dit pas quelles conditions elle lève.',
    de: 'Der früheste Tag trägt dieselbe Tageszahl, Monate später (Monatsende-Regel). Die Befreiung für unbegleitete Minderjährige mit einem „Studentenjob“ wird so gelesen, dass sie diese Wartefrist und die Bedingung zur Verzögerung aufhebt; die Seite sagt nicht, welche Bedingungen sie aufhebt.',
  },
  'The pages impose these permits on third-country nationals only; that EU, EEA and Swiss nationals need none of them follows from free movement, which the pages do not describe.': {
    fr: 'Les pages n’imposent ces autorisations qu’aux ressortissants de pays tiers ; que les ressortissants de l’UE, de l’EEE et de la Suisse n’en aient besoin d’aucune découle de la libre circulation, que les pages ne décrivent pas.',
    de: 'Die Seiten verlangen diese Erlaubnisse nur von Drittstaatsangehörigen; dass Staatsangehörige der EU, des EWR und der Schweiz keine davon brauchen, folgt aus der Freizügigkeit, die die Seiten nicht beschreiben.',
  },
  '"Resident in Luxembourg" is read as covering family members who reside in Luxembourg themselves, not those who live in another country while the EU citizen lives in Luxembourg; for them the pages give no answer.': {
    fr: '« Résidant au Luxembourg » est lu comme visant les membres de la famille qui résident eux-mêmes au Luxembourg, non ceux qui vivent dans un autre pays tandis que le citoyen de l’UE vit au Luxembourg ; pour eux, les pages ne donnent pas de réponse.',
    de: '„In Luxemburg wohnhaft“ wird so gelesen, dass es Familienangehörige erfasst, die selbst in Luxemburg wohnen, nicht solche, die in einem anderen Land leben, während der EU-Bürger in Luxemburg lebt; für sie geben die Seiten keine Antwort.',
  },
  'The page names no relations; spouse, registered partner, parent and child count as family members, other relatives do not. The note speaks of any paid activity, so it is applied to all five procedures. "Resident in Luxembourg" is read as covering family members who reside in Luxembourg themselves, not those who live in another country while the EU citizen lives in Luxembourg; for them the pages give no answer.': {
    fr: 'La page ne nomme aucun lien de parenté ; conjoint, partenaire enregistré, parent et enfant comptent comme membres de la famille, les autres parents non. La note vise toute activité rémunérée ; elle est donc appliquée aux cinq procédures. « Résidant au Luxembourg » est lu comme visant les membres de la famille qui résident eux-mêmes au Luxembourg, non ceux qui vivent dans un autre pays tandis que le citoyen de l’UE vit au Luxembourg ; pour eux, les pages ne donnent pas de réponse.',
    de: 'Die Seite nennt keine Verwandtschaftsverhältnisse; Ehegatte, eingetragener Partner, Elternteil und Kind gelten als Familienangehörige, andere Verwandte nicht. Der Hinweis spricht von jeder bezahlten Tätigkeit und wird daher auf alle fünf Verfahren angewandt. „In Luxemburg wohnhaft“ wird so gelesen, dass es Familienangehörige erfasst, die selbst in Luxemburg wohnen, nicht solche, die in einem anderen Land leben, während der EU-Bürger in Luxemburg lebt; für sie geben die Seiten keine Antwort.',
  },
};

/**
 * Words for the values a detail carries: relations, places and permits, by
 * their profile value.
 *
 * @example
 * ```ts
 * ELIGIBILITY_TERMS.fr.spouse; // 'conjoint'
 * ```
 */
export const ELIGIBILITY_TERMS: Record<'fr' | 'de', Record<string, string>> = {
  fr: {
    spouse: 'conjoint',
    registeredPartner: 'partenaire enregistré',
    parent: 'parent',
    child: 'enfant',
    otherRelative: 'autre membre de la famille',
    luxembourg: 'au Luxembourg',
    otherMemberState: 'dans un autre État membre',
    thirdCountry: 'dans un pays tiers',
    none: 'aucun',
    privateReasons: 'raisons privées',
    salariedWorker: 'travailleur salarié',
    seasonalWorker: 'travailleur saisonnier',
    euFamilyMember: 'membre de la famille d’un citoyen de l’UE',
    other: 'autre',
  },
  de: {
    spouse: 'Ehegatte',
    registeredPartner: 'eingetragener Partner',
    parent: 'Elternteil',
    child: 'Kind',
    otherRelative: 'anderer Verwandter',
    luxembourg: 'in Luxemburg',
    otherMemberState: 'in einem anderen Mitgliedstaat',
    thirdCountry: 'in einem Drittstaat',
    none: 'keiner',
    privateReasons: 'private Gründe',
    salariedWorker: 'Arbeitnehmer',
    seasonalWorker: 'Saisonarbeitnehmer',
    euFamilyMember: 'Familienangehöriger eines EU-Bürgers',
    other: 'anderer',
  },
};

/**
 * How a detail pattern writes its values: dates written out, profile values
 * as words, fixed texts from the catalogue, and the earlier-stays phrase of
 * the seasonal cap.
 *
 * @example
 * ```ts
 * const helpers: PatternHelpers = { date: (d) => d, term: (id) => id, text: (e) => e, detail: (e) => e };
 * ```
 */
export interface PatternHelpers {
  date(iso: string): string;
  term(id: string): string;
  text(english: string): string;
  /** Another detail (a part of this one), translated by the patterns. */
  detail(english: string): string;
}

/**
 * A detail with values: the English pattern and how French and German write it.
 *
 * @example
 * ```ts
 * const pattern: DetailPattern = { english: /^possible from (\S+)$/, fr: (m, h) => `possible à partir du ${h.date(m[1]!)}`, de: (m, h) => `möglich ab dem ${h.date(m[1]!)}` };
 * ```
 */
export interface DetailPattern {
  english: RegExp;
  fr: (match: RegExpMatchArray, h: PatternHelpers) => string;
  de: (match: RegExpMatchArray, h: PatternHelpers) => string;
}

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const NUMBER = '(\\d+(?:\\.\\d+)?)';

/**
 * The details with values, and the texts built around a profile value.
 *
 * @example
 * ```ts
 * ELIGIBILITY_PATTERNS.some((pattern) => pattern.english.test('planned stay: 4 months')); // true
 * ```
 */
export const ELIGIBILITY_PATTERNS: readonly DetailPattern[] = [
  { english: new RegExp(`^planned stay: ${NUMBER} months$`), fr: (m) => `séjour prévu : ${m[1]} mois`, de: (m) => `geplanter Aufenthalt: ${m[1]} Monate` },
  {
    english: new RegExp(`^planned stay: ${NUMBER} months, more than ${NUMBER}$`),
    fr: (m) => `séjour prévu : ${m[1]} mois, plus de ${m[2]}`,
    de: (m) => `geplanter Aufenthalt: ${m[1]} Monate, mehr als ${m[2]}`,
  },
  {
    english: new RegExp(`^planned stay: ${NUMBER} months, no earlier seasonal stay$`),
    fr: (m) => `séjour prévu : ${m[1]} mois, aucun séjour saisonnier antérieur`,
    de: (m) => `geplanter Aufenthalt: ${m[1]} Monate, kein früherer Saisonaufenthalt`,
  },
  {
    english: new RegExp(`^planned stay ${DATE} to ${DATE}(; |, but )(.+)$`),
    fr: (m, h) => `séjour prévu du ${h.date(m[1]!)} au ${h.date(m[2]!)}${m[3] === '; ' ? ' ; ' : ', mais '}${h.detail(m[4]!)}`,
    de: (m, h) => `geplanter Aufenthalt vom ${h.date(m[1]!)} bis zum ${h.date(m[2]!)}${m[3] === '; ' ? '; ' : ', aber '}${h.detail(m[4]!)}`,
  },
  {
    english: new RegExp(`^from ${DATE}, (.+); a later start may leave more$`),
    fr: (m, h) => `à partir du ${h.date(m[1]!)}, ${h.detail(m[2]!)} ; un début plus tardif peut en laisser davantage`,
    de: (m, h) => `ab dem ${h.date(m[1]!)}: ${h.detail(m[2]!)}; ein späterer Beginn kann mehr Spielraum lassen`,
  },
  {
    english: /^1 earlier seasonal stay leaves (.+)$/,
    fr: (m, h) => `compte tenu d’un séjour saisonnier antérieur, ${h.detail(m[1]!)}`,
    de: (m, h) => `nach einem früheren Saisonaufenthalt: ${h.detail(m[1]!)}`,
  },
  {
    english: /^(\d+) earlier seasonal stays leave (.+)$/,
    fr: (m, h) => `compte tenu de ${m[1]} séjours saisonniers antérieurs, ${h.detail(m[2]!)}`,
    de: (m, h) => `nach ${m[1]} früheren Saisonaufenthalten: ${h.detail(m[2]!)}`,
  },
  { english: /^no room left$/, fr: () => 'plus aucune marge', de: () => 'kein Spielraum mehr' },
  { english: new RegExp(`^room until ${DATE}$`), fr: (m, h) => `marge jusqu’au ${h.date(m[1]!)}`, de: (m, h) => `Spielraum bis zum ${h.date(m[1]!)}` },
  {
    english: /^activity: (.+?)( \(but the job is not seasonal\))?$/,
    fr: (m, h) => `activité : ${h.text(m[1]!)}${m[2] ? ' (mais l’emploi n’est pas saisonnier)' : ''}`,
    de: (m, h) => `Tätigkeit: ${h.text(m[1]!)}${m[2] ? ' (die Stelle ist aber keine Saisonstelle)' : ''}`,
  },
  {
    english: /^the EU citizen is their (\w+), living in Luxembourg$/,
    fr: (m, h) => `le citoyen de l’UE est son ${h.term(m[1]!)} et vit au Luxembourg`,
    de: (m, h) => `der EU-Bürger ist ${h.term(m[1]!)} der Person und lebt in Luxemburg`,
  },
  { english: /^the EU citizen is their (\w+)$/, fr: (m, h) => `le citoyen de l’UE est son ${h.term(m[1]!)}`, de: (m, h) => `der EU-Bürger ist ${h.term(m[1]!)} der Person` },
  {
    english: /^permit held: (\w+), has not worked in Luxembourg$/,
    fr: (m, h) => `titre détenu : ${h.term(m[1]!)}, n’a pas travaillé au Luxembourg`,
    de: (m, h) => `vorhandener Titel: ${h.term(m[1]!)}, hat nicht in Luxemburg gearbeitet`,
  },
  {
    english: new RegExp(`^permit held: (\\w+), valid until ${DATE}$`),
    fr: (m, h) => `titre détenu : ${h.term(m[1]!)}, valable jusqu’au ${h.date(m[2]!)}`,
    de: (m, h) => `vorhandener Titel: ${h.term(m[1]!)}, gültig bis zum ${h.date(m[2]!)}`,
  },
  { english: /^permit held: (\w+)$/, fr: (m, h) => `titre détenu : ${h.term(m[1]!)}`, de: (m, h) => `vorhandener Titel: ${h.term(m[1]!)}` },
  {
    english: new RegExp(`^applied for international protection on ${DATE}, no decision yet$`),
    fr: (m, h) => `protection internationale demandée le ${h.date(m[1]!)}, pas encore de décision`,
    de: (m, h) => `internationaler Schutz beantragt am ${h.date(m[1]!)}, noch keine Entscheidung`,
  },
  {
    english: new RegExp(`^the seasonal permit expired after ${DATE}$`),
    fr: (m, h) => `le titre de saisonnier a expiré après le ${h.date(m[1]!)}`,
    de: (m, h) => `der Saisontitel ist nach dem ${h.date(m[1]!)} abgelaufen`,
  },
  {
    english: new RegExp(`^the seasonal permit is valid until ${DATE}$`),
    fr: (m, h) => `le titre de saisonnier est valable jusqu’au ${h.date(m[1]!)}`,
    de: (m, h) => `der Saisontitel ist bis zum ${h.date(m[1]!)} gültig`,
  },
  {
    english: new RegExp(`^the "private reasons" permit expired after ${DATE}$`),
    fr: (m, h) => `le titre pour « raisons privées » a expiré après le ${h.date(m[1]!)}`,
    de: (m, h) => `der Titel aus „privaten Gründen“ ist nach dem ${h.date(m[1]!)} abgelaufen`,
  },
  { english: /^lives in (\w+)$/, fr: (m, h) => `vit ${h.term(m[1]!)}`, de: (m, h) => `lebt ${h.term(m[1]!)}` },
  { english: new RegExp(`^possible since ${DATE}$`), fr: (m, h) => `possible depuis le ${h.date(m[1]!)}`, de: (m, h) => `möglich seit dem ${h.date(m[1]!)}` },
  { english: new RegExp(`^possible from ${DATE}$`), fr: (m, h) => `possible à partir du ${h.date(m[1]!)}`, de: (m, h) => `möglich ab dem ${h.date(m[1]!)}` },
  {
    english: /^A family member \(the EU citizen is their (\w+)\) of an EU citizen, both residing in Luxembourg, needs no work permit for a paid activity$/,
    fr: (m, h) => `Un membre de la famille d’un citoyen de l’UE (le citoyen est son ${h.term(m[1]!)}), tous deux résidant au Luxembourg, n’a besoin d’aucune autorisation de travail pour une activité rémunérée`,
    de: (m, h) => `Ein Familienangehöriger eines EU-Bürgers (der EU-Bürger ist ${h.term(m[1]!)} der Person), beide mit Wohnsitz in Luxemburg, braucht für eine bezahlte Tätigkeit keine Arbeitserlaubnis`,
  },
  {
    english:
      /^A family member \(the EU citizen is their (\w+)\) of an EU citizen living in Luxembourg lives in (another member state|a third country): the note exempts family members residing in Luxembourg from a work permit, and the pages do not describe how the family member comes to live there, so they do not decide what applies before then$/,
    fr: (m, h) =>
      `Un membre de la famille d’un citoyen de l’UE vivant au Luxembourg (le citoyen est son ${h.term(m[1]!)}) vit ${m[2] === 'another member state' ? 'dans un autre État membre' : 'dans un pays tiers'} : la note dispense d’autorisation de travail les membres de la famille résidant au Luxembourg, et les pages ne décrivent pas comment il vient y vivre ; elles ne tranchent donc pas ce qui s’applique d’ici là`,
    de: (m, h) =>
      `Ein Familienangehöriger eines in Luxemburg lebenden EU-Bürgers (der EU-Bürger ist ${h.term(m[1]!)} der Person) lebt ${m[2] === 'another member state' ? 'in einem anderen Mitgliedstaat' : 'in einem Drittstaat'}: Der Hinweis befreit in Luxemburg wohnende Familienangehörige von der Arbeitserlaubnis, und die Seiten beschreiben nicht, wie der Familienangehörige dorthin zieht; sie entscheiden daher nicht, was bis dahin gilt`,
  },
  {
    english:
      /^A family member \(the EU citizen is their (\w+)\) of an EU citizen living in Luxembourg lives in (another member state|a third country) and will not live in Luxembourg: the note exempts only family members residing in Luxembourg, and the cross-border exemption only families living together in another member state, so the pages do not decide whether this person needs a work permit$/,
    fr: (m, h) =>
      `Un membre de la famille d’un citoyen de l’UE vivant au Luxembourg (le citoyen est son ${h.term(m[1]!)}) vit ${m[2] === 'another member state' ? 'dans un autre État membre' : 'dans un pays tiers'} et ne vivra pas au Luxembourg : la note ne dispense que les membres de la famille résidant au Luxembourg, et la dispense transfrontalière que les familles vivant ensemble dans un autre État membre ; les pages ne tranchent donc pas si cette personne a besoin d’une autorisation de travail`,
    de: (m, h) =>
      `Ein Familienangehöriger eines in Luxemburg lebenden EU-Bürgers (der EU-Bürger ist ${h.term(m[1]!)} der Person) lebt ${m[2] === 'another member state' ? 'in einem anderen Mitgliedstaat' : 'in einem Drittstaat'} und wird nicht in Luxemburg leben: Der Hinweis befreit nur in Luxemburg wohnende Familienangehörige, die grenzüberschreitende Befreiung nur Familien, die zusammen in einem anderen Mitgliedstaat leben; die Seiten entscheiden daher nicht, ob diese Person eine Arbeitserlaubnis braucht`,
  },
  {
    english: new RegExp(`^No procedure applies on ${DATE} from what the profile states; state (.+) to decide (.+)\\.$`),
    fr: (m, h) => `Aucune procédure ne s’applique au ${h.date(m[1]!)} d’après ce qu’indique le profil ; indiquer ${m[2]} pour trancher ${m[3]}.`,
    de: (m, h) => `Nach den Angaben des Profils gilt am ${h.date(m[1]!)} kein Verfahren; geben Sie ${m[2]} an, um über ${m[3]} zu entscheiden.`,
  },
  {
    english: new RegExp(`^No procedure applies on ${DATE}; (\\w+) becomes possible from ${DATE}\\.$`),
    fr: (m, h) => `Aucune procédure ne s’applique au ${h.date(m[1]!)} ; ${m[2]} devient possible à partir du ${h.date(m[3]!)}.`,
    de: (m, h) => `Am ${h.date(m[1]!)} gilt kein Verfahren; ${m[2]} ist ab dem ${h.date(m[3]!)} möglich.`,
  },
];
