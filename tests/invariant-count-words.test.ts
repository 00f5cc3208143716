/**
 * `countWords` counts words by hand for speed: it must count exactly the
 * matches of the word pattern, on awkward text (lone surrogates, astral
 * letters, apostrophes) and on every line of the development corpus.
 */
import {existsSync, readFileSync} from 'node:fs'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {countWords, countWordsByPattern} from '../src/text.js'

const awkward = ['', ' ', "it's 'quoted'", 'don’t', 'x\uD800a', 'a\uDC00b', 'x\uD83D', '😀x', '𝐀𝐁 c', 'a\u0301b', '日本語のテキスト', '１２３ ×÷ ǀǁ']

test('countWords counts what the word pattern matches', () => {
  const lines = [...awkward]
  const corpus = new URL('../../shared/corpus/dev.jsonl', import.meta.url)
  if (existsSync(corpus)) {
    for (const row of readFileSync(corpus, 'utf8').split('\n')) {
      if (!row.trim()) continue
      const page = JSON.parse(row) as {page_text?: string | null}
      for (const line of (page.page_text ?? '').split('\n')) lines.push(line)
    }
  }
  for (const line of lines) assert.is(countWords(line), countWordsByPattern(line), JSON.stringify(line))
})

test.run()
