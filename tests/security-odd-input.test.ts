/**
 * Odd input either parses correctly or fails with a message of the form
 * `path:line:col Unexpected …, expected … [rule-id]`, never a throw.
 */
import type {Article} from '../src/types.js'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {formatMessage} from '../src/eleventy-plugin.js'
import {parseArticle} from '../src/index.js'
import {resolveOptions} from '../src/options.js'
import {articleLayout} from '../src/render/article-layout.js'
import {renderArticle} from '../src/render/render-article.js'
import {findActiveContent} from './hostile/inert.js'

const path = 'odd/input.txt'
const headline = 'Storm closes harbour in the north'
const paragraph = 'The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.'
const second = 'Fishermen said they had never seen waves so high, and that the repairs would take many weeks to finish.'
const article = `${headline}\nBy Jane Doe\n\n${paragraph}\n\n${second}\n`

/** The documented message form. */
const messageForm = /^odd\/input\.txt:\d+:\d+ Unexpected [^]+, expected [^]+ \[[a-z\d-]+\]$/u

function parse(value: string | Uint8Array): Article {
  return parseArticle(value, {inputPath: path})
}

/** The one fatal message, checked for form, rule and place. */
function assertRefused(result: Article, ruleId: string, line?: number, column?: number): string {
  const fatal = result.messages.filter((message) => message.fatal)
  assert.ok(fatal.length > 0, `expected a fatal ${ruleId}`)
  const first = fatal[0]
  assert.ok(first)
  const text = formatMessage(first, path)
  assert.match(text, messageForm)
  assert.is(first.ruleId, ruleId, text)
  if (line !== undefined) assert.is(first.line, line, text)
  if (column !== undefined) assert.is(first.column, column, text)
  return text
}

function assertParsed(result: Article): void {
  assert.equal(
    result.messages.filter((message) => message.fatal).map((message) => formatMessage(message, path)),
    []
  )
  assert.is(result.title, headline)
  assert.is(result.byline, 'Jane Doe')
  assert.equal([result.lead, ...result.body].filter(Boolean), [paragraph, second])
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfe_ff, littleEndian)
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian)
  return bytes
}

test('empty and white-space-only files are refused as empty', () => {
  assertRefused(parse(''), 'empty-file', 1, 1)
  assertRefused(parse(new Uint8Array()), 'empty-file', 1, 1)
  assertRefused(parse(' \n\t\n  \r\n\u00a0\n'), 'empty-file')
  assertRefused(parse('\ufeff'), 'empty-file')
})

test('a file of only page furniture is refused, saying so', () => {
  const text = assertRefused(parse('Share\nAdvertisement\nComments\nPrint\n'), 'missing-headline')
  assert.match(text, /furniture/u)
})

test('binary data renamed .txt is refused, naming the format', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
  assert.match(assertRefused(parse(png), 'binary-file', 1, 1), /PNG image/u)
  assert.match(assertRefused(parse(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])), 'binary-file'), /JPEG/u)
  assert.match(assertRefused(parse(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ')), 'binary-file'), /PDF/u)
  // Unknown binary: the first NUL byte, at its line and column.
  assert.match(assertRefused(parse(new Uint8Array([0x41, 0x42, 0x0a, 0x43, 0x00, 0x01])), 'binary-file', 2, 2), /binary file/u)
  assertRefused(parse(`${headline}\n\nText with a \u0000 in it.`), 'binary-file', 3, 13)
})

test('UTF-16 with a BOM (either byte order) and UTF-8 with a BOM are decoded', () => {
  assertParsed(parse(utf16(article, true)))
  assertParsed(parse(utf16(article, false)))
  assertParsed(parse(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(article)])))
  assertParsed(parse(`\ufeff${article}`))
  assert.is(parse(utf16('Zürich ☃ 𝄞 headline here\n\nBody text that is long enough to be a paragraph, officials said.', true)).title, 'Zürich ☃ 𝄞 headline here')
})

test('UTF-16 with a BOM but broken is refused, not patched with U+FFFD', () => {
  const bytes = utf16(article, true)
  assertRefused(parse(bytes.subarray(0, bytes.length - 1)), 'invalid-utf16')
  const lone = utf16(`${headline}\n\nA \ud800 lone surrogate.`, true)
  assertRefused(parse(lone), 'invalid-utf16', 3, 3)
})

test('UTF-16 without a BOM is refused with a hint', () => {
  const bytes = utf16(article, true).subarray(2)
  assert.match(assertRefused(parse(bytes), 'binary-file', 1, 2), /UTF-16/u)
})

test('CRLF and old-Mac CR line ends give the same article as LF', () => {
  const expected = parse(article)
  const crlf = parse(article.replace(/\n/gu, '\r\n'))
  const cr = parse(article.replace(/\n/gu, '\r'))
  for (const result of [crlf, cr]) {
    assertParsed(result)
    assert.equal({...result, messages: []}, {...expected, messages: []})
  }
})

test('Latin-1 bytes are refused at the byte, naming it', () => {
  const latin1 = Uint8Array.from(`${headline}\n\nThe caf\u00e9 opened on Monday, officials said.`, (character) => character.charCodeAt(0))
  const text = assertRefused(parse(latin1), 'invalid-utf8', 3, 8)
  assert.match(text, /0xE9/u)
})

test('a 20 MB file parses without throwing, keeping every paragraph', () => {
  const paragraphs = Array.from({length: 180_000}, (_, index) => `${paragraph} ${index}`)
  const text = `${headline}\n\n${paragraphs.join('\n\n')}\n`
  assert.ok(text.length > 20_000_000)
  const result = parse(text)
  assert.is(result.title, headline)
  assert.is([result.lead, ...result.body].filter(Boolean).length + result.removed.length, paragraphs.length)
})

test('one line of 1 MB is kept whole', () => {
  const line = `${paragraph} `.repeat(Math.ceil(1_000_000 / paragraph.length)).trim()
  const result = parse(`${headline}\n\n${line}\n\n${second}`)
  assert.is(result.title, headline)
  assert.ok([result.lead, ...result.body].includes(line))
})

test('100,000 blank lines between headline and text are skipped, keeping line numbers', () => {
  const result = parse(`${headline}\n${'\n'.repeat(100_000)}${paragraph}\n\n${second}\n`)
  assert.is(result.title, headline)
  assert.is(result.blocks.at(-1)?.line, 100_004)
})

test('control characters neither throw nor become markup', () => {
  const controls = Array.from({length: 32}, (_, code) => String.fromCharCode(code)).filter((character) => !'\u0000\n\r'.includes(character)).join('')
  const result = parse(`${headline} ${controls}\n\n${paragraph} \u007f\u0085\u2028\u2029 ${controls}\n\n${second}\n`)
  // Which line is the headline is the stages' call; the text must be kept.
  const kept = [result.title, result.lead, ...result.body, ...result.removed.map((line) => line.text)].join('\n')
  assert.ok(kept.includes(headline) && kept.includes(paragraph), JSON.stringify(result.title))
  const html = articleLayout.render({
    content: renderArticle(result, {related: [], linkedFrom: [], labels: resolveOptions(undefined).labels}),
    title: result.title
  })
  assert.equal(findActiveContent(html, [/<style>([^]*?)<\/style>/u.exec(html)?.[1] ?? '']), [])
})

test('right-to-left and combining text is kept as written', () => {
  const arabic = 'عاصفة تغلق الميناء في الشمال'
  const body = 'أغلقت سلطة الميناء الميناء يوم الاثنين بعد أن ألحقت العاصفة أضرارا بالجدار الخارجي، حسبما قال المسؤولون.'
  const result = parse(`${arabic}\n\n${body}\n\n\u202eoverride\u202c and ${paragraph}\n`)
  assert.is(result.title, arabic)
  assert.ok([result.lead, ...result.body].includes(body))
  const zalgo = 'Z\u0338\u0322\u031ba\u0337l\u0336g\u0335o\u0338 closes the e\u0301 harbour'
  const combined = parse(`${zalgo}\n\n${paragraph}\n`)
  assert.is(combined.title, zalgo)
})

test('broken YAML front matter is refused at its line and column', () => {
  assertRefused(parse(`---\ntitle: [unclosed\n---\n${article}`), 'front-matter-yaml', 2)
  assertRefused(parse(`---\ntitle: a\ntitle: b\n---\n${article}`), 'front-matter-yaml', 3)
  assertRefused(parse(`---\n\tkey: tab\n---\n${article}`), 'front-matter-yaml', 2)
  assertRefused(parse(`---\ntitle: x\n${article}`), 'front-matter-unclosed')
})

test('front matter that is not a mapping is refused', () => {
  assertRefused(parse(`---\n- a\n- b\n---\n${article}`), 'front-matter-type', 2, 1)
  assertRefused(parse(`---\njust a string\n---\n${article}`), 'front-matter-type', 2, 1)
  assertRefused(parse(`---\n42\n---\n${article}`), 'front-matter-type', 2, 1)
  assertParsed(parse(`---\n---\n${article}`))
  assertParsed(parse(`---\n# only a comment\n---\n${article}`))
})

test('title, permalink and date of the wrong type are refused at the value', () => {
  assertRefused(parse(`---\ntitle: 42\n---\n${article}`), 'front-matter-type', 2, 8)
  assertRefused(parse(`---\ntitle: ""\n---\n${article}`), 'front-matter-type', 2)
  assertRefused(parse(`---\ntitle: [a, b]\n---\n${article}`), 'front-matter-type', 2)
  assertRefused(parse(`---\npermalink: 7\n---\n${article}`), 'front-matter-type', 2, 12)
  assertRefused(parse(`---\npermalink: {build: /x/}\n---\n${article}`), 'front-matter-type', 2)
  assertRefused(parse(`---\ndate: not a date\n---\n${article}`), 'front-matter-type', 2, 7)
  assertRefused(parse(`---\ndate: {a: 1}\n---\n${article}`), 'front-matter-type', 2)
  assertRefused(parse(`---\nother: 1\ndate: true\n---\n${article}`), 'front-matter-type', 3)
})

test('YAML that expands hugely (an alias bomb) is refused, not expanded', () => {
  const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]', 'h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]', '---', article].join('\n')
  const result = parse(bomb)
  assertRefused(result, 'front-matter-yaml')
})

test.run()
