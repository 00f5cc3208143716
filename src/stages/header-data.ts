/**
 * Language knowledge of the header as data: the words that introduce an
 * author's name, the furniture printed beside it on meta lines, and the
 * words that are not names although capitalised. Code reads these lists and
 * never branches on a language.
 */

/**
 * Words that introduce the author's name inside a line (`… by Jane Doe`,
 * `von Erika Muster`, `Par Jean Dupont`), lowercased.
 */
export const bylineLabels: readonly string[] = [
  'by', 'von', 'par', 'por', 'di', 'door', 'av', 'af', 'durch', 'written by', 'posted by', 'published by', 'erstellt von',
  'geschrieben von', 'veröffentlicht von', 'publiziert von', 'artikel von', 'beitrag von', 'text', 'texte', 'texto', 'autor',
  'autorin', 'autoren', 'author', 'authors', 'auteur', 'autore'
]

/** A byline label opening the line, longest labels first. */
const labelAtStart = new RegExp(`^(?:${[...bylineLabels].sort((a, b) => b.length - a.length).join('|')})\\s*:?\\s+`, 'iu')

/** Most words of a line read as a label and a name. */
const maximumLabelledNameWords = 5

/**
 * Whether a short line opens with a byline label (`By Jane Doe`, `von
 * Erika Muster`, `Text: Jane Doe`): a byline, never a headline. Longer
 * lines may open with the same word (`Von der Leyen warns …`).
 */
export function opensWithBylineLabel(text: string): boolean {
  return labelAtStart.test(text) && text.split(' ').length <= maximumLabelledNameWords
}

/**
 * What meta lines print after the name (`12 March 2021 Jane Doe 3 Comments`,
 * `Schreibe einen Kommentar`, `Kategorien: …`): the name ends where one starts.
 */
export const metaFurniture: readonly string[] = [
  'schreibe einen kommentar', 'schreibe eine antwort', 'hinterlasse einen kommentar', 'hinterlasse eine antwort', 'ein kommentar', 'keine kommentare', 'kommentare', 'kommentar',
  'leave a comment', 'leave a reply', 'laisser un commentaire', 'deja un comentario', 'lascia un commento', 'comments', 'comment', 'no comments', 'commentaires', 'commentaire', 'comentarios',
  'comentario', 'commenti', 'reacties', 'kategorien', 'kategorie', 'categories', 'category', 'catégories', 'tags', 'tagged',
  'schlagwörter', 'filed under', 'posted in', 'veröffentlicht in', 'lesezeit', 'lesedauer', 'reading time', 'min read',
  'follow', 'folgen', 'twitter', 'facebook', 'instagram', 'linkedin', 'e-mail', 'email', 'mail', 'profil', 'profile'
]

/**
 * Capitalised words that headers print beside a date and that are never a
 * name (`21.01.2022 Aktuelle Meldung`), lowercased.
 */
export const notNameWords: ReadonlySet<string> = new Set([
  'meldung', 'meldungen', 'aktuelle', 'aktuelles', 'nachricht', 'nachrichten', 'pressemitteilung', 'pressemitteilungen',
  'presse', 'news', 'update', 'updated', 'artikel', 'article', 'beitrag', 'interview', 'analyse', 'analysis', 'bericht',
  'kolumne', 'column', 'kommentar', 'meinung', 'opinion', 'gastbeitrag', 'blog', 'home', 'startseite', 'accueil', 'inicio',
  'redaktion', 'politik', 'wirtschaft', 'kultur', 'sport', 'video', 'videos', 'foto', 'fotos', 'photo', 'photos', 'bild',
  'bilder', 'podcast', 'live', 'ticker', 'uhr', 'min', 'minuten', 'minutes', 'letzte', 'aktualisierung', 'last', 'stand',
  'allgemein', 'uncategorized', 'general', 'sonstiges', 'ratgeber', 'tipps', 'test', 'review', 'reviews', 'magazin',
  'magazine', 'dossier', 'thema', 'themen', 'topic', 'topics', 'share', 'teilen', 'print', 'drucken', 'vorlesen', 'listen'
])

/**
 * Job titles that pages print after the name or glued to it (`Jane
 * DoeStaff Writer`, `Jane Doe, Political Editor`), lowercased.
 */
export const roleWords: readonly string[] = [
  'staff writer', 'senior writer', 'staff reporter', 'senior reporter', 'reporter', 'political editor', 'editor', 'correspondent',
  'contributor', 'columnist', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'journalist', 'journalistin',
  'chefredakteur', 'chefredakteurin', 'rédacteur', 'rédactrice', 'periodista', 'redactor', 'redactora'
]

/**
 * News agencies that sign an article alone where a person's name stands
 * (`Reuters`, `JIJI`, `dpa`), lowercased: a one-word line of one over a
 * date under the headline is the byline.
 */
export const newsAgencies: ReadonlySet<string> = new Set([
  'ap', 'afp', 'reuters', 'dpa', 'epd', 'kna', 'apa', 'sda', 'ansa', 'efe', 'pap', 'tass', 'xinhua', 'upi', 'ians', 'pti', 'yonhap', 'kyodo', 'jiji',
  'aap', 'sid', 'belga', 'anp', 'lusa', 'ctk', 'čtk', 'mti', 'bta', 'agerpres', 'bloomberg', 'associated press', 'canadian press',
  'press association', 'agence france-presse'
])
