import type {Preset} from './types.js'

/**
 * Labels of buttons and widgets that pages print around an article and that
 * copying runs together (`Share this articleComments`). A line made only of
 * these, glued or separated by punctuation, is furniture.
 */
const uiLabel = [
  'share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|whatsapp|linkedin|email))?',
  'comments?',
  'close(?: button)?',
  'copy(?: link| to clipboard)?',
  'copied',
  'print',
  'e-?mail',
  'tweet',
  'facebook',
  'twitter',
  'whatsapp',
  'linkedin',
  'reddit',
  'pinterest',
  'telegram',
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
  'delen'
].join('|')

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
      pattern: new RegExp(`^(?:(?:${uiLabel})[\\s|·•:,/]*){1,12}$`, 'iu')
    },
    {
      id: 'advertisement',
      pattern:
        /^(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|реклама|sponsored(?: content)?)$/iu
    },
    {
      id: 'counter',
      pattern:
        /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine)\s+)?\d{1,4}\s*(?:\/|of|von|de|di|sur|van)\s*\d{1,4}$/iu
    },
    {id: 'separator', pattern: /^[-_*=~•·.]{3,}$/u}
  ],
  relatedHeaders: [
    {
      id: 'related-header',
      pattern:
        /^(?:you (?:might|may) also like|related(?: articles| stories| content| coverage| news| topics| links)?|more on this (?:story|topic)|read (?:more|also|next)|recommended(?: for you)?|more (?:stories|from [\p{L} ]{1,30})|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|weitere artikel|à lire aussi|lire aussi|sur le même sujet|lee también|te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|leia também|veja também|lees ook|meer over dit onderwerp|читайте также)\s*:?$/iu
    }
  ],
  credits: [
    {
      id: 'credit-line',
      pattern:
        /^(?:copyright|©|\(c\)|photo(?:graph)?:|image:|credit:|picture:|foto:|bild:|crédit ?:|crédito:)\s*(\S.{0,150})$/iu
    }
  ],
  bylines: [
    {
      id: 'byline',
      // A name, not a sentence: at most twelve words, no sentence end.
      pattern:
        /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+(\p{Lu}[^\s.!?]*(?:\s+[^\s]+){0,11}?)\s*$/u
    }
  ]
}
