/**
 * Fold a headline to a key that survives how pages display it: Unicode
 * compatibility forms, curly quotes, dashes, case and white space
 * (no-break spaces included).
 */
export function normalizeHeadline(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim()
    .toLowerCase()
}

/**
 * Letters that canonical decomposition leaves whole (they are letters of
 * their own, not a base letter plus a mark), folded to how they are written
 * without a special keyboard.
 */
const letterFolds: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['þ', 'th'],
  ['ħ', 'h'],
  ['ı', 'i'],
  ['ŀ', 'l'],
  ['ŧ', 't'],
  ['ŋ', 'ng'],
  ['ĸ', 'k']
])

const foldable = new RegExp(`[${[...letterFolds.keys()].join('')}]`, 'gu')

/**
 * Fold text to plain lower-case letters: compatibility forms, case,
 * diacritics (decomposed and dropped) and letters decomposition keeps whole
 * (ł, ø, ß, æ, …).
 */
export function foldLetters(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(foldable, (letter) => letterFolds.get(letter) ?? letter)
    .normalize('NFC')
}

/**
 * Apostrophes inside a word (`Harry's`, `don’t`): removed rather than split
 * on, so that a straight and a curly apostrophe give the same word.
 */
const innerApostrophe = /(?<=[\p{L}\p{N}])['\u2018\u2019\u02BC`´](?=[\p{L}\p{N}])/gu

/**
 * A word: a run of letters and digits; or one currency or maths sign, which
 * changes what a headline says (`+`, `$`, `€`).
 */
const wordPattern = /[\p{L}\p{N}]+|[\p{Sc}\p{Sm}]/gu

/**
 * Cut a headline into folded words: the comparison unit of every tier past
 * the exact one. Punctuation, quotes, dashes and spacing are dropped, so two
 * headlines with the same words in the same order give the same list.
 */
export function headlineWords(value: string): string[] {
  return foldLetters(value).replace(innerApostrophe, '').match(wordPattern) ?? []
}

/**
 * The numbers of a list of words, sorted: two headlines that name different
 * numbers (`day 30`, `day 31`) name different articles, however close the
 * rest of their words.
 */
export function headlineNumbers(words: readonly string[]): string {
  const numbers: string[] = []
  for (const word of words) {
    for (const number of word.match(/\p{Nd}+/gu) ?? []) numbers.push(number.replace(/^0+(?=\p{Nd})/u, ''))
  }
  return numbers.sort().join(' ')
}
