/**
 * The shape of boilerplate knowledge.
 *
 * Everything the parser knows about what publishers print around an article
 * is data of this shape, so that supporting a new publisher means writing a
 * preset, never a branch in code. Patterns are matched against one line at a
 * time, with whitespace (no-break spaces included) collapsed and the line
 * trimmed.
 */

/**
 * A line rule.
 */
export interface LineRule {
  /**
   * Stable id, reported in `removed[].rule` and by `explain`
   * (kebab-case, prefixed with the preset name for publisher rules).
   */
  id: string
  /** Pattern tested against the whole collapsed line. */
  pattern: RegExp
}

/**
 * A rule that takes a value out of a line (byline, credit, dateline).
 * The value is the first capture group that matched, trimmed.
 */
export interface CaptureRule extends LineRule {}

/**
 * Boilerplate knowledge for a publisher, or for all of them (`generic`).
 */
export interface Preset {
  /** Name, used in front matter (`preset: euronews`) and in `article.presets`. */
  name: string
  /**
   * Lines that show the page is this publisher's. A publisher preset
   * applies when one of these matches a line of the text (or when front
   * matter or options name it); the generic preset always applies.
   */
  detect?: RegExp[]
  /** Lines that are page furniture wherever they stand: button labels, prompts. */
  remove?: LineRule[]
  /** Lines that open the related-articles list (`You might also like`). */
  relatedHeaders?: LineRule[]
  /** Lines that end the article body; they and what follows are not body. */
  endMarkers?: LineRule[]
  /**
   * Links that close an author box under the article (`View all posts by
   * X`): they end the body like an end marker, and the biography right above
   * them (a paragraph or two under the author's name) is removed with them.
   */
  authorLinks?: LineRule[]
  /**
   * Lines that head one reader comment (`Jane on 3 May 2020 at 10:00 said:`,
   * `Jane says:`). One could be a quote's introduction; two or more after
   * the article start are a comment section, which ends the body.
   */
  commentHeaders?: LineRule[]
  /** Lines that close the body but are kept in it (`(Reporting by …; Editing by …)`): nothing after them is body. */
  trailers?: LineRule[]
  /** Credit lines (`Copyright X`, `Photo: X`); group 1 is the credit. */
  credits?: CaptureRule[]
  /** Bylines (`By X`); group 1 is the name. */
  bylines?: CaptureRule[]
  /** Datelines at the start of the first paragraph; group 1 is the dateline. */
  datelines?: CaptureRule[]
}
