/**
 * `countWords` counts words by hand for speed: it must count exactly the
 * matches of the word pattern, on awkward text (lone surrogates, astral
 * letters, apostrophes) and on every line of the development corpus.
 */
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {corpusPageLines} from './corpus-lines.js'
import {countWords, countWordsByPattern} from '../src/text.js'

const awkward = ['', ' ', "it's 'quoted'", 'don’t', 'x\uD800a', 'a\uDC00b', 'x\uD83D', '😀x', '𝐀𝐁 c', 'a\u0301b', '日本語のテキスト', '１２３ ×÷ ǀǁ']

test('countWords counts what the word pattern matches', () => {
  const lines = [...awkward]
  for (const line of corpusPageLines()) lines.push(line)
  for (const line of lines) assert.is(countWords(line), countWordsByPattern(line), JSON.stringify(line))
})

test.run()
