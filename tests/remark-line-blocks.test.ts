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
import {remarkLineBlocks, splitLines} from '../src/stages/remark-line-blocks.js'

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
})

test.run()
