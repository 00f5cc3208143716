import {headlineWords} from './normalize-headline.js'

/**
 * A headline cut in two: what is left of it and the part taken off.
 */
export interface HeadlineSplit {
  /** The headline without the affix. */
  rest: string
  /** The affix taken off, without its separator. */
  affix: string
}

/**
 * Separators between a headline and a site name after it. A hyphen only
 * counts with spaces around it, so compounds (`Kaiser-Wilhelm`) stay whole.
 */
const suffixSeparators = [' | ', ' - ', ' – ', ' — ', ' · ', ' • ', ' :: ', ' // ']

/** At most this many words in a site name (`The New York Times`). */
const maximumSuffixWords = 5

/**
 * Take the last ` <separator> X` off a headline when X could be a site name:
 * a few words, no digits (a number after a dash is part of what the
 * headline says: `Brexit - day 31`). Whether X *is* a site name is for the
 * caller to decide, with evidence from the site.
 */
export function splitSuffix(headline: string): HeadlineSplit | undefined {
  const text = spaces(headline)
  let cut = -1
  let separator = ''
  for (const candidate of suffixSeparators) {
    const index = text.lastIndexOf(candidate)
    if (index > cut) {
      cut = index
      separator = candidate
    }
  }
  if (cut < 0) return undefined
  const rest = text.slice(0, cut).trim()
  const affix = text.slice(cut + separator.length).trim()
  const words = headlineWords(affix)
  if (words.length === 0 || words.length > maximumSuffixWords || affix.length > 40) return undefined
  if (/\p{N}/u.test(affix)) return undefined
  if (headlineWords(rest).length < 2) return undefined
  return {rest, affix}
}

/**
 * A kicker: one or two short words without digits (`WATCH`, `Analysis`,
 * `Breaking news`) then a colon, or a spaced dash or bar (`LIVE -`). Each
 * word is bounded, so matching stays linear.
 */
const kicker = /^(\p{L}[\p{L}\p{M}'’.]{0,15}(?: \p{L}[\p{L}\p{M}'’.]{0,15})?)(?: ?:| [-–—|]) /u

/**
 * Take a leading kicker off a headline (`WATCH: …`, `LIVE - …`). Only a
 * candidate: the caller links the rest only if it is a headline of the site.
 */
export function splitKicker(headline: string): HeadlineSplit | undefined {
  const text = spaces(headline)
  const match = kicker.exec(text)
  if (!match) return undefined
  const rest = text.slice(match[0].length).trim()
  if (headlineWords(rest).length < 2) return undefined
  return {rest, affix: match[1] ?? ''}
}

/**
 * The words left of a headline cut off with an ellipsis (`Thousands of UK
 * academics…`, `… academics ...`), or `undefined` when it does not end with
 * one. Scanned by hand: a pattern with `\s*` before `$` backtracks on long
 * runs.
 */
export function splitTruncation(headline: string): string | undefined {
  const text = spaces(headline)
  let end = text.length
  if (text.endsWith('…')) end -= 1
  else {
    while (end > 0 && text[end - 1] === '.') end--
    if (text.length - end < 3) return undefined
  }
  return text.slice(0, end).trim()
}

/** NFKC with every kind of space (no-break ones too) as one plain space. */
function spaces(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}
