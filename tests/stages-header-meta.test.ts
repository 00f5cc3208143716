import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {parseArticle} from '../src/parse-article.js'
import {metaLineName} from '../src/stages/byline.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.'
]

test('a name after a label anywhere on a meta line is read', () => {
  assert.is(metaLineName('22. Dezember 2019 von Erika Muster'), 'Erika Muster')
  assert.is(metaLineName('Blog post by Jane Example | Categories: Town'), 'Jane Example')
  assert.is(metaLineName('12/04/2020 by Jane 24 Comments'), 'Jane')
  assert.is(metaLineName('Publiziert am 13. Januar 2014 von harbourblog'), 'harbourblog')
})

test('a name beside a date, without a label, is read when it is the one thing left', () => {
  assert.is(metaLineName('26. September 2019 Erika Muster Schreibe einen Kommentar'), 'Erika Muster')
  assert.is(metaLineName('September 17, 2019 Jane Example 0'), 'Jane Example')
  assert.is(metaLineName('HarbourFan 17.10.2019, 13:56 Uhr'), 'HarbourFan')
  // Beside a one-word section, the full name is the author; a row of many sections names no one.
  assert.is(metaLineName('Jane Example 11/08/2020 Feelings'), 'Jane Example')
  assert.is(metaLineName('01.12.2022 / Harbour / Town / Pier News / Weather'), undefined)
  // Beside the publisher's name, the part with a given name; beside a sentence's words, none.
  assert.is(metaLineName('The Harbour Gazette 02/10/2020 Anna Example'), 'Anna Example')
  assert.is(metaLineName('— Anna Example on Sunday, October 13th, 2019 in an article in a local newspaper'), undefined)
})

test('a label that is a preposition of a phrase names no one', () => {
  assert.is(metaLineName('Hilfe durch sozialen Wandel'), undefined)
  assert.is(metaLineName('Rebuilt by Harbour Council volunteers last spring'), undefined)
  assert.is(metaLineName('Berlin, 28.10.2021'), undefined)
  assert.is(metaLineName('21.01.2022 Aktuelle Meldung'), undefined)
})

test('a glued job title and a trailing preposition are not part of the name', () => {
  const source = ['Harbour town votes to rebuild its old pier', 'By Jane ExampleStaff Writer', ...paragraphs].join('\n')
  assert.is(parseArticle(source, {inputPath: 'page.txt'}).byline, 'Jane Example')
  const dated = ['Harbour town votes to rebuild its old pier', 'By Jane Example On 12. Dezember 2022', ...paragraphs].join('\n')
  assert.is(parseArticle(dated, {inputPath: 'page.txt'}).byline, 'Jane Example')
})

test('a meta line under the headline gives byline and date, and leaves the body', () => {
  const source = ['Harbour town votes to rebuild its old pier', '28. Januar 2015 harbourblog Schreibe einen Kommentar', ...paragraphs].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.byline, 'harbourblog')
  assert.is(article.date, '2015-01-28')
  assert.equal(article.body, paragraphs.slice(1))
})

test('a lone name under the headline is its byline over a job title or a follow button, or under an author label', () => {
  const bylineOf = (lines: readonly string[]) => parseArticle([...lines, ...paragraphs].join('\n'), {inputPath: 'page.txt'}).byline
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Jane Example', 'Political Editor']), 'Jane Example')
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Jane Example', 'Follow']), 'Jane Example')
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Auteur', 'Jane Example,']), 'Jane Example')
  // Two capitalised words with no given name first and nothing beside them are a kicker, not a name.
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Wooden Piers', 'Harbour Town']), undefined)
})

test('a lone name is dated across a date word or a profile link', () => {
  const bylineOf = (lines: readonly string[]) => parseArticle([...lines, ...paragraphs].join('\n'), {inputPath: 'page.txt'}).byline
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Jane Example', 'am', 'Mittwoch, 26.01.2022 - 14:30']), 'Jane Example')
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Jane Example', 'Twitter', '19 February 2020']), 'Jane Example')
})

test.run()
