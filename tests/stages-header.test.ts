import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {explainArticle, parseArticle} from '../src/parse-article.js'
import {isTimeLine} from '../src/stages/date-line.js'
import {isLoneName} from '../src/stages/byline.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.'
]

function ruleOf(text: string, source: string): string | undefined {
  return explainArticle(source, {inputPath: 'page.txt'}).lines.find((line) => line.text === text)?.rule
}

test('a bare name next to a date line is the byline', () => {
  const source = ['Harbour town votes to rebuild its old pier', 'Jane Example', '12 March 2021', ...paragraphs].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Jane Example')
  assert.is(article.date, '2021-03-12')
  assert.not.ok(article.body.includes('Jane Example'))
})

test('a bare name next to a time of day is the byline; the time is removed', () => {
  const source = ['Harbour town votes to rebuild its old pier', 'Jane Example', '1:39 PM ET', ...paragraphs].join('\n')
  assert.is(parseArticle(source, {inputPath: 'page.txt'}).byline, 'Jane Example')
  assert.is(ruleOf('1:39 PM ET', source), 'time-line')
})

test('a bare name with no date near it stays in the text', () => {
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'Old Harbour', ...paragraphs.slice(1)].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.byline, undefined)
  assert.ok(article.body.includes('Old Harbour'))
})

test('a single name under a lone label is the byline, the label is removed', () => {
  const source = ['Harbour town votes to rebuild its old pier', 'Von', 'Robert', '31. Dezember 2019', ...paragraphs].join('\n')
  assert.is(parseArticle(source, {inputPath: 'page.txt'}).byline, 'Robert')
  assert.is(ruleOf('Von', source), 'byline-label')
})

test('a name under a lone label is the byline also when the page printed it before (author box under the article)', () => {
  const source = ['Jane Example', 'Sign in', 'Harbour town votes to rebuild its old pier', ...paragraphs, 'Written on Mar 12 by', 'Jane Example', 'Reporter at the Harbour Weekly.'].join('\n')
  assert.is(parseArticle(source, {inputPath: 'page.txt'}).byline, 'Jane Example')
})

test('a capitalised verb opens a dated byline, and the date is taken', () => {
  const source = ['Harbour town votes', 'Veröffentlicht am 13. März 2019 von Erika Muster', ...paragraphs].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Erika Muster')
  assert.is(article.date, '2019-03-13')
})

test('a byline and a date under the lead are taken out of the body', () => {
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'By Jane Example', '12 March 2021', ...paragraphs.slice(1)].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Jane Example')
  assert.is(article.date, '2021-03-12')
  assert.equal(article.body, paragraphs.slice(1))
})

test('a blog signs at the end: the closing byline is read when the header has none', () => {
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Posted by Jane Example on March 10, 2015'].join('\n')
  assert.is(parseArticle(source, {inputPath: 'page.txt'}).byline, 'Jane Example')
  const labelled = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Published by', 'Jane Example'].join('\n')
  assert.is(parseArticle(labelled, {inputPath: 'page.txt'}).byline, 'Jane Example')
})

test('a meta line with a date and a name as parts gives both', () => {
  const source = ['Harbour town votes to rebuild its old pier', '12.03.2021 um 16:14 Uhr - Jane Example - 91 Kommentare', ...paragraphs].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Jane Example')
  assert.is(article.date, '2021-03-12')
  const piped = ['Harbour town votes to rebuild its old pier', 'Jane Example | 12 March 2021', ...paragraphs].join('\n')
  assert.is(parseArticle(piped, {inputPath: 'page.txt'}).byline, 'Jane Example')
})

test('a name under an `Author:` label keeps its agency out of the byline', () => {
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'Autor:', 'Jane Example/dpa', ...paragraphs.slice(1)].join('\n')
  assert.is(parseArticle(source, {inputPath: 'page.txt'}).byline, 'Jane Example')
})

test('a time glued to the year does not hide the date', () => {
  const source = ['Harbour town votes to rebuild its old pier', 'Jane Example', 'miércoles, 4 de mayo de 202200:00 hs', ...paragraphs].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.date, '2022-05-04')
  assert.is(article.byline, 'Jane Example')
})

test('names and times, as shapes', () => {
  assert.ok(isLoneName('Jane Example'))
  assert.ok(isLoneName('Alexa von Heyden'))
  assert.not.ok(isLoneName('The Harbour'))
  assert.not.ok(isLoneName('Jane'))
  assert.ok(isLoneName('Jane', 1))
  assert.not.ok(isLoneName('Jane Example 2021'))
  for (const text of ['1:39 PM ET', 'vor 4 Monaten', '8 min read', '3 hours ago', 'Lesedauer: 4 Minuten', '· 5 min read']) {
    assert.ok(isTimeLine(text), text)
  }
  for (const text of ['Ten walks along the coast', '5 things to know', 'At 10:00 the doors opened.']) {
    assert.not.ok(isTimeLine(text), text)
  }
})

test('a date above the headline or among the furniture under it is the article\'s date, where the header has none', () => {
  const above = ['13. Februar 2017', 'Harbour', 'Harbour town votes to rebuild its old pier', ...paragraphs].join('\n')
  assert.is(parseArticle(above, {inputPath: 'page.txt'}).date, '2017-02-13')
  const meta = ['Harbour town votes to rebuild its old pier', 'Pressemitteilung', '24. April 2020 | Pressemitteilungen', ...paragraphs].join('\n')
  assert.is(parseArticle(meta, {inputPath: 'page.txt'}).date, '2020-04-24')
})

test('a line that is only a date under the article dates it when nothing near the headline does', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, '18.10.2019 16:06 Uhr', 'Home', 'Town'].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).date, '2019-10-18')
})

test.run()
