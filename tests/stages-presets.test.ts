import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {explainArticle, parseArticle} from '../src/parse-article.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.'
]

function fate(source: string, text: string): string | undefined {
  const line = explainArticle(source, {inputPath: 'page.txt'}).lines.find((entry) => entry.text === text)
  return line?.rule ?? line?.field
}

test('BBC: captions and picture credits leave the body, the story list is related', () => {
  const source = [
    'Harbour town votes to rebuild its old pier',
    paragraphs[0],
    'Image copyright Harbour Archive',
    'Image caption The pier before the storms',
    ...paragraphs.slice(1),
    'More on this story',
    'Ferry timetable changes again next month'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.presets.includes('bbc'))
  assert.equal(article.body, paragraphs.slice(1))
  assert.is(fate(source, 'Image copyright Harbour Archive'), 'bbc-image-copyright')
  assert.is(fate(source, 'Image caption The pier before the storms'), 'bbc-caption')
  assert.equal(
    article.related.map((related) => related.title),
    ['Ferry timetable changes again next month']
  )
})

test('CNN: the dateline is read, related links and the closing line leave the body', () => {
  const source = [
    'Harbour town votes to rebuild its old pier',
    `HARBOURTOWN (CNN) — ${paragraphs[0]}`,
    'Related: Ferry timetable changes again next month',
    ...paragraphs.slice(1),
    'CNN (Harbourtown) First published March 12, 2021: 1:28 AM ET',
    'A teaser of another story that is long enough to read as a sentence of prose.'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.dateline, 'HARBOURTOWN (CNN)')
  assert.equal(article.body, paragraphs.slice(1))
  // The generic preset reads `Related: …` links on every site, before CNN's own rule.
  assert.is(fate(source, 'Related: Ferry timetable changes again next month'), 'inline-related')
})

test('Guardian, New York Times, Al Jazeera: closing lines end the body', () => {
  const closings = [
    ['Topics', 'Reuse this content'],
    ['Continue reading the main story', 'A version of this article appears in print on March 12, 2021, Section A, Page 1.'],
    ['SOURCE: Al Jazeera and news agencies']
  ]
  for (const lines of closings) {
    const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...lines, 'Harbour', 'Politics'].join('\n')
    const article = parseArticle(source, {inputPath: 'page.txt'})
    assert.equal(article.body, paragraphs.slice(1), lines[0])
  }
})

test('a publisher preset stays off a page that only names the publisher', () => {
  const source = ['Harbour town votes to rebuild its old pier', 'The story was first told by The Guardian and BBC.', ...paragraphs, 'Topics'].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.not.ok(article.presets.includes('guardian'))
})

test.run()
