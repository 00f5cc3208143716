import {countWords} from '../text.js'
import {isDateWord} from './date-line.js'

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
  // The word counts are asked first: most lines are short, and the patterns scan the whole line.
  if (words > maximumTwoSentenceWords && /[.!?]["'”’»]?\s+\p{Lu}.*[.!?]["'”’»]?$/u.test(text)) return false
  if (words > 16 && /[.;:]$/u.test(text) && !/\.\.\.$/u.test(text)) return false
  return true
}

/**
 * A kicker glued before a headline that is one quotation (`Pandemic – „We
 * will not give up“`): the quotation is the headline.
 */
const kickerOverQuote = /^\S.{2,59}?\s[-–—:|]\s?([„“"«»‹›][^„“"«»‹›]{5,200}[“”"»«›‹])$/u

/** A kicker that is the headline's first word again (`Wormery Wormery built at home`). */
const repeatedFirstWord = /^(\p{Lu}[\p{L}-]{3,}) (\1 \S.*)$/u

/** A month and a day glued before a headline (`Jun 17 The most beautiful end of the world`). */
const monthDayBefore = /^(\p{L}+\.?) \d{1,2},? (\p{Lu}.{15,})$/u

/**
 * The headline without what copying glued before it from the lines around
 * it: a kicker before a quotation, a kicker that repeats its first word, or
 * a month and a day. Other kickers (`Climate: …`) are often part of the
 * headline as published, and stay.
 */
export function headlineText(text: string): string {
  const quote = kickerOverQuote.exec(text)
  if (quote?.[1]) return quote[1]
  const repeated = repeatedFirstWord.exec(text)
  if (repeated?.[2]) return repeated[2]
  const dated = monthDayBefore.exec(text)
  if (dated?.[2] && isDateWord(dated[1] ?? '')) return dated[2]
  return text
}
