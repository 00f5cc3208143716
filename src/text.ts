/**
 * Small text helpers shared by the stages and the linker.
 */

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
  if (!unusualSpace.test(value) && !value.startsWith(' ') && !value.endsWith(' ') && !value.includes('  ')) return value
  return value.replace(zeroWidth, '').replace(whiteSpace, ' ').trim()
}

/** Words: runs of letters, marks and digits. */
const word = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu

/**
 * Count words in a line.
 */
export function countWords(value: string): number {
  let count = 0
  word.lastIndex = 0
  while (word.exec(value)) count++
  return count
}

/** Sentence punctuation that ends a paragraph, before closing quotes or brackets. */
const sentenceEnd = /[.!?…。！？:;]["'”’»)\]]*$/u

/**
 * Whether a line ends like a sentence.
 */
export function endsLikeSentence(value: string): boolean {
  return sentenceEnd.test(value)
}

/** Characters of scripts written without spaces between words (Han, kana, Hangul, Thai). */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu

/**
 * Count words, counting two characters of a script written without spaces
 * as a word, so that a Chinese sentence weighs about what an English one of
 * the same meaning does.
 */
export function countWordsAnyScript(value: string): number {
  const unspaced = value.match(unspacedScript)?.length ?? 0
  return countWords(value) + Math.floor(unspaced / 2)
}
