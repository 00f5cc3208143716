/**
 * The seed article (`fixtures/euronews-seed`) against the structure it was
 * published with (`expected.json`): the project's first acceptance check.
 */
import {readFileSync} from 'node:fs'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {parseArticle} from '../src/index.js'

interface Expected {
  title: string
  byline: string
  image: {caption: string; credit: string}
  lead: string
  body: string[]
  related: Array<{title: string}>
  removed_lines: string[]
}

const text = readFileSync(new URL('fixtures/euronews-seed/input.txt', import.meta.url), 'utf8')
const expected = JSON.parse(readFileSync(new URL('fixtures/euronews-seed/expected.json', import.meta.url), 'utf8')) as Expected
const article = parseArticle(text, {inputPath: 'euronews-seed/input.txt'})

test('fields', () => {
  assert.is(article.title, expected.title)
  assert.is(article.byline, expected.byline)
  assert.equal(article.image, expected.image)
  assert.is(article.lead, expected.lead)
  assert.equal(article.body, expected.body)
  assert.equal(
    article.related.map((headline) => headline.title),
    expected.related.map((headline) => headline.title)
  )
  assert.equal(article.messages, [])
})

test('every expected removed line is removed, with a rule', () => {
  const removed = [...article.removed]
  for (const line of expected.removed_lines) {
    const index = removed.findIndex((entry) => entry.text === line)
    assert.ok(index !== -1, `not removed: ${line}`)
    assert.ok(removed[index]?.rule, 'has a rule')
    removed.splice(index, 1)
  }
})

test('every non-blank line is accounted for', () => {
  const inFields = [
    article.title,
    article.byline,
    article.image?.caption,
    article.lead,
    ...article.body,
    ...article.related.map((headline) => headline.title)
  ].filter((value): value is string => typeof value === 'string')
  const removedLines = new Set(article.removed.map((entry) => entry.line))
  for (const [index, line] of text.split('\n').entries()) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    const collapsed = trimmed.replace(/\s+/gu, ' ')
    // A byline line keeps its `By` on the page but not in the field.
    const isByline = article.byline !== undefined && collapsed.endsWith(article.byline)
    assert.ok(removedLines.has(index + 1) || inFields.includes(collapsed) || isByline, `line ${index + 1} is lost: ${trimmed}`)
  }
})

test.run()
