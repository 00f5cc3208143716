import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {explainArticle, parseArticle} from '../src/parse-article.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.',
  'The old pier was built in 1902 by the fishermen of the town, who paid for the timber themselves and raised it in one summer, the museum says.'
]

const teasers = [
  'Ferry timetable changes for the winter',
  'Jane Doe',
  'November 19, 2019',
  'The ferry to the island will run twice a day from December, the company said, as fewer visitors come and the crews are needed at the yard for repairs.',
  'Lighthouse keeper retires after forty years',
  'John Roe',
  'November 18, 2019',
  'The last keeper of the lighthouse on the point handed over the keys on Monday, and the light will be run from the harbour office from now on, the council said.'
]

function fates(source: string): Map<string, string | undefined> {
  return new Map(explainArticle(source, {inputPath: 'page.txt'}).lines.map((line) => [line.text, line.rule ?? line.field]))
}

test('teasers that each carry a date end the article where the first teaser begins', () => {
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...teasers].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
  const rules = fates(source)
  assert.is(rules.get('Ferry timetable changes for the winter'), 'dated-list')
  assert.is(rules.get(teasers[7] ?? ''), 'dated-list')
})

test('dated entries that hold most of the prose are the article (a live blog, a chronicle)', () => {
  const entries = teasers.slice(2, 4).concat(teasers.slice(6, 8))
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], ...entries, ...paragraphs.slice(1, 2)].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.includes(teasers[3] ?? ''))
  assert.ok(article.body.includes(teasers[7] ?? ''))
})

test('comments that each repeat a counter label end the article where the first comment begins', () => {
  const comments = [
    'harbourfan',
    'I walked on that pier as a child and I am so glad that it will be rebuilt at last, after all these years.',
    'Rating: 12 Votes',
    'old_sailor',
    'The school needs the money more than the tourists need a pier, in my opinion, and I will vote against it.',
    'Rating: 7 Votes',
    'islander',
    'Will the ferry stop at the new pier, or only the pleasure boats that come in the summer? Nobody has said.',
    'Rating: 3 Votes'
  ]
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...comments].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
  assert.is(fates(source).get('harbourfan'), 'dated-list')
})

test('a label repeated between long sections of an article ends nothing', () => {
  const long = paragraphs.join(' ')
  const other = [...paragraphs].reverse().join(' ')
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'Advertisement', long, 'Advertisement', other, 'Advertisement', paragraphs[1]].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.includes(long))
  assert.ok(article.body.includes(other))
})

test('numbered steps that count up are the article’s sections, not a list’s labels', () => {
  const steps = [
    'Step 1',
    'The divers check the old piles and mark those that can stay in the water.',
    'Step 2',
    'The carpenters cut new beams from the oak that the county gave the town.',
    'Step 3',
    'The deck is laid from the shore outwards, a few metres every working day.'
  ]
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'How the pier will be rebuilt', ...steps].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const line of steps) assert.ok(article.body.includes(line), line)
})


test('teasers written to one template end the article even when they hold most of the prose', () => {
  const summaries = [
    'The ferry to the island will run twice a day from December, the company said, as fewer visitors come and the crews are needed at the yard.',
    'The last keeper of the lighthouse on the point handed over the keys on Monday, and the light will be run from the harbour office from now on.',
    'Volunteers cleared the beach of nets and bottles on Saturday morning and will meet again next month at the harbour office at nine.',
    'The bakery on the square opens again after a fire in the summer, with the same bakers and a new oven that the town helped to pay for.',
    'Storms are expected on the coast this weekend, and boat owners are asked to check their moorings before Friday evening, the harbour master said.',
    'The school will get a new roof before the winter, the council decided, after parents complained that water came into two of the classrooms.'
  ]
  const list = summaries.flatMap((summary, number) => [`Harbour headline number ${number + 1}`, `Reporter ${'ABCDEF'[number]}. Example`, `November ${19 - number}, 2019`, summary])
  const source = ['Harbour town votes to rebuild its old pier', 'By John Roe', 'November 20, 2019', ...paragraphs.slice(0, 3), ...list].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const summary of summaries) assert.not.ok(article.body.includes(summary), summary)
  assert.ok(article.body.includes(paragraphs[2] ?? ''))
})

test('a chronicle whose dated entries tell their news in several paragraphs stays the article', () => {
  const chronicle = [1, 2, 3, 4, 5].flatMap((day) => [
    `November ${day}, 2019`,
    `On day ${day} of the works, the carpenters raised new posts at the end of the pier and the divers checked the old ones below the water line.`,
    `The harbour master said after day ${day} that the work was on time, and that boats could still tie up at the north side of the pier.`
  ])
  const source = ['Harbour town votes to rebuild its old pier', 'By John Roe', 'November 20, 2019', ...paragraphs.slice(0, 2), ...chronicle].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.includes(chronicle[13] ?? ''))
})

test.run()
