/**
 * What the builder says, in the staff's language (nl, the default; fr; en). Plain tables, not
 * `msg()`: the same texts serve the CLI in Node, the studio and its worker.
 */
import type { Lang } from '../i18n/locale.js';

type Params = Readonly<Record<string, string | number>>;
type Texts = (p: Params) => readonly [nl: string, fr: string, en: string];

const q = (value: unknown): string => `“${String(value)}”`;
const list = (value: unknown): string => String(value);

const TEXTS = {
  // Refusals: nothing is written.
  empty: () => ['het bestand is leeg', 'le fichier est vide', 'the file is empty'],
  pdf: () => [
    'dit is een PDF, geen spreadsheet: open het blad in Excel of LibreOffice en bewaar het als .xlsx of CSV',
    'c’est un PDF, pas un tableur : ouvrez la feuille dans Excel ou LibreOffice et enregistrez-la en .xlsx ou CSV',
    'this is a PDF, not a spreadsheet: open the sheet in Excel or LibreOffice and save it as .xlsx or CSV',
  ],
  xls: () => [
    'een oud Excel-bestand (.xls): bewaar het als Excel-werkmap (.xlsx) of als CSV UTF-8',
    'un ancien fichier Excel (.xls) : enregistrez-le en classeur Excel (.xlsx) ou en CSV UTF-8',
    'an old Excel file (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8',
  ],
  'not-xlsx': () => [
    'geen geldig .xlsx-bestand (beschadigd of hernoemd); bewaar het opnieuw als .xlsx of CSV',
    'pas un fichier .xlsx valide (abîmé ou renommé) ; enregistrez-le à nouveau en .xlsx ou CSV',
    'not a valid .xlsx file (damaged or renamed); save it again as .xlsx or CSV',
  ],
  'too-big': () => [
    'het bestand is te groot (meer dan 64 MB); een blad van het netwerk is veel kleiner',
    'le fichier est trop grand (plus de 64 Mo) ; une feuille du réseau est bien plus petite',
    'the file is too big (over 64 MB); a sheet of the network is far smaller',
  ],
  'zip-bomb': () => [
    'het .xlsx-bestand zou uitpakken tot meer dan 256 MB; zo groot is geen blad van het netwerk, het wordt niet gelezen',
    'le fichier .xlsx se décompresserait en plus de 256 Mo ; aucune feuille du réseau n’est si grande, il n’est pas lu',
    'the .xlsx file would unpack to more than 256 MB; no sheet of the network is that big, so it is not read',
  ],
  unreadable: (p) => [
    `het .xlsx-bestand kan niet gelezen worden (${p['detail']}); bewaar het opnieuw als .xlsx of CSV`,
    `le fichier .xlsx est illisible (${p['detail']}) ; enregistrez-le à nouveau en .xlsx ou CSV`,
    `the .xlsx file cannot be read (${p['detail']}); save it again as .xlsx or CSV`,
  ],
  binary: () => [
    'dit is geen tekst of spreadsheet; kies een .xlsx- of .csv-bestand',
    'ce n’est ni du texte ni un tableur ; choisissez un fichier .xlsx ou .csv',
    'this is neither text nor a spreadsheet; choose an .xlsx or .csv file',
  ],
  'no-sheet': () => ['het bestand heeft geen blad', 'le fichier n’a pas de feuille', 'the file has no sheet'],
  'no-name-column': (p) => [
    `geen kolom “naam” (of “name”) in de eerste rij; gevonden: ${list(p['found'])}`,
    `pas de colonne « naam » (ou « name ») dans la première ligne ; trouvé : ${list(p['found'])}`,
    `no column “naam” (or “name”) in the first row; found: ${list(p['found'])}`,
  ],

  // About the sheet as a whole.
  'column-unpublished': () => [
    'deze kolom staat niet in de lijst en wordt nooit gepubliceerd',
    'cette colonne n’est pas dans la liste et n’est jamais publiée',
    'this column is not in the list and is never published',
  ],
  'column-duplicate': () => [
    'deze kolom staat er twee keer; de tweede wordt genegeerd',
    'cette colonne figure deux fois ; la seconde est ignorée',
    'this column is there twice; the second is ignored',
  ],
  'no-type-column': () => [
    'geen kolom “soort”: elke rij is een lokale vereniging',
    'pas de colonne « soort » : chaque ligne est une association locale',
    'no column “soort” (type): every row is a local association',
  ],
  'encoding-1252': () => [
    'het bestand is geen UTF-8 en werd gelezen als Windows-1252 (oude Excel-CSV); kies in Excel “CSV UTF-8” bij “Opslaan als” om zeker te zijn',
    'le fichier n’est pas en UTF-8 et a été lu en Windows-1252 (ancien CSV d’Excel) ; choisissez « CSV UTF-8 » dans « Enregistrer sous » d’Excel pour être sûr',
    'the file is not UTF-8 and was read as Windows-1252 (old Excel CSV); choose “CSV UTF-8” in Excel’s “Save as” to be sure',
  ],
  'no-link-columns': () => [
    'het blad met verbanden heeft geen kolommen “bron” en “doel”; geen verbanden gelezen',
    'la feuille des liens n’a pas de colonnes « bron » et « doel » ; aucun lien lu',
    'the links sheet has no “bron”/“source” and “doel”/“target” columns; no links read',
  ],

  // About one row: the row left out.
  'name-missing': () => ['geen naam; rij weggelaten', 'pas de nom ; ligne omise', 'no name; row left out'],
  'type-missing': () => ['geen soort; rij weggelaten', 'pas de type ; ligne omise', 'no type; row left out'],
  'type-unknown': (p) => [
    `${q(p['value'])} is geen soort (bv. federatie, lokale vereniging, expert); rij weggelaten`,
    `${q(p['value'])} n’est pas un type (p. ex. federatie, lokale vereniging, expert) ; ligne omise`,
    `${q(p['value'])} is not a type (e.g. federation, association, expert); row left out`,
  ],
  'id-duplicate': (p) => [
    `de id ${q(p['value'])} staat al op rij ${p['first']}; rij weggelaten`,
    `l’id ${q(p['value'])} figure déjà à la ligne ${p['first']} ; ligne omise`,
    `the id ${q(p['value'])} is already on row ${p['first']}; row left out`,
  ],

  // About one value: dropped, the row kept.
  'id-invalid': (p) => [
    `${q(p['value'])} is geen geldige id (letters, cijfers, . _ -, hoogstens 64); de id ${q(p['id'])} wordt gebruikt`,
    `${q(p['value'])} n’est pas un id valide (lettres, chiffres, . _ -, 64 au plus) ; l’id ${q(p['id'])} est utilisé`,
    `${q(p['value'])} is not a valid id (letters, digits, . _ -, at most 64); the id ${q(p['id'])} is used`,
  ],
  'federation-unknown': (p) => [
    `geen federatie ${q(p['value'])} in het blad; genegeerd`,
    `pas de fédération ${q(p['value'])} dans la feuille ; ignoré`,
    `no federation ${q(p['value'])} in the sheet; ignored`,
  ],
  'federation-not-federation': (p) => [
    `${q(p['value'])} is een ${p['type']}, geen federatie; genegeerd`,
    `${q(p['value'])} est de type ${p['type']}, pas une fédération ; ignoré`,
    `${q(p['value'])} is of type ${p['type']}, not a federation; ignored`,
  ],
  'federation-self': () => [
    'een rij kan niet haar eigen federatie zijn; genegeerd',
    'une ligne ne peut pas être sa propre fédération ; ignoré',
    'a row cannot be its own federation; ignored',
  ],
  'member-unknown': (p) => [
    `geen actor ${q(p['value'])} in het blad; genegeerd`,
    `pas d’acteur ${q(p['value'])} dans la feuille ; ignoré`,
    `no actor ${q(p['value'])} in the sheet; ignored`,
  ],
  'member-self': () => [
    'een rij kan geen lid van zichzelf zijn; genegeerd',
    'une ligne ne peut pas être membre d’elle-même ; ignoré',
    'a row cannot be a member of itself; ignored',
  ],
  'postcode-invalid': (p) => [
    `${p['value']} is geen Belgische postcode; genegeerd`,
    `${p['value']} n’est pas un code postal belge ; ignoré`,
    `${p['value']} is not a Belgian postcode; ignored`,
  ],
  'province-unknown': (p) => [
    `${q(p['value'])} is geen provincie van Vlaanderen of Brussel; genegeerd`,
    `${q(p['value'])} n’est pas une province de Flandre ou Bruxelles ; ignoré`,
    `${q(p['value'])} is not a province of Flanders or Brussels; ignored`,
  ],
  'url-invalid': (p) => [
    `${q(p['value'])} is geen webadres (http of https); genegeerd`,
    `${q(p['value'])} n’est pas une adresse web (http ou https) ; ignoré`,
    `${q(p['value'])} is not a web address (http or https); ignored`,
  ],
  'email-invalid': (p) => [
    `${q(p['value'])} is geen e-mailadres; genegeerd`,
    `${q(p['value'])} n’est pas une adresse e-mail ; ignoré`,
    `${q(p['value'])} is not an e-mail address; ignored`,
  ],
  'since-invalid': (p) => [
    `${q(p['value'])} is geen jaartal; genegeerd`,
    `${q(p['value'])} n’est pas une année ; ignoré`,
    `${q(p['value'])} is not a year; ignored`,
  ],
  'coordinate-invalid': (p) => [
    `${q(p['value'])} is geen coördinaat in graden; genegeerd`,
    `${q(p['value'])} n’est pas une coordonnée en degrés ; ignoré`,
    `${q(p['value'])} is not a coordinate in degrees; ignored`,
  ],
  'too-long': (p) => [
    `te lang (${p['length']} tekens, hoogstens ${p['max']}); genegeerd`,
    `trop long (${p['length']} caractères, ${p['max']} au plus) ; ignoré`,
    `too long (${p['length']} characters, at most ${p['max']}); ignored`,
  ],
  'feed-rule': (p) => [
    `${p['message']} (regel van de feed)`,
    `${p['message']} (règle du flux)`,
    `${p['message']} (feed rule)`,
  ],

  // Warnings: read, but look.
  'postcode-unknown': (p) => [
    `postcode ${p['value']} ligt niet in Vlaanderen of Brussel; niet op de kaart`,
    `le code postal ${p['value']} n’est pas en Flandre ou à Bruxelles ; pas sur la carte`,
    `postcode ${p['value']} is not in Flanders or Brussels; not on the map`,
  ],
  'postcode-ambiguous': (p) => [
    `postcode ${p['value']} hoort bij ${p['all']}; geplaatst in ${p['chosen']} (vul de plaats in om zeker te zijn)`,
    `le code postal ${p['value']} couvre ${p['all']} ; placé à ${p['chosen']} (indiquez la localité pour être sûr)`,
    `postcode ${p['value']} covers ${p['all']}; placed in ${p['chosen']} (add the place to be sure)`,
  ],
  'name-not-in-postcode': (p) => [
    `${q(p['name'])} ligt niet in postcode ${p['postcode']}; de postcode wint: ${p['chosen']}`,
    `${q(p['name'])} n’est pas dans le code postal ${p['postcode']} ; le code postal l’emporte : ${p['chosen']}`,
    `${q(p['name'])} is not in postcode ${p['postcode']}; the postcode wins: ${p['chosen']}`,
  ],
  'place-unknown': (p) => [
    `geen plaats in Vlaanderen of Brussel heet ${q(p['value'])}; niet op de kaart`,
    `aucune localité de Flandre ou Bruxelles ne s’appelle ${q(p['value'])} ; pas sur la carte`,
    `no place in Flanders or Brussels is called ${q(p['value'])}; not on the map`,
  ],
  'place-ambiguous': (p) => [
    `${q(p['value'])} ligt in ${p['candidates']}; vul de postcode in`,
    `${q(p['value'])} existe à ${p['candidates']} ; indiquez le code postal`,
    `${q(p['value'])} is a place in ${p['candidates']}; add the postcode`,
  ],
  'place-not-in-municipality': (p) => [
    `${q(p['place'])} ligt niet in ${p['municipality']}; geplaatst in ${p['chosen']}`,
    `${q(p['place'])} n’est pas à ${p['municipality']} ; placé à ${p['chosen']}`,
    `${q(p['place'])} is not in ${p['municipality']}; placed in ${p['chosen']}`,
  ],
  'province-contradicts': (p) => [
    `provincie ${q(p['value'])} klopt niet met de plaats (${p['place']}); ${p['province']} gebruikt`,
    `la province ${q(p['value'])} ne correspond pas à la localité (${p['place']}) ; ${p['province']} utilisée`,
    `province ${q(p['value'])} does not match the place (${p['place']}); ${p['province']} used`,
  ],
  markup: () => [
    'bevat HTML-opmaak; de widgets tonen die als gewone tekst',
    'contient du balisage HTML ; les widgets l’affichent comme du texte',
    'contains HTML markup; the widgets show it as plain text',
  ],
  formula: () => [
    'begint als een formule; als tekst bewaard',
    'commence comme une formule ; gardé comme texte',
    'starts like a formula; kept as text',
  ],
  'url-completed': (p) => [
    `https:// toegevoegd: ${p['url']}`,
    `https:// ajouté : ${p['url']}`,
    `https:// added: ${p['url']}`,
  ],
  removed: (p) => [
    `${q(p['id'])} (${p['name']}) stond in de vorige feed en ontbreekt nu`,
    `${q(p['id'])} (${p['name']}) figurait dans le flux précédent et manque maintenant`,
    `${q(p['id'])} (${p['name']}) was in the previous feed and is gone now`,
  ],
  'link-end-unknown': (p) => [
    `geen actor ${q(p['value'])} in het blad; verband genegeerd`,
    `pas d’acteur ${q(p['value'])} dans la feuille ; lien ignoré`,
    `no actor ${q(p['value'])} in the sheet; link ignored`,
  ],
  'link-self': () => [
    'een verband van een actor met zichzelf; genegeerd',
    'un lien d’un acteur avec lui-même ; ignoré',
    'a link from an actor to itself; ignored',
  ],
} satisfies Record<string, Texts>;

export type MessageCode = keyof typeof TEXTS;

const INDEX: Record<Lang, 0 | 1 | 2> = { nl: 0, fr: 1, en: 2 };

export function message(code: MessageCode, params: Params, lang: Lang): string {
  const text = (TEXTS[code] as Texts)(params)[INDEX[lang]];
  // French quotes a value « so », with its narrow spaces.
  return lang === 'fr' ? text.replace(/“([^”]*)”/g, '«\u202f$1\u202f»') : text;
}

/** "rij 17, kolom postcode", as the spreadsheet shows them. */
export function where(row: number | null, column: string | null, lang: Lang, sheet?: string): string {
  const words = { nl: ['blad', 'rij', 'kolom'], fr: ['feuille', 'ligne', 'colonne'], en: ['sheet', 'row', 'column'] }[
    lang
  ];
  const parts = [
    sheet ? `${words[0]} ${sheet}` : undefined,
    row !== null ? `${words[1]} ${row}` : undefined,
    column !== null ? `${words[2]} ${column}` : undefined,
  ].filter(Boolean);
  return parts.join(', ');
}
