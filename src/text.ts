/**
 * Small text helpers shared by the stages and the linker.
 */

import {characterClass, letterClass} from './character-class.js'

/** Any run of white space, no-break and other Unicode spaces included. */
const whiteSpace = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu

/** Zero-width characters that copying leaves between words. */
const zeroWidth = /[\u200b-\u200d\u2060]/gu

/** White space other than a plain space, or a zero-width character: what only the full collapse handles. */
const unusualSpace = /[^\S ]|[\u200b-\u200d\u2060]/u

/**
 * Collapse white space (no-break spaces included) to single spaces and trim.
 */
export function collapseWhitespace(value: string): string {
  // Most lines are already collapsed: single plain spaces between words.
  // Such a line comes back as it is, without the two replacements (and the
  // copies they make), which were a hot spot of a parse.
  // (A pattern and three native searches measured faster here than one
  // pass by character code.)
  if (!unusualSpace.test(value) && !value.startsWith(' ') && !value.endsWith(' ') && !value.includes('  ')) return value
  return value.replace(zeroWidth, '').replace(whiteSpace, ' ').trim()
}

/** Words: runs of letters, marks and digits. */
const word = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu

/** One letter, mark or digit, as `word` reads them. */
const wordCharacter = /^[\p{L}\p{M}\p{N}]$/u

/** Whether each BMP character is a word character: 0 not known yet, 1 no, 2 yes. */
const bmpWordCharacters = new Uint8Array(0x10000)

/**
 * How many code units the word character at `at` takes (1, or 2 for a
 * surrogate pair), or 0 when it is none (a lone surrogate never is). ASCII
 * is decided by hand, other characters once each by `wordCharacter`.
 */
export function wordCharacterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return wordCharacter.test(text.slice(at, at + 2)) ? 2 : 0
    return 0
  }
  let known = bmpWordCharacters[code] ?? 0
  if (known === 0) {
    known = wordCharacter.test(String.fromCharCode(code)) ? 2 : 1
    bmpWordCharacters[code] = known
  }
  return known === 2 ? 1 : 0
}

/**
 * End of the word that starts at `at` (where `wordCharacterWidth` is not 0):
 * word characters, joined by an apostrophe between two of them, as `word`
 * matches them.
 */
export function wordEnd(value: string, at: number): number {
  const length = value.length
  let end = at + wordCharacterWidth(value, at)
  while (end < length) {
    // ASCII letters and digits, then a space, decided first: most words
    // are made of them and end there.
    const code = value.charCodeAt(end)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      end++
      continue
    }
    if (code === 32) break
    const next = wordCharacterWidth(value, end)
    if (next > 0) end += next
    else if ((code === 0x27 || code === 0x2019) && end + 1 < length && wordCharacterWidth(value, end + 1) > 0) end++
    else break
  }
  return end
}

/**
 * Count words in a line: the matches of `word`, counted by hand (a
 * regular expression match per word was a hot spot of a parse).
 */
export function countWords(value: string): number {
  let count = 0
  let at = 0
  const length = value.length
  while (at < length) {
    if (value.charCodeAt(at) === 32 || wordCharacterWidth(value, at) === 0) {
      at++
      continue
    }
    count++
    at = wordEnd(value, at)
  }
  return count
}

/**
 * Count words with the regular expression itself; `countWords` counts the
 * same by hand (kept for the tests that prove it).
 */
export function countWordsByPattern(value: string): number {
  let count = 0
  word.lastIndex = 0
  while (word.exec(value)) count++
  return count
}

/** One astral letter, as `\p{L}` reads it (the class table holds BMP code units only). */
const astralLetter = /^\p{L}$/u

/**
 * The letters a text ends with (what `/\p{L}+$/u` matches, or `''`), read
 * backwards from the end: the pattern tries every start position of the
 * text, so a long run of letters cost time quadratic in its length.
 */
export function trailingLetters(value: string): string {
  return value.slice(lettersStart(value, value.length))
}

/**
 * Where the run of letters that ends at `end` starts (`end` itself when the
 * character before it is no letter), read backwards as `\p{L}` reads code points.
 */
function lettersStart(value: string, end: number): number {
  let start = end
  for (let width = letterWidthBefore(value, start); width > 0; width = letterWidthBefore(value, start)) start -= width
  return start
}

/** How many code units the letter right before `end` takes (1, or 2 for an astral letter), or 0 when that character is no letter. */
function letterWidthBefore(value: string, end: number): number {
  if (end <= 0) return 0
  const code = value.charCodeAt(end - 1)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0
  if (code >= 0xdc00 && code <= 0xdfff && end > 1) {
    const high = value.charCodeAt(end - 2)
    if (high >= 0xd800 && high <= 0xdbff) return astralLetter.test(value.slice(end - 2, end)) ? 2 : 0
  }
  if (code >= 0xd800 && code <= 0xdfff) return 0
  return (characterClass(value, end - 1) & letterClass) !== 0 ? 1 : 0
}

/**
 * The last run of letters of a text, whatever follows it (what
 * `/(\p{L}+)\P{L}*$/u` captures, or `''`), read backwards from the end: the
 * pattern is tried from every letter of the text, and was a hot spot on
 * long lines.
 */
export function lastLetters(value: string): string {
  let end = value.length
  // A non-letter is stepped over a code unit at a time: half a surrogate pair is no letter either.
  while (end > 0 && letterWidthBefore(value, end) === 0) end--
  return value.slice(lettersStart(value, end), end)
}

/**
 * Whether a line ends like a sentence: sentence punctuation (`.!?…。！？:;`),
 * then only closing quotes or brackets (`"'”’“‘»«›‹」』）)]`). Read backwards from the
 * end: a pattern anchored at the end is tried from every character.
 */
export function endsLikeSentence(value: string): boolean {
  let at = value.length - 1
  while (at >= 0 && isCloser(value.charCodeAt(at))) at--
  if (at < 0) return false
  const code = value.charCodeAt(at)
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f
}

/**
 * Closing quotes and brackets that may follow a sentence's punctuation:
 * `"'”’»)]`, and the closing quotes of German and Nordic typesetting
 * (`„…“`, `‚…‘`, `»…«`, `›…‹`), which at a line's end can only close, and
 * the full-width quotes and bracket of Chinese and Japanese (`」』）`).
 */
function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0x300d ||
    code === 0x300f ||
    code === 0xff09
  )
}

/** Characters of scripts written without spaces between words (Han, kana, Hangul, Thai). */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu

/**
 * The lowest code unit that can start an `unspacedScript` character, found
 * once from the pattern itself: a text below it has none, without a search.
 */
let lowestUnspaced: number | undefined

function unspacedFloor(): number {
  if (lowestUnspaced === undefined) {
    const single = new RegExp(unspacedScript.source, 'u')
    let code = 0
    // Surrogates start astral characters: past them, a search decides.
    while (code < 0xd800 && !single.test(String.fromCharCode(code))) code++
    lowestUnspaced = code
  }
  return lowestUnspaced
}

/**
 * Count words, counting two characters of a script written without spaces
 * as a word, so that a Chinese sentence weighs about what an English one of
 * the same meaning does.
 */
export function countWordsAnyScript(value: string): number {
  const floor = unspacedFloor()
  let unspacedPossible = false
  for (let at = 0; at < value.length; at++) {
    if (value.charCodeAt(at) >= floor) {
      unspacedPossible = true
      break
    }
  }
  if (!unspacedPossible) return countWords(value)
  let unspaced = 0
  unspacedScript.lastIndex = 0
  while (unspacedScript.exec(value)) unspaced++
  return countWords(value) + Math.floor(unspaced / 2)
}
