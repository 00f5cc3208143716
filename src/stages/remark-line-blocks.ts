import type {Extension} from 'micromark-util-types'
import type {Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent, Yaml} from 'mdast'
import type {Point} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {countWords, endsLikeSentence} from '../text.js'
import {intrawordAsterisk, isWordCharacter} from './intraword-asterisk.js'
import {simpleInline} from './simple-inline.js'

/**
 * Markdown constructs that misread plain copied text: an indented line is not
 * code, `---` under a line is not a heading, `1990. The year…` is not a list,
 * `<b>` is text, not HTML, `Bürger*innen` is a word, not half an emphasis
 * (`intrawordAsterisk`). Only inline syntax (emphasis, links, escapes,
 * character references, code spans) and ATX headings stay on.
 */
const plainTextExtension: Extension = {
  text: {42: intrawordAsterisk},
  disable: {
    null: [
      'blockQuote',
      'codeFenced',
      'codeIndented',
      'definition',
      'htmlFlow',
      'htmlText',
      'list',
      'setextUnderline',
      'thematicBreak'
    ]
  }
}

/**
 * Characters that can start inline markdown. A line without any of them (and
 * not starting with `#`) parses to a single text node, so the parser is
 * skipped for it: most copied lines take this path.
 * `tests/fast-path-corpus.test.ts` proves over every corpus line that both
 * paths build the same tree.
 *
 * `!` is not among them: it is only markup before `[` (an image), and `[`
 * is. `&` is only markup as a character reference, which ends in `;`, so a
 * line whose `&`s start none (`Johnson & Johnson`, `Q&A`) is plain too:
 * these two make most of the copied lines that would otherwise be parsed.
 * NUL is, since the parser replaces it.
 */
const inlineSyntax = /[\\`*_[<\0]|&(?:#[xX]?[\dA-Fa-f]+|[A-Za-z\d]+);/

/**
 * Whether a line's content (trimmed, bullet removed) needs the Markdown
 * parser; when not, it is one text node with the content as its value.
 */
export function needsMarkdown(content: string): boolean {
  return atxHeading.test(content) || (inlineSyntax.test(content) && !inertSyntax(content))
}

/** An ATX heading's opening: one to six `#` and a space, a tab or the end (`#hashtag` is a paragraph). */
const atxHeading = /^#{1,6}(?:[ \t]|$)/

/** Syntax characters that always go to the parser: escapes, code spans, NUL, character references. */
const alwaysSyntax = /[\\`\0]|&(?:#[xX]?[\dA-Fa-f]+|[A-Za-z\d]+);/

/**
 * Whether the syntax characters of a line can make nothing, so that the
 * parser would make one text node of it (copied lines often hold a lone
 * `*` or `[`, or an `_` inside a name). With definitions and HTML off:
 * a link needs `](` (a reference needs a definition); an autolink needs a
 * `>` after its `<`; emphasis needs two delimiter runs of `*` or of `_`,
 * and a `_` run between two ASCII letters or digits can neither open nor
 * close, nor can a `*` run between two letters or digits (`intrawordAsterisk`).
 */
function inertSyntax(content: string): boolean {
  if (alwaysSyntax.test(content)) return false
  if (content.includes('](')) return false
  if (mayHoldAutolink(content)) return false
  let starRuns = 0
  let underscoreRuns = 0
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code !== 42 && code !== 95) continue
    let end = index + 1
    // Reads stay inside the line: one read past an end throws the compiled code away.
    while (end < content.length && content.charCodeAt(end) === code) end++
    if (code === 42) {
      if (!(index > 0 && end < content.length && isWordCharacter(content, index - 1) && isWordCharacter(content, end))) starRuns++
    } else if (!(index > 0 && end < content.length && isAsciiAlphanumeric(content.charCodeAt(index - 1)) && isAsciiAlphanumeric(content.charCodeAt(end)))) underscoreRuns++
    if (starRuns > 1 || underscoreRuns > 1) return false
    index = end - 1
  }
  return true
}

/**
 * Whether some `<` of a line is followed by a `>` with neither a space, a
 * control character nor another `<` between them: the only way an autolink
 * (`<https://…>`, `<name@host>`) can stand there.
 */
function mayHoldAutolink(content: string): boolean {
  let open = content.indexOf('<')
  while (open !== -1) {
    const close = content.indexOf('>', open + 1)
    if (close === -1) return false
    let clean = true
    for (let index = open + 1; index < close; index++) {
      const code = content.charCodeAt(index)
      if (code <= 0x20 || code === 0x7f || code === 0x3c) {
        clean = false
        break
      }
    }
    if (clean) return true
    open = content.indexOf('<', open + 1)
  }
  return false
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Bullets that copied lists start with; the bullet is markup, not text. */
const bullet = /^(?:[•·▪‣◦●○■□]|[-*+](?=\s))\s*(?=\S)/u

/** A line made only of punctuation is a separator, not an empty list item. */
const onlyPunctuation = /^[\p{P}\p{S}\s]+$/u

/** Line endings: LF, CRLF and old-Mac CR. */
const lineEnding = /\r\n|\r|\n/g

/**
 * Positions of the lines of a document.
 */
export interface SourceLines {
  /** Each line's text, without its line ending. */
  lines: string[]
  /** Offset of each line's first character. */
  offsets: number[]
}

declare module 'vfile' {
  interface DataMap {
    /** The input's lines, set by `remarkLineBlocks`. */
    sourceLines: SourceLines
  }
}

/**
 * Split text into lines, keeping each line's offset.
 */
export function splitLines(document: string): SourceLines {
  const lines: string[] = []
  const offsets: number[] = []
  let start = 0
  // Without a CR, every line ending is an LF: a native search for it is
  // about twice as fast as the pattern that also knows CRLF and CR.
  if (!document.includes('\r')) {
    let end = document.indexOf('\n')
    while (end !== -1) {
      lines.push(document.slice(start, end))
      offsets.push(start)
      start = end + 1
      end = document.indexOf('\n', start)
    }
    lines.push(document.slice(start))
    offsets.push(start)
    return {lines, offsets}
  }
  lineEnding.lastIndex = 0
  let match = lineEnding.exec(document)
  while (match) {
    lines.push(document.slice(start, match.index))
    offsets.push(start)
    start = match.index + match[0].length
    match = lineEnding.exec(document)
  }
  lines.push(document.slice(start))
  offsets.push(start)
  return {lines, offsets}
}

/**
 * Parse copied article text into one block per line.
 *
 * Copied pages put each block (paragraph, caption, button row, headline of a
 * related list) on its own line, and nothing may be lost, so every non-blank
 * line becomes exactly one root child (but see below for hard-wrapped text): a `heading` (`# Subhead`), a
 * `listItem` (a `•`, `-`, `*` or `+` bullet) or a `paragraph`, whose inline
 * content is read as CommonMark by `remark-parse` with the constructs that
 * misread plain text disabled. A YAML front matter block at the start is
 * parsed by `remark-parse` with `remark-frontmatter` into a `yaml` node.
 *
 * Plain text set at a fixed width (RFCs, mail, page source with its line
 * breaks) splits each paragraph over many lines; where a blank-line
 * separated group of lines is evidently hard-wrapped (see
 * `wrappedBlockEnds`), the lines of each of its paragraphs make one
 * `paragraph` spanning them, so that the stages read the paragraph, not its
 * fragments.
 *
 * Use after `remark-parse` and `remark-frontmatter`: this plugin wraps the
 * parser they configure.
 */
export function remarkLineBlocks(this: Processor): undefined {
  const data = this.data()
  const extensions = (data.micromarkExtensions ??= [])
  extensions.push(plainTextExtension)
  const markdownParser = this.parser
  if (!markdownParser) {
    throw new Error('eleventy-plugin-wire: `remarkLineBlocks` must be used after `remark-parse`')
  }

  this.parser = function (document: string, file: VFile): Root {
    const source = splitLines(document)
    file.data.sourceLines = source
    const children: RootContent[] = []
    let first = 0

    if (/^---[ \t]*$/.test(source.lines[0] ?? '')) {
      let close = 1
      while (close < source.lines.length && !/^---[ \t]*$/.test(source.lines[close] ?? '')) close++
      if (close < source.lines.length) {
        const end = (source.offsets[close] ?? 0) + (source.lines[close] ?? '').length
        const block = document.slice(0, end)
        // The parser's one call here costs more than the rest of the line
        // parse: the yaml node is built by hand (NUL, which the parser
        // replaces, is left to it).
        if (block.includes('\0')) {
          const matter = markdownParser(block, file) as Root
          for (const node of matter.children) children.push(node)
        } else {
          children.push(frontMatterNode(document, source, close))
        }
        first = close + 1
      } else {
        const lastLine = source.lines.length
        const message = file.message(
          'Unexpected end of file in front matter, expected a closing `---` line',
          {
            place: {line: lastLine, column: (source.lines[lastLine - 1] ?? '').length + 1},
            ruleId: 'front-matter-unclosed',
            source: 'eleventy-plugin-wire'
          }
        )
        message.fatal = true
        first = source.lines.length
      }
    }

    const blockEnds = wrappedBlockEnds(source.lines, first)
    for (let index = first; index < source.lines.length; index++) {
      const last = blockEnds[index] ?? index
      if (last > index) {
        children.push(parseWrapped(source, index, last, markdownParser, file))
        index = last
        continue
      }
      const node = parseLine(source, index, markdownParser, file)
      if (node) children.push(node)
    }

    const end = pointAt(source, source.lines.length - 1, (source.lines.at(-1) ?? '').length)
    return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
  }

  return undefined
}

/**
 * The `yaml` node that `remark-frontmatter` makes of a document's lines up
 * to `close`, when the first line and line `close` are `---` fences (spaces
 * or tabs after them allowed) and no line holds NUL: the lines between as
 * written, line endings included, and a position from the opening fence to
 * the end of the closing one. `tests/fast-path-corpus.test.ts` proves it
 * the parser's node.
 */
export function frontMatterNode(document: string, source: SourceLines, close: number): Yaml {
  const before = close - 1
  const value = before >= 1 ? document.slice(source.offsets[1] ?? 0, (source.offsets[before] ?? 0) + (source.lines[before] ?? '').length) : ''
  return {
    type: 'yaml',
    value,
    position: {start: {line: 1, column: 1, offset: 0}, end: pointAt(source, close, (source.lines[close] ?? '').length)}
  }
}

function pointAt(source: SourceLines, index: number, column: number): Point {
  return {line: index + 1, column: column + 1, offset: (source.offsets[index] ?? 0) + column}
}

/**
 * Parse one line into a block, or `undefined` for a blank line.
 */
function parseLine(
  source: SourceLines,
  index: number,
  markdownParser: (document: string, file: VFile) => unknown,
  file: VFile
): Heading | ListItem | Paragraph | undefined {
  const line = source.lines[index] ?? ''
  const trimmed = line.trim()
  if (trimmed === '') return undefined
  const indent = line.length - line.trimStart().length
  const end = pointAt(source, index, indent + trimmed.length)

  let contentStart = indent
  let content = trimmed
  let listItem = false
  const marker = bullet.exec(trimmed)
  if (marker && !onlyPunctuation.test(trimmed)) {
    listItem = true
    contentStart += marker[0].length
    content = trimmed.slice(marker[0].length)
  }

  let block: Heading | Paragraph | undefined
  const markdown = needsMarkdown(content) && !tooManyDelimiters(content)
  // Lines with only a link or an emphasis are built by hand: the parser's
  // cost is mostly per call, and these are most of the lines it got.
  const simple = markdown ? simpleInline(content) : undefined
  if (!markdown) {
    block = plainParagraph(content, pointAt(source, index, contentStart), end)
  } else if (simple) {
    const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: content.length + 1, offset: content.length}}
    block = {type: 'paragraph', children: simple, position}
    shift(block, index, source.offsets[index] ?? 0, contentStart)
  } else {
    const tree = markdownParser(content, file) as Root
    const only = tree.children.length === 1 ? tree.children[0] : undefined
    if (
      only &&
      (only.type === 'paragraph' || (only.type === 'heading' && !listItem)) &&
      only.children.length > 0
    ) {
      shift(only, index, source.offsets[index] ?? 0, contentStart)
      block = only
    } else {
      // Whatever markdown would make of it (an empty heading `#`), the text stays.
      block = plainParagraph(content, pointAt(source, index, contentStart), end)
    }
  }

  if (listItem) {
    return {
      type: 'listItem',
      spread: false,
      children: [block as Paragraph],
      position: {start: pointAt(source, index, indent), end}
    }
  }
  return block
}

/**
 * Most emphasis, code and link delimiters a line may have to be read as
 * markdown. micromark matches delimiters pairwise, so a line made of them
 * (`**a*` over and over, nested brackets) costs time quadratic in its length;
 * past this many, the line is kept as plain text: its words stay, its markup
 * does not. No copied prose comes near it.
 */
const maximumDelimiters = 500

function tooManyDelimiters(content: string): boolean {
  let count = 0
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    // `*`, `<`, `[`, `]`, `_`, backtick
    if (code === 42 || code === 60 || code === 91 || code === 93 || code === 95 || code === 96) {
      count++
      if (count > maximumDelimiters) return true
    }
  }
  return false
}

function plainParagraph(value: string, start: Point, end: Point): Paragraph {
  const position = {start, end}
  return {type: 'paragraph', children: [{type: 'text', value, position: {...position}}], position}
}

/**
 * Move positions from a one-line parse to their place in the document.
 */
function shift(node: RootContent | PhrasingContent, index: number, lineOffset: number, column: number): void {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end]) {
      point.line = index + 1
      point.offset = lineOffset + column + (point.offset ?? point.column - 1)
      point.column += column
    }
  }
  if ('children' in node) {
    for (const child of node.children) shift(child, index, lineOffset, column)
  }
}

/** Fewest lines that can show a hard wrap: two lines may be any two blocks. */
const minimumWrappedLines = 3

/**
 * Widths a hard-wrapped text is set at: typewriter, mail and RFC widths
 * (60–80 characters), narrower columns of page source, and some margin.
 * Copied web pages put a paragraph on one line, mostly far longer.
 */
const narrowestWrap = 40
const widestWrap = 100

/**
 * Share of a group's line breaks that must look like a wrap for the group to
 * be read as wrapped: most, not all, since a link or a long word breaks a
 * line early, and a sentence may end at a line's end.
 */
const wrapShare = 0.7

/**
 * Share of the breaks that must fall inside a sentence: fewer than
 * `wrapShare`, since short sentences often end at a line's end.
 */
const openShare = 0.6

/** Share of the breaks, by letter case, that must continue in lower case. */
const lowerCaseShare = 0.5

/** Fewest words a full line of wrapped prose has. */
const minimumWrappedWords = 4

/** Lines that say they are not running prose: tables (tab cells), quoted mail, code ends. */
const notProse = /\t|^[>|]|\\$/u

/** Letters with case: a line break before one of them says whether the sentence goes on. */
const casedStart = /^[\p{Lu}\p{Ll}\p{Lt}]/u
const lowerStart = /^\p{Ll}/u

/**
 * For each line index, the index of the last line of the hard-wrapped
 * paragraph that starts there, when that is a later line; other entries are
 * `undefined`. One pass over the lines, so linear time.
 *
 * A group of consecutive non-blank lines is hard-wrapped when it has at
 * least three lines, all plain prose (no bullets, headings, tab cells or
 * quote markers), its widest line is of a wrapping width, and most of its
 * line breaks look like a wrap: the line is near the group's width and the
 * next line's first word would not have fit on it, the line does not end a
 * sentence, and the next line goes on in lower case. Scripts without case
 * are never joined: nothing there tells a wrap from a list.
 *
 * Inside such a group, a paragraph ends at a line that ends a sentence and
 * stops short of the width (the writer broke it, not the width).
 */
export function wrappedBlockEnds(lines: readonly string[], first = 0): Array<number | undefined> {
  const ends: Array<number | undefined> = []
  let start = first
  while (start < lines.length) {
    if ((lines[start] ?? '').trim() === '') {
      start++
      continue
    }
    let end = start
    while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '') end++
    markWrappedGroup(lines, start, end, ends)
    start = end + 1
  }
  return ends
}

function markWrappedGroup(lines: readonly string[], start: number, end: number, ends: Array<number | undefined>): void {
  if (end - start + 1 < minimumWrappedLines) return
  const texts: string[] = []
  let width = 0
  for (let index = start; index <= end; index++) {
    const text = (lines[index] ?? '').trim()
    if (notProse.test(text) || text.startsWith('#') || bullet.test(text)) return
    texts.push(text)
    width = Math.max(width, text.length)
  }
  if (width < narrowestWrap || width > widestWrap) return

  const breaks = texts.length - 1
  const full: boolean[] = []
  let fullCount = 0
  let longCount = 0
  let openCount = 0
  let cased = 0
  let lower = 0
  for (let at = 0; at < breaks; at++) {
    const text = texts[at] ?? ''
    const next = texts[at + 1] ?? ''
    const nextWord = next.split(/\s/u, 1)[0] ?? ''
    const isFull = text.length + 1 + nextWord.length > width
    full.push(isFull)
    if (isFull) fullCount++
    if (text.length >= 0.75 * width && countWords(text) >= minimumWrappedWords) longCount++
    if (!endsLikeSentence(text)) openCount++
    if (casedStart.test(next)) {
      cased++
      if (lowerStart.test(next)) lower++
    }
  }
  const enough = wrapShare * breaks
  if (fullCount < enough || longCount < enough || openCount < openShare * breaks) return
  if (cased === 0 || lower < lowerCaseShare * cased) return

  let paragraphStart = start
  for (let at = 0; at <= breaks; at++) {
    const closes = at === breaks || (!full[at] && endsLikeSentence(texts[at] ?? ''))
    if (!closes) continue
    const last = start + at
    if (last > paragraphStart) ends[paragraphStart] = last
    paragraphStart = last + 1
  }
}

/**
 * Parse the lines `first` to `last` of a hard-wrapped paragraph into one
 * paragraph spanning them. Its text is the lines' text joined by line
 * endings, as the Markdown parser makes of a paragraph over several lines.
 */
function parseWrapped(
  source: SourceLines,
  first: number,
  last: number,
  markdownParser: (document: string, file: VFile) => unknown,
  file: VFile
): Paragraph {
  const indents: number[] = []
  const parts: string[] = []
  let plain = true
  for (let index = first; index <= last; index++) {
    const line = source.lines[index] ?? ''
    const text = line.trim()
    indents.push(line.length - line.trimStart().length)
    parts.push(text)
    if (needsMarkdown(text)) plain = false
  }
  const content = parts.join('\n')
  const start = pointAt(source, first, indents[0] ?? 0)
  const end = pointAt(source, last, (indents.at(-1) ?? 0) + (parts.at(-1) ?? '').length)
  if (plain || tooManyDelimiters(content)) return plainParagraph(content, start, end)
  const tree = markdownParser(content, file) as Root
  const only = tree.children.length === 1 ? tree.children[0] : undefined
  if (only?.type !== 'paragraph' || only.children.length === 0) return plainParagraph(content, start, end)
  shiftLines(only, source, first, indents)
  return only
}

/**
 * Move positions from the parse of joined, trimmed lines to their place in
 * the document: the parse's line `n` is input line `first + n`, indented.
 */
function shiftLines(node: RootContent | PhrasingContent, source: SourceLines, first: number, indents: readonly number[]): void {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end]) {
      const index = first + point.line - 1
      const indent = indents[point.line - 1] ?? 0
      point.line = index + 1
      point.column += indent
      point.offset = (source.offsets[index] ?? 0) + point.column - 1
    }
  }
  if ('children' in node) {
    for (const child of node.children) shiftLines(child, source, first, indents)
  }
}
