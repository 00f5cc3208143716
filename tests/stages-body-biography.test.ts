import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {explainArticle} from '../src/parse-article.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked about the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that carpenters would be hired.'
]

function fates(lines: string[]): Map<string, string | undefined> {
  const explanation = explainArticle(['Harbour town votes to rebuild its old pier', ...lines].join('\n'), {inputPath: 'page.txt'})
  return new Map(explanation.lines.map((line) => [line.text, line.rule ?? line.field]))
}

test("the author's biography closing the article leaves the body, in any language the data knows", () => {
  for (const biography of [
    'Jane Q. Doe is a reporter at the Harbour Gazette, where she covers the coast and its towns.',
    'Erika Mustermann leitet das Lokalressort der Hafenzeitung und schreibt über Küstenorte.'
  ]) {
    assert.is(fates([...paragraphs, biography]).get(biography), 'author-biography', biography)
  }
})

test('a last paragraph about a person in the past tense, or opening with a sentence, stays', () => {
  for (const last of [
    'Jane Doe was the last keeper of the old pier, and she said on Tuesday that she would come to see the new one.',
    'Das Warten ist vorbei: der neue Steg wird im Frühjahr gebaut, und die Stadt lädt alle zur Eröffnung ein.'
  ]) {
    assert.is(fates([...paragraphs, last]).get(last), 'body', last)
  }
})

test('a biography-like paragraph in the middle of the article stays', () => {
  const middle = 'Jane Doe is the mayor of the town and has lived by the harbour for most of her life, she said.'
  assert.is(fates([paragraphs[0] ?? '', middle, ...paragraphs.slice(1)]).get(middle), 'body')
})

test('a paragraph opening with the byline’s name and a biography verb is the author’s box, under the byline as under the article', () => {
  const biography = 'Jane Example is a reporter who has covered the harbour and its boats for ten years.'
  const rules = fates(['By Jane Example', biography, ...paragraphs])
  assert.is(rules.get(biography), 'author-biography')
  assert.is(rules.get(paragraphs[0] ?? ''), 'lead')
  const quoted = 'Jane Other is a carpenter who will help to rebuild the pier, the council said.'
  assert.is(fates(['By Jane Example', ...paragraphs, quoted, ...paragraphs.map((paragraph) => `${paragraph} Again.`)]).get(quoted), 'body')
})

test.run()
