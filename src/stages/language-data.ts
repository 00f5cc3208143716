/**
 * Language knowledge as data: the stop words that make running prose look
 * like prose, whatever the language. Code reads the union of these lists and
 * never branches on a language, so adding a language means adding a list.
 */

/** The words of every language's list, in one set: what the code reads. */
function everyLanguage(lists: Readonly<Record<string, readonly string[]>>): ReadonlySet<string> {
  return new Set(Object.values(lists).flat())
}

/**
 * The most frequent function words of each language (articles, pronouns,
 * prepositions, conjunctions, auxiliaries), lowercased. Navigation, button
 * rows and link lists have few of them; sentences have many (jusText's
 * stop-word density).
 */
export const stopWords: Readonly<Record<string, readonly string[]>> = {
  en: [
    'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can',
    'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'i', 'if', 'in',
    'into', 'is', 'it', 'its', 'more', 'not', 'of', 'on', 'one', 'or', 'our', 'out', 'said', 'she', 'so', 'than',
    'that', 'the', 'their', 'them', 'there', 'they', 'this', 'to', 'up', 'was', 'we', 'were', 'what', 'when',
    'which', 'who', 'will', 'with', 'would', 'you'
  ],
  de: [
    'aber', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bis', 'das', 'dass', 'dem', 'den', 'der', 'des', 'die',
    'dies', 'diese', 'doch', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'es', 'für', 'hat', 'hatte', 'ich',
    'ihr', 'im', 'in', 'ist', 'kann', 'man', 'mit', 'nach', 'nicht', 'noch', 'nur', 'oder', 'sich', 'sie', 'sind',
    'so', 'um', 'und', 'uns', 'unter', 'vom', 'von', 'vor', 'war', 'was', 'wenn', 'werden', 'wie', 'wir', 'wird',
    'wurde', 'zu', 'zum', 'zur'
  ],
  fr: [
    'au', 'aux', 'avec', 'ce', 'ces', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'en', 'est', 'et', 'il', 'ils',
    'je', 'la', 'le', 'les', 'leur', 'lui', 'mais', 'nous', 'ont', 'ou', 'par', 'pas', 'plus', 'pour', 'qu', 'que',
    'qui', 'sa', 'sans', 'se', 'son', 'sont', 'sur', 'un', 'une', 'été', 'était'
  ],
  es: [
    'al', 'como', 'con', 'de', 'del', 'el', 'ella', 'en', 'era', 'es', 'esta', 'este', 'fue', 'ha', 'han', 'la',
    'las', 'le', 'lo', 'los', 'más', 'no', 'para', 'pero', 'por', 'que', 'se', 'sin', 'sobre', 'su', 'sus', 'también',
    'un', 'una', 'y', 'ya'
  ],
  it: [
    'al', 'alla', 'anche', 'che', 'con', 'da', 'dei', 'del', 'della', 'di', 'è', 'gli', 'ha', 'il', 'in', 'la', 'le',
    'lo', 'ma', 'nel', 'nella', 'non', 'per', 'più', 'sono', 'su', 'un', 'una'
  ],
  pt: [
    'ao', 'as', 'com', 'da', 'das', 'de', 'do', 'dos', 'e', 'é', 'ela', 'ele', 'em', 'foi', 'mais', 'mas', 'na',
    'não', 'no', 'nos', 'o', 'os', 'para', 'pela', 'pelo', 'por', 'que', 'se', 'sua', 'seu', 'um', 'uma'
  ],
  nl: [
    'aan', 'als', 'bij', 'dat', 'de', 'die', 'dit', 'een', 'en', 'er', 'het', 'hij', 'in', 'is', 'maar', 'met',
    'niet', 'nog', 'of', 'om', 'ook', 'op', 'over', 'te', 'van', 'voor', 'was', 'werd', 'wordt', 'zijn', 'ze'
  ],
  ru: [
    'а', 'без', 'был', 'была', 'были', 'было', 'в', 'во', 'все', 'да', 'для', 'до', 'его', 'её', 'если', 'же', 'за',
    'и', 'из', 'или', 'к', 'как', 'когда', 'ли', 'на', 'не', 'но', 'о', 'об', 'он', 'она', 'они', 'от', 'по', 'при',
    'с', 'так', 'также', 'то', 'только', 'у', 'что', 'это'
  ],
  pl: [
    'a', 'ale', 'by', 'do', 'i', 'jak', 'jest', 'jego', 'już', 'na', 'nie', 'o', 'od', 'po', 'przez', 'się', 'są',
    'tak', 'także', 'to', 'w', 'we', 'z', 'za', 'że'
  ]
}

/** Every stop word of every language, for a language-blind density. */
export const allStopWords: ReadonlySet<string> = everyLanguage(stopWords)

/**
 * Verbs that open the description of a person after their name, as author
 * boxes under an article read (`Jane Doe is a reporter at …`, `Jane Doe
 * leitet das Ressort …`, `Jane Doe écrit sur …`): the name and one of these
 * open an author's biography. Present tense only: a story tells what its
 * people did in the past tense. Lowercased, per language.
 */
export const biographyVerbs: Readonly<Record<string, readonly string[]>> = {
  en: ['is', 'writes', 'covers', 'reports', 'joined', 'works', 'leads', 'lives', 'teaches'],
  de: ['ist', 'leitet', 'arbeitet', 'schreibt', 'berichtet', 'studierte', 'lebt', 'betreut', 'lehrt'],
  fr: ['est', 'écrit', 'travaille', 'dirige', 'vit', 'couvre'],
  es: ['es', 'escribe', 'trabaja', 'dirige', 'vive', 'cubre'],
  it: ['è', 'scrive', 'lavora', 'dirige', 'vive'],
  pt: ['é', 'escreve', 'trabalha', 'dirige', 'vive'],
  nl: ['is', 'schrijft', 'werkt', 'leidt', 'woont'],
  pl: ['jest', 'pisze', 'pracuje', 'kieruje']
}

/** Every biography verb of every language. */
export const allBiographyVerbs: ReadonlySet<string> = everyLanguage(biographyVerbs)

/**
 * Labels of contact details (`Telephone:`, `Fax`, `E-mail:`, `Hotline`),
 * per language, lowercased, one word each: a paragraph full of them is a contact box or a
 * footer, not article prose.
 */
export const contactLabels: Readonly<Record<string, readonly string[]>> = {
  en: ['telephone', 'phone', 'tel', 'fax', 'e-mail', 'email', 'hotline', 'toll-free', 'helpline'],
  de: ['telefon', 'tel', 'fax', 'e-mail', 'hotline', 'öffnungszeiten', 'sprechzeiten'],
  fr: ['téléphone', 'tél', 'fax', 'courriel', 'e-mail', 'horaires'],
  es: ['teléfono', 'tel', 'fax', 'correo', 'horario'],
  it: ['telefono', 'tel', 'fax', 'e-mail', 'orari'],
  pt: ['telefone', 'tel', 'fax', 'e-mail', 'horário'],
  nl: ['telefoon', 'tel', 'fax', 'e-mail', 'openingstijden']
}

/** Every contact label of every language. */
export const allContactLabels: ReadonlySet<string> = everyLanguage(contactLabels)

/**
 * Units and measures that ingredient and parts lists print after a
 * quantity (`50 gr de manteiga`, `1 tablespoon ground cinnamon`,
 * `65 g Margarine`), by language, lowercased. A line that opens with a
 * quantity and one of these is a list entry of the article's data, not a
 * menu item or a headline.
 */
export const quantityUnits: Readonly<Record<string, readonly string[]>> = {
  metric: ['g', 'gr', 'grs', 'kg', 'mg', 'ml', 'cl', 'dl', 'l', 'cm', 'mm'],
  en: ['oz', 'lb', 'lbs', 'cup', 'cups', 'tbsp', 'tsp', 'tablespoon', 'tablespoons', 'teaspoon', 'teaspoons', 'pinch', 'clove', 'cloves', 'can', 'cans', 'slice', 'slices', 'pound', 'pounds', 'ounce', 'ounces', 'large', 'medium', 'small', 'cube', 'cubes', 'packet', 'packets', 'bunch', 'sprig', 'sprigs', 'handful', 'stick', 'sticks', 'pint', 'pints', 'dash'],
  de: ['el', 'tl', 'prise', 'stück', 'stk', 'pck', 'päckchen', 'becher', 'bund', 'zehe', 'zehen', 'dose', 'msp', 'tasse', 'tassen', 'scheibe', 'scheiben', 'würfel', 'packung', 'packungen', 'handvoll', 'zweig', 'zweige'],
  fr: ['cuillère', 'cuillères', 'c.', 'pincée', 'gousse', 'gousses', 'tasse', 'tasses', 'tranche', 'tranches', 'cube', 'cubes', 'sachet', 'sachets', 'pincées', 'botte', 'brin', 'brins'],
  es: ['cucharada', 'cucharadas', 'cucharadita', 'cucharaditas', 'taza', 'tazas', 'pizca', 'diente', 'dientes', 'unidad', 'unidades', 'cubo', 'cubos', 'sobre', 'sobres', 'ramita', 'ramitas', 'pizcas'],
  pt: ['colher', 'colheres', 'xícara', 'xícaras', 'pitada', 'dente', 'dentes', 'unidade', 'unidades', 'lata', 'latas', 'cubo', 'cubos', 'pacote', 'pacotes'],
  it: ['cucchiaio', 'cucchiai', 'cucchiaino', 'cucchiaini', 'pizzico', 'spicchio', 'spicchi', 'tazza', 'tazze', 'dado', 'dadi', 'bustina', 'bustine', 'rametto'],
  pl: ['łyżka', 'łyżki', 'łyżeczka', 'łyżeczki', 'szklanka', 'szklanki', 'dag', 'szczypta', 'ząbek', 'ząbki']
}

/** All quantity units, of every language. */
export const allQuantityUnits: ReadonlySet<string> = everyLanguage(quantityUnits)

/**
 * Nouns of pictures and media that a credit names before its label (`Fotos
 * von Jane Doe`, `alle Bilder von …`, `Photos by …`, `Illustration von …`),
 * per language, lowercased: the name after them took the pictures, it did
 * not write the article.
 */
export const creditNouns: Readonly<Record<string, readonly string[]>> = {
  en: ['photo', 'photos', 'photograph', 'photographs', 'photography', 'picture', 'pictures', 'image', 'images', 'illustration', 'illustrations', 'graphic', 'graphics', 'video', 'videos', 'map', 'maps'],
  de: ['foto', 'fotos', 'bild', 'bilder', 'aufnahme', 'aufnahmen', 'illustration', 'illustrationen', 'grafik', 'grafiken', 'video', 'videos', 'karte', 'zeichnung', 'zeichnungen'],
  fr: ['photo', 'photos', 'image', 'images', 'illustration', 'illustrations', 'vidéo', 'vidéos', 'dessin', 'dessins'],
  es: ['foto', 'fotos', 'fotografía', 'fotografías', 'imagen', 'imágenes', 'ilustración', 'ilustraciones', 'vídeo', 'video'],
  it: ['foto', 'immagine', 'immagini', 'illustrazione', 'illustrazioni', 'video'],
  pt: ['foto', 'fotos', 'fotografia', 'imagem', 'imagens', 'ilustração', 'vídeo'],
  nl: ['foto', "foto's", 'beeld', 'afbeelding', 'illustratie', 'video'],
  ru: ['фото', 'фотография', 'иллюстрация', 'видео'],
  pl: ['zdjęcie', 'zdjęcia', 'fot', 'ilustracja', 'wideo']
}

/** Every credit noun of every language. */
export const allCreditNouns: ReadonlySet<string> = everyLanguage(creditNouns)

/**
 * Words after a name that make it a picture's credit (`新华社记者 Jane Doe
 * 摄`: photographed by), per language: the name took the picture, it did
 * not write the article.
 */
export const creditMarks: Readonly<Record<string, readonly string[]>> = {
  zh: ['摄', '摄影', '拍摄']
}

/** Every credit mark of every language. */
export const allCreditMarks: readonly string[] = Object.values(creditMarks).flat()

/**
 * Words that join the last two names of a list of authors (`Jane Doe and
 * John Roe`, `Jane Doe und John Roe`, `Jane Doe y John Roe`), per language,
 * lowercased.
 */
export const nameConjunctions: Readonly<Record<string, readonly string[]>> = {
  en: ['and', '&'],
  de: ['und'],
  fr: ['et'],
  es: ['y', 'e'],
  it: ['e', 'ed'],
  pt: ['e'],
  nl: ['en'],
  pl: ['i'],
  ru: ['и']
}

/** Every name conjunction of every language. */
export const allNameConjunctions: ReadonlySet<string> = everyLanguage(nameConjunctions)

/**
 * Names of a newsroom that sign an article instead of a person
 * (`Redaktion`, `Staff`), per language, lowercased: headers print them
 * where a name stands, and they are no section or menu word there.
 */
export const teamNames: Readonly<Record<string, readonly string[]>> = {
  en: ['staff', 'newsroom', 'editors', 'editorial team'],
  de: ['redaktion', 'onlineredaktion', 'online-redaktion'],
  fr: ['rédaction', 'la rédaction'],
  es: ['redacción'],
  it: ['redazione'],
  pt: ['redação', 'redacção'],
  nl: ['redactie']
}

/** Every team name of every language. */
export const allTeamNames: ReadonlySet<string> = everyLanguage(teamNames)

/**
 * Words that open a writer's sign-off under a text (`Euer Jan`, `Cheers,
 * Jane`, `Liebe Grüße`), per language, lowercased. Possessives that also
 * open a prompt (`Ihre Meinung`, `Your comment`) are left out.
 */
export const signOffWords: Readonly<Record<string, readonly string[]>> = {
  en: ['cheers', 'yours', 'regards', 'sincerely', 'xoxo'],
  de: ['euer', 'eure', 'grüße', 'gruß', 'lg'],
  fr: ['bises', 'bisous', 'amitiés', 'cordialement'],
  es: ['saludos', 'abrazos', 'atentamente'],
  it: ['saluti', 'cordiali', 'baci'],
  pt: ['abraços', 'beijos', 'atenciosamente'],
  nl: ['groetjes', 'groeten', 'liefs']
}

/** Every sign-off word of every language. */
export const allSignOffWords: ReadonlySet<string> = everyLanguage(signOffWords)

/**
 * Job titles that bylines print after the name (`Jane Doe, AP Sports
 * Writer`, `Jane Doe, Redakteurin`), per language, lowercased: the last
 * word of a role, so that any words before it (`Senior`, `Political`) go
 * with it.
 */
export const jobTitles: Readonly<Record<string, readonly string[]>> = {
  en: ['writer', 'reporter', 'editor', 'correspondent', 'contributor', 'columnist', 'journalist', 'producer', 'photographer', 'analyst', 'critic', 'expert'],
  de: ['fotograf', 'fotografin', 'experte', 'expertin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'journalist', 'journalistin', 'autor', 'autorin', 'reporter', 'reporterin', 'chefredakteur', 'chefredakteurin', 'volontär', 'volontärin'],
  fr: ['rédacteur', 'rédactrice', 'journaliste', 'correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale'],
  es: ['periodista', 'redactor', 'redactora', 'corresponsal', 'editor', 'editora'],
  it: ['giornalista', 'redattore', 'redattrice', 'corrispondente', 'inviato', 'inviata'],
  pt: ['jornalista', 'redator', 'redatora', 'correspondente', 'repórter'],
  nl: ['redacteur', 'verslaggever', 'correspondent', 'journalist']
}

/** Every job title of every language. */
export const allJobTitles: ReadonlySet<string> = everyLanguage(jobTitles)

/**
 * Offices that an official signs a statement or a letter with, under the
 * name (`Jane Doe` / `Bundesvorsitzende`), per language, lowercased; a
 * compound ends in one (`Landesvorsitzender`).
 */
export const officeTitles: Readonly<Record<string, readonly string[]>> = {
  en: ['president', 'chairman', 'chairwoman', 'chair', 'director', 'ceo', 'minister', 'mayor', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'founder'],
  de: ['vorsitzender', 'vorsitzende', 'präsident', 'präsidentin', 'bürgermeister', 'bürgermeisterin', 'geschäftsführer', 'geschäftsführerin', 'minister', 'ministerin', 'sprecher', 'sprecherin', 'gründer', 'gründerin', 'direktor', 'direktorin'],
  fr: ['président', 'présidente', 'directeur', 'directrice', 'maire', 'ministre', 'porte-parole', 'fondateur', 'fondatrice'],
  es: ['presidente', 'presidenta', 'director', 'directora', 'alcalde', 'alcaldesa', 'ministro', 'ministra', 'portavoz', 'fundador', 'fundadora'],
  it: ['presidente', 'direttore', 'direttrice', 'sindaco', 'ministro', 'portavoce', 'fondatore', 'fondatrice'],
  pt: ['presidente', 'diretor', 'diretora', 'prefeito', 'prefeita', 'ministro', 'ministra', 'porta-voz', 'fundador', 'fundadora'],
  nl: ['voorzitter', 'directeur', 'burgemeester', 'minister', 'woordvoerder', 'oprichter']
}

/** Every office title of every language. */
export const allOfficeTitles: readonly string[] = [...everyLanguage(officeTitles)]

/**
 * Words that end a newspaper's or magazine's name (`Harbour Gazette
 * International`, `Reiter Magazin`), per language, lowercased: a byline
 * that runs on into one ends before the publication's name.
 */
export const publicationWords: Readonly<Record<string, readonly string[]>> = {
  en: ['international', 'magazine', 'journal', 'review', 'gazette', 'herald', 'tribune', 'online'],
  de: ['magazin', 'zeitung', 'revue', 'rundschau', 'anzeiger', 'kurier', 'online'],
  fr: ['magazine', 'revue', 'hebdo', 'quotidien'],
  es: ['revista', 'diario', 'periódico'],
  it: ['rivista', 'giornale', 'quotidiano'],
  pt: ['revista', 'jornal'],
  nl: ['magazine', 'krant', 'dagblad']
}

/** Every publication word of every language. */
export const allPublicationWords: ReadonlySet<string> = everyLanguage(publicationWords)

/**
 * The writer's role in a credits box that lists each contributor under a
 * role (`Interview` / `Jane Doe` / `Photographer` / `John Roe`), per
 * language, lowercased.
 */
export const writingRoles: Readonly<Record<string, readonly string[]>> = {
  en: ['interview', 'text', 'words', 'story', 'report'],
  de: ['interview', 'text', 'reportage', 'autor', 'autorin'],
  fr: ['interview', 'entretien', 'texte', 'reportage'],
  es: ['entrevista', 'texto', 'reportaje'],
  it: ['intervista', 'testo', 'reportage'],
  pt: ['entrevista', 'texto', 'reportagem'],
  nl: ['interview', 'tekst', 'reportage']
}

/** Every writing role of every language. */
export const allWritingRoles: ReadonlySet<string> = everyLanguage(writingRoles)

/**
 * Labels that introduce the author's name beyond the prepositions (`Text:`,
 * `About the author`, `Das Gespräch führte`, `Propos recueillis par`), per
 * language, lowercased; read with the labels of `header-data.ts`.
 */
export const authorLabels: Readonly<Record<string, readonly string[]>> = {
  en: ['about the author', 'words:', 'words by', 'story by', 'interview by', 'column by', 'thread starter', 'original poster'],
  de: [
    'über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'das gespräch führte', 'interview von',
    'ein interview von', 'ein beitrag von', 'ein artikel von', 'kolumnist', 'kolumnistin', 'kolumnist*in', 'autor*in',
    'autor/in', 'autor/-in', 'autor*innen', 'autor:innen', 'autor_innen', 'text & fotos', 'text und fotos', 'text & bild', 'text und bild', 'text & foto', 'text und foto', 'text von', 'themenstarter'
  ],
  fr: ["à propos de l'auteur", 'propos recueillis par', 'écrit par', 'publié par', 'rédigé par'],
  es: ['escrito por', 'publicado por', 'sobre el autor', 'entrevista de'],
  it: ['scritto da', 'pubblicato da', "sull'autore", 'a cura di'],
  pt: ['escrito por', 'publicado por', 'sobre o autor'],
  nl: ['geschreven door', 'over de auteur'],
  ru: ['автор', 'автор:', 'текст:', 'об авторе'],
  pl: ['tekst:', 'o autorze'],
  zh: ['责任编辑', '作者', '记者', '编辑']
}

/** Every author label of every language. */
export const allAuthorLabels: ReadonlySet<string> = everyLanguage(authorLabels)

/**
 * Words after an author's name that close it on a meta line (`by Jane Doe
 * in Politics`, `von Jane Doe mit John Roe`), per language, lowercased.
 */
export const afterNameWords: Readonly<Record<string, readonly string[]>> = {
  en: ['in', 'with', 'under'],
  de: ['in', 'im', 'mit', 'unter'],
  fr: ['dans', 'avec'],
  es: ['en', 'con'],
  it: ['in', 'con'],
  pt: ['em', 'com'],
  nl: ['in', 'met']
}

/** Every after-name word of every language. */
export const allAfterNameWords: ReadonlySet<string> = everyLanguage(afterNameWords)

/**
 * Links that pages print under an author's name to the author's page or
 * address (`All articles`, `Alle Artikel`, `Tous ses articles`, `Ota
 * yhteyttä`: get in touch), per language,
 * lowercased: a lone name over one of them is the author's, not a
 * kicker's or a caption's.
 */
export const profileLinks: Readonly<Record<string, readonly string[]>> = {
  en: ['all articles', 'all posts', 'all stories', 'more articles', 'more stories', 'view profile', 'author profile', 'view all posts', 'contact the author', 'email the author'],
  de: ['alle artikel', 'alle beiträge', 'zeige alle artikel', 'zeige alle beiträge', 'weitere artikel', 'zum profil', 'autorenprofil', 'mehr vom autor', 'mehr von der autorin', 'autor kontaktieren', 'kontakt zum autor'],
  fr: ['tous ses articles', 'voir le profil', 'voir ses articles'],
  es: ['todos sus artículos', 'ver perfil', 'más artículos'],
  it: ['tutti gli articoli', 'vedi profilo'],
  pt: ['todos os artigos', 'ver perfil'],
  nl: ['alle artikelen', 'bekijk profiel'],
  fi: ['kirjoittajan muut jutut', 'ota yhteyttä', 'kaikki jutut']
}

/** Every profile link of every language. */
export const allProfileLinks: ReadonlySet<string> = everyLanguage(profileLinks)

/**
 * How links to more of the author's work end (`Zu allen Rezepten vom
 * Autor`, `More posts by this author`), per language, lowercased: a short
 * line that ends so is a profile link too.
 */
export const profileLinkEndings: Readonly<Record<string, readonly string[]>> = {
  en: ['by this author', 'by the author', 'from this author', 'from the author'],
  de: ['vom autor', 'von der autorin', 'dieses autors', 'dieser autorin'],
  fr: ["de l'auteur", "de l’auteur", "de l'autrice", "de l’autrice", 'de cet auteur'],
  es: ['del autor', 'de la autora', 'de este autor'],
  it: ["dell'autore", 'dell’autore', "dell'autrice", 'dell’autrice'],
  pt: ['do autor', 'da autora', 'deste autor'],
  nl: ['van de auteur', 'van deze auteur']
}

/** Every profile link ending of every language. */
export const allProfileLinkEndings: readonly string[] = Object.values(profileLinkEndings).flat()

/**
 * Words that open a note of co-authors in brackets after the author's
 * name (`Jane Doe (with John Roe)`, `(avec …)`), per language, lowercased.
 */
export const coauthorWords: Readonly<Record<string, readonly string[]>> = {
  en: ['with'],
  de: ['mit'],
  fr: ['avec'],
  es: ['con'],
  it: ['con'],
  pt: ['com'],
  nl: ['met']
}

/** Every co-author word of every language. */
export const allCoauthorWords: ReadonlySet<string> = everyLanguage(coauthorWords)

/**
 * Verbs and nouns that open a meta line before the author's label
 * (`Posted in News by …`, `Veröffentlicht am … von …`, `Ein Artikel von
 * …`), per language, lowercased: words before a label that leave it a
 * label, where any other word makes it a phrase (`Leasing von Autos`).
 */
export const bylineOpeners: Readonly<Record<string, readonly string[]>> = {
  en: ['posted', 'written', 'published', 'filed', 'blog', 'post', 'story', 'article', 'column', 'words', 'edited', 'created', 'reviewed', 'all', 'more', 'stories', 'articles'],
  de: ['veröffentlicht', 'gepostet', 'publiziert', 'geschrieben', 'gespeichert', 'erstellt', 'eingetragen', 'eingestellt', 'verfasst', 'beitrag', 'artikel', 'gastbeitrag', 'kolumne', 'text', 'bericht', 'interview', 'ein', 'eine', 'zum', 'profil', 'alles', 'alle', 'mehr', 'beiträge'],
  fr: ['publié', 'publiée', 'écrit', 'écrite', 'rédigé', 'article', 'billet', 'chronique', 'tribune'],
  es: ['publicado', 'publicada', 'escrito', 'escrita', 'artículo', 'columna', 'nota'],
  it: ['pubblicato', 'pubblicata', 'scritto', 'scritta', 'articolo', 'rubrica'],
  pt: ['publicado', 'publicada', 'escrito', 'escrita', 'artigo', 'coluna'],
  nl: ['gepubliceerd', 'geschreven', 'geplaatst', 'artikel', 'column']
}

/** Every byline opener of every language. */
export const allBylineOpeners: ReadonlySet<string> = everyLanguage(bylineOpeners)

/**
 * Common given names, per language area, lowercased: a line of a given
 * name and a surname right under or over the headline is the byline even
 * with no label or date beside it (`Jane Doe` under the standfirst), where
 * a line of two other capitalised words is a kicker or a subheading
 * (`Grüner Wasserstoff`, `View Photos`).
 */
export const givenNames: Readonly<Record<string, readonly string[]>> = {
  en: [
    'aaron', 'adam', 'alan', 'alex', 'alexander', 'alexandra', 'alice', 'alison', 'amanda', 'amber', 'amy', 'andrew', 'andy', 'angela', 'ann', 'anna', 'anne',
    'anthony', 'ashley', 'barbara', 'ben', 'benjamin', 'beth', 'bill', 'bob', 'brad', 'brandon', 'brian', 'bruce', 'carl', 'caroline', 'catherine', 'charles',
    'charlie', 'charlotte', 'chris', 'christina', 'christine', 'christopher', 'claire', 'craig', 'dan', 'daniel', 'david', 'deborah', 'dennis', 'diana',
    'donald', 'douglas', 'dylan', 'edward', 'elizabeth', 'ellen', 'emily', 'emma', 'eric', 'erin', 'ethan', 'frank', 'gary', 'george', 'grace', 'greg',
    'gregory', 'hannah', 'harry', 'heather', 'helen', 'henry', 'ian', 'jack', 'jacob', 'james', 'jamie', 'jane', 'janet', 'jason', 'jeff', 'jeffrey',
    'jennifer', 'jenny', 'jeremy', 'jessica', 'jill', 'jim', 'joe', 'john', 'jon', 'jonathan', 'joseph', 'josh', 'joshua', 'julia', 'julie', 'justin',
    'karen', 'kate', 'katherine', 'kathryn', 'katie', 'keith', 'kelly', 'kevin', 'kim', 'kyle', 'laura', 'lauren', 'lee', 'linda', 'lisa', 'liz', 'lucy',
    'luke', 'margaret', 'maria', 'mark', 'martin', 'mary', 'matt', 'matthew', 'megan', 'melissa', 'michael', 'michelle', 'mike', 'natalie', 'nathan',
    'nicholas', 'nick', 'nicole', 'oliver', 'olivia', 'patrick', 'paul', 'peter', 'philip', 'rachel', 'rebecca', 'richard', 'rob', 'robert', 'roger',
    'ryan', 'sam', 'samantha', 'samuel', 'sara', 'sarah', 'scott', 'sean', 'sophie', 'stephen', 'steve', 'steven', 'susan', 'thomas', 'tim', 'timothy',
    'tom', 'tony', 'victoria', 'william', 'zoe', 'dave', 'ken', 'ron', 'don', 'rick', 'pete', 'phil', 'kathy', 'sue', 'larry', 'jerry', 'terry',
    'danny', 'jimmy', 'johnny', 'tommy', 'eddie', 'sally', 'molly', 'holly', 'logan', 'tyler', 'austin', 'jordan', 'taylor', 'madeleine', 'lindsey'
  ],
  de: [
    'andrea', 'andreas', 'anja', 'anke', 'annette', 'axel', 'beate', 'bernd', 'birgit', 'björn', 'carsten', 'christian', 'christiane', 'christoph',
    'claudia', 'daniela', 'dieter', 'dirk', 'doris', 'elke', 'felix', 'florian', 'frank', 'franziska', 'friedrich', 'gabriele', 'georg', 'gerhard', 'gisela',
    'günter', 'hans', 'harald', 'heike', 'heinz', 'helmut', 'holger', 'ingrid', 'jan', 'jana', 'jens', 'jörg', 'johanna', 'johannes', 'jonas', 'jürgen',
    'julian', 'jutta', 'karin', 'karl', 'katharina', 'kathrin', 'katrin', 'klaus', 'kerstin', 'lars', 'lea', 'lena', 'leonie', 'lukas', 'manfred', 'manuela',
    'marc', 'marcel', 'marco', 'marcus', 'marie', 'marina', 'marion', 'markus', 'martina', 'matthias', 'max', 'maximilian', 'melanie', 'michaela', 'monika',
    'nadine', 'nils', 'nina', 'norbert', 'petra', 'philipp', 'ralf', 'ralph', 'regina', 'reinhard', 'renate', 'rolf', 'sabine', 'sandra', 'sascha',
    'sebastian', 'silke', 'simon', 'simone', 'sonja', 'stefan', 'stefanie', 'steffen', 'stephanie', 'susanne', 'sven', 'tanja', 'thorsten',
    'tobias', 'torsten', 'ulrich', 'ulrike', 'ursula', 'ute', 'uwe', 'volker', 'werner', 'wolfgang', 'yvonne'
  ],
  fr: [
    'alain', 'amélie', 'antoine', 'arnaud', 'aurélie', 'benoît', 'bernard', 'camille', 'cécile', 'céline', 'chloé', 'christophe', 'claude', 'clément',
    'delphine', 'denis', 'didier', 'dominique', 'élise', 'émilie', 'éric', 'étienne', 'fabien', 'florence', 'françois', 'françoise', 'frédéric', 'guillaume',
    'hélène', 'isabelle', 'jacques', 'jean', 'jérôme', 'julien', 'laurent', 'léa', 'louis', 'luc', 'lucie', 'manon', 'marc', 'marine', 'mathieu',
    'mathilde', 'michel', 'nathalie', 'nicolas', 'olivier', 'pascal', 'philippe', 'pierre', 'sandrine', 'sébastien', 'sophie', 'stéphane', 'sylvie',
    'thierry', 'valérie', 'vincent', 'virginie', 'yves'
  ],
  es: [
    'alberto', 'alejandra', 'alejandro', 'ana', 'andrés', 'ángel', 'antonio', 'beatriz', 'carlos', 'carmen', 'carolina', 'cristina', 'diego', 'eduardo',
    'elena', 'enrique', 'fernando', 'francisco', 'gabriel', 'gabriela', 'guillermo', 'isabel', 'javier', 'jesús', 'jorge', 'josé', 'juan', 'laura', 'lucía',
    'luis', 'manuel', 'marta', 'miguel', 'natalia', 'pablo', 'patricia', 'pedro', 'rafael', 'ricardo', 'roberto', 'rocío', 'sergio', 'silvia', 'verónica',
    'víctor'
  ],
  it: [
    'alessandra', 'alessandro', 'andrea', 'angelo', 'chiara', 'davide', 'elisa', 'federica', 'federico', 'francesca', 'francesco', 'giacomo', 'gianluca',
    'giorgio', 'giovanni', 'giulia', 'giuseppe', 'lorenzo', 'luca', 'marco', 'matteo', 'paola', 'roberta', 'simona', 'stefano', 'valentina'
  ],
  pt: [
    'ana', 'bruno', 'carla', 'fernanda', 'gustavo', 'joão', 'juliana', 'leonardo', 'lucas', 'marcelo', 'mariana', 'paulo', 'rafaela', 'rodrigo', 'tiago'
  ],
  nl: ['bram', 'daan', 'eva', 'femke', 'jeroen', 'joost', 'koen', 'lotte', 'maarten', 'pieter', 'ruben', 'sanne', 'sander', 'wouter'],
  pl: [
    'agnieszka', 'anna', 'barbara', 'ewa', 'joanna', 'katarzyna', 'krzysztof', 'maciej', 'magdalena', 'małgorzata', 'marcin', 'marek', 'michał', 'paweł',
    'piotr', 'tomasz', 'wojciech'
  ]
}

/** Every given name of every language area. */
export const allGivenNames: ReadonlySet<string> = everyLanguage(givenNames)

/**
 * Words of a page's section headings and widgets (`Recent Posts`, `View
 * Comments`, `Filter Suche`, `Weitere Artikel`), per language, lowercased:
 * a short capitalised line with one of them is no person's name.
 */
export const sectionWords: Readonly<Record<string, readonly string[]>> = {
  en: ['recent', 'posts', 'latest', 'popular', 'related', 'trending', 'featured', 'archive', 'archives', 'search', 'menu', 'subscribe', 'newsletter', 'filter', 'login', 'contact', 'privacy', 'cookies', 'comments', 'view', 'more', 'stories', 'sections', 'products', 'shop', 'next', 'previous', 'prev', 'inc', 'ltd', 'llc', 'corp', 'pick', 'picks'],
  de: ['suche', 'suchen', 'anmelden', 'kontakt', 'impressum', 'datenschutz', 'weitere', 'neueste', 'beliebte', 'ähnliche', 'beiträge', 'kommentare', 'mehr', 'artikel', 'themen', 'rubriken', 'startseite', 'nächste', 'nächster', 'vorherige', 'vorheriger', 'zurück', 'weiter', 'gmbh', 'ag', 'kg'],
  fr: ['recherche', 'rechercher', 'articles', 'commentaires', 'connexion', 'contact', 'rubriques', 'plus'],
  es: ['buscar', 'búsqueda', 'artículos', 'comentarios', 'contacto', 'secciones', 'más'],
  it: ['cerca', 'articoli', 'commenti', 'contatti', 'sezioni'],
  pt: ['pesquisar', 'artigos', 'comentários', 'contato', 'seções'],
  nl: ['zoeken', 'artikelen', 'reacties', 'contact', 'rubrieken']
}

/** Every section word of every language. */
export const allSectionWords: ReadonlySet<string> = everyLanguage(sectionWords)

/**
 * Words of a page's controls and prompts (`Skip to content`, `Toggle
 * navigation`, `Hinterlasse einen Kommentar`, `Zu Favoriten hinzufügen`),
 * per language, lowercased: a line made mostly of them asks the reader to
 * do something on the page and says nothing of the article.
 */
export const interfaceWords: Readonly<Record<string, readonly string[]>> = {
  en: ['skip', 'jump', 'toggle', 'navigation', 'menu', 'content', 'login', 'logout', 'sign', 'signin', 'subscribe', 'subscriptions', 'settings', 'account', 'password', 'browser', 'cookie', 'cookies', 'comment', 'comments', 'reply', 'click', 'button', 'bookmark', 'favorites', 'favourites', 'register', 'newsletter'],
  de: ['springe', 'springen', 'navigation', 'hauptnavigation', 'menü', 'inhalt', 'anmelden', 'einloggen', 'abmelden', 'registrieren', 'konto', 'passwort', 'browser', 'cookies', 'kommentar', 'kommentare', 'kommentieren', 'hinterlasse', 'schreibe', 'antworten', 'favoriten', 'hinzufügen', 'merken', 'anklicken', 'klicken', 'button', 'abonnieren', 'newsletter', 'schließen', 'öffnen'],
  fr: ['aller', 'contenu', 'navigation', 'menu', 'connexion', 'connecter', 'abonner', 'abonnez', 'commentaire', 'commentaires', 'cliquez', 'bouton', 'favoris', 'newsletter', 'fermer'],
  es: ['saltar', 'contenido', 'navegación', 'menú', 'sesión', 'iniciar', 'suscríbete', 'suscribirse', 'comentario', 'comentarios', 'favoritos', 'botón', 'cerrar', 'boletín'],
  it: ['vai', 'contenuto', 'navigazione', 'menu', 'accedi', 'iscriviti', 'commento', 'commenti', 'preferiti', 'chiudi'],
  pt: ['pular', 'conteúdo', 'navegação', 'menu', 'entrar', 'assine', 'comentário', 'comentários', 'favoritos', 'fechar'],
  nl: ['naar', 'inhoud', 'navigatie', 'menu', 'inloggen', 'abonneren', 'reactie', 'reacties', 'favorieten', 'sluiten']
}

/** Every interface word of every language. */
export const allInterfaceWords: ReadonlySet<string> = everyLanguage(interfaceWords)
