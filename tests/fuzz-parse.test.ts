/**
 * Property tests over generated and mutated article texts: `parseArticle`
 * never throws, reports problems only in the documented message form, and
 * is deterministic (same input, same article, byte-identical HTML).
 *
 * `WIRE_FUZZ_COUNT` sets how many inputs (default 100,000 when `CI=true`,
 * 5,000 otherwise, to keep local runs short); `WIRE_FUZZ_SEED` replays a run.
 */
import type {Article} from '../src/types.js'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {seededRandom} from './seeded-random.js'
import {formatMessage} from '../src/eleventy-plugin.js'
import {parseArticle} from '../src/index.js'
import {resolveOptions} from '../src/options.js'
import {renderArticle} from '../src/render/render-article.js'
import {multilinePayloads, payloads} from './hostile/payloads.js'

const count = Number(process.env['WIRE_FUZZ_COUNT'] ?? (process.env['CI'] === 'true' ? 100_000 : 5000))
const seed = Number(process.env['WIRE_FUZZ_SEED'] ?? 20_200_914)
/**
 * A hang guard, not a speed check: one input taking this long means a
 * runaway, whatever the machine. Ordinary inputs take well under 1 ms.
 */
const hangMilliseconds = Number(process.env['WIRE_FUZZ_HANG_MS'] ?? 10_000)

const random = seededRandom(seed)
const integer = (below: number) => Math.floor(random() * below)
function pick<Item>(items: readonly Item[]): Item {
  const item = items[integer(items.length)]
  if (item === undefined) throw new Error('unreachable: empty choice')
  return item
}

const headlines = [
  'Storm closes harbour in the north',
  'Sturm schließt den Hafen im Norden',
  'La tempête ferme le port du nord',
  '北部港口因风暴关闭',
  'عاصفة تغلق الميناء',
  'BREAKING: Minister resigns after vote',
  'Why the harbour wall failed?'
]
const paragraphs = [
  'The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.',
  'Fishermen said they had never seen waves so high, and that the repairs would take many weeks to finish.',
  'MINSK, Belarus (AP) — Police detained dozens of people on Sunday, a rights group said.',
  'LONDON (Reuters) - Shares fell on Tuesday as investors weighed the latest data.',
  'Die Behörde schloss den Hafen am Montag, nachdem der Sturm die Mauer beschädigt hatte.',
  '(Reporting by Jane Doe; Editing by John Roe)',
  'He said: "We will *rebuild* the [wall](https://example.com/wall) within a year."',
  '港口管理局周一关闭了港口，官员表示风暴损坏了外墙。'
]
const furniture = [
  'Share this article', 'Advertisement', 'Comments', 'Related articles', 'Read more:', 'You might also like',
  'Copyright Harbour Photo Agency', 'Photo: Jane Doe/AFP', '1 of 12', '----', '•', 'Print', 'Sign up for our newsletter',
  'By Jane Doe', 'By JANE DOE and John Roe', '14 September 2020', 'Published 2020-09-14 18:40', 'Sept. 14, 2020 8:03 am ET',
  '14.09.2020 um 18:40 Uhr', '# Subheading', '- a list item', '• bullet item', '1990. The year it all began.'
]
const frontMatters = [
  '---\ntitle: Front matter title\n---',
  '---\ntitle: [unclosed\n---',
  '---\n- a\n---',
  '---\ndate: 2020-09-14\npermalink: /x/\ntags: [a, b]\n---',
  '---\ndate: yesterday\n---',
  '---\npreset: reuters\n---',
  '---\npreset: nonexistent\n---',
  '---\nlayout: false\naliases: [Old headline]\n---',
  '---\ntitle: x',
  '---\n---'
]
const syntax = ['*', '**', '_', '__', '[', ']', '(', ')', '![', '`', '``', '<', '>', '&', '&amp;', '&#0;', '&#x110000;', '\\', '#', '---', '~~', '|', '{{', '}}', '{%', '%}']
const oddCharacters = ['\u0000', '\u0001', '\t', '\r', '\r\n', '\u00a0', '\u200b', '\u202e', '\u2028', '\ufeff', '\ud800', '\udc00', '\u0301', '𝄞', '\uffff', ' ', '\n', '\n\n']

function line(): string {
  switch (integer(6)) {
    case 0:
      return pick(headlines)
    case 1:
      return pick(paragraphs)
    case 2:
      return pick(furniture)
    case 3:
      return pick(payloads)
    case 4:
      return Array.from({length: 1 + integer(8)}, () => pick([...syntax, 'word', 'two words', pick(oddCharacters)])).join(integer(2) ? ' ' : '')
    default:
      return ''
  }
}

/** A plausible article: optional front matter, headline, header lines, paragraphs, furniture. */
function generatedArticle(): string {
  const lines: string[] = []
  if (integer(5) === 0) lines.push(pick(frontMatters))
  if (integer(4) === 0) lines.push(...Array.from({length: integer(6)}, () => pick(furniture)))
  lines.push(pick(headlines))
  const length = integer(14)
  for (let index = 0; index < length; index++) lines.push(line())
  if (integer(6) === 0) lines.push(pick(multilinePayloads))
  return lines.join(pick(['\n', '\n\n', '\r\n', '\r']))
}

/** Mutate a text: insert, delete, duplicate or swap pieces. */
function mutate(text: string): string {
  let result = text
  const rounds = 1 + integer(4)
  for (let round = 0; round < rounds; round++) {
    const at = integer(result.length + 1)
    switch (integer(5)) {
      case 0:
        result = result.slice(0, at) + pick([...syntax, ...oddCharacters]) + result.slice(at)
        break
      case 1:
        result = result.slice(0, at) + result.slice(at + 1 + integer(20))
        break
      case 2: {
        const piece = result.slice(at, at + integer(40))
        result = result.slice(0, at) + piece.repeat(1 + integer(4)) + result.slice(at)
        break
      }
      case 3:
        result = result.slice(at) + result.slice(0, at)
        break
      default:
        result = result.slice(0, at) + pick(payloads) + result.slice(at)
    }
  }
  return result
}

/** Bytes: the text's UTF-8 with a byte or two flipped, or a BOM in front. */
function mutatedBytes(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text)
  const result = integer(3) === 0 ? new Uint8Array([...pick([[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]), ...bytes]) : bytes
  if (result.length > 0 && integer(2) === 0) result[integer(result.length)] = integer(256)
  return result
}

function generatedInput(): string | Uint8Array {
  const text = generatedArticle()
  switch (integer(4)) {
    case 0:
      return text
    case 1:
    case 2:
      return mutate(text)
    default:
      return mutatedBytes(integer(2) ? text : mutate(text))
  }
}

const labels = resolveOptions(undefined).labels
const messageForm = /^[^:]+:\d+:\d+ Unexpected [^]+, expected [^]+ \[[a-z\d-]+\]$/u

function render(article: Article): string {
  return renderArticle(article, {related: article.related.map((headline) => ({title: headline.title, href: undefined})), linkedFrom: [], labels})
}

function describeInput(input: string | Uint8Array): string {
  return typeof input === 'string' ? JSON.stringify(input) : `bytes ${Buffer.from(input).toString('base64')}`
}

test(`${count} generated inputs: no throw, documented messages, deterministic (seed ${seed})`, () => {
  const started = performance.now()
  let slowest = 0
  let fatal = 0
  for (let index = 0; index < count; index++) {
    const input = generatedInput()
    const before = performance.now()
    let first: Article
    try {
      first = parseArticle(input, {inputPath: 'fuzz.txt'})
    } catch (error) {
      assert.unreachable(`input ${index} threw ${String(error)}: ${describeInput(input)}`)
      return
    }
    const took = performance.now() - before
    slowest = Math.max(slowest, took)
    if (took > hangMilliseconds) assert.unreachable(`input ${index} took ${Math.round(took)} ms: ${describeInput(input)}`)
    for (const message of first.messages) {
      const text = formatMessage(message, 'fuzz.txt')
      if (!messageForm.test(text)) assert.unreachable(`input ${index}: message not in the documented form: ${text}`)
    }
    if (first.messages.some((message) => message.fatal)) fatal++
    // Determinism: a second parse of a copy gives the same article and the same bytes of HTML.
    const second = parseArticle(typeof input === 'string' ? `${input}` : input.slice(), {inputPath: 'fuzz.txt'})
    assert.equal(second, first, `input ${index} parsed differently twice: ${describeInput(input)}`)
    if (render(second) !== render(first)) assert.unreachable(`input ${index} rendered differently twice: ${describeInput(input)}`)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`  fuzz: ${count} inputs (seed ${seed}) in ${seconds} s, ${fatal} refused with a message, slowest ${slowest.toFixed(1)} ms`)
})

test('the generator makes varied input (it can find problems)', () => {
  const seen = new Set<string>()
  for (let index = 0; index < 200; index++) seen.add(describeInput(generatedInput()))
  assert.ok(seen.size > 190)
})

test.run()
