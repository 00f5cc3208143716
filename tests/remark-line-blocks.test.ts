/**
 * Stage: one block per line, with what markdown would misread kept as text.
 */
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {explainArticle} from '../src/parse-article.js'
import {remarkLineBlocks, splitLines, wrappedBlockEnds} from '../src/stages/remark-line-blocks.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkLineBlocks)
const parse = (text: string) => processor.parse(text) as Root

test('one block per non-blank line, positions in the document', () => {
  const tree = parse('Headline\n\n  Indented text stays a paragraph\nNext line\n')
  assert.equal(tree.children.map((node) => node.type), ['paragraph', 'paragraph', 'paragraph'])
  assert.equal(tree.children.map((node) => toString(node)), ['Headline', 'Indented text stays a paragraph', 'Next line'])
  assert.equal(tree.children[1]?.position?.start, {line: 3, column: 3, offset: 12})
  assert.equal(tree.children[2]?.position?.start, {line: 4, column: 1, offset: 44})
})

test('constructs that misread plain text are off', () => {
  const tree = parse('Title\n---\n1. Bundesliga\n    code?\n> quote\n<b>html</b>\n***\n')
  assert.equal(tree.children.map((node) => toString(node)), ['Title', '---', '1. Bundesliga', 'code?', '> quote', '<b>html</b>', '***'])
  assert.ok(tree.children.every((node) => node.type === 'paragraph'))
})

test('a star inside a word is text: gender stars and censored words keep their stars', () => {
  const tree = parse('Bürger*innen und Arbeitnehmer*innen\nWhat the f**k, sh**t\nKolleg*innen sind *wichtig* und **stark**\n*Beginn* und Ende\n')
  assert.equal(tree.children.map((node) => toString(node)), ['Bürger*innen und Arbeitnehmer*innen', 'What the f**k, sh**t', 'Kolleg*innen sind wichtig und stark', 'Beginn und Ende'])
  const third = tree.children[2]
  assert.ok(third?.type === 'paragraph')
  assert.equal(third.children.map((node) => node.type), ['text', 'emphasis', 'text', 'strong'])
})

test('inline markdown, headings and bullets', () => {
  const tree = parse('Some *emphasis* and [a link](https://example.org)\n## Subhead\n• bullet one\n- bullet two\n#\n')
  assert.equal(tree.children.map((node) => node.type), ['paragraph', 'heading', 'listItem', 'listItem', 'paragraph'])
  const first = tree.children[0]
  assert.ok(first?.type === 'paragraph' && first.children[1]?.type === 'emphasis')
  assert.equal(first?.children[1]?.position?.start, {line: 1, column: 6, offset: 5})
  // An empty heading would lose the `#`: it stays text.
  assert.is(toString(tree.children[4]), '#')
})

test('front matter becomes a yaml node; an unclosed one is an error', () => {
  const tree = parse('---\ntitle: A\n---\nHeadline\n')
  assert.equal(tree.children.map((node) => node.type), ['yaml', 'paragraph'])
  const file = new VFile('---\ntitle: A\nHeadline\n')
  const unclosed = processor.parse(file) as Root
  assert.equal(unclosed.children, [])
  assert.is(file.messages[0]?.ruleId, 'front-matter-unclosed')
  assert.is(file.messages[0]?.fatal, true)
})

test('a line of hundreds of delimiters stays plain text, so parsing stays linear', () => {
  const line = '**a*'.repeat(400)
  const tree = parse(`Headline\n${line}\n`)
  assert.is(tree.children.length, 2)
  assert.is(toString(tree.children[1]), line)
  // A line with some markup is still read as markdown.
  assert.is(toString(parse('Some **bold** words\n').children[0]), 'Some bold words')
})

test('splitLines handles LF, CRLF and CR', () => {
  assert.equal(splitLines('a\r\nb\rc\nd'), {lines: ['a', 'b', 'c', 'd'], offsets: [0, 3, 5, 7]})
  // Text without a CR takes a faster path: the same lines and offsets.
  assert.equal(splitLines('a\n\nbc\n'), {lines: ['a', '', 'bc', ''], offsets: [0, 2, 3, 6]})
  assert.equal(splitLines(''), {lines: [''], offsets: [0]})
  assert.equal(splitLines('\n'), {lines: ['', ''], offsets: [0, 1]})
})

/** A report set at a fixed width, as plain-text documents and mail are. */
const wrapped = [
  'Harbour closed after storm',
  '',
  '   The harbour authority closed the port on Monday morning after',
  '   the storm damaged the outer wall, and ferries to the islands',
  '   were cancelled until engineers have inspected the quay and the',
  '   two cranes that stand on it.',
  '',
  '   Fishing boats stayed in the inner basin.  The authority said',
  '   the wall would be repaired within a month, once the weather',
  '   allows divers to reach the foundations.',
  '   A second paragraph follows without a blank line between the',
  '   two, as text copied from page source often does when it is set',
  '   narrow.',
  ''
].join('\n')

test('a hard-wrapped paragraph is one block spanning its lines', () => {
  const tree = parse(wrapped)
  assert.equal(tree.children.map((node) => toString(node).replace(/\n/gu, ' ')), [
    'Harbour closed after storm',
    'The harbour authority closed the port on Monday morning after the storm damaged the outer wall, and ferries to the islands were cancelled until engineers have inspected the quay and the two cranes that stand on it.',
    'Fishing boats stayed in the inner basin.  The authority said the wall would be repaired within a month, once the weather allows divers to reach the foundations.',
    'A second paragraph follows without a blank line between the two, as text copied from page source often does when it is set narrow.'
  ])
  const paragraph = tree.children[1]
  assert.equal(paragraph?.position?.start, {line: 3, column: 4, offset: 31})
  assert.is(paragraph?.position?.end.line, 6)
  assert.is(wrapped.slice(paragraph?.position?.start.offset, paragraph?.position?.end.offset).endsWith('stand on it.'), true)
})

test('markup inside a wrapped paragraph keeps its place in the document', () => {
  const text = wrapped.replace('and ferries', '*and* ferries')
  const tree = parse(text)
  const paragraph = tree.children[1]
  assert.ok(paragraph?.type === 'paragraph')
  const emphasis = paragraph.children.find((child) => child.type === 'emphasis')
  assert.ok(emphasis?.position)
  assert.is(text.slice(emphasis.position.start.offset, emphasis.position.end.offset), '*and*')
  assert.is(emphasis.position.start.line, 4)
  assert.is(emphasis.position.start.column, 38)
})

test('lines of a copied web page are never joined', () => {
  const page = [
    'Home',
    'News',
    'Harbour closed after storm',
    'By Jane Doe, Harbour Correspondent',
    'The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.',
    'Ferries to the islands were cancelled until engineers have inspected the quay.',
    'Fishing boats stayed in the inner basin, and the wall will be repaired within a month.',
    'Read more',
    'Storm warnings for the coast',
    'Ferry timetable changes for the winter'
  ]
  assert.equal(wrappedBlockEnds(page).filter((end) => end !== undefined), [])
  // Nor are a table, a poem or a list of short lines, however narrow.
  const table = ['Station\tRain\tWind', 'North quay\t12 mm\t80 km/h', 'South quay\t9 mm\t75 km/h', 'Lighthouse\t15 mm\t95 km/h']
  assert.equal(wrappedBlockEnds(table).filter((end) => end !== undefined), [])
  const poem = ['The sea came in over the wall at night,', 'And took the boats, the nets, the light.', 'Nobody saw the water rise,', 'Until the morning opened our eyes.']
  assert.equal(wrappedBlockEnds(poem).filter((end) => end !== undefined), [])
})

test('explain and removed account for every line of a joined paragraph', () => {
  const text = `Menu\nHarbour closed after storm\n\n${wrapped.split('\n').slice(2).join('\n')}`
  const {article, lines} = explainArticle(text)
  assert.is(lines.length, text.split('\n').filter((line) => line.trim() !== '').length)
  const fields = new Map(lines.map((line) => [line.line, line.field ?? line.rule]))
  for (let number = 4; number <= 7; number++) assert.is(fields.get(number), fields.get(4))
  assert.ok([article.lead ?? '', ...article.body].some((block) => block.startsWith('The harbour authority closed') && block.endsWith('stand on it.')))
  for (const entry of article.removed) assert.ok(entry.text.length > 0)
})

test.run()
