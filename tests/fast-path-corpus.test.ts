/**
 * The line parser's fast paths: a line that `needsMarkdown` says is plain is
 * made into one text node without the Markdown parser, and a line whose
 * only markup is links or one emphasis is built by `simpleInline`. Proven
 * here, over every line of every corpus text and the seed (and, for
 * `simpleInline`, over generated lines dense in syntax), to be the tree the
 * parser (with the same extensions) builds for it.
 */
import type {Root} from 'mdast'
import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown'
import type {Extension} from 'micromark-util-types'
import {existsSync, readFileSync} from 'node:fs'
import {fromMarkdown} from 'mdast-util-from-markdown'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {frontMatterNode, needsMarkdown, remarkLineBlocks, splitLines, wrappedBlockEnds} from '../src/stages/remark-line-blocks.js'
import {simpleInline} from '../src/stages/simple-inline.js'
import {seededRandom} from './seeded-random.js'

const corpusPath = new URL('../../shared/corpus/dev.jsonl', import.meta.url)
const seedPath = new URL('fixtures/euronews-seed/input.txt', import.meta.url)

/** The extensions the plugin's parser runs with (front matter, plain-text constructs off). */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkLineBlocks).freeze()
const extensions = (processor.data('micromarkExtensions') ?? []) as Extension[]
const mdastExtensions = (processor.data('fromMarkdownExtensions') ?? []) as Array<FromMarkdownExtension | FromMarkdownExtension[]>

/** Bullets the line parser takes off (as in `remark-line-blocks.ts`). */
const bullet = /^(?:[•·▪‣◦●○■□]|[-*+](?=\s))\s*(?=\S)/u

function texts(): string[] {
  const result = [readFileSync(seedPath, 'utf8')]
  if (existsSync(corpusPath)) {
    for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
      if (!line) continue
      const record = JSON.parse(line) as {page_text?: string | null; region_text?: string | null}
      if (record.page_text) result.push(record.page_text)
      if (record.region_text) result.push(record.region_text)
    }
  }
  return result
}

/** Every distinct line content the line parser can see: trimmed, with and without a bullet. */
function contents(): Set<string> {
  const result = new Set<string>()
  for (const text of texts()) {
    for (const line of text.split(/\r\n|\r|\n/u)) {
      const trimmed = line.trim()
      if (trimmed === '') continue
      result.add(trimmed)
      const marker = bullet.exec(trimmed)
      if (marker) result.add(trimmed.slice(marker[0].length))
    }
  }
  return result
}

/** Cases written for the fast path's edges, corpus or not. */
const written = [
  'Johnson & Johnson', 'Q&A', 'AT&T', 'R&D; spending', '& so on', 'a &; b', 'at & #1', 'Wow!', '! !', 'Hello! World!',
  'Tom & Jerry!', 'x &amp y', '&', '&&', '& ;', 'Fish&Chips', 'c&#', 'c&#x', 'c&#;', 'c&x;', 'Dow Jones & Co.! Up 3%',
  'tab\there', 'two  spaces  inside', 'ends with !', 'fake & entity&noSuchName', 'entity &noSuchName;',
  // Syntax characters that can make nothing: one run of `*` or `_`, `_` inside words, `[` without `](`, `<` without a `>` after it.
  'Price* applies', '5 * 3 = 15', '***', '* starts', 'ends *', 'snake_case_name and other_name', '_lone', 'lone_', 'a _ b',
  '__init__', 'x_1 *', '[1] A note', 'See [this] page [here]', '[', ']', '![photo]', '[a][b]', '[a][]', 'a < b', 'a > b < c',
  '<', '<<', 'a <b', 'x_y [z] < w *', 'snake_case *bold', '_a_b_', 'a__b__c', 'é_é',
  // A `*` run between letters or digits is text (gender stars, censored words), beside emphasis or not.
  'Bürger*innen und Arbeitnehmer*innen', 'f**k and sh***t', 'Kolleg*innen *wichtig*', '*a*b', 'a*b*', 'x*y z*', '3*4*5', 'é*é', 'a* b*c *d',
  // `#` without a space after it opens no heading; `<` and `>` with a space between make no autolink.
  '#hashtag', '#1 in the charts', '####### seven', '#', '## ', 'a < b > c', '<< back >>', '<a b>', '< a >', 'x <-> y', '<3 >_<'
]

test('every corpus line the fast path takes is one text node of the whole line, as the parser builds it', () => {
  let plain = 0
  let checked = 0
  const all = contents()
  for (const content of [...all, ...written]) {
    if (needsMarkdown(content)) continue
    plain++
    const tree = fromMarkdown(content, {extensions, mdastExtensions}) as Root
    const paragraph = tree.children[0]
    const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    const same =
      tree.children.length === 1 &&
      paragraph?.type === 'paragraph' &&
      paragraph.children.length === 1 &&
      text?.type === 'text' &&
      text.value === content &&
      text.position?.start.offset === 0 &&
      text.position.end.offset === content.length &&
      paragraph.position?.start.offset === 0 &&
      paragraph.position.end.offset === content.length
    if (!same) assert.unreachable(`fast path differs from the parser for ${JSON.stringify(content)}: ${JSON.stringify(tree.children)}`)
    checked++
  }
  assert.is(checked, plain)
  assert.ok(plain > 0)
})

test('every joined hard-wrapped paragraph the fast path takes is the parser\'s paragraph of its lines', () => {
  let checked = 0
  for (const text of texts()) {
    const lines = text.split(/\r\n|\r|\n/u)
    const ends = wrappedBlockEnds(lines)
    for (const [first, last] of ends.entries()) {
      if (last === undefined) continue
      const parts = lines.slice(first, last + 1).map((line) => line.trim())
      if (parts.some((part) => needsMarkdown(part))) continue
      const content = parts.join('\n')
      const tree = fromMarkdown(content, {extensions, mdastExtensions}) as Root
      const paragraph = tree.children[0]
      const node = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
      const same =
        tree.children.length === 1 &&
        paragraph?.type === 'paragraph' &&
        paragraph.children.length === 1 &&
        node?.type === 'text' &&
        node.value === content &&
        paragraph.position?.end.offset === content.length
      if (!same) assert.unreachable(`joined lines differ from the parser's paragraph: ${JSON.stringify(content.slice(0, 200))}`)
      checked++
    }
  }
  assert.ok(checked > 0)
})

test('lines with markup go to the parser', () => {
  for (const content of ['*a*', '_a_', '`a`', '[a](b)', '![a](b)', '<http://a.b>', 'a\\*b', '# Head', '&amp;', '&#38;', '&#x26;', 'a\u0000b']) {
    assert.ok(needsMarkdown(content), content)
  }
})

test('splitLines gives every corpus text\'s lines as the line-ending pattern splits them, with their offsets', () => {
  for (const text of texts()) {
    const lines: string[] = []
    const offsets: number[] = []
    const ending = /\r\n|\r|\n/gu
    let start = 0
    for (const match of text.matchAll(ending)) {
      lines.push(text.slice(start, match.index))
      offsets.push(start)
      start = match.index + match[0].length
    }
    lines.push(text.slice(start))
    offsets.push(start)
    assert.equal(splitLines(text), {lines, offsets})
  }
})

/** Lines of generated front matter: fences and near-fences, YAML, markdown, blank and odd space. */
const matterLines = ['---', '--- ', '---\t', '--- \t ', '  ---', '----', '--', '--- x', 'title: A', 'date: 2020-09-14', '', ' ', '\t', '# Head', '*a* [b](c)', 'é 😀', '<b>', '...', 'tags: [a, b]', '  - item']
const matterEndings = ['\n', '\r\n', '\r']

test('frontMatterNode is the yaml node the parser makes of generated front matter', () => {
  const random = seededRandom(4_096)
  let checked = 0
  for (let index = 0; index < 20_000; index++) {
    let document = ['---', '--- ', '---\t'][Math.floor(random() * 3)] ?? '---'
    const count = Math.floor(random() * 6)
    for (let line = 0; line <= count; line++) {
      document += (matterEndings[Math.floor(random() * matterEndings.length)] ?? '\n') + (matterLines[Math.floor(random() * matterLines.length)] ?? '')
    }
    // As remarkLineBlocks finds it: the first later line that is a fence closes the block.
    const source = splitLines(document)
    let close = 1
    while (close < source.lines.length && !/^---[ \t]*$/u.test(source.lines[close] ?? '')) close++
    if (close >= source.lines.length) continue
    const end = (source.offsets[close] ?? 0) + (source.lines[close] ?? '').length
    const tree = fromMarkdown(document.slice(0, end), {extensions, mdastExtensions}) as Root
    const node = frontMatterNode(document, source, close)
    if (JSON.stringify(tree.children) !== JSON.stringify([node])) {
      assert.unreachable(`front matter differs for ${JSON.stringify(document)}: ${JSON.stringify(tree.children)} vs ${JSON.stringify(node)}`)
    }
    checked++
  }
  assert.ok(checked > 5000, `only ${checked} closed blocks`)
})

/** Pieces of generated lines: words, spaces, and every character the simple reader decides on, in awkward company. */
const pieces = [
  'word', 'Wort', 'été', 'да', '日本', '😀', 'a1', '9', ' ', ' ', ' ', '\u00a0', '\t', '*', '*', '**', '_', '__', '[', ']', '(', ')', '](', '!',
  '.', ',', ':', '?', '“', '”', '"', "'", '-', '#', '&', '&amp;', '<', '>', '\\', '`', '$', '+', '~', '|', '\u2014', '\u00bf', '\ud83d',
  'https://example.org/a_b', 'x.org/*', '[w](https://example.org/w)', '[two words](a)', '*two words*', 'snake_case'
]

function generatedLine(random: () => number): string {
  const length = 1 + Math.floor(random() * 12)
  let line = ''
  for (let index = 0; index < length; index++) line += pieces[Math.floor(random() * pieces.length)] ?? ''
  return line.trim()
}

function sameAsParser(content: string, children: unknown): boolean {
  const tree = fromMarkdown(content, {extensions, mdastExtensions}) as Root
  const paragraph = tree.children[0]
  return tree.children.length === 1 && paragraph?.type === 'paragraph' && JSON.stringify(paragraph.children) === JSON.stringify(children)
}

test('every line simpleInline reads is the parser\'s paragraph, positions and key order included', () => {
  let built = 0
  let marked = 0
  const random = seededRandom(20_261_129)
  const generated: string[] = []
  for (let index = 0; index < 60_000; index++) generated.push(generatedLine(random))
  for (const content of [...contents(), ...written, ...generated]) {
    if (content === '') continue
    const children = simpleInline(content)
    if (!children) continue
    built++
    if (children.some((child) => child.type !== 'text')) marked++
    if (!sameAsParser(content, children)) {
      assert.unreachable(`simpleInline differs from the parser for ${JSON.stringify(content)}: ${JSON.stringify(children)}`)
    }
  }
  // It must have read many lines with links and emphasis, not only plain ones.
  assert.ok(marked > 1000, `only ${marked} lines with markup read`)
  assert.ok(built > marked)
})

test('simpleInline leaves other syntax to the parser', () => {
  for (const content of ['**a**', '_a_', '`a`', '![a](b)', '<http://a.b>', 'a\\*b', '# Head', '&amp; *a*', '[a] (b)', '[a](b c)', '[a](<b>)', '*a* *b*', '[*a*](b)', '*a [b](c)*', '[a](b(c))', '[]()', '[a]()']) {
    assert.is(simpleInline(content), undefined, content)
  }
  assert.equal(simpleInline('a *b*')?.map((node) => node.type), ['text', 'emphasis'])
  assert.equal(simpleInline('see [this](https://example.org) page')?.map((node) => node.type), ['text', 'link', 'text'])
})

test.run()
