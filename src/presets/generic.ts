import type {Preset} from './types.js'

/**
 * Labels of buttons and widgets that pages print around an article and that
 * copying runs together (`Share this articleComments`). A line made only of
 * these, glued or separated by punctuation, is furniture.
 */
const uiLabel = [
  'share(?: this(?: article| story| page| post)?)?(?: (?:on|via|to) (?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|more|reddit|pinterest|messenger|flipboard))?',
  'share all sharing options(?: for)?',
  'addthis sharing buttons',
  'comments?',
  'close(?: button)?',
  // A photo viewer's toggle and a newspaper's reprint button (`Caption`,
  // `Buy Photo`), over or under each picture.
  'caption',
  'buy photo',
  'copy(?: link| to clipboard)?',
  'copied',
  'print',
  '(?:seite|artikel) drucken',
  'print (?:this )?(?:page|article)',
  'e-?mail',
  'tweet',
  'facebook',
  'twitter',
  'whatsapp',
  'linkedin',
  'reddit',
  'pinterest',
  'telegram',
  'pint',
  'pin it',
  'shares',
  'sharing is caring!?',
  'loading(?:\\.\\.\\.|…)?',
  'xing',
  'flattr',
  'skype',
  'tumblr',
  'pocket',
  'mastodon',
  'twittern',
  'mailen',
  'liken',
  'sms',
  'baixar',
  'download',
  'google\\+',
  'escucha(?: esta nota)?(?: aquí)?',
  'artikel (?:anhören|vorlesen lassen)',
  'écouter (?:cet article|l[’\']article)',
  'flipboard',
  'messenger',
  'save(?: article)?',
  'listen(?: to this article)?',
  'teilen',
  'drucken',
  'kommentare',
  'partager',
  'compartir',
  'condividi',
  'compartilhar',
  'compartilhe',
  'delen',
  // Buttons to comment, keep or print, in more languages.
  'kommentieren',
  '(?:artikel )?(?:speichern|merken)',
  'lesezeichen',
  'bookmark',
  'link kopieren',
  'copiar enlace',
  'copier le lien',
  'guardar',
  'imprimir',
  'imprimer',
  'stampa',
  '(?:ver )?comentarios',
  'commentaires',
  'commenti',
  'comentários'
].join('|')

/**
 * Labels of site navigation, account and legal links that pages print in
 * menus and footers, in the languages the plugin knows. Only labels that
 * never head an article's own section: section names (`Politics`) are left
 * to the article-region stage.
 */
const navigationLabel = [
  // English
  'home(?: ?page)?', 'search', 'menu', 'main menu', 'navigation', 'about(?: us)?', 'contact(?: us)?', 'privacy(?: policy| settings)?',
  'cookie (?:policy|settings|preferences)', 'terms(?: of (?:use|service))?', 'terms (?:and|&) conditions', 'sitemap', 'faq',
  'help', 'rss', 'log ?in', 'log ?out', 'sign (?:in|out|up)', 'subscribe', 'register', 'my account', 'advertise(?: with us)?',
  'skip to (?:main )?content', 'skip to navigation', 'back to top', 'newsletters?', 'follow us', 'more', 'next', 'previous',
  'back', 'reply', 'cancel(?: reply)?', '(?:next|previous|older|newer) posts?',
  // One line of a blog's post navigation: `Vorheriges Weiter`, `Neuerer Post Älterer Post`.
  '(?:vorheriger|nächster) (?:beitrag|artikel)', 'vorheriges', 'nächstes', '(?:neuerer|älterer) post',
  // German
  'startseite', 'suche(?:n)?', 'suche nach:?', 'menü', 'hauptmenü', 'über uns', 'kontakt(?:formular)?', 'impressum',
  'datenschutz(?:erklärung|hinweise|einstellungen)?', 'agb', 'nutzungsbedingungen', 'mediadaten', 'anmelden', 'abmelden',
  'registrieren', 'abonnieren', 'zum inhalt springen', 'direkt zum inhalt', 'zur navigation', 'nach oben', 'zurück', 'weiter',
  'mehr', 'antworten', 'abbrechen', 'hilfe', 'barrierefreiheit',
  // French
  'accueil', 'rechercher', 'recherche', 'mentions légales', 'contactez-nous', 'qui sommes-nous ?', 'se connecter', "s'abonner",
  'politique de confidentialité',
  // Spanish
  'inicio', 'buscar', 'contacto', 'aviso legal', 'política de privacidad', 'iniciar sesión', 'suscríbete', 'quiénes somos',
  // Italian
  'cerca', 'contatti', 'chi siamo', 'accedi', 'abbonati',
  // Portuguese
  'início', 'pesquisar', 'contato', 'contacto', 'quem somos', 'entrar', 'assine',
  // Dutch
  'zoeken', 'inloggen', 'over ons', 'privacybeleid',
  // Russian
  'главная', 'поиск', 'контакты', 'о нас', 'войти', 'подписаться'
].join('|')

/**
 * A person's name as bylines print it: capitalised words (`Jane Doe`,
 * `O'Neil`, `Jean-Luc`, `J.`), with the particles of names between them.
 */
const personName =
  "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|van|von|der|den|de|du|da|del|la|le|y|e|und|and|&)){0,5}"

/** Words that open a byline with a date: `Posted on 3 May 2020 by X`, `Veröffentlicht am … von X`. */
const bylineVerbs = [
  'posted', 'written', 'published', 'veröffentlicht', 'publiziert', 'geschrieben', 'gespeichert', 'erstellt', 'eingetragen',
  'artikel', 'publié', 'écrit', 'publicado', 'escrito', 'pubblicato', 'scritto', 'gepubliceerd'
]

/**
 * An alternation of words that also matches them capitalised (`Posted`,
 * `Veröffentlicht`): bylines open a line, so their first word is
 * capitalised, while the name after them must stay case-sensitive.
 */
function capitalisable(words: readonly string[]): string {
  return words.map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')
}

/**
 * What any publisher prints: applies to every text.
 */
export const generic: Preset = {
  name: 'generic',
  remove: [
    {
      id: 'ui-labels',
      // Alternatives are literal words, so the repetition cannot backtrack
      // catastrophically: each label ends on a fixed word.
      pattern: new RegExp(`^(?:(?:${uiLabel})(?:\\s\\d{1,6})?[\\s|·•:,/]*){1,12}$`, 'iu')
    },
    {
      // A server's PHP messages printed above the page (`Deprecated: … in
      // /www/x.php on line 12`): long enough to read as prose, so without
      // this rule the article block opens in them. PHP prints them in
      // English whatever the site's language.
      id: 'server-message',
      pattern:
        /^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable )?Fatal error|Parse error)\s*:.* in \S+ on line \d+$/iu
    },
    {
      id: 'advertisement',
      pattern:
        /^(?:[»›>]\s?)?(?:advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|реклама|sponsored(?: content)?)$/iu
    },
    {
      // The label an ad network prints on its box of paid links or its
      // in-article video (`Promoted Links`, `by Taboola`, `inRead invented
      // by Teads`): the network's name makes it no article's sentence.
      id: 'ad-network-label',
      pattern:
        /^(?:(?:promoted|sponsored) (?:links|stories)(?: by (?:taboola|outbrain))?|by (?:taboola|outbrain)|recommended by outbrain|ads? by (?:taboola|outbrain|teads)|inread invented by teads)$/iu
    },
    {
      // The notice a form protected by Google's reCAPTCHA must show
      // (`This site is protected by reCAPTCHA and the Google Privacy Policy
      // and Terms of Service apply.`), under a newsletter or comment form.
      id: 'recaptcha-notice',
      pattern: /^(?=.{0,300}$).{0,200}?\bprotected by recaptcha\b|^the recaptcha verification period has expired\b/iu
    },
    {
      id: 'counter',
      pattern:
        /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine)\s+)?\d{1,4}\s*(?:\/|(?:of|von|de|di|sur|van)(?:\s*\/)?)\s*\d{1,4}$/iu
    },
    {
      // A gallery's way back or in (`Back to Gallery`, `Zurück zur Galerie`).
      id: 'gallery-link',
      pattern: /^(?:back to (?:the )?gallery|zurück zur (?:bilder)?galerie|view (?:the )?gallery|voir la galerie|ver (?:la )?galería|torna alla galleria)$/iu
    },
    {id: 'separator', pattern: /^[-_*=~•·.]{3,}$/u},
    // Alternatives are literal, so the group cannot backtrack catastrophically.
    {id: 'navigation-label', pattern: new RegExp(`^(?:[«‹<]\\s*)?(?:(?:${navigationLabel})\\s*[»›>|]?\\s*){1,3}$`, 'iu')},
    {
      id: 'comment-form',
      pattern:
        /^(?:(?:dein|deine|ihr|ihre|your)\s)?(?:name|e-?mail(?:[- ]?(?:address|adresse))?|website|webseite|url|kommentar|comment|nom|nombre|correo electrónico|sito web)\s*\*?\s*(?:\([^()]{0,60}\))?$|^(?:gib hier deinen kommentar ein|trage deine daten unten ein|fill in your details below|enter your comment here|required fields are marked|erforderliche felder sind mit|your email address will not be published|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|save my name, email|meinen namen, meine e-mail-adresse)/iu
    },
    {
      id: 'cookie-notice',
      pattern:
        /^(?=.{0,400}$)(?=.*?cookie).{0,200}\b(?:we use|this (?:site|website) uses|uses|verwende[nt]?|nutz(?:t|en)|setzt|utilise|utilisons|utiliza(?:mos)?|usa(?:mos)?|utilizziamo|gebruikt|gebruiken|korzystamy z|używamy|wykorzystujemy)\b.{0,80}\bcookies?\b/iu
    },
    {
      id: 'newsletter-prompt',
      pattern:
        /^(?:sign up for|subscribe to|get) (?:our|the) .{0,40}newsletter|^(?:melden sie sich|abonnieren sie|abonniere|melde dich|jetzt) .{0,40}newsletter|^newsletter (?:abonnieren|bestellen|anmeldung)|^(?:inscrivez-vous|abonnez-vous) à .{0,40}newsletter|^(?:suscríbete|suscribite) a .{0,40}(?:newsletter|boletín)/iu
    },
    {
      // One related link inside the article: `Read also: Other headline`.
      id: 'inline-related',
      pattern:
        /^(?:puedes ver|lee también|lea también|leia também|leia mais|veja também|read more|read also|also read|see also|lesen sie auch|lesen sie mehr|mehr dazu|mehr zum thema|auch interessant|à lire aussi|lire aussi|à lire également|leggi anche|lees ook|читайте также|le puede interesar|te puede interesar|vea también|ver también|lea más|mira también|mirá también|czytaj (?:też|także|również)|zobacz (?:też|także|również)|dowiedz się więcej|lea|lee|mira|leia|veja|related(?: coverage| article| story| content)?|more|siehe auch|voir aussi)\s*[:|»›]\s*\S.{0,250}$|^(?:main articles?|further information|weitere informationen|hauptartikel) ?: \S.{0,250}$|^on [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|co\.uk|de|fr|es|it): \S.{0,200}$|^\[(?:related|read more|see also|more|also read|lesen sie auch|mehr dazu)\s?: .{1,200}\]$/iu
    },
    {
      // A numbered figure's caption (`Abbildung 5: Surface hoar on a north
      // slope`, `Fig. 2. The pier in 1950`): the article's text refers to
      // the figure, the caption itself is the picture's.
      id: 'figure-caption',
      pattern:
        /^(?:abbildung|abb\.|figure|fig\.|figura|grafik|grafika|illustration|ilustración|rysunek|rys\.)(?:\s?\d{1,3}[a-z]?\s?[:.–-]|:)\s\S.{0,300}$/iu
    },
    {
      // A caption whose credit copying glued on at the end (`The pier in
      // 1950.Foto: Jane Doe/Agency`): the credit label is the telltale, and
      // the credit after it is short and has no sentence in it (a licence
      // version, `cc by-sa 2.0`, is no sentence end). A line
      // that opens with a byline label (`von Jane Doe Foto: © Agency`) is
      // the byline, which the header reads.
      id: 'caption-credit',
      pattern:
        /^(?!(?:by|von|par|por|di|door|av|af)\s+\p{Lu})(?=.{0,400}$)(?=.*?:).{0,300}?(?:^|[\s.,;)(|/-])(?:photos?|fotos?|bild(?:er)?|images?|pictures?|credits?|crédit|crédito|imagen|quelle|source|titelbild|foto ?credit|kuva|beeld|zdjęcie|фото)\s?:\s?[^\s:.!?](?:[^.!?:]|(?<=\d)\.(?=\d)|(?<=(?:^|[\s/(])\p{Lu}\p{Ll}{0,2}\s?)\.(?=\s?\p{Lu})){0,80}[)]?$/iu
    },
    {
      // A caption with its credit glued on without a space, the label
      // capitalised after a lowercase letter (`… sought treatmentCredit:
      // Agency`): copying runs the caption and its credit span together,
      // a sentence never does.
      id: 'caption-glued-credit',
      pattern: /^(?=.{0,400}$).{10,300}?\p{Ll}(?:Credit|Photo|Foto|Bild|Image|Picture|Quelle|Source|Kuva|Crédito|Crédit)s?\s?:\s?\S[^:!?]{0,80}$/u
    },
    {
      id: 'share-prompt',
      pattern:
        /^(?=.{0,200}$)(?=.*?(?:share|teile|partag|compart|condivid|deel))(?:.{0,60}\b)?(?:share|teilen sie|teile|partagez|comparte|condividi|deel) (?:this|diesen|diese[ns]?|dieses|cet(?:te)?|ce|este|esta|questo|questa|dit|deze) (?:article|story|post|page|beitrag|artikel|seite|nachricht|artículo|articolo|artikel|bericht)\b.{0,40}$|^share all sharing options for:? .{1,250}$/iu
    }
,
    {
      // A short call to share, the verb last (`Diesen Artikel teilen`,
      // `Beitrag teilen:`, `Jetzt teilen...`): a sentence that ends with
      // the verb ends with a period, which is left alone.
      id: 'share-call',
      pattern:
        /^(?=.{0,80}$)(?:[^\s.!?]+[.!?…]*\s){0,7}?(?:teilen|share|partager|compartir|compartilhar|condividere|delen|podziel się|weiterempfehlen|empfehlen)(?:\s?(?:[:!?…]|\.{2,3}))?$|^click to share on \S.{0,40}$/iu
    },
    {
      // A teaser's link to its story (`Read more`, `weiterlesen`, `mehr
      // erfahren`, `Czytaj więcej`), alone on its line: never the article's
      // own sentence; the body stage reads it as the close of a teaser card.
      id: 'read-more-link',
      pattern:
        /^(?:weiterlesen(?: \d{1,2} minuten)?|mehr lesen(?: über)?|read more|continue reading|lire la suite|leer más|leia mais|leggi (?:tutto|di più)|czytaj (?:więcej|dalej)|lees meer|mehr erfahren|jetzt mehr erfahren|learn more|find out more|en savoir plus|saber más|scopri di più|meer weten|saiba mais|infórmate más|informate más)\s*[:»›>…]*$/iu
    },
    {
      // A teaser whose link to the story copying glued on after its last
      // sentence (`… erläutert Hintergründe. mehr`): a paragraph never ends
      // on a lone `more` after its full stop.
      id: 'teaser-more-link',
      pattern: /^(?=.{0,600}$).{20,500}?(?<!\.)[.!?]["“”»]?\s(?:mehr|more|weiterlesen|read more|lire la suite|leer más|leia mais|czytaj więcej)\s*[»›>]?$/iu
    },
    {
      // Links back to a list or on (`Zurück zur Übersicht`, `alle
      // anzeigen`): navigation, never a heading of the article.
      id: 'navigation-link',
      pattern:
        /^(?:zurück zu[rm]? [\p{L}\p{N} -]{1,40}|zu allen [\p{L} -]{1,30}|alle (?:anzeigen|beiträge|artikel)|(?:artikel )?auf einer seite lesen|back to (?:top|home|overview|list|all [\p{L} ]{1,30})|show all|view all|see all)\s*[:»›>…]*$/iu
    },
    {
      // A giveaway's teaser (`Remportez le coffret de X`, `Gewinnen Sie
      // einen Gutschein`, `Win a weekend for two`): a title line without a
      // full stop, the magazine's contest, not the story.
      id: 'giveaway-promo',
      pattern:
        /^(?:remportez|gagnez|gewinnen sie|gewinne|jetzt gewinnen|win|enter to win|gana|vinci) (?:le|la|les|un|une|des|ein|eine|einen|a|an|the|one|\d+|tickets?|uno|una)\b[^.!?]{0,120}!?$/iu
    },
    {
      // A picture credited with `via` (`Image via Getty Images`, `… Bild
      // via` whose link copying dropped): the credit ends the caption, no
      // sentence ends that way.
      id: 'caption-via-credit',
      pattern:
        /^(?=.{0,300}$).{0,250}?(?:^|[\s,.;(|/-])(?:bild|bilder|foto|fotos|image|images|photo|photos|picture|pictures|bildquelle|titelbild|header image) via\b[^.!?]{0,60}$|^(?!copyright\b|©|\(c\)|photo|image|credit|foto|bild)[^.!?]{3,100}\svia (?:AP|AFP|Reuters|Getty Images|EPA|dpa)$/iu
    },
    {
      // A meta line with the publication and the update time (`Published:
      // Nov. 19, 2019 Updated: Nov. 20, 2019`, `Pubblicato il … Ultima
      // modifica …`): the page's dates, not the story.
      id: 'published-updated',
      pattern:
        /^(?:pubblicato(?: il)?|published(?: on)?|veröffentlicht(?: am)?|publié(?: le)?|publicado(?: el)?|erschienen am)\s?:?\s.{1,40}?\d{4}.{0,12}?\s(?:ultima modifica|aggiornato(?: il)?|last (?:updated|modified)(?: on)?|updated(?: on)?|aktualisiert(?: am)?|zuletzt aktualisiert(?: am)?|mis à jour(?: le)?|actualizado(?: el)?)\s?:?\s.{1,40}$/iu
    },
    {
      // A call to donate (`Jetzt spenden!`, `Donate now`, `Jede kleine
      // Spende hilft …`, `Every gift counts`): the organisation asks, the
      // story does not.
      id: 'donation-appeal',
      pattern:
        /^(?=.{0,300}$).{0,100}?(?<![\p{L}\p{N}_])(?:jede (?:kleine |noch so kleine )?spende (?:hilft|zählt)|every (?:donation|gift|dollar) (?:helps|counts|matters)|jetzt (?:online )?spenden|donate (?:now|today)|chaque don (?:compte|aide)|cada donación (?:cuenta|ayuda)|ogni donazione (?:conta|aiuta))(?![\p{L}\p{N}_])/iu
    },
    {
      // A search box's placeholder (`Search for articles and topics on X`,
      // `Suche nach Artikeln`): a form, not a sentence.
      id: 'search-box',
      pattern:
        /^(?:search|suche|suchen|rechercher|buscar|cerca) (?:for |nach |des |en )?(?:articles|topics|posts|stories|news|artikeln?|beiträgen?|themen|artículos|noticias|articoli)\b[^.!?]{0,60}$/iu
    },
    {
      // A line that sends the reader to another text of the site (`Lesen
      // Sie hier einen weiteren Beitrag …`, `Tipp: Auf der Seite X finden
      // Sie …`, `Weitere Infos unter www.example.org.`, `Wie X geht,
      // erklären wir in unserem Beitrag Y`, `Dies ist Teil 2 zum Text …`,
      // a press release's `Druckfähige Fotos … finden Sie unter …`): the
      // page points away, the story does not.
      id: 'read-on-pointer',
      pattern:
        /^(?=.{0,300}$)(?:(?:tipp:\s*)?(?:(?:lesen sie|lies|read) (?:hier|here) (?:einen|unseren|meinen|another|our|my) (?:weiteren |anderen |further |other )?|(?:lesen sie|lies) (?:hier )?einen (?:weiteren|anderen) |read (?:here )?another )(?:[\p{L}-]+ )?(?:beitrag|artikel|blogbeitrag|post|article|story)\b.{0,120}|tipp: auf (?:der|unserer) (?:seite|website|webseite|homepage) .{1,120}? finden sie\b.{0,200}|weitere (?:infos?|informationen) (?:unter|auf|bei|gibt es unter|finden sie unter) (?:https?:\/\/|www\.)\S+?\.?|.{0,160}?\bread the rest of (?:the|our|this) [^.!?]{0,80}?\b(?:guide|series|tutorial|course|handbook)\b[^.!?]{0,60}[.!]?|.{0,160}?\b(?:erklären wir|zeigen wir|lesen sie|erfahren sie|we explain|read more) (?:ausführlich |mehr |alles )?(?:in unserem|in unserer|in our) (?:beitrag|artikel|ratgeber|blogbeitrag|übersicht|article|guide|post|explainer)\b.{0,160}|(?:dies ist|das ist|this is) (?:der )?(?:teil|part) \d{1,2} (?:zum|zu|des|der|von|unserer|of|in) .{1,250}|(?:druckfähige|honorarfreie|hochauflösende) (?:fotos|bilder|pressefotos)\b.{0,200}?\bfinden sie (?:unter|auf|hier)\b.{0,200}|high[- ]resolution (?:images|photos) (?:are available|can be downloaded)\b.{0,200})$|^(?=.{0,300}$)(?:clique|click|klicken sie|klicke|cliquez|haz clic) (?:na|no|em|on|auf|sur|en) (?:a |the |das |la |el |l['’])?(?:imagem|foto|image|photo|picture|bild|imagen)\b.{0,250}/iu
    },
    {
      // An invitation to get posts by mail, newsletter or not.
      id: 'email-subscription',
      pattern:
        /^(?=.{0,300}$).{0,200}?(?:(?:delivered|straight|directly|right) (?:to|in) (?:your|their) inbox(?:es)?|enter your e-?mail|by e-?mail and never miss|your e-?mail address to (?:subscribe|follow|receive)|send me (?:an )?e-?mail|e-mail-adresse ein(?:geben|tragen)|per e-?mail (?:erhalten|abonnieren|benachrichtig|informiert)|delivered (?:every |each )?weekday mornings|sign up for (?:our|the) (?:daily |weekly |free ){0,2}e-?mails?\b)|^(?:get|sign up for|receive) (?:our )?breaking news (?:alerts|e-?mails)\b|^breaking news (?:alerts|e-?mails)$/iu
    },
    {
      // Newsletter boxes: a short line that names a newsletter and a call
      // or promise (`Kostenlos zum Newsletter anmelden`, `Join our free
      // newsletter`), or a newsletter's name alone (`X Newsletter`).
      id: 'newsletter-box',
      pattern:
        /^(?=.{0,120}$)(?=.*?newsletter)(?:.{0,80}?\b(?:sign(?:ing)? up|subscribe|join|get|never miss|don['’]t miss|anmelden|abonnieren|bestellen|holen|kostenlos|gratis|free|inscri\p{L}*|suscr\p{L}*|iscriviti|zapisz|daily|weekly|täglich|wöchentlich|informiert)\b.{0,80}|[\p{L}\p{N} .&'’-]{0,40}newsletter)$/iu
    },
    {
      // A list of tags or categories under the article (`Schlagworte: a, b`,
      // `Filed under x`, `TAGS:`).
      id: 'tag-list',
      pattern:
        /^(?:tags?|schlagw(?:orte|örter)|stichw(?:orte|örter)|themen|etiquetas|temas|kategorien?|categories|category|catégories?|mots-clés|tagi|tematy|markiert mit|getaggt mit|verschlagwortet mit|themen in diesem artikel|filed under|tagged(?: with)?|topics)(?:\s*:\s*.{0,300}|\s*:?)$|^(?:filed under|tagged with|getaggt mit|verschlagwortet mit) \S.{0,300}$/iu
    },
    {
      // The affiliate disclaimer that shopping and review pages print over
      // or under the article (`When you purchase through links on our site,
      // we may earn an affiliate commission.`): the site speaks, not the story.
      // A meta line (`By X | 3 Comments. This post contains affiliate
      // links.`) keeps its byline: no separator before the disclaimer.
      id: 'affiliate-disclaimer',
      pattern:
        /^(?=.{0,400}$)(?=.*?(?:commission|affiliate|provision|commissie|comisión|commissione))(?:[^|•·]{0,200}?\b(?:we|i|(?:this|our) (?:site|website|page)|[\p{Lu}][\p{L}\p{N}.&-]{1,30}(?: [\p{Lu}][\p{L}\p{N}.&-]{1,30}){0,2}) (?:may|might|could|will|can)? ?(?:earn|receive|get|make)s? (?:an? )?(?:small )?(?:share of (?:the )?sales|(?:affiliate )?commissions?)\b|[^|•·]{0,200}?\b(?:contains|may contain|uses|use) (?:affiliate|referral)(?: (?:and|or|and\/or) (?:affiliate|referral))? links\b).{0,250}$/iu
    },
    {
      // A caption whose credit ends the line: a copyright sign and a name
      // (`The pier. © Jane Doe / Agency`), or a stock picture agency; not a
      // byline with its picture credit, as for `caption-credit`.
      id: 'caption-copyright',
      pattern:
        /^(?!(?:by|von|par|por|di|door|av|af)\s+\p{Lu})(?=.{0,300}$)(?:.{0,250}?(?:©|\([cC]\))\s?[^.!?©]{1,80}|.{0,250}?\b(?:shutterstock|fotolia|adobe ?stock|stock\.adobe|getty ?images|istock(?:photo)?|pixabay|unsplash|imago|picture[- ]alliance|clipdealer)(?:\.com)?\)?)$/iu
    },
    {
      // A caption that ends with a news agency's credit: `… in the bay.
      // EFE`, `… supply chain. Jane Doe/Reuters files`), the photographer's
      // name glued to the caption's period by copying (`… in the
      // town.Jane Doe / Reuters file`).
      id: 'caption-agency',
      pattern:
        /^(?=.{0,400}$).{10,300}?[.!?)](?:\s(?:(?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+\s?\/\s?)?|(?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+\s?\/\s?)(?:EFE|AFP|AP|dpa|DPA|Reuters|REUTERS|Europa Press|ANSA|EPA|Xinhua|ANP|Belga|PAP|Getty Images|AP Photo)(?: files?| Photo)?$/u
    },
    {
      // A caption or a lone credit naming a news agency and the
      // photographer (`… in Olympia. (AP Photo/Jane Doe)`, `… (Jane Doe /
      // Reuters)`, `dpa/Jane Doe`): the slash pairs them as no sentence does.
      id: 'caption-agency-photographer',
      pattern:
        /^(?=.{0,400}$)(?:.{10,300}?\s\((?:(?:EFE|AFP|AP|dpa|DPA|Reuters|REUTERS|Europa Press|ANSA|EPA|Xinhua|ANP|Belga|PAP|AP Photo)\s?\/\s?[^()\/]{1,60}|[^()\/]{1,60}\/\s?(?:EFE|AFP|AP|dpa|DPA|Reuters|REUTERS|Europa Press|ANSA|EPA|Xinhua|ANP|Belga|PAP))\)|(?:.{10,300}?[.!?]\s)?(?:EFE|AFP|AP|dpa|DPA|Reuters|REUTERS|ANSA|EPA|Xinhua|ANP|Belga|PAP)\s?\/\s?(?:Getty Images|Corbis|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}))(?: less| more)?$/u
    },
    {
      // A paywall or subscription wall across the article (`To view the
      // full story, please subscribe`, `Wählen Sie Ihren Zugang und lesen
      // Sie weiter:`): the publisher sells the rest, the story is not told.
      id: 'paywall-prompt',
      pattern:
        /^(?=.{0,300}$).{0,120}?\b(?:(?:view|read|access) the (?:full|entire) (?:story|article)|subscribe (?:now )?(?:to|for) .{0,60}(?:full story|full article|unlimited access|to continue reading)|(?:already|you['’]re already) a subscriber|zapraszamy (?:też |również |także )?do (?:subskrypcji|prenumeraty)|(?:immediate|instant|unlimited) (?:online )?access to (?:all|the full|this)|subscription will auto[- ]?renew|wählen sie ihren zugang|(?:jetzt )?weiterlesen mit|lesen sie (?:jetzt )?weiter mit|\d+ ausgaben (?:gratis|kostenlos)|abonnieren sie (?:jetzt )?(?:kostenlos|unser)|pour lire la suite|para (?:seguir|continuar) leyendo|suscríbete para|(?:ya|already) (?:eres|es) suscriptor|registrieren und weiterlesen|(?:schon|bereits) registriert\?|already registered\?|register (?:for free )?to (?:continue|read))/iu
    },
    {
      // The consent checkbox of a sign-up form (`Ich bin mit der
      // Verarbeitung meiner Daten … einverstanden`, `I agree to the terms`).
      id: 'consent-checkbox',
      pattern:
        /^(?:ich (?:akzeptiere|stimme) .{0,120}(?:datenschutz|nutzungsbedingungen|agb)|ich bin (?:mit|damit) .{0,120}einverstanden|i (?:agree|accept|consent) (?:to )?(?:the |your )?(?:terms|privacy|processing)|j['’]accepte les|acepto (?:la|los|el) )/iu
    },
    {
      // The rules of a comment section (`Please keep comments civil`,
      // `Comments are moderated`, `Os comentários … não serão aprovados`),
      // printed over it, never in a story.
      id: 'comment-policy',
      pattern:
        /^(?=.{0,400}$)(?=.*?(?:comment|coment|kommentare werden)).{0,160}?\b(?:we welcome (?:reader )?comments|comments are moderated|(?:os |los |les |i |die )?(?:comentários|comentarios|commentaires|commenti|kommentare)\b.{0,160}?\b(?:(?:são|serão|son|serán|sont|seront|sono|saranno|werden) (?:moderad[oa]s|modérés|moderati|moderiert)|não serão (?:aprovados|publicados)|no serán (?:aprobados|publicados)|ne seront pas (?:publiés|approuvés)|non saranno (?:pubblicati|approvati)|werden nicht freigeschaltet)|comments (?:are|will be) (?:reviewed|checked)|we ask that comments|(?:keep|please keep) (?:your )?comments|leave a comment below|sag(?:t)? uns in den kommentaren|schreib(?:t)? (?:es )?(?:uns )?in die kommentare|(?:verraten|schreiben) sie (?:(?:es )?uns )?(?:gerne )?in den kommentaren|wenn sie diese[nm]? (?:blogeintrag|beitrag|artikel) kommentieren)/iu
    },
    {
      // The label of a box of links or references under the article
      // (`Weitere Informationen:`, `Quellenangaben`): what follows are
      // links, the label is not the article's sentence.
      id: 'section-label',
      pattern:
        /^(?:weitere (?:informationen|infos|links|hinweise)|mehr (?:informationen|infos)|weiterführende (?:links|informationen|literatur)|quellen(?:angaben)?|literatur(?:hinweise)?|further information|more information|contexto de la noticia|más información|plus d['’]informations?|pour en savoir plus|ulteriori informazioni|fuentes|quellen (?:ausblenden|einblenden|anzeigen)|inhaltsverzeichnis|table of contents|sommaire|índice)\s*:?$/iu
    },
    {
      // A caption that a zoom button or a stock note marks (`Vergrößern
      // The new phone`, `Zum Vergrößern auf das Bild klicken`, `(Symbolbild)`);
      // after the button the caption opens like a sentence or a title.
      id: 'enlarge-caption',
      pattern:
        /^(?:vergrößern|enlarge|agrandir|ampliar|ingrandisci)\s+[\p{Lu}\p{N}"„«].{0,300}$|\b(?:zum vergrößern|click to enlarge|klicken sie zum vergrößern)\b.{0,80}$|\((?:symbolbild|symbolfoto|archivbild|archivfoto|file photo|stock photo)\)\.?$/iu
    },
    {
      // A caption that says where each person stands in the picture (`Jane
      // Doe (left) and John Roe at the pier`, `Erika Muster (l.) und …`):
      // a story names people without pointing at them. Up to 250
      // characters, a caption's length.
      id: 'caption-position',
      pattern:
        /^(?=.{0,250}$).{1,160}?\s\((?:l\.|r\.|li\.|re\.|left|right|centre|center|links|rechts|mitte|v\.\s?l\.|von links|from left|second (?:left|right)|izq\.|der\.|izquierda|derecha|à gauche|à droite|a sinistra|a destra|esq\.)\)[\s,]/iu
    },
    {
      // The publisher selling its print issue or book (`Ausgabe kaufen`,
      // `Dieser Beitrag stammt aus Ausgabe 7 der …`, `Viel Spaß mit der
      // neuen Ausgabe!`).
      id: 'issue-promo',
      pattern:
        /^(?:[>»]+\s*)?(?:jetzt )?(?:die |das )?(?:aktuelle |neue )?(?:ausgabe|heft|buch|e-?paper|einzelheft|magazin|abo) (?:kaufen|bestellen|sichern|lesen|testen)\b.{0,40}$|^(?=.{0,300}$).{0,150}?\b(?:(?:als|im) abo(?:nnement)?\b.{0,60}\b(?:e-?paper|einzelheft|\p{L}*kiosk)\b|(?:e-?paper|einzelheft|\p{L}*kiosk)\b.{0,60}\b(?:als|im) abo(?:nnement)?\b)|^(?:dieser (?:beitrag|artikel|text) (?:stammt aus|erschien (?:zuerst )?in|ist (?:zuerst )?(?:in|im) .{0,40}erschienen)|this (?:article|story) (?:appeared|originally appeared|first appeared|was originally published) in (?:the )?(?:print|[\p{Lu}\d]))|^(?=.{0,200}$).{0,100}?\b(?:viel spaß (?:mit|beim lesen) (?:der|unserer|dieser) (?:neuen |aktuellen )?ausgabe|enjoy (?:the|our|this) (?:new |latest )?issue)\b|^(?=.{0,300}$).{0,200}?\b\d{1,3} issues for [£$€]\s?\d|^originally published (?:at|on|in) \S.{0,250}$/iu
    },
    {
      // The site's licence or reprint terms (`Dieser Text wurde
      // veröffentlicht unter der Lizenz CC-BY`, `licensed under a Creative
      // Commons …`): about the page, not in the story.
      id: 'license-notice',
      pattern:
        /^(?=.{0,300}$).{0,120}?\b(?:(?:veröffentlicht|lizenziert|licensed|published|available|stehen|steht) (?:unter|under) (?:der |einer |a |the )?(?:lizenz )?(?:cc\b|creative commons)|copyrighted property of|written permission (?:is required|from|of the)|chroniony prawem autorskim|zasady przedruków|nachdruck nur mit|reproduction (?:interdite|prohibited))/iu
    },
    {
      // The meta lines of a question-and-answer site (`asked Feb 6, 2014
      // at 20:37`, `Sorted by:`).
      id: 'qa-meta',
      pattern:
        /^(?:asked|answered|edited|modified|viewed) (?:\p{L}{3} \d{1,2}(?:, \d{4})? at \d{1,2}:\d{2}|\d+ times|\d+ (?:years?|months?|days?|hours?)(?:,? \d+ (?:months?|days?|hours?))? ago)$|^sorted by:/iu
    },
    {
      // Buttons to download, print or register (`Dieses Skript als PDF
      // herunterladen`, `Jetzt registrieren`).
      id: 'download-prompt',
      pattern:
        /^(?:dieses?|diesen) (?:skript|artikel|beitrag|dokument|text) als pdf (?:herunterladen|downloaden)$|^(?:download|herunterladen) (?:als |as )?pdf$|^drucken etc\.?$|^jetzt (?:registrieren|anmelden|kostenlos registrieren)!?$/iu
    },
    {
      // A call to follow the publisher (`Folgen Sie uns auf Twitter`,
      // `Follow us on:`, `Síguenos en Google News`, `Subscribe to X on
      // YouTube`, `… nuestro canal de YouTube`).
      id: 'follow-prompt',
      pattern:
        /^(?=.{0,250}$)(?:.{0,120}?\b(?:folgen sie uns|folge uns|follow us|follow (?:her|him|them|me) on (?:twitter|facebook|instagram|linkedin)|seguir a .{1,40} en (?:facebook|twitter|instagram)|síguenos|suivez-nous|seguici|siga-nos|obserwuj nas)\b|follow (?:\S+ ){1,6}on (?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b|^follow (?:\S+ ){1,3}on$|^subscribe to (?:\S+ ){1,6}(?:on youtube|youtube channel|podcast)\b|.{0,80}?\b(?:nuestro canal de youtube|our youtube channel|unse(?:r|ren|rem) youtube-kanal|notre chaîne youtube|il nostro canale youtube|nosso canal (?:no|do) youtube)\b)/iu
    },
    {
      // What a newsletter sign-up box says around its form (`Thanks for
      // signing up!`, `Please check the opt-in box …`, `See all
      // newsletters`): the box stands under or inside the article.
      id: 'newsletter-widget',
      pattern:
        /^(?=.{0,250}$)(?:thanks? (?:you )?for (?:signing up|subscribing)\b|please check the opt-?in box\b|keep an eye on your inbox\b|(?:see|view) all (?:our )?newsletters\b|i agree (?:that|to) .{1,80}(?:newsletter|e-?mails?|send me)\b|you(?:'|’)re (?:all )?(?:signed up|subscribed)\b|(?:vielen )?dank für (?:ihre|deine) (?:anmeldung|newsletter-anmeldung)\b|merci (?:pour|de) votre inscription\b|gracias por (?:suscribirte|tu suscripción)\b)/iu
    },
    {
      // A title with the site's name appended after a bar, the name in
      // capitals (`Brighton beat United | LÍBERO`): a page's or video's
      // title, which no paragraph ends with.
      id: 'site-title',
      pattern: /^(?=.{0,200}$)[^|]{10,180}\s\|\s\p{Lu}[\p{Lu}\p{N}.&'’-]{2,20}(?:\s\p{Lu}[\p{Lu}\p{N}.&'’-]{1,20}){0,2}$/u
    },
    {
      // A sales pitch to the reader as a prospective customer (`Solltest Du
      // noch kein Kunde sein, …`, `Not a customer yet?`): the company
      // sells, the story is told.
      id: 'customer-pitch',
      pattern:
        /^(?=.{0,700}$).{0,250}?\b(?:(?:solltest du|sollten sie|falls du|falls sie|wenn du|wenn sie|bist du|sind sie) noch (?:kein|keine) (?:kunde|kundin|mitglied)\b|not (?:yet )?a (?:customer|member) yet\b|not a customer yet\b|(?:vous n['’]êtes pas encore|¿?aún no eres|todavía no eres) (?:client|cliente|membre|miembro)\b)/iu
    },
    {
      // A link to the site's other pages, labelled as free of its paywall
      // or as its offers (`The latest news about X (paywall-free)`, `Zobacz
      // oferty na Example.pl`): the page points away.
      id: 'offer-pointer',
      pattern:
        /^(?=.{0,250}$)(?:.{10,200}\((?:paywall[- ]free|free to read|free for all readers|ohne paywall|frei lesbar|kostenlos lesbar)\)|.{0,150}?\b(?:zobacz|sprawdź) (?:oferty|ofertę|ogłoszenia) (?:na|w) [\p{L}\p{N}.-]+\.[a-z]{2,6}|.{0,150}?\b(?:see|view|browse) (?:the |our |all )?(?:offers|deals|listings) (?:on|at) [\p{L}\p{N}.-]+\.[a-z]{2,6}|.{0,150}?\b(?:alle )?angebote (?:auf|bei|unter) [\p{L}\p{N}.-]+\.[a-z]{2,6})[\s.!]*$/iu
    },
    {
      // What a subscription promises (`Get regular updates on the latest
      // posts`, `Wir informieren Sie regelmäßig zum Thema …`, `… und
      // erhalten Sie exklusive Angebote!`, `New subscribers also receive a
      // free gift`): the publisher sells itself, the story is told.
      id: 'subscriber-benefit',
      pattern:
        /^(?=.{0,300}$)(?:(?:get|receive) (?:regular|weekly|daily|monthly) (?:updates|news)\b|.{0,80}?\bwir (?:informieren|benachrichtigen) (?:sie|dich|euch) (?:regelmäßig|wöchentlich|täglich)\b|.{0,120}?\b(?:erhalten sie|erhältst du|erhaltet ihr) exklusive (?:angebote|vorteile|rabatte|inhalte)\b|.{0,80}?\b(?:first-time|new) subscribers (?:also )?(?:receive|get)\b)|^(?=.{0,300}$).{0,250}?\bclick (?:here )?to subscribe\b/iu
    },
    {
      // A disclaimer about whose views a text gives (`The views expressed
      // are those of the author`, `Les opinions exprimées … n'engagent que
      // leurs auteurs`, `The responses below are not provided or
      // commissioned by the bank advertiser`, `Bei diesem Beitrag handelt
      // es sich um ein Blog aus der Community`): the site speaks about the
      // text, never inside it.
      id: 'views-disclaimer',
      pattern:
        /^(?=.{0,500}$)(?:disclaimer:?\s*|note:?\s*)?.{0,150}?(?:\b(?:the )?(?:views|opinions) expressed (?:in (?:this|these) .{1,60}? )?(?:are|is) (?:solely )?(?:those of|the author|the writer)|\bles opinions exprimées .{0,100}?n['’]engagent que|\b(?:gibt|geben|spiegel[nt]?) (?:nicht (?:unbedingt|notwendigerweise) |nicht )(?:die|der) (?:meinung|ansicht|position) (?:der redaktion|des verlags)|\b(?:the )?(?:responses|comments) below (?:are|have) not (?:been )?(?:provided|commissioned|reviewed)|^bei diesem (?:beitrag|text|artikel) handelt es sich um (?:einen|ein|eine) (?:\S+ )?(?:blog|gastbeitrag|leserbeitrag|community-beitrag)\b|^this (?:post|article|piece) is (?:a )?(?:guest post|community post|reader post)\b)|^(?=.{0,300}$)(?:dieser (?:text|artikel|beitrag) entspricht den (?:vorgaben|richtlinien|standards)\b.{0,200}|.{0,150}?\b(?:wurde|wird) von (?:medizinern|ärzten|ärztinnen|fachärzten|experten) (?:geprüft|überprüft)\b.{0,60}|(?:this (?:article|page|content) (?:was|has been|is) )?medically reviewed by\b.{0,150})/iu
    },
    {
      // A link to the site's profile on a social network (`Harbour Times on
      // Twitter`, `Hafenblatt bei Facebook…`): a short line naming the
      // network last, with no full stop, as no sentence ends.
      id: 'social-profile',
      pattern:
        /^(?=.{1,60}$)[^.!?]{1,50}? (?:on|bei|auf|sur|en|su|na|op|no) (?:twitter|facebook|instagram|youtube|linkedin|tiktok|mastodon|pinterest|threads|bluesky)\s*(?::|…|\.\.\.)?$/iu
    },
    {
      // A call to write to the editors (`Submit a letter to the editor`,
      // `Leserbrief schreiben`, `reportar errores`).
      id: 'letters-prompt',
      pattern:
        /^(?=.{0,300}$).{0,100}?\b(?:submit a letter to the editor|write to letters@|bei fragen und anregungen zu diesem artikel|leserbrief schreiben|reportar errores|report an error|fehler gefunden|vous êtes invitée?s? à (?:proposer|soumettre|nous adresser) (?:un texte|une contribution|une réponse)|(?:we|the editors) (?:welcome|invite) (?:responses|replies|letters) to this (?:article|essay|piece))/iu
    },
    {
      // The disclosure of paid links in other words than a commission
      // (`Bei den Verlinkungen handelt es sich um Affiliate Links`, `We may
      // receive compensation`).
      id: 'affiliate-note',
      pattern:
        /^(?=.{0,400}$).{0,200}?\b(?:(?:handelt es sich um|sind|are) (?:sogenannte |so-called )?affiliate[- ]links|(?:may|might) receive compensation|advertisers do not influence|(?:erhalten|erhält|bekommen|bekommt) .{0,40}?\b(?:ggf\. |gegebenenfalls |eventuell |möglicherweise )?eine provision|the (?:advertising|affiliate) disclaimer (?:below|above) (?:does not|doesn['’]t) apply)/iu
    },
    {
      // A button that says it opens a window (`Klick, um auf Facebook zu
      // teilen (Wird in neuem Fenster geöffnet)`, `Click to print (Opens in
      // new window)`): share and print rows of blogs.
      id: 'new-window-button',
      pattern:
        /^.{1,100}\((?:wird in neuem fenster geöffnet|opens in (?:a )?new (?:window|tab)|s['’]ouvre dans une nouvelle fenêtre|se abre en una (?:nueva )?ventana(?: nueva)?|si apre in una nuova finestra|abre em (?:uma )?nova janela|opent in (?:een )?nieuw venster)\)$/iu
    },
    {
      // A blog's share and like rows (`Teilen Sie dies mit:`, `Share this:`,
      // `Gefällt mir:`, `Like this:`, `Gefällt mir Lade …`).
      id: 'share-row-label',
      pattern:
        /^(?:teilen sie dies mit|(?:teilen|sharen|share) mit|share this|partager cette page|compartir esto|condividi questo|gefällt mir|like this|j['’]aime|me gusta|mi piace)\s*:?$|^(?:gefällt mir|liken|like|j['’]aime|me gusta|mi piace) (?:lade|loading|chargement|cargando|caricamento)\s?(?:…|\.\.\.)$/iu
    },
    {
      // A link set off with doubled angle brackets (`>> Storm closes the
      // harbour <<`): a teaser of another article between paragraphs.
      // (`»…«` is left alone: German quotes speech that way.)
      id: 'quoted-link',
      pattern: /^>>\s?\S.{3,250}\S\s?<<$/u
    },
    {
      // A browser notification prompt (`Benachrichtigung aktivieren`, `Turn
      // on notifications`).
      id: 'notification-prompt',
      pattern: /^(?:benachrichtigung(?:en)? (?:aktivieren|erlauben)|(?:turn on|enable|allow) (?:browser |push )?notifications|activer les notifications|activar (?:las )?notificaciones)\b.{0,250}|^(?=.{0,300}$).{0,120}?\b(?:(?:erlauben|gestatten) sie .{0,40}?benachrichtigungen|benachrichtigungen (?:erfolgreich )?aktiviert|in der meldung (?:ihres|deines) browsers|(?:allow|let) .{0,40}?send you (?:push |browser )?notifications|(?:push |browser )?notifications (?:are|were|have been) (?:enabled|turned on|activated)|would you like to (?:receive|get|turn on|enable) (?:push |browser )?notifications|(?:voulez|souhaitez)-vous (?:activer|recevoir) les (?:alertes|notifications)|(?:quieres|desea|deseas) (?:recibir|activar) (?:las )?notificaciones)/iu
    },
    {
      // What a site says to the reader's browser (`Please enable JavaScript
      // to view this site`, `Your browser is out of date`, `Bitte
      // aktualisiere deinen Browser`): printed over any page, in the
      // reader's language, about the browser and never about the story.
      // Browser or script and a request or a verdict on it, both.
      id: 'browser-notice',
      pattern:
        /^(?=.{0,300}$).{0,120}?(?:\b(?:please |you (?:need|have|must) to |you must |)(?:enable|turn on|activate|switch on) (?:your )?javascript\b|\bjavascript (?:is|must be) (?:disabled|turned off|required|needed|enabled)\b|\byour browser (?:is (?:out of date|outdated|too old|not (?:supported|compatible))|is no longer supported|does not support)\b|\byou(?:['’]re| are) using an? (?:older|outdated|old|unsupported) (?:browser|version of)\b|\b(?:update|upgrade) (?:your|to a (?:newer|modern|supported)) browser\b|\bjavascript (?:ist|wurde) (?:deaktiviert|ausgeschaltet)\b|\b(?:ist|wurde) javascript (?:deaktiviert|ausgeschaltet)\b|\b(?:javascript muss|muss javascript) aktiviert\b|\b(?:bitte )?aktivier(?:en sie|e|t) (?:bitte )?(?:ihr |dein |das )?javascript\b|\bjavascript in (?:ihrem|deinem) browser (?:zu )?aktivier|\b(?:ihr|dein|der) browser wird .{0,20}?nicht (?:mehr )?unterstützt|\b(?:aktualisiere|aktualisieren sie) (?:deinen|ihren) browser\b|\bverwende(?:n sie)? bitte einen (?:der folgenden|aktuellen|anderen|neueren) browser\b|\bvotre navigateur (?:n['’]est (?:pas|plus) (?:à jour|supporté|compatible|pris en charge)|est (?:obsolète|trop ancien))|\b(?:activez|veuillez activer) (?:le )?javascript\b|\bmettre à jour votre navigateur\b|\b(?:tu|su) navegador (?:tiene deshabilitado|no es compatible|no soporta|está desactualizado)|\b(?:habilita|habilite|activa|active) (?:el )?javascript\b|\bactualiza (?:tu|su) navegador\b|\bil tuo browser (?:non è (?:supportato|aggiornato)|è obsoleto)|\b(?:abilita|attiva) javascript\b|\bwłącz (?:obsługę )?(?:języka )?javascript\b|\bjavascript(?:が|を).{0,10}(?:無効|有効))/iu
    },
    {
      // A reading meter (`You have read 3 of 5 free articles this month`,
      // `Sie haben 2 von 10 kostenlosen Artikeln gelesen`, `Il vous reste 2
      // articles gratuits`): the publisher counts the reader's visits.
      id: 'reading-meter',
      pattern:
        /^(?=.{0,300}$).{0,80}?(?:\byou(?:['’]ve| have) (?:read|viewed|used) (?:\d+|all|your)\b.{0,40}?\b(?:free )?(?:articles?|stories|story)\b|\b\d+ (?:more )?free (?:articles?|stories) (?:left|remaining)\b|\bfree (?:articles?|stories) (?:left|remaining)\b|\bsie haben (?:bereits |schon |jetzt )?(?:\d+|alle|ihre) (?:von \d+ )?(?:kostenlosen |kostenfreien |freien |gratis[- ]?)?artikel\b|\b(?:du hast|sie haben) (?:bereits |schon )?(?:\d+|alle) .{0,30}?artikel (?:gelesen|aufgerufen)|\bvous avez (?:lu|consulté) (?:\d+|vos|tous)\b|\bil vous reste \d+ articles?\b|\b(?:has|ha) leído \d+\b|\bte quedan? \d+ (?:artículos|notas)\b|\bhai letto \d+\b|\bti (?:restano|rimangono) \d+ articoli\b|\b\d+ (?:von|of|sur|de|di|van) \d+ (?:kostenlosen |kostenfreien |free |gratuits? |gratuitos? |gratuiti |gratis )?(?:artikeln|articles|artículos|articoli|artikelen)\b)/iu
    },
    {
      // A consent notice: the site asks the reader to agree before it
      // loads an embed, sets cookies or sends data to a third party (`Mit
      // dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von
      // YouTube`, `Please accept cookies to play this video`, `En cliquant
      // sur « Accepter », vous acceptez …`). Three things together make it:
      // the data, the consent, and the reader addressed or asked. An
      // article about privacy has the first two, seldom all three in a
      // line; the reader is asked in the notice's own words, or made to
      // speak in the first person by a checkbox (`Ich willige ein …`,
      // `I consent to …`). A short line
      // with no sentence in it may be a headline (`How to opt out of …`).
      id: 'consent-notice',
      pattern:
        /^(?=.{0,600}$)(?=.{80}|.*?[.!?](?:\s|$))(?=.*?(?:cookie|datenschutz|privacy|personal data|personenbezogen|persönliche daten|daten an|données|traceurs|datos personales|dati personali|drittanbieter|drittplattform|third[- ]part|externe[nr]? inhalt|external (?:content|service)|contenu externe|contenido externo|contenuto esterno|tracking))(?=.*?(?:\bstimm(?:e|en|st|t)? .{0,80}?\bzu\b|einverstanden|akzeptier|\baccept|\bacept|\baccett|consent|einwillig|zustimmung|\bmit (?:dem |einem )?(?:klick|laden|aktivieren)|\b(?:durch|per) (?:einen |den )?klick|anklick|\bklicken sie\b|\bby (?:clicking|continuing|loading|using)|\ben cliquant|\bal hacer clic|\bcliccando|\bwiderruf|\brevoke|\bopt[- ]out|\bagree))(?=.*?\b(?:you|your|sie|ihre?[mnrs]?|du|dich|dein\p{L}*|vous|votre|vos|usted|tu|voi|please|bitte|veuillez|ich (?:habe|bin|willige|stimme|akzeptiere|erkläre)|(?:willige|stimme|bestätige|erkläre|akzeptiere) ich|i (?:hereby )?(?:consent|agree|accept|have read)|j['’]accepte|acepto|accetto)\b)/iu
    },
    {
      // The promise under a form that the reader's data stay with the site
      // (`Your data will not be shared with any other party`, `Ihre
      // E-Mail-Adresse wird nicht an Dritte weitergegeben`, `Es werden keine
      // persönlichen Daten gespeichert`): said to the reader, and negated,
      // as a story about a data leak never puts it.
      id: 'data-assurance',
      pattern:
        /^(?=.{0,300}$).{0,160}?\b(?:(?:your|ihre|deine|vos|sus|tus|i tuoi|i suoi) (?:personal |persönlichen |personenbezogenen )?(?:data|details|information|e-?mail(?: address)?|daten|angaben|e-mail-adresse|données(?: personnelles)?|datos(?: personales)?|dati(?: personali)?) (?:will|wird|werden|ne seront|no serán|non saranno) (?:never|not|nicht|niemals|keinesfalls|jamais|nunca|mai)\b.{0,60}?\b(?:shared|sold|passed|disclosed|rented|weitergegeben|verkauft|genutzt|partagées|cédées|vendues|transmises|compartidos|vendidos|cedidos|ceduti|condivisi|venduti)|es werden keine (?:persönlichen |personenbezogenen )?daten (?:gespeichert|weitergegeben)|\b(?:will|wird|werden) (?:never|not|nicht|niemals) (?:sell|share|rent|verkaufen|weitergeben|vermieten) (?:your|ihre|deine) (?:personal |persönlichen )?(?:data|details|e-?mail|information|daten|e-mail-adresse)\b|we (?:will )?never (?:share|sell|rent) your (?:data|details|e-?mail|information|personal)|wir geben (?:ihre|deine) daten (?:nicht|niemals) (?:an dritte )?weiter|nous ne (?:partageons|vendons|cédons) (?:jamais )?vos (?:données|coordonnées))/iu
    },
    {
      // The label and button of an embed held back until the reader agrees
      // (`Externer Inhalt`, `Inhalte von Drittanbietern`, `Empfohlener
      // redaktioneller Inhalt`, `External content`, `To view this content,
      // …`), wherever the embed stands in the article.
      id: 'external-content',
      pattern:
        /^(?=.{0,80}$)(?:alle inhalte|diese[nm]? inhalt|inhalte?) (?:laden|anzeigen|entsperren)|^(?:externer inhalt|externe inhalte|inhalte? von drittanbietern|empfohlener (?:redaktioneller |externer )?inhalt|external content|third[- ]party content|embedded content|contenu externe|contenus? tiers|contenido externo|contenuto esterno|externe inhoud)\b.{0,250}$|^(?=.{0,300}$).{0,60}?\b(?:to (?:view|see|display|load|show|watch) this (?:content|video|embed|tweet|post|element|map|podcast)\b.{0,40}?\b(?:accept|enable|allow|consent|agree|cookies)|um (?:diesen|den|externe[n]?) (?:externen )?(?:inhalt|inhalte|beitrag|tweet|post|video|karte) (?:zu sehen|anzuzeigen|zu laden|sehen zu können|anzeigen zu lassen|zu aktivieren)|pour (?:afficher|voir|charger|lire) ce(?:tte)? (?:contenu|tweet|post|vidéo|carte)|para ver (?:este|el) contenido|per (?:visualizzare|vedere) questo contenuto|(?:inhalt|inhalte|video|tweet|karte) (?:anzeigen|laden|entsperren|freischalten|aktivieren)$|(?:show|load|unlock) (?:external )?(?:content|embed)$)|^(?=.{0,400}$).{0,200}?\b(?:(?:haben sie|hast du) (?:uns )?(?:hierfür |dafür |hierzu )?(?:noch )?keine (?:zustimmung|einwilligung) (?:gegeben|erteilt)|you (?:have not|haven['’]t) (?:given|granted) (?:us )?(?:your )?consent|vous n['’]avez pas (?:donné|accordé) votre consentement)/iu
    },
    {
      // A list's pagination (`Es werden die Weine 1 bis 10 von insgesamt 19
      // angezeigt!`, `Showing 1–10 of 19 results`).
      id: 'pagination-counter',
      pattern:
        /^(?:showing|displaying|zeige|es werden (?:die )?[\p{L}-]{1,30}|affichage (?:de|des)|mostrando) \d{1,5}\s?(?:bis|to|-|–|à|a)\s?\d{1,5} (?:von|of|sur|de) (?:insgesamt )?\d{1,6}\b.{0,30}$/iu
    },
    {
      // A shop's cart widget (`Ihr Warenkorb ist leer`, `Your cart is empty`).
      id: 'shop-widget',
      pattern: /^(?:ihr|dein|your) (?:warenkorb|einkaufswagen|cart|basket|shopping cart|shopping bag) (?:ist|is) (?:leer|empty)\.?$/iu
    },
    {
      // The publisher's app advertised under a story (`Download the X apps
      // for iOS and Android`, `Laden Sie sich unsere App …`, `Die X-App
      // jetzt kostenlos für iOS und Android!`).
      id: 'app-promo',
      pattern:
        /^(?=.{0,300}$).{0,150}?\b(?:download (?:the|our) .{0,40}\bapps?\b|get (?:the|our) .{0,30}\bapp\b|straight to your (?:phone|device) with (?:the|our) .{0,40}\bapp\b|(?:lade|laden sie) (?:dir |sich )?(?:die|unsere) .{0,40}\bapp\b)|^(?=.{0,120}$).{0,60}?\b(?:jetzt |now )?(?:kostenlos|gratis|free) (?:für|for|on|auf|para|pour) (?:ios|android|iphone)(?: (?:und|and|&|y|et|sowie) (?:ios|android|iphone))?[\s!.]*$/iu
    },
    {
      // The links of a blog's comment box (`Kommentarfeed | Trackback-URL`,
      // `Comments closed`), alone on their line: a post's meta line that
      // ends with them carries its byline.
      id: 'comment-widget',
      pattern:
        /^(?:(?:trackback(?:-| )?url|kommentarfeed|comments? feed|rss feed zu den kommentaren|kommentare geschlossen|comments (?:are )?closed)\s*[|·•]?\s*){1,5}$/iu
    },
    {
      // A call to pay for the publication (`Unterstützen Sie diese Form des
      // Journalismus`, `Support independent journalism`): the publisher
      // speaks about itself, the story is told.
      id: 'support-appeal',
      pattern:
        /^(?=.{0,400}$).{0,200}?\b(?:unterstützen sie (?:diese[ns]? |unsere[nm]? )?(?:form|journalismus|arbeit|magazin|redaktion)|unterstützen sie uns (?:und|mit|jetzt)|unterstütze (?:uns|unser(?:e|en)?) (?:mit|magazin|arbeit|journalismus|\()|support (?:our|independent|local|quality) journalism|wesprzyj nas|apoya (?:nuestro|el) periodismo|soutenez (?:notre|le) journalisme)/iu
    },
    {
      // A caption or teaser cut short, with the link that opens it glued
      // on (`… The Islanders won ... more`).
      id: 'expand-toggle',
      pattern: /^(?=.{0,500}$).{20,400}?(?:\.{3}|…)\s?(?:more|mehr|plus|más|più)$/iu
    },
    {
      // The text of a video player's controls and dialogs (`Play Video`,
      // `Loaded: 0%`, `Remaining Time -0:00`, `captions off, selected`,
      // `This is a modal window.`), copied with the page.
      id: 'video-player',
      pattern:
        /^(?:play video|mute|unmute|non-fullscreen|loaded: \d{1,3}(?:\.\d+)?%|progress: \d{1,3}(?:\.\d+)?%|stream type ?live|seek to live, currently (?:behind|playing) live|(?:current|remaining|duration) time ?-?\d{1,2}:\d{2}(?::\d{2})?|duration ?-?\d{1,2}:\d{2}|playback rate|(?:descriptions|subtitles|captions|chapters) off(?:, selected)?|captions settings, opens captions settings dialog|this is a modal window\.?(?: this modal can be closed by pressing the escape key or activating the close button\.?)?|text edge style|defaults done|reset restore all settings to the default values done|no compatible source was found for this media\.?|beginning of dialog window\..{0,120}|end of dialog window\.|close modal dialog)$/iu
    },
    {
      // A question or a call to the reader about the site itself, under
      // the article (`Gefällt dir unser Magazin? …`, `Like this story?
      // Share it!`, `Tell us in the comments: …`): the page speaks, not the
      // story.
      id: 'reader-appeal',
      pattern:
        /^(?=.{0,700}$)(?:gefällt (?:dir|ihnen|euch) (?:unser|unsere|unseren|dieser|diese|dieses|der|die|das) [^?]{1,60}\?|(?:sie lesen|du liest|ihr lest) gerne? [^?]{1,60}\?|(?:wenn|falls) (?:dir|ihnen|euch) (?:der|dieser|unser|das|dieses) (?:artikel|beitrag|text|video|rezept) gefallen hat\b|(?:sie wollen|du willst|ihr wollt) mehr (?:von uns|davon)\?|wir freuen uns,? wenn (?:du|sie|ihr) (?:unseren|diesen|den) (?:beitrag|artikel) bewerte|(?:verraten|schreiben|erzählen) sie (?:uns )?(?:gerne? )?in den kommentaren|(?:verrate|schreib|erzähl)(?:e|t)? (?:uns )?(?:gerne? )?in den kommentaren|wenn sie diesen (?:blogeintrag|beitrag|artikel) kommentieren möchten|(?:did you )?(?:like|enjoy|love)d? (?:this|our|the) (?:article|story|post|site|blog|magazine|podcast)\?|want more (?:stories|articles|news|posts) like this\?|(?:let|tell) us (?:know )?in the comments|vous avez aimé (?:cet article|ce billet)|¿te gustó (?:este artículo|esta nota)\?|(?:was (?:denkst du|meinst du|denkt ihr|meint ihr|denken sie|meinen sie)(?: dazu)?|what do you think|qu['’]en pensez-vous|¿?qué (?:opinas|piensas)(?: tú)?)\s?\?$)/iu
    },
    {
      // A button or a call to act now (`Jetzt anmelden`, `HIER KOSTENLOS
      // ANMELDEN »`, `Entdecken Sie jetzt`, `Subscribe now`, `Abonnez-vous
      // maintenant`): eight words at most, a story does not urge its reader.
      id: 'call-to-action',
      pattern:
        /^(?=(?:\S+\s+){0,7}\S+\s*$)(?:.{0,60}\b(?:jetzt|hier|gleich)\b.{0,50}\b(?:kostenlos )?(?:anmelden|registrieren|abonnieren|bestellen|vorbestellen|sichern|entdecken|herunterladen|downloaden|aktivieren)|(?:entdecken|abonnieren|bestellen|testen) sie jetzt|(?:sign up|subscribe|register|download|order|shop|join|book|get started|try it) (?:now|today|for free)|(?:inscrivez-vous|abonnez-vous|téléchargez|commandez) (?:dès )?maintenant|(?:suscríbete|regístrate|descarga) (?:ahora|ya|gratis)|(?:hazte|hágase|conviértete en) (?:miembro|socio|suscriptor)(?: ahora| ya)?(?: y .{1,60})?|become a (?:member|subscriber)(?: now| today)?|(?:werden sie|werde) (?:jetzt )?mitglied|devenez (?:membre|abonné))\b[\s!.»>›]*$/iu
    },
    {
      // A photographer's credit alone on its line (`PHOTOGRAPH BY JANE DOE,
      // AGENCY`, `Fot. Jan Kowalski / Agencja`). `Photo by` is left alone:
      // some articles credit each picture in their text that way.
      id: 'photograph-credit',
      pattern: /^(?:photographs? by|fot\.)\s+\S[^.!?]{0,100}$|^(?:getty|getty images|shutterstock|istock(?:photo)?|imago(?: images)?)$|^credits?(?:\.\.\.|…)$/iu
    },
    {
      // A request for a rating under the article (`War der Artikel
      // nützlich?`, `Was this article helpful?`).
      id: 'feedback-prompt',
      pattern:
        /^(?:war (?:der|dieser) (?:artikel|beitrag|text) (?:nützlich|hilfreich)|(?:dieser|der) (?:artikel|beitrag) gefällt (?:ihnen|dir)|was (?:this|the) (?:article|page|post) (?:helpful|useful)|did you (?:like|enjoy) this (?:article|story|post)|hat (?:ihnen|dir) (?:der|dieser) (?:artikel|beitrag) gefallen|hier ist ihre meinung gefragt|valora (?:esta|este) (?:noticia|artículo|nota)|wie (?:bewerten|finden) sie (?:diesen|den) (?:artikel|beitrag)|how (?:would you|do you) rate this (?:article|story|post))[\s?!.*]*$/iu
    }
  ],
  endMarkers: [
    {
      // What blogs print under a post: `This entry was posted in X`,
      // `Dieser Beitrag wurde unter X abgelegt`.
      id: 'post-footer',
      pattern:
        /^(?:(?:post|beitrags|artikel)[ -]?navigation$|navigation des articles$|navegación de entradas$|this entry was (?:posted|filed)|this (?:post|article) was (?:posted|filed)|posted in .{1,80}\|.{0,80}(?:comments?|permalink)|(?:veröffentlicht|abgelegt|publiziert) (?:unter|in) .{1,80}\|.{0,80}(?:kommentare?|permalink)|publié dans .{1,80}\|.{0,80}(?:commentaires?|permalien)|publicado en .{1,80}\|.{0,80}(?:comentarios?|enlace permanente)|dieser (?:beitrag|eintrag) wurde .{0,60}(?:unter|in) |(?:der|dieser) (?:beitrag|eintrag|artikel) wurde am .{0,80}veröffentlicht|erstellt am .{0,60}(?:und )?abgelegt unter|ce (?:contenu|billet|article) a été publié|esta entrada fue publicada|questo articolo è stato pubblicato|(?:posted by|eingestellt von|publié par|publicado por|pubblicato da) .{1,60} (?:at|um|à|a las|às|alle) \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$)/iu
    },
    {
      // The publisher's legal footer (`© 2019 X. All rights reserved.`,
      // `Use of this site constitutes acceptance of our terms`): pages
      // print it under everything else, articles never quote it. Word
      // edges are read by Unicode letters and digits: `\b` knows only ASCII
      // word characters, so `все права защищены` never matched after it.
      id: 'legal-footer',
      pattern:
        /^(?=.{0,300}$).{0,150}?(?<![\p{L}\p{N}_])(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены|constitutes (?:your )?acceptance of (?:our|the)|may not be (?:reproduced|published|republished), (?:distributed|broadcast))(?![\p{L}\p{N}_])/iu
    },
    {
      id: 'comments-section',
      pattern:
        /^[\[(]?\s*(?:leave a (?:reply|comment)|add a comment|post a comment|(?:top rated|read all|view(?: all)?|show(?: all)?|see all|load) comments|no comments yet\b.{0,60}|comments are (?:subject to|closed|moderated)\b.{0,160}|(?:join|start) the (?:discussion|conversation)|(?:please )?sign in to (?:post a )?(?:comment|reply)\.?|comparte tu opinión|tell us what you think\W{0,4}|\d+ (?:comments?|responses?|replies|kommentare?|antworten|commentaires?|comentarios?|commenti)(?: (?:on|zu|to|sur|en|su) .{1,200}|\. leave (?:new|a (?:reply|comment)))?|\d+ (?:thoughts?|gedanken(?: zu)?) .{1,200}|(?:one|ein) (?:thought|gedanke) .{1,200}|schreibe einen kommentar|kommentar (?:verfassen|schreiben|hinterlassen)|diskutieren sie mit|laisser un commentaire|deja un comentario|deixe um comentário|lascia un commento|comments|kommentare|commentaires|comentarios|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze|vos réactions|reactions)\s?\(\d{1,5}\)|write a comment|hinterlasse (?:jetzt )?(?:eine antwort|einen kommentar)|kommentieren sie(?: hier)?|(?:please )?log ?in (?:here )?to (?:leave|post) a comment\.?|zum verfassen von kommentaren bitte .{1,60}|sie müssen (?:sich )?(?:angemeldet sein|anmelden),? um .{1,40}|nur angemeldete benutzer können .{1,40}|para comentar debes .{1,80}|there are \d{1,5} comments\b.{0,40}|(?:über|about) (?:den autor|die autorin|the author)|à propos de l['’]auteur|sobre el autor)\s*[\])]?\s*:?$/iu
    },
    {
      // The author box under an article (`About the author`, `Über den
      // Autor/ die Autorin`, a lone `Author`): a name and a biography follow.
      id: 'author-box',
      pattern:
        /^(?:(?:über|about|à propos de|sobre) \p{Lu}.{1,60} \d{1,5} (?:artikel|beiträge|articles|posts|artículos)$)|^(?:authors?|autor(?:in|en|innen)?|autorka|auteur|autore|über (?:den autor|die autorin)(?:\s*\/\s*(?:die autorin|den autor))?|about the authors?|sobre (?:el autor|la autora)|o autorze|zum autor|zur autorin|à propos de l['’]auteur|autoreninfo|autorinfo|über die autoren|about the writer)\s*:?$/iu
    },
    {
      // The title of an author box naming the author (`About Jane Doe`,
      // `Über Jane Doe`, `Sobre Jane Doe`): two or three capitalised words
      // alone after the label; a subheading about a subject is one word or
      // has lowercase words in it.
      id: 'author-box-name',
      pattern: /^(?:About|Über|Sobre|À propos de|Acerca de|Informazioni su) \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u
    }
  ],
  authorLinks: [
    {
      // `View all posts by Jane Doe`, `Zeige alle Beiträge von Jane Doe →`,
      // `More articles from Jane Doe`: the link under an author's box.
      id: 'author-posts-link',
      pattern:
        /^(?:(?:zeige )?alle beiträge von|(?:view|see) all (?:posts|articles|stories) by|more (?:posts|articles|stories) (?:by|from)|(?:weitere|mehr) (?:artikel|beiträge) von|voir tous les articles (?:de|par)|ver todas las entradas de|tutti gli articoli di|alle berichten van)\s\S.{0,60}$/iu
    }
  ],
  commentHeaders: [
    {
      // A commenter's name (a few words), then `says:`, or a date and time
      // and `said:`: a sentence never ends like that. (`X wrote:` is left
      // out: articles quote letters and mails that way.)
      id: 'comment-header',
      pattern:
        /^[^\s:]{1,40}(?: [^\s:]{1,40}){0,3}(?: (?:on|am|le|el|il|op|em) [^:]{4,40}?(?: (?:at|um|à|a las|alle|om|às) \d{1,2}[:.h]\d{2}(?: ?[ap]m)?)? (?:said|sagte|a dit|dijo|disse|zei)| (?:says|sagt|schreibt|meint|dit|dice|scrive|diz|zegt)) ?:$/iu
    }
  ],
  relatedHeaders: [
    {
      id: 'related-header',
      pattern:
        /^(?:[a-z]+(?:_[a-z]+)+\s+)?(?:you (?:might|may) also like|related(?: articles| stories| posts| content| coverage| news| topics| links)?|(?:most (?:popular|read|viewed|shared|commented)(?: (?:in|on|from) [\p{L}\p{N} .&'’-]{1,30})?|trending(?: now)?|top stories|also read|more in [\p{L} ]{1,30}|next up(?: in [\p{L} ]{1,30})?|more (?:[\p{L}\p{N}.&'’-]+ ){1,3}(?:stories|articles|videos|posts))|(?:ähnliche|verwandte|weitere) (?:beiträge|artikel|themen|nachrichten)|meistgelesen(?:e artikel)?|das könnte dich auch interessieren|articles les plus lus|à lire également|artículos relacionados|lo más leído|articoli correlati|i più letti|mais lidas|notícias relacionadas|gerelateerde artikelen|похожие статьи|more on this (?:story|topic)|read (?:more|also|next)|recommended(?: for you)?|more (?:stories|from [\p{L} ]{1,30})|mehr zum thema(?: (?:auf|bei) [\p{L}\p{N}.-]{1,40})?|das könnte sie auch interessieren|lesen sie auch|weitere artikel|à lire aussi|lire aussi|sur le même sujet|lee también|te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|leia também|veja também|lees ook|meer over dit onderwerp|читайте также|temas relacionados|más noticias|lo más visto|más leídas|más sobre [\p{L}\p{N} .-]{1,40}|leia mais|empfehlungen aus der redaktion|viel gelesen(?: in [\p{L} ]{1,30})?|auch interessant|passend zum thema|mehr (?:zu|von|aus) [\p{L}\p{N} .-]{1,30}|editor['’]s picks|editors['’]? (?:picks|recommendations|choice)|lesetipps?|lue (?:myös|lisää|seuraavaksi)|ezek is érdekelhetnek|die meistgelesenen artikel(?: [\p{L}\p{N} ./-]{1,40})?|verwandte artikel(?:\s?mehr vom autor)?|more news|latest (?:news|stories)|in other news|(?:das|dies|diese[sr]?|folgende) (?:thema |artikel |beiträge )?könnten? (?:dich|sie|dir|ihnen|euch) (?:auch |ebenfalls )?interessieren|(?:weitere|ähnliche|verwandte|empfohlene|beliebte|aktuelle|passende|neueste) (?:beiträge|artikel|themen|nachrichten|links|berichte|meldungen|themenbereiche|videos|pressemitteilungen|news)(?: [\p{L}\p{N} .-]{1,40})?|meist ?gelesen|schon gelesen\?|zum weiterlesen|empfohlen für dich|(?:notas|artículos|noticias) relacionad[oa]s(?: [\p{L} .-]{1,40})?|otras noticias|mirá también|dans la même rubrique|pour approfondir|à lire (?:aussi|également)|czytaj (?:też|także|również)|polecamy|zobacz (?:też|także|również)|explore further|you (?:might|may) (?:also )?be interested in|popular (?:articles|stories|posts)|read these next|você (?:também )?pode gostar|вам (?:также )?может быть интересно|související(?: články)?|relacionad[oa]s|die redaktion empfiehlt|(?:sie könnten|du könntest) auch an folgenden (?:artikeln|beiträgen) interessiert sein|weitere beiträge zu diesem (?:artikel|thema)|weitere interessante (?:themen|artikel|beiträge|links)|(?:entdecke|entdecken sie) (?:weitere|mehr) [\p{L}\p{N}-]{1,30}|discover more(?: [\p{L}\p{N}-]{1,30})?|vous aimerez (?:peut-être )?aussi|vous pourriez (?:aussi|également) aimer|ti potrebbe (?:anche )?piacere|(?:también )?te puede gustar|das könnte (?:dir|ihnen|euch) auch gefallen|you might also enjoy)\s*[:!….]*$/iu
    }
  ],
  credits: [
    {
      id: 'credit-line',
      pattern:
        /^(?:copyright|©|\(c\)|photo(?:graph)?:|image:|credit:|picture:|foto:|bild:|crédit ?:|crédito:)\s*(\S.{0,150})$/iu
    },
    {
      // A credit in parentheses (`(crédito: Jane Doe/Agency)`, `(Foto: Jane
      // Doe (edited))`).
      id: 'credit-in-parentheses',
      pattern: /^\((?:photo|image|credit|foto|bild|crédit|crédito|fotografía|quelle)\s?:\s*(\S[^()]{0,100}(?:\([^()]{0,40}\))?[^()]{0,40})\)$/iu
    }
  ],
  datelines: [
    {
      // A news agency's dateline (`Berlin (dpa) -`, `ROMA (ANSA) –`,
      // `Madrid (Europa Press) -`): the city, the agency in parentheses,
      // a dash. The agency presets read their own with more detail.
      id: 'agency-dateline',
      pattern:
        /^(\p{Lu}[\p{L}\p{M} .'’/-]{1,40}(?:, [\p{L}\p{M} .0-9]{1,40})? \((?:dpa|dpa-AFX|AFP|AP|Reuters|KNA|epd|APA|SDA|Keystone-SDA|ANSA|EFE|Europa Press|PAP|TASS|Xinhua|UPI|IANS|PTI|Yonhap|Kyodo|AAP|SID|KAP|Belga|ANP|Lusa|CTK|ČTK|MTI|BTA|Agerpres)(?:\/[\p{L}-]{1,12})?\) ?[—–-])/u
    }
  ],
  bylines: [
    {
      id: 'byline-with-date',
      // `Posted on 3 May 2020 by Jane Doe`, `By Jane Doe | 3 May 2020`,
      // `Veröffentlicht am 3. Mai 2020 von Jane Doe`: the name is the run of
      // capitalised words after the preposition. Each word is a run of
      // non-space characters and words are separated by spaces, so the
      // repetition cannot backtrack catastrophically.
      pattern: new RegExp(
        `^(?:[/|•·]+\\s*)?(?:(?:${capitalisable(bylineVerbs)})(?![\\p{L}])[^|]{0,60}?\\s)?(?:[Bb]y|BY|[Vv]on|VON|vom|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\\s+(${personName})(?:\\s*(?:[|,•·–—/]|\\s(?:on|am|le|el|il|op|in|um|at|-)\\s|\\d).{0,200})?$`,
        'u'
      )
    },
    {
      id: 'author-label',
      pattern: new RegExp(`^(?:autor(?:in)?|author|auteur|autore|text|texte|texto|von|interview|reporter(?:in)?)\\s*:\\s*(${personName})\\s*$`, 'iu')
    },
    {
      id: 'byline',
      // A name, not a sentence: at most twelve words, no sentence end.
      pattern:
        /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+(\p{Lu}[^\s.!?]*(?:\s+[^\s]+){0,11}?)\s*$/u
    }
  ]
}
