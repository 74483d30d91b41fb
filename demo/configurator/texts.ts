/**
 * The configurator's own texts in nl, fr and en: a plain table (they are the demo's, not the
 * widgets', so no `msg()` and no XLIFF), like the studio's (demo/studio/texts.ts). Type and
 * province names come from the widgets' own catalogues.
 */
export type UiLang = 'nl' | 'fr' | 'en';
export type Text = Readonly<Record<UiLang, string>>;

export const TEXT = {
  title: { nl: 'Stel een widget samen', fr: 'Composez un widget', en: 'Compose a widget' },
  intro: {
    nl: 'Kies een widget en zijn instellingen, bekijk het resultaat en kopieer de code naar je pagina.',
    fr: 'Choisissez un widget et ses réglages, regardez le résultat et copiez le code dans votre page.',
    en: 'Pick a widget and its settings, look at the result and copy the code into your page.',
  },
  widget: { nl: 'Widget', fr: 'Widget', en: 'Widget' },
  widgets: {
    'member-counter': { nl: 'Teller', fr: 'Compteur', en: 'Counter' },
    'actor-card': { nl: 'Kaartje van een actor', fr: "Fiche d'un acteur", en: 'Actor card' },
    'network-map': { nl: 'Netwerkkaart', fr: 'Carte du réseau', en: 'Network map' },
    'actor-list': { nl: 'Lijst van actoren', fr: 'Liste des acteurs', en: 'Actor list' },
  },
  data: { nl: 'Gegevens', fr: 'Données', en: 'Data' },
  feed: { nl: 'Adres van de feed', fr: 'Adresse du flux', en: 'Feed URL' },
  script: { nl: 'Adres van het script', fr: 'Adresse du script', en: 'Script URL' },
  settings: { nl: 'Instellingen', fr: 'Réglages', en: 'Settings' },
  metric: { nl: 'Wat tellen', fr: 'Que compter', en: 'What to count' },
  format: { nl: 'Weergave van het getal', fr: 'Affichage du nombre', en: 'Number format' },
  exact: { nl: 'Exact (1.834)', fr: 'Exact (1 834)', en: 'Exact (1,834)' },
  plus: { nl: 'Afgerond (1.800+)', fr: 'Arrondi (1 800+)', en: 'Rounded (1,800+)' },
  label: {
    nl: 'Eigen tekst onder het getal (optioneel)',
    fr: 'Texte propre sous le nombre (facultatif)',
    en: 'Own text under the figure (optional)',
  },
  actor: { nl: 'Actor', fr: 'Acteur', en: 'Actor' },
  actorSearch: { nl: 'Zoek een actor', fr: 'Chercher un acteur', en: 'Search an actor' },
  noActor: { nl: 'Geen', fr: 'Aucun', en: 'None' },
  results: { nl: 'Gevonden actoren', fr: 'Acteurs trouvés', en: 'Actors found' },
  allActors: {
    nl: 'Alle actoren (behalve het netwerk)',
    fr: 'Tous les acteurs (sauf le réseau)',
    en: 'Every actor (but the network)',
  },
  duration: {
    nl: 'Duur van het optellen (ms; 0: meteen het getal)',
    fr: 'Durée du comptage (ms ; 0 : le nombre tout de suite)',
    en: 'Length of the count-up (ms; 0: the figure at once)',
  },
  headingLevel: {
    nl: 'Kopniveau van de naam (past in de structuur van je pagina)',
    fr: 'Niveau de titre du nom (selon la structure de votre page)',
    en: "Heading level of the name (to fit your page's outline)",
  },
  headingAuto: {
    nl: 'automatisch: één onder de kop ervoor',
    fr: 'automatique : un de moins que le titre qui précède',
    en: 'automatic: one below the heading before it',
  },
  focus: {
    nl: 'Actor die bij het laden gekozen is',
    fr: 'Acteur choisi au chargement',
    en: 'Actor selected on load',
  },
  expanded: {
    nl: 'Actor die bij het laden open staat',
    fr: 'Acteur ouvert au chargement',
    en: 'Actor opened on load',
  },
  syncUrl: {
    nl: 'Wat de lezer ziet in het adres van de pagina bewaren (sync-url)',
    fr: "Garder ce que voit le lecteur dans l'adresse de la page (sync-url)",
    en: "Keep what the reader sees in the page's address (sync-url)",
  },
  syncUrlHint: {
    nl: 'Lezers kunnen dan een link delen naar wat ze zien ("Kopieer link" bij een actor); Terug en Vooruit stappen door hun keuzes.',
    fr: "Les lecteurs peuvent alors partager un lien vers ce qu'ils voient (« Copier le lien » sur un acteur) ; Précédent et Suivant parcourent leurs choix.",
    en: 'Readers can then share a link to what they see ("Copy link" on an actor); Back and Forward step through their choices.',
  },
  query: {
    nl: 'Zoekterm bij het laden (optioneel)',
    fr: 'Recherche au chargement (facultatif)',
    en: 'Search on load (optional)',
  },
  variant: { nl: 'Variant', fr: 'Variante', en: 'Variant' },
  full: { nl: 'Volledig', fr: 'Complète', en: 'Full' },
  compact: { nl: 'Compact', fr: 'Compacte', en: 'Compact' },
  view: { nl: 'Weergave', fr: 'Affichage', en: 'View' },
  graph: { nl: 'Netwerk', fr: 'Réseau', en: 'Network' },
  geo: { nl: 'Kaart', fr: 'Carte', en: 'Map' },
  list: { nl: 'Lijst', fr: 'Liste', en: 'List' },
  types: { nl: 'Soorten (leeg: alle)', fr: 'Types (vide : tous)', en: 'Types (none: all)' },
  federation: { nl: 'Eén federatie', fr: 'Une fédération', en: 'One federation' },
  province: { nl: 'Eén provincie', fr: 'Une province', en: 'One province' },
  all: { nl: 'Alle', fr: 'Toutes', en: 'All' },
  look: { nl: 'Uiterlijk', fr: 'Apparence', en: 'Look' },
  language: { nl: 'Taal van de widget', fr: 'Langue du widget', en: 'Language of the widget' },
  pageLanguage: { nl: 'Die van de pagina', fr: 'Celle de la page', en: "The page's" },
  theme: { nl: 'Thema', fr: 'Thème', en: 'Theme' },
  light: { nl: 'Licht', fr: 'Clair', en: 'Light' },
  dark: { nl: 'Donker', fr: 'Sombre', en: 'Dark' },
  auto: { nl: 'Volgt het systeem', fr: 'Suit le système', en: 'Follows the system' },
  height: { nl: 'Hoogte (kaart, lijst)', fr: 'Hauteur (carte, liste)', en: 'Height (map, list)' },
  heightHelp: {
    nl: 'Een CSS-lengte (36rem, 600px, 80vh). Ze komt als <style>-regel in de code; een site met een strikte Content-Security-Policy zet die regel in haar eigen stylesheet.',
    fr: 'Une longueur CSS (36rem, 600px, 80vh). Elle figure dans le code comme règle <style> ; un site à Content-Security-Policy stricte place cette règle dans sa propre feuille de style.',
    en: 'A CSS length (36rem, 600px, 80vh). It goes into the code as a <style> rule; a site with a strict Content Security Policy puts that rule in its own stylesheet.',
  },
  form: { nl: 'Vorm van de code', fr: 'Forme du code', en: 'Form of the code' },
  element: { nl: 'Element (de meeste sites)', fr: 'Élément (la plupart des sites)', en: 'Element (most sites)' },
  div: {
    nl: 'CMS-veilige div (WordPress zonder unfiltered_html; het script staat al op de site)',
    fr: 'Div sûre pour CMS (WordPress sans unfiltered_html ; le script est déjà sur le site)',
    en: 'CMS-safe div (WordPress without unfiltered_html; the site already loads the script)',
  },
  formHelp: {
    nl: 'Kan je op je site gewone HTML plakken (een statische pagina, Drupal met volledige HTML, een beheerder op WordPress)? Kies dan het element. Haalt je CMS onbekende tags en scripts weg uit wat redacteurs plakken (WordPress voor wie geen unfiltered_html heeft)? Kies dan de div: de beheerder zet het script één keer op de site, redacteurs plakken alleen de div.',
    fr: "Votre site accepte le HTML tel quel (page statique, Drupal en HTML complet, administrateur WordPress) ? Choisissez l'élément. Votre CMS retire les balises inconnues et les scripts de ce que collent les rédacteurs (WordPress sans unfiltered_html) ? Choisissez la div : l'administrateur ajoute le script une fois au site, les rédacteurs ne collent que la div.",
    en: 'Can you paste plain HTML on your site (a static page, Drupal with full HTML, an administrator on WordPress)? Pick the element. Does your CMS strip unknown tags and scripts from what editors paste (WordPress for anyone without unfiltered_html)? Pick the div: the administrator adds the script to the site once, editors paste only the div.',
  },
  scriptFile: { nl: 'Welk script', fr: 'Quel script', en: 'Which script' },
  bundle: {
    nl: 'Alle widgets in één bestand (mf-widgets.js)',
    fr: 'Tous les widgets en un fichier (mf-widgets.js)',
    en: 'Every widget in one file (mf-widgets.js)',
  },
  loader: {
    nl: 'Alleen wat de pagina gebruikt, wanneer het in beeld komt (mf-loader.js)',
    fr: "Seulement ce qu'utilise la page, quand il approche (mf-loader.js)",
    en: 'Only what the page uses, when it comes into view (mf-loader.js)',
  },
  siteCode: {
    nl: 'Eén keer per site, voor de beheerder (bv. in de footer van het thema)',
    fr: "Une fois par site, pour l'administrateur (par ex. dans le pied de page du thème)",
    en: "Once per site, for the administrator (e.g. in the theme's footer)",
  },
  editorCode: { nl: 'Code voor de redacteur', fr: 'Code pour le rédacteur', en: 'Code for the editor' },
  copySite: { nl: 'Kopieer het script', fr: 'Copier le script', en: 'Copy the script' },
  preview: { nl: 'Voorbeeld', fr: 'Aperçu', en: 'Preview' },
  code: { nl: 'Code om te plakken', fr: 'Code à coller', en: 'Code to paste' },
  copy: { nl: 'Kopieer de code', fr: 'Copier le code', en: 'Copy the code' },
  copied: { nl: 'Gekopieerd.', fr: 'Copié.', en: 'Copied.' },
  copyFailed: {
    nl: 'Kopiëren lukte niet: selecteer de code en kopieer met Ctrl+C.',
    fr: 'La copie a échoué : sélectionnez le code et copiez avec Ctrl+C.',
    en: 'Copying failed: select the code and copy with Ctrl+C.',
  },
} as const;

/** Each language by its own name, in the widget's language select. */
export const LANGUAGES = [
  ['nl', 'Nederlands'],
  ['fr', 'Français'],
  ['en', 'English'],
] as const;
