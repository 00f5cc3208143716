/**
 * `trailingLetters` reads a text's last letters backwards for speed: it
 * must give what `/\p{L}+$/u` matches, on awkward text (lone surrogates,
 * astral letters, marks) and on every line of the development corpus.
 */
import {existsSync, readFileSync} from 'node:fs'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {trailingLetters} from '../src/text.js'

const awkward = ['', ' ', 'abc', 'Jane DoeStaff Writer', 'x\uD800', 'a\uDC00', '\uD800a', 'x\uD83D', '😀x', 'ab𝐀𝐁', '𝐀', 'a\u0301', 'é', 'ǅ', '日本語', '１２３', 'ab1', 'a-b', 'Redakteurin.', 'Ünter']

test('trailingLetters gives what the trailing-letters pattern matches', () => {
  const lines = [...awkward]
  const corpus = new URL('../../shared/corpus/dev.jsonl', import.meta.url)
  if (existsSync(corpus)) {
    for (const row of readFileSync(corpus, 'utf8').split('\n')) {
      if (!row.trim()) continue
      const page = JSON.parse(row) as {page_text?: string | null}
      for (const line of (page.page_text ?? '').split('\n')) lines.push(line.trim())
    }
  }
  for (const line of lines) assert.is(trailingLetters(line), /\p{L}+$/u.exec(line)?.[0] ?? '', JSON.stringify(line))
})

test.run()
