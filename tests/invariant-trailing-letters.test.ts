/**
 * `trailingLetters` reads a text's last letters backwards for speed: it
 * must give what `/\p{L}+$/u` matches, on awkward text (lone surrogates,
 * astral letters, marks) and on every line of the development corpus.
 */
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {corpusPageLines} from './corpus-lines.js'
import {lastLetters, trailingLetters} from '../src/text.js'

const awkward = ['', ' ', 'abc', 'Jane DoeStaff Writer', 'x\uD800', 'a\uDC00', '\uD800a', 'x\uD83D', '😀x', 'ab𝐀𝐁', '𝐀', 'a\u0301', 'é', 'ǅ', '日本語', '１２３', 'ab1', 'a-b', 'Redakteurin.', 'Ünter']

test('trailingLetters gives what the trailing-letters pattern matches', () => {
  const lines = [...awkward]
  for (const line of corpusPageLines()) lines.push(line.trim())
  for (const line of lines) assert.is(trailingLetters(line), /\p{L}+$/u.exec(line)?.[0] ?? '', JSON.stringify(line))
})

test('lastLetters gives what the last-letters pattern captures', () => {
  const lines = [...awkward, 'ab!', 'ab 😀', 'ab\uD83D', 'ab\uDC00 ', '𝐀𝐁 1', 'of the.', 'x —']
  for (const line of corpusPageLines()) lines.push(line.trim())
  for (const line of lines) assert.is(lastLetters(line), /(\p{L}+)\P{L}*$/u.exec(line)?.[1] ?? '', JSON.stringify(line))
})

test.run()
