import type {Emphasis, Link, PhrasingContent, Text} from 'mdast'
import type {Point} from 'unist'
import {isWordCharacter} from './intraword-asterisk.js'

/**
 * The commonest markup of copied lines, read without the Markdown parser:
 * links written `[text](address)` and one emphasis `*like this*` (a `*`
 * inside a word is text).
 *
 * The parser costs most per call, not per character (it combines its
 * syntax extensions and its mdast handlers anew each time), so a line with
 * one link or one emphasis cost many times a plain line. `simpleInline`
 * builds the same nodes, positions and key order included, for lines whose
 * syntax is only that, and gives up (`undefined`) on anything else, which
 * then goes to the parser as before. `tests/simple-inline.test.ts` proves
 * over every corpus line, and over generated lines dense in syntax, that
 * whatever it builds is what the parser builds.
 */

/** Syntax this reader never takes: escapes, code spans, NUL, autolinks and HTML, character references. */
const declined = /[\\`\0<]|&(?:#[xX]?[\dA-Fa-f]+|[A-Za-z\d]+);/

/** Unicode punctuation and symbols, as micromark classifies a character beside `*`. */
const punctuation = /\p{P}|\p{S}/u

/** Unicode white space, as micromark classifies a character beside `*` (its pattern has no `u` flag). */
const whiteSpace = /\s/

/** How micromark classifies each UTF-16 code unit: 0 not known yet, 1 white space, 2 punctuation, 3 other. */
const classes = new Uint8Array(0x10000)

/**
 * micromark's `classifyCharacter` for the code unit at `at` (a line's start
 * and end count as white space): 1 white space, 2 punctuation, 3 other.
 * micromark reads a line by code units, so a surrogate half is "other".
 */
function classify(content: string, at: number): number {
  if (at < 0 || at >= content.length) return 1
  const code = content.charCodeAt(at)
  let known = classes[code] ?? 0
  if (known === 0) {
    const character = String.fromCharCode(code)
    known = whiteSpace.test(character) ? 1 : punctuation.test(character) ? 2 : 3
    classes[code] = known
  }
  return known
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** A link found in a line: offsets of its `[`, its `]` and the character after its `)`. */
interface LinkSpan {
  open: number
  close: number
  end: number
}

function point(offset: number): Point {
  return {line: 1, column: offset + 1, offset}
}

function textNode(content: string, start: number, end: number): Text {
  return {type: 'text', value: content.slice(start, end), position: {start: point(start), end: point(end)}}
}

/**
 * The end of a link whose `[` is at `open`, when it is `[text](address)`
 * with text free of syntax and a bare address (no spaces, brackets or
 * title); `undefined` otherwise.
 */
function linkEnd(content: string, open: number): LinkSpan | undefined {
  let index = open + 1
  for (; index < content.length; index++) {
    const code = content.charCodeAt(index)
    // `[`, `]`, `*`, `_`, `!`: the text holds no syntax of its own.
    if (code === 93) break
    if (code === 91 || code === 42 || code === 95 || code === 33) return undefined
  }
  const close = index
  if (close + 1 >= content.length || close === open + 1 || content.charCodeAt(close + 1) !== 40) return undefined
  index = close + 2
  for (; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code === 41) break
    // White space, controls and brackets make other destinations, or none.
    if (code <= 0x20 || code === 0x7f || code === 40 || code === 91 || code === 93) return undefined
  }
  if (index >= content.length || index === close + 2) return undefined
  return {open, close, end: index + 1}
}

/**
 * The phrasing content micromark (with the plugin's extensions) makes of a
 * trimmed one-line paragraph `content`, positions relative to its start
 * (line 1), or `undefined` when the line holds syntax this reader leaves
 * to the parser. Never called for a line that opens with `#`.
 */
export function simpleInline(content: string): PhrasingContent[] | undefined {
  if (content.charCodeAt(0) === 35 || declined.test(content)) return undefined
  const links: LinkSpan[] = []
  const stars: number[] = []
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code === 91) {
      const link = linkEnd(content, index)
      if (!link) return undefined
      links.push(link)
      index = link.end - 1
    } else if (code === 93) {
      return undefined
    } else if (code === 33) {
      // `![` opens an image.
      if (index + 1 < content.length && content.charCodeAt(index + 1) === 91) return undefined
    } else if (code === 42) {
      // (Reads stay inside the line: one read past its end throws the
      // compiled reader away, in every process, for a NaN that compares false.)
      let end = index + 1
      while (end < content.length && content.charCodeAt(end) === 42) end++
      // A run between two letters or digits is text (`intrawordAsterisk`).
      if (index > 0 && end < content.length && isWordCharacter(content, index - 1) && isWordCharacter(content, end)) {
        index = end - 1
        continue
      }
      // Otherwise only single stars: runs of two or more make strong emphasis.
      if (end > index + 1) return undefined
      stars.push(index)
    } else if (code === 95) {
      // A `_` between two letters or digits can neither open nor close; others are left to the parser.
      if (!(index > 0 && index + 1 < content.length && isAsciiAlphanumeric(content.charCodeAt(index - 1)) && isAsciiAlphanumeric(content.charCodeAt(index + 1)))) return undefined
    }
  }

  if (stars.length > 2 || (stars.length === 2 && links.length > 0)) return undefined
  if (stars.length === 2) {
    const first = stars[0] ?? 0
    const second = stars[1] ?? 0
    // micromark's attention rules for a `*` run: it opens unless
    // punctuation follows without white space or punctuation before it,
    // and closes the other way round. Two runs of one pair when the first
    // opens and the second closes; unpaired, they are text.
    const before = classify(content, first - 1)
    const after = classify(content, first + 1)
    const opens = after !== 1 && (after !== 2 || before !== 3)
    const beforeSecond = classify(content, second - 1)
    const afterSecond = classify(content, second + 1)
    const closes = beforeSecond !== 1 && (beforeSecond !== 2 || afterSecond !== 3)
    if (opens && closes) {
      const children: PhrasingContent[] = []
      if (first > 0) children.push(textNode(content, 0, first))
      const emphasis: Emphasis = {
        type: 'emphasis',
        children: [textNode(content, first + 1, second)],
        position: {start: point(first), end: point(second + 1)}
      }
      children.push(emphasis)
      if (second + 1 < content.length) children.push(textNode(content, second + 1, content.length))
      return children
    }
  }

  const children: PhrasingContent[] = []
  let start = 0
  for (const span of links) {
    if (span.open > start) children.push(textNode(content, start, span.open))
    const link: Link = {
      type: 'link',
      title: null,
      url: content.slice(span.close + 2, span.end - 1),
      children: [textNode(content, span.open + 1, span.close)],
      position: {start: point(span.open), end: point(span.end)}
    }
    children.push(link)
    start = span.end
  }
  if (start < content.length) children.push(textNode(content, start, content.length))
  return children
}
