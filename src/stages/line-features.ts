import {countWordsAnyScript, endsLikeSentence, wordCharacterWidth} from '../text.js'
import {allContactLabels, allQuantityUnits, allStopWords} from './language-data.js'

/**
 * What a line looks like as text, before anyone knows where it stands:
 * `content` is running prose (long, punctuated or rich in stop words),
 * `short` is everything else (menu items, button labels, headlines of link
 * lists, subheadings, captions cut short).
 */
export type LineKind = 'content' | 'short'

/**
 * Shallow text features of a line (jusText, boilerpipe).
 */
export interface LineFeatures {
  /** Words, two unspaced-script characters counting as one. */
  words: number
  /** Share of the line's words that are stop words of some language. */
  stopRatio: number
  /** Whether the line ends like a sentence. */
  sentence: boolean
  /** Prose or not. */
  kind: LineKind
}

/** Fewest words of a punctuated line that reads as prose. */
const minimumSentenceWords = 8

/** Fewest words of an unpunctuated line that reads as prose when its stop words say so. */
const minimumUnpunctuatedWords = 20

/** Share of stop words above which an unpunctuated long line is prose. */
const minimumStopRatio = 0.15

/** Whether a code unit is in the Thai, kana, Han or Hangul blocks: scripts written without spaces. */
function isUnspacedHint(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0e7f) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)
  )
}

/** Longest stop word: longer words are not looked up. */
const longestStopWord = Math.max(...[...allStopWords].map((word) => word.length))

/** A hash of the code units of `text` from `start` to `end`. */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0
  for (let at = start; at < end; at++) hash = (Math.imul(hash, 31) + text.charCodeAt(at)) | 0
  return hash & stopFilterMask
}

/** Slots of the stop-word filter, less one. */
const stopFilterMask = 0xffff

/**
 * Which word hashes a stop word has: a word whose hash has none is no stop
 * word, and is not cut out of the line to be looked up (most words are none).
 */
const stopFilter = new Uint8Array(stopFilterMask + 1)
for (const word of allStopWords) stopFilter[wordHash(word, 0, word.length)] = 1

/**
 * Measure a line.
 */
export function lineFeatures(written: string): LineFeatures {
  // Soft hyphens (hyphenation hints that copying leaves inside words) do
  // not part words: `Stein\u00adar\u00adte\u00adfakte` is one word.
  const text = written.includes('\u00ad') ? written.replaceAll('\u00ad', '') : written
  // One hand-written pass counts words and stop words (a regular
  // expression with a lowercased copy of every word was the hottest spot of
  // a parse); words are runs of word characters, joined by an apostrophe
  // between two word characters, as `wordEnd` reads them (written out here,
  // with ASCII classed inline: the calls were a hot spot too). Only words as
  // short as a stop word, whose hash a stop word has, are looked up. The
  // unspaced-script count only runs on lines that have such characters at all.
  // The line is lowercased once, not each short word: when lowercasing
  // keeps every character's place (it almost always does), a word's
  // lowercase is the same slice of the lowercased line.
  const lower = text.toLowerCase()
  const aligned = lower.length === text.length
  let total = 0
  let stops = 0
  let unspaced = false
  let at = 0
  const length = text.length
  while (at < length) {
    let code = text.charCodeAt(at)
    if (code >= 0x0e00 && isUnspacedHint(code)) unspaced = true
    const width = code < 128 ? (isAsciiWordCharacter(code) ? 1 : 0) : wordCharacterWidth(text, at)
    if (width === 0) {
      at++
      continue
    }
    const start = at
    at += width
    while (at < length) {
      code = text.charCodeAt(at)
      if (code >= 0x0e00 && isUnspacedHint(code)) unspaced = true
      const next = code < 128 ? (isAsciiWordCharacter(code) ? 1 : 0) : wordCharacterWidth(text, at)
      if (next > 0) at += next
      else if ((code === 0x27 || code === 0x2019) && at + 1 < length && wordCharacterWidth(text, at + 1) > 0) at++
      else break
    }
    total++
    if (at - start > longestStopWord) continue
    if (aligned ? stopFilter[wordHash(lower, start, at)] === 1 && allStopWords.has(lower.slice(start, at)) : allStopWords.has(text.slice(start, at).toLowerCase())) stops++
  }
  const stopRatio = total === 0 ? 0 : stops / total
  const sentence = endsLikeSentence(text)
  const count = unspaced ? countWordsAnyScript(text) : total
  const content =
    ((count >= minimumSentenceWords && (sentence || endsWithPictograph(text))) || (count >= minimumUnpunctuatedWords && stopRatio >= minimumStopRatio)) &&
    !isContactBlock(text)
  return {words: count, stopRatio, sentence, kind: content ? 'content' : 'short'}
}

/** A pictograph (emoji) at the end of a line, with its variation selector and spaces after it. */
const pictographEnd = /\p{Extended_Pictographic}\uFE0F?\s*$/u

/**
 * Whether a line ends in an emoji: a writer who closes a sentence with a
 * smiley leaves the full stop out (`… und das gefällt mir 😉`). Only lines
 * whose last code unit can be part of one are tested.
 */
function endsWithPictograph(text: string): boolean {
  const trimmed = text.trimEnd()
  const last = trimmed.charCodeAt(trimmed.length - 1)
  return (last >= 0xdc00 && last <= 0xdfff) || (last >= 0x2600 && last <= 0x27bf) || last === 0xfe0f ? pictographEnd.test(trimmed) : false
}

/** Whether an ASCII code is a letter or a digit, as `wordCharacterWidth` reads it. */
function isAsciiWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** Fewest contact details (labels, phone numbers, mail addresses) that make a contact block. */
const minimumContactDetails = 3

/** A mail address, a phone number (seven digits or more, grouped), or a word that may be a contact label. */
const contactDetail = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\+?\d[\d ()/.-]{5,}\d|\p{L}+(?:-\p{L}+)?/gu

/** Seven digits or more in groups, the least a contact block holds besides a mail address. */
const phoneNumber = /\d[\d ()/.-]{5,}\d/u

/** Numbers that are not phone numbers: seasons and year ranges (`2004/2005`), grouped thousands. */
const notPhone = /^(?:\d{4}\s?[/-]\s?\d{2,4}|\d{1,3}(?:[., ]\d{3})+)$/u

/**
 * Whether a line is a block of contact details (a customer service box, a
 * company footer: `Telephone: … Fax: … E-mail: …`): at least three mail
 * addresses, phone numbers or contact labels (language data), one of them
 * a label or an address. An article may give one number or address; a
 * contact box lists them. Only lines with a long number or an `@` are read.
 */
function isContactBlock(text: string): boolean {
  if (!text.includes('@') && !phoneNumber.test(text)) return false
  let details = 0
  let labelled = false
  for (const match of text.matchAll(contactDetail)) {
    const found = match[0]
    if (found.includes('@')) {
      details++
      labelled = true
    } else if (/\d/u.test(found)) {
      if (found.replace(/\D/gu, '').length >= 7 && !notPhone.test(found)) details++
    } else if (allContactLabels.has(found.toLowerCase())) {
      details++
      labelled = true
    }
    if (details >= minimumContactDetails && labelled) return true
  }
  return false
}

/** Most words of an ingredient or parts list entry. */
const maximumQuantityWords = 10

/** A quantity (`50`, `1,5`, `1/2`, `½`, `1¼`, `2-3`) and the word after it, which may be glued on (`200g`). */
const quantityStart = /^(?:\d+(?:[.,/]\d+)?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?\s?([\p{L}.]+)/u

/**
 * Whether a line is an entry of an ingredient or parts list: a quantity
 * and a unit (language data), in a few words, not a sentence. Such lines are
 * the article's data, like table rows, not menu items or headlines.
 */
export function isQuantityLine(text: string): boolean {
  const match = quantityStart.exec(text)
  if (!match || endsLikeSentence(text)) return false
  if (!allQuantityUnits.has((match[1] ?? '').toLowerCase())) return false
  return countWordsAnyScript(text) <= maximumQuantityWords
}

/** Symbols of the template that entries of a list share at their start (`a0–a`: a word, a number, a dash, a word). */
export const templatePrefix = 3

/** One character that `lineTemplate` takes out (white space). */
const templateSpace = /^\s$/u

/** One character of a run that `lineTemplate` makes an `a` (letters and marks). */
const templateLetter = /^[\p{L}\p{M}]$/u

/** One character of a run that `lineTemplate` makes a `0` (numbers). */
const templateNumber = /^\p{N}$/u

/** What an ASCII character is to `lineTemplate`: white space (`\s`: tab to carriage return, space), a letter, a digit or another character. */
function asciiTemplateKind(code: number): TemplateKind {
  if ((code >= 9 && code <= 13) || code === 32) return 'space'
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'letter'
  return code >= 48 && code <= 57 ? 'number' : 'other'
}

/** What a character is to `lineTemplate`. */
type TemplateKind = 'space' | 'letter' | 'number' | 'other'

/** What a character (a code point) is to `lineTemplate`, by its patterns. */
function templateKind(character: string): TemplateKind {
  if (templateSpace.test(character)) return 'space'
  if (templateLetter.test(character)) return 'letter'
  return templateNumber.test(character) ? 'number' : 'other'
}

/**
 * The first `symbols` code units of `lineTemplate(text)` (all of it when it
 * is shorter), read from the line's start until they are known: callers
 * compare lines by their template's start, and the template of a whole
 * paragraph (four replacements over it) was a cost of the list checks.
 */
export function templateStart(text: string, symbols: number): string {
  let template = ''
  // What the last symbol stands for: a run of letters and marks or of
  // numbers goes on across white space, which the template drops.
  let run: 'letters' | 'numbers' | undefined
  for (let at = 0; at < text.length && template.length < symbols; ) {
    const code = text.charCodeAt(at)
    const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1
    const start = at
    at += width
    // ASCII is classed by hand: the patterns cost a call a character.
    const kind = code < 128 ? asciiTemplateKind(code) : templateKind(text.slice(start, at))
    if (kind === 'space') continue
    if (kind === 'letter') {
      if (run !== 'letters') template += 'a'
      run = 'letters'
    } else if (kind === 'number') {
      if (run !== 'numbers') template += '0'
      run = 'numbers'
    } else {
      template += text.slice(start, at)
      run = undefined
    }
  }
  return template.slice(0, symbols)
}

/**
 * The shape of a line: each run of letters is `a`, each run of digits `0`,
 * other characters stay, white space goes (`June 9 – Tampa, FL` is `a0–a,a`).
 */
export function lineTemplate(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/[\p{L}\p{M}]+/gu, 'a')
    .replace(/\p{N}+/gu, '0')
    .replace(/a+/gu, 'a')
}
