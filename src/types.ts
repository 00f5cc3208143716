/**
 * Shapes shared by the parser, the Eleventy boundary and users' layouts.
 *
 * `Article` is a public contract: `../shared/eval/` and users' templates read
 * it, so fields are only ever added, never renamed.
 */

/**
 * Where an article field came from or why a line was dropped.
 */
export type Field =
  | 'frontmatter'
  | 'title'
  | 'byline'
  | 'dateline'
  | 'date'
  | 'caption'
  | 'credit'
  | 'lead'
  | 'body'
  | 'related'

/**
 * An input line that is in no article field, with the rule that removed it.
 */
export interface RemovedLine {
  /** 1-based line number in the input file (front matter included). */
  line: number
  /** The line's text, white space (no-break spaces included) collapsed, as in `body`. */
  text: string
  /** Id of the rule that removed the line (see the README's rule table). */
  rule: string
  /** Field whose value was taken from this line, when the line was not kept verbatim but still fed a field (`Copyright X` feeds `credit`). */
  field?: Field
}

/**
 * A related headline, as written on the page.
 */
export interface RelatedHeadline {
  /** The headline as written (whitespace collapsed). */
  title: string
  /** 1-based line number in the input. */
  line: number
}

/**
 * The image a page printed a caption for.
 */
export interface ArticleImage {
  /** Caption text. */
  caption?: string
  /** Credit (`Copyright …`, `Photo: …`) without its label. */
  credit?: string
}

/**
 * A serialisable problem found in an input file.
 */
export interface ArticleMessage {
  /** Human readable reason, in the “Unexpected X, expected Y” form. */
  reason: string
  /** 1-based line, when known. */
  line: number | undefined
  /** 1-based column, when known. */
  column: number | undefined
  /** Stable id of the check that reported it. */
  ruleId: string
  /** Always `eleventy-plugin-wire`. */
  source: string
  /** `true` for errors that make the file unusable as an article. */
  fatal: boolean
  /** File the message is about (`inputPath`), when known. */
  file: string | undefined
}

/**
 * A body block: a paragraph, a subheading or a list item.
 */
export interface BodyBlock {
  /** Kind of block. */
  type: 'paragraph' | 'heading' | 'listItem'
  /** Plain text, whitespace collapsed. */
  text: string
  /** 1-based line number in the input. */
  line: number
}

/**
 * The structured article that `parseArticle` returns.
 */
export interface Article {
  /** The headline (front matter `title` wins). Empty when none was found (see `messages`). */
  title: string
  /** Byline without its `By`. */
  byline?: string
  /** Dateline (`MINSK, Belarus (AP) —`), as printed. */
  dateline?: string
  /** Publication date as an ISO 8601 string (front matter `date` wins). */
  date?: string
  /** Caption and credit of the page's image. */
  image?: ArticleImage
  /** The standfirst or first paragraph, dateline removed. */
  lead?: string
  /** Text of every body block in order, whitespace collapsed. */
  body: string[]
  /** Body blocks with their kind and line, for renderers. */
  blocks: BodyBlock[]
  /** Related headlines as written. */
  related: RelatedHeadline[]
  /** Every non-blank input line that is in no field, and why. */
  removed: RemovedLine[]
  /** Parsed YAML front matter (an empty object when there is none). */
  frontmatter: Record<string, unknown>
  /** Names of the presets that applied. */
  presets: string[]
  /** Problems found, errors first. */
  messages: ArticleMessage[]
}
