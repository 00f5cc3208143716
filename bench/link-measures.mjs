// Evidence for the fuzzy tier's measures and thresholds, from the kinds of
// variation in the linking dev set (not from its headlines' wording). Run
// after `npx tsc -p tsconfig.json`:
//
//   node bench/link-measures.mjs
//
// 1. Word level: respelled words of the `spelling` kind against every pair
//    of different words of the site's titles (similar length): how many of
//    each a gate lets through, for Jaro–Winkler, bigram Dice and an
//    edit-distance gate scaled to word length.
// 2. Headline level: the fuzzy score of every headline that names an
//    article, against the best score any other article of the site gets.
import {readFileSync} from 'node:fs'
import {headlineSimilarity} from '../dist/link/link-index.js'
import {headlineWords} from '../dist/link/normalize-headline.js'
import {bigramDice, editDistance, jaroWinkler} from '../dist/link/string-similarity.js'
import {wordSimilarity} from '../dist/link/word-similarity.js'

const set = JSON.parse(readFileSync(new URL('../../shared/linking/dev.json', import.meta.url), 'utf8'))
const titles = new Map(set.site.map((page) => [page.file, page.text.split('\n')[0]]))

const respelled = []
for (const expectation of set.expectations.filter((item) => item.kind === 'spelling')) {
  const left = headlineWords(expectation.text)
  const right = headlineWords(titles.get(expectation.target))
  for (const [index, word] of left.entries()) if (word !== right[index]) respelled.push([word, right[index]])
}
const vocabulary = [...new Set([...titles.values()].flatMap(headlineWords))].filter((word) => word.length >= 4 && !/\d/u.test(word))
const different = []
for (const left of vocabulary) for (const right of vocabulary) if (left < right && Math.abs(left.length - right.length) <= 2) different.push([left, right])

const gates = {
  'Jaro–Winkler ≥ 0.80': ([a, b]) => jaroWinkler(a, b) >= 0.8,
  'Jaro–Winkler ≥ 0.85': ([a, b]) => jaroWinkler(a, b) >= 0.85,
  'Jaro–Winkler ≥ 0.90': ([a, b]) => jaroWinkler(a, b) >= 0.9,
  'bigram Dice ≥ 0.50': ([a, b]) => bigramDice(a, b) >= 0.5,
  'bigram Dice ≥ 0.60': ([a, b]) => bigramDice(a, b) >= 0.6,
  'edits ≤ 2 (≥6 letters), ≤ 1 (4–5)': ([a, b]) => editDistance(a, b, 2) <= (Math.min(a.length, b.length) >= 6 ? 2 : 1),
  'wordSimilarity > 0 (chosen)': ([a, b]) => wordSimilarity(a, b) > 0
}
console.log(`word gate                            respellings kept (of ${respelled.length})  different-word pairs let through (of ${different.length})`)
for (const [name, gate] of Object.entries(gates)) {
  console.log(`${name.padEnd(36)} ${String(respelled.filter(gate).length).padStart(26)}  ${String(different.filter(gate).length).padStart(40)}`)
}

const byLength = new Map()
for (const [file, title] of titles) {
  const words = headlineWords(title)
  if (!byLength.has(words.length)) byLength.set(words.length, [])
  byLength.get(words.length).push([file, words])
}
const rows = {}
for (const expectation of set.expectations) {
  const words = headlineWords(expectation.text)
  let right = 0
  let other = 0
  for (const [file, candidate] of byLength.get(words.length) ?? []) {
    const score = headlineSimilarity(words, candidate)
    if (file === expectation.target) right = Math.max(right, score)
    else other = Math.max(other, score)
  }
  const row = (rows[expectation.kind] ??= {count: 0, rightMin: 1, rightZero: 0, otherMax: 0})
  row.count++
  if (expectation.target) {
    if (right === 0) row.rightZero++
    else row.rightMin = Math.min(row.rightMin, right)
  }
  row.otherMax = Math.max(row.otherMax, other)
}
console.log('\nheadline score (same word count only)   kind: lowest score of the right article / best score of any other article')
for (const [kind, row] of Object.entries(rows)) {
  const named = set.expectations.some((item) => item.kind === kind && item.target)
  const right = !named ? 'names no article      ' : row.rightZero === row.count ? `right min   -   (${row.rightZero} other tier)` : `right min ${row.rightMin.toFixed(3)} (${row.rightZero} other tier)`
  console.log(`${kind.padEnd(10)} ${right}  other max ${row.otherMax.toFixed(3)}`)
}
