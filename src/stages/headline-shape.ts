import {countWords} from '../text.js'

/** Longest headline, in characters: longer first lines are paragraphs. */
export const maximumHeadlineLength = 300

/** Most words in a headline. */
export const maximumHeadlineWords = 40

/** Most words of a headline of two sentences. */
const maximumTwoSentenceWords = 16

/**
 * Whether a line has the shape of a headline: short, and not a run of
 * sentences (a headline may end in `?`, `!`, `…` or a quote, and at most in a
 * period when it is short).
 */
export function isHeadlineShaped(text: string): boolean {
  if (text.length === 0 || text.length > maximumHeadlineLength) return false
  const words = countWords(text)
  if (words === 0 || words > maximumHeadlineWords) return false
  // Two sentences or more: a paragraph, unless short (`Goats ruled this island. Now it is reborn.`).
  if (/[.!?]["'”’»]?\s+\p{Lu}.*[.!?]["'”’»]?$/u.test(text) && words > maximumTwoSentenceWords) return false
  if (/[.;:]$/u.test(text) && !/\.\.\.$/u.test(text) && words > 16) return false
  return true
}
