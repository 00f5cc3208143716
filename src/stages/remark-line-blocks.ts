import type {Extension} from 'micromark-util-types'
import type {Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {Point} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'

/**
 * Markdown constructs that misread plain copied text: an indented line is not
 * code, `---` under a line is not a heading, `1990. The year…` is not a list,
 * `<b>` is text, not HTML. Only inline syntax (emphasis, links, escapes,
 * character references, code spans) and ATX headings stay on.
 */
const plainTextExtension: Extension = {
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
  return content.startsWith('#') || inlineSyntax.test(content)
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
 * line becomes exactly one root child: a `heading` (`# Subhead`), a
 * `listItem` (a `•`, `-`, `*` or `+` bullet) or a `paragraph`, whose inline
 * content is read as CommonMark by `remark-parse` with the constructs that
 * misread plain text disabled. A YAML front matter block at the start is
 * parsed by `remark-parse` with `remark-frontmatter` into a `yaml` node.
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
        const matter = markdownParser(document.slice(0, end), file) as Root
        for (const node of matter.children) children.push(node)
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

    for (let index = first; index < source.lines.length; index++) {
      const node = parseLine(source, index, markdownParser, file)
      if (node) children.push(node)
    }

    const end = pointAt(source, source.lines.length - 1, (source.lines.at(-1) ?? '').length)
    return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
  }

  return undefined
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
  if (!needsMarkdown(content) || tooManyDelimiters(content)) {
    block = plainParagraph(content, pointAt(source, index, contentStart), end)
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
