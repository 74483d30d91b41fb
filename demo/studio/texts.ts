/**
 * The studio's own texts in nl, fr and en: a plain table like the configurator's (they are the
 * demo's, not the widgets', so no `msg()` and no XLIFF). The builder's messages come from
 * src/sheet/messages.ts, in the same language.
 */
export type UiLang = 'nl' | 'fr' | 'en';
export type Text = Readonly<Record<UiLang, string>>;

export const TEXT = {
  title: { nl: 'Feedstudio', fr: 'Studio du flux', en: 'Feed studio' },
  intro: {
    nl: 'Hier maak je de feed van het netwerk uit jullie spreadsheet. Kies het bestand (Excel .xlsx of CSV): je ziet meteen welke rijen een probleem hebben, hoe de widgets het netwerk zullen tonen, en je downloadt feed.json om op de website te zetten.',
    fr: 'Ici, vous faites le flux du réseau à partir de votre tableur. Choisissez le fichier (Excel .xlsx ou CSV) : vous voyez tout de suite quelles lignes posent problème, comment les widgets montreront le réseau, et vous téléchargez feed.json à mettre sur le site.',
    en: "Here you make the network's feed from your spreadsheet. Pick the file (Excel .xlsx or CSV): you see at once which rows have a problem, how the widgets will show the network, and you download feed.json to put on the website.",
  },
  template: {
    nl: 'Nog geen blad? Begin met het sjabloon',
    fr: 'Pas encore de feuille ? Commencez avec le modèle',
    en: 'No sheet yet? Start from the template',
  },
  private: {
    nl: 'Je bestand blijft op deze computer: het wordt in je browser gelezen en nergens naartoe gestuurd.',
    fr: 'Votre fichier reste sur cet ordinateur : il est lu dans votre navigateur et envoyé nulle part.',
    en: 'Your file stays on this computer: it is read in your browser and sent nowhere.',
  },
  pickHeading: { nl: 'Je spreadsheet', fr: 'Votre tableur', en: 'Your spreadsheet' },
  pick: {
    nl: 'Sleep je spreadsheet hierheen, of kies een bestand (.xlsx of .csv)',
    fr: 'Glissez votre tableur ici, ou choisissez un fichier (.xlsx ou .csv)',
    en: 'Drop your spreadsheet here, or choose a file (.xlsx or .csv)',
  },
  links: {
    nl: 'Verbanden in een apart CSV-bestand (optioneel)',
    fr: 'Liens dans un fichier CSV séparé (facultatif)',
    en: 'Links in a separate CSV file (optional)',
  },
  reading: { nl: 'Bezig met lezen…', fr: 'Lecture en cours…', en: 'Reading…' },
  done: {
    nl: 'Klaar: {file} gelezen in {seconds} s.',
    fr: 'Terminé : {file} lu en {seconds} s.',
    en: 'Done: {file} read in {seconds} s.',
  },
  refused: { nl: 'Niet gelezen: {file}.', fr: 'Non lu : {file}.', en: 'Not read: {file}.' },
  notReadable: {
    nl: '{file} kan niet gelezen worden (verplaatst of intussen gewijzigd); kies het opnieuw.',
    fr: '{file} ne peut pas être lu (déplacé ou modifié entre-temps) ; choisissez-le à nouveau.',
    en: '{file} cannot be read (moved or changed meanwhile); choose it again.',
  },
  unexpected: {
    nl: 'Er liep iets onverwachts mis ({detail}); probeer opnieuw of bewaar het blad opnieuw als .xlsx.',
    fr: "Une erreur inattendue s'est produite ({detail}) ; réessayez ou enregistrez la feuille à nouveau en .xlsx.",
    en: 'Something unexpected went wrong ({detail}); try again or save the sheet again as .xlsx.',
  },
  summary: { nl: 'Overzicht', fr: 'Résumé', en: 'Summary' },
  actors: { nl: 'Actoren', fr: 'Acteurs', en: 'Actors' },
  placed: { nl: 'Op de kaart', fr: 'Sur la carte', en: 'On the map' },
  rowsLeftOut: { nl: 'Rijen weggelaten', fr: 'Lignes omises', en: 'Rows left out' },
  errors: { nl: 'Fouten', fr: 'Erreurs', en: 'Errors' },
  warnings: { nl: 'Waarschuwingen', fr: 'Avertissements', en: 'Warnings' },
  infos: { nl: 'Meldingen', fr: 'Informations', en: 'Notes' },
  byType: { nl: 'Per soort', fr: 'Par type', en: 'By type' },
  byProvince: { nl: 'Per provincie', fr: 'Par province', en: 'By province' },
  noProvince: { nl: 'Geen', fr: 'Aucune', en: 'None' },
  unplaced: {
    nl: 'Niet op de kaart (geen plaats gevonden)',
    fr: 'Pas sur la carte (aucune localité trouvée)',
    en: 'Not on the map (no place found)',
  },
  unpublished: {
    nl: 'Nooit gepubliceerd',
    fr: 'Jamais publié',
    en: 'Never published',
  },
  unpublishedHelp: {
    nl: 'Deze kolommen staan niet in de lijst van de feed; wat erin staat, blijft privé:',
    fr: 'Ces colonnes ne figurent pas dans la liste du flux ; leur contenu reste privé :',
    en: "These columns are not in the feed's list; what they hold stays private:",
  },
  problems: { nl: 'Problemen', fr: 'Problèmes', en: 'Problems' },
  problemsCaption: {
    nl: 'Problemen per rij en kolom, zoals het blad ze toont',
    fr: 'Problèmes par ligne et colonne, comme la feuille les montre',
    en: 'Problems by row and column, as the sheet shows them',
  },
  noProblems: {
    nl: 'Geen problemen gevonden.',
    fr: 'Aucun problème trouvé.',
    en: 'No problems found.',
  },
  show: { nl: 'Toon', fr: 'Afficher', en: 'Show' },
  all: { nl: 'Alle', fr: 'Tous', en: 'All' },
  severity: { nl: 'Ernst', fr: 'Gravité', en: 'Severity' },
  row: { nl: 'Rij', fr: 'Ligne', en: 'Row' },
  column: { nl: 'Kolom', fr: 'Colonne', en: 'Column' },
  name: { nl: 'Naam', fr: 'Nom', en: 'Name' },
  message: { nl: 'Melding', fr: 'Message', en: 'Message' },
  error: { nl: 'fout', fr: 'erreur', en: 'error' },
  warning: { nl: 'let op', fr: 'attention', en: 'warning' },
  info: { nl: 'info', fr: 'info', en: 'note' },
  wholeSheet: { nl: 'het hele blad', fr: 'toute la feuille', en: 'the whole sheet' },
  download: { nl: 'Downloaden', fr: 'Télécharger', en: 'Download' },
  downloadFeed: { nl: 'Download feed.json', fr: 'Télécharger feed.json', en: 'Download feed.json' },
  downloadStats: {
    nl: 'Download feed.stats.json',
    fr: 'Télécharger feed.stats.json',
    en: 'Download feed.stats.json',
  },
  feedHelp: {
    nl: 'feed.json is het hele netwerk: zet het op de plek waar de widgets het lezen.',
    fr: 'feed.json est le réseau entier : placez-le là où les widgets le lisent.',
    en: 'feed.json is the whole network: put it where the widgets read it.',
  },
  statsHelp: {
    nl: 'feed.stats.json bevat alleen de aantallen: pagina’s die alleen tellers tonen, wijzen ernaar en laden zo een paar honderd bytes in plaats van het hele netwerk.',
    fr: 'feed.stats.json ne contient que les nombres : les pages qui ne montrent que des compteurs pointent vers lui et chargent ainsi quelques centaines d’octets au lieu du réseau entier.',
    en: 'feed.stats.json holds only the counts: pages that show only counters point at it and so load a few hundred bytes instead of the whole network.',
  },
  preview: { nl: 'Voorbeeld', fr: 'Aperçu', en: 'Preview' },
  previewHelp: {
    nl: 'Zo tonen de widgets het resultaat, nog voor het op de website staat.',
    fr: 'Voici comment les widgets montrent le résultat, avant même sa mise en ligne.',
    en: 'This is how the widgets show the result, before it is on the website.',
  },
  counter: { nl: 'Tellers', fr: 'Compteurs', en: 'Counters' },
  card: { nl: 'Kaartje', fr: 'Fiche', en: 'Card' },
  map: { nl: 'Netwerkkaart', fr: 'Carte du réseau', en: 'Network map' },
  list: { nl: 'Lijst', fr: 'Liste', en: 'List' },
  view: { nl: 'Weergave van de kaart', fr: 'Affichage de la carte', en: 'View of the map' },
  graph: { nl: 'Netwerk', fr: 'Réseau', en: 'Network' },
  geo: { nl: 'Kaart', fr: 'Carte', en: 'Map' },
  listView: { nl: 'Lijst', fr: 'Liste', en: 'List' },
  language: { nl: 'Taal', fr: 'Langue', en: 'Language' },
  skip: { nl: 'Naar de studio', fr: 'Aller au studio', en: 'Skip to the studio' },
} as const satisfies Record<string, Text>;

/** `{name}` in a text replaced by its value. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
