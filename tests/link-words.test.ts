import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {splitKicker, splitSuffix, splitTruncation} from '../src/link/headline-affixes.js'
import {foldLetters, headlineNumbers, headlineWords} from '../src/link/normalize-headline.js'
import {bigramDice, editDistance, jaroWinkler} from '../src/link/string-similarity.js'
import {wordSimilarity} from '../src/link/word-similarity.js'

test('headlineWords: folds what display changes, keeps the words', () => {
  assert.equal(headlineWords('“Ships’ Log” — Kraków’s  Harbour\u00a0Reopens…'), ['ships', 'log', 'krakows', 'harbour', 'reopens'])
  assert.equal(headlineWords('Straße, Øresund, Łódź, Æsir, Þing, Đakovo'), ['strasse', 'oresund', 'lodz', 'aesir', 'thing', 'dakovo'])
  assert.equal(headlineWords('Fuel costs +5 €'), ['fuel', 'costs', '+', '5', '€'])
  assert.is(foldLetters('Ｆｕｌｌｗｉｄｔｈ Éclair'), 'fullwidth eclair')
})

test('headlineNumbers: the multiset of numbers', () => {
  assert.is(headlineNumbers(headlineWords('Day 30 of 100, room 7b')), headlineNumbers(headlineWords('room 7B: day 030 of 100')))
  assert.is.not(headlineNumbers(headlineWords('Day 30')), headlineNumbers(headlineWords('Day 31')))
  assert.is.not(headlineNumbers(headlineWords('3.5 million')), headlineNumbers(headlineWords('35 million')))
})

test('splitSuffix: a short digit-free end after a spaced separator', () => {
  assert.equal(splitSuffix('Rivers rise after storm | The Morning Star'), {rest: 'Rivers rise after storm', affix: 'The Morning Star'})
  assert.is(splitSuffix('Rivers rise after storm - day 3'), undefined)
  assert.is(splitSuffix('Well-known rivers rise'), undefined)
})

test('splitKicker: one or two short words then a colon or a dash', () => {
  assert.equal(splitKicker('WATCH: Rivers rise after storm'), {rest: 'Rivers rise after storm', affix: 'WATCH'})
  assert.equal(splitKicker('LIVE - Rivers rise after storm'), {rest: 'Rivers rise after storm', affix: 'LIVE'})
  assert.is(splitKicker('Rivers rise after storm: what next'), undefined)
  assert.is(splitKicker('Update 2: Rivers rise after storm'), undefined)
})

test('splitTruncation: an ellipsis at the end', () => {
  assert.is(splitTruncation('Rivers rise after…'), 'Rivers rise after')
  assert.is(splitTruncation('Rivers rise after ...'), 'Rivers rise after')
  assert.is(splitTruncation('Rivers rise after.'), undefined)
  assert.is(splitTruncation('Rivers rise after storm'), undefined)
})

test('string similarity measures', () => {
  assert.is(jaroWinkler('martha', 'marhta').toFixed(3), '0.961')
  assert.is(bigramDice('night', 'nacht'), 0.25)
  assert.is(editDistance('svetlana', 'sviatlana', 2), 2)
  assert.is(editDistance('johnson', 'jackson', 2), 3)
})

test('wordSimilarity: respellings and tenses, not other words', () => {
  assert.ok(wordSimilarity('svetlana', 'sviatlana') > 0.8)
  assert.ok(wordSimilarity('karen', 'karin') > 0.8)
  assert.ok(wordSimilarity('warns', 'warned') > 0.8)
  assert.ok(wordSimilarity('says', 'said') > 0.8)
  assert.ok(wordSimilarity('is', 'was') > 0.8)
  assert.is(wordSimilarity('johnson', 'jackson'), 0)
  assert.is(wordSimilarity('maria', 'marta'), 0)
  assert.is(wordSimilarity('cat', 'cut'), 0)
  assert.is(wordSimilarity('f16', 'f15'), 0)
})

test.run()
