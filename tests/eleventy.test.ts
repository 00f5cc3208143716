/**
 * Integration: real builds through Eleventy's programmatic API.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import Eleventy, {HtmlBasePlugin} from '@11ty/eleventy'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {readTree} from './read-tree.js'
import wire from '../src/index.js'
import type {Options} from '../src/index.js'

const exampleSite = fileURLToPath(new URL('../example-site/', import.meta.url))

interface Built {
  root: string
  output: string
  files: Map<string, string>
  logs: string[]
}

/** Build `input` with the plugin into a temporary folder; collect the output and what the plugin printed. */
async function build(input: string, options: Options = {}, extra?: (config: {pathPrefix?: string}) => Record<string, unknown>): Promise<Built> {
  const root = mkdtempSync(join(tmpdir(), 'wire-test-'))
  const output = join(root, '_site')
  const configPath = join(root, 'eleventy.config.mjs')
  writeFileSync(configPath, 'export default function () {}\n')
  const logs: string[] = []
  const original = {log: console.log, warn: console.warn, error: console.error}
  // Keep what the plugin and Eleventy print (expected failures included) out
  // of the test output, and available to assertions.
  console.log = (...parts: unknown[]) => void logs.push(parts.join(' '))
  console.warn = (...parts: unknown[]) => void logs.push(parts.join(' '))
  console.error = (...parts: unknown[]) => void logs.push(parts.join(' '))
  // `extra` may bring a `config` function of its own (more plugins), run after the plugin is added.
  const {config: extraConfig, ...extraOptions} = extra ? extra({}) : {}
  try {
    const elev = new Eleventy(input, output, {
      quietMode: true,
      configPath,
      ...extraOptions,
      config(eleventyConfig) {
        eleventyConfig.addPlugin(wire, options)
        if (typeof extraConfig === 'function') extraConfig(eleventyConfig)
      }
    })
    await elev.write()
  } finally {
    console.log = original.log
    console.warn = original.warn
    console.error = original.error
  }
  return {root, output, files: readTree(output), logs}
}


function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wire-input-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), {recursive: true})
    writeFileSync(join(root, name), text)
  }
  return root
}

const count = (html: string, needle: string) => html.split(needle).length - 1

test('example site: the seed page', async () => {
  const reportRoot = mkdtempSync(join(tmpdir(), 'wire-report-'))
  const report = join(reportRoot, 'report.json')
  const built = await build(join(exampleSite, 'content'), {report})
  const seedPath = 'russia-to-provide-1-2-billion-loan-to-closest-ally-belarus-putin-announces/index.html'
  const html = built.files.get(seedPath)
  assert.ok(html, `no ${seedPath} in ${[...built.files.keys()].join(', ')}`)
  assert.is(count(html, '<h1'), 1)
  assert.ok(html.includes("<h1>Russia to provide €1.2 billion loan to 'closest ally' Belarus, Putin announces</h1>"))
  assert.is(count(html, 'Russian President Vladimir Putin, right,'), 1, 'caption once')
  assert.is(count(html, 'Russian Presidential Press Service via AP'), 1, 'credit once')
  for (const debris of ['Share this article', 'Copy to clipboard', 'Close Button', 'embed link', 'You might also like']) {
    assert.not.ok(html.includes(debris), debris)
  }
  const expected = JSON.parse(readFileSync(new URL('fixtures/euronews-seed/expected.json', import.meta.url), 'utf8')) as {
    lead: string
    body: string[]
  }
  const paragraphs = [...html.matchAll(/<p(?: class="wire-lead")?>(.*?)<\/p>/gu)].map((match) => match[1] ?? '')
  const unescape = (value: string) => value.replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')
  assert.equal(paragraphs.map(unescape), [expected.lead, ...expected.body])
  assert.is(expected.body.length, 24)
  // Two related headlines link to the companions' real pages; the third stays text.
  assert.ok(html.includes('<a href="/belarus-opposition-leader-sviatlana-tsikhanouskaya-tells-eu-to-be-brave-on/">'))
  assert.ok(html.includes('<a href="/if-belarus-protests-succeed-russia-will-be-next-warns-lukashenko/">'))
  assert.ok(html.includes("<li>'Tricks, truants and transsexuals': Lukashenko loyalists hit out over Belarus protests</li>"))
  for (const match of html.matchAll(/href="([^"]+)"/gu)) {
    const target = (match[1] ?? '').replace(/^\//u, '')
    assert.ok(built.files.has(`${target}index.html`), `link target ${target} exists`)
  }
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as {related: Array<{from: string; text: string; url: string | null; target: string | null; match: string}>}
  assert.is(parsed.related.length, 3)
  assert.is(parsed.related.filter((entry) => entry.url === null && entry.target === null).length, 1)
  assert.ok(built.logs.some((line) => line === '[eleventy-plugin-wire] 3 articles, 2 of 3 related headlines linked, 1 not found'), built.logs.join('\n'))
  // And what was removed, by rule.
  assert.ok(built.logs.some((line) => /^\[eleventy-plugin-wire\] removed \d+ lines: .*euronews-embed 1/u.test(line)), built.logs.join('\n'))
  // The index lists every article, newest first.
  const index = built.files.get('index.html') ?? ''
  const order = [...index.matchAll(/<time datetime="([^"]+)"/gu)].map((match) => match[1])
  assert.equal(order, ['2020-09-14T00:00:00.000Z', '2020-09-13T00:00:00.000Z', '2020-09-12T00:00:00.000Z'])
  // The companion page links back.
  const companion = built.files.get('if-belarus-protests-succeed-russia-will-be-next-warns-lukashenko/index.html') ?? ''
  assert.ok(companion.includes('class="wire-linked-from"'))
  rmSync(built.root, {recursive: true, force: true})
  rmSync(reportRoot, {recursive: true, force: true})
})

test('the same input builds byte-identical output', async () => {
  const first = await build(join(exampleSite, 'content'))
  const second = await build(join(exampleSite, 'content'))
  assert.equal([...first.files.keys()], [...second.files.keys()])
  for (const [name, text] of first.files) assert.ok(second.files.get(name) === text, name)
  rmSync(first.root, {recursive: true, force: true})
  rmSync(second.root, {recursive: true, force: true})
})

test('two articles with one slug never overwrite each other', async () => {
  const input = site({
    'b.txt': 'Storm closes the bridge\n\nThe bridge closed on Monday as winds rose above the safe limit for lorries.\n\nIt reopened a day later.\n',
    'a.txt': 'Storm closes the bridge!\n\nA second story with the same slug, written by another desk about the same storm.\n\nIt is a different article.\n'
  })
  const built = await build(input)
  assert.ok(built.files.has('storm-closes-the-bridge/index.html'))
  assert.ok(built.files.has('storm-closes-the-bridge-2/index.html'))
  // Input path order decides: a.txt keeps the plain slug.
  assert.ok((built.files.get('storm-closes-the-bridge/index.html') ?? '').includes('A second story'))
})

test('front matter permalink wins; one leaving the output folder fails the build', async () => {
  const good = site({'a.txt': '---\npermalink: /news/bridge/\n---\nBridge reopens\n\nThe bridge reopened on Tuesday.\n\nTraffic was light.\n'})
  const built = await build(good)
  assert.ok(built.files.has('news/bridge/index.html'))
  const bad = site({'a.txt': '---\npermalink: /%2e%2e/%2e%2e/etc/passwd\n---\nBridge reopens\n\nThe bridge reopened on Tuesday.\n\nTraffic was light.\n'})
  let failed = false
  try {
    await build(bad)
  } catch (error) {
    failed = /Unexpected permalink .* expected a path without `\.` or `\.\.` segments \[unsafe-permalink\]/u.test(String((error as Error).message) + String((error as Error & {originalError?: Error}).originalError?.message ?? ''))
    if (!failed) console.error(error)
  }
  assert.ok(failed, 'the build fails naming the permalink')
})

test('a file with errors fails the build, naming file, line and column', async () => {
  const input = site({'good.txt': 'A headline\n\nA paragraph of text.\n\nAnother one.\n', 'broken.txt': '---\ntitle: [unclosed\n---\nHeadline\n\nText.\n'})
  let message = ''
  try {
    await build(input)
  } catch (error) {
    message = `${String((error as Error).message)} ${String((error as Error & {originalError?: Error}).originalError?.message ?? '')}`
  }
  assert.match(message, /broken\.txt:\d+:\d+ Unexpected .*expected .*\[front-matter-yaml\]/u)
})

test('onError: skip leaves the file out and lists it in the summary', async () => {
  const input = site({'good.txt': 'A headline\n\nA paragraph of text.\n\nAnother one.\n', 'empty.txt': '\n\n'})
  const built = await build(input, {onError: 'skip'})
  assert.ok(built.files.has('a-headline/index.html'))
  assert.is(built.files.size, 1)
  assert.ok(built.logs.some((line) => /skipped 1 with errors: .*empty\.txt/u.test(line)), built.logs.join('\n'))
  assert.ok(built.logs.some((line) => /empty\.txt:3:1 Unexpected end of file, expected article text .*\[empty-file\]/u.test(line)), built.logs.join('\n'))
})

test('pathPrefix applies to related links', async () => {
  const input = site({
    'a.txt': 'Harbour wall rebuilt\n\nThe wall was rebuilt over the winter.\n\nIt cost less than planned.\n\nYou might also like\n\nFerry timetable changes for the summer\n',
    'b.txt': 'Ferry timetable changes for the summer\n\nFerries will run every hour from June.\n\nTickets go on sale in May.\n'
  })
  const built = await build(input, {}, () => ({pathPrefix: '/archive/'}))
  const html = built.files.get('harbour-wall-rebuilt/index.html') ?? ''
  assert.ok(html.includes('<a href="/archive/ferry-timetable-changes-for-the-summer/">'), html)
})

test('pathPrefix with Eleventy’s HTML <base> plugin: related links and backlinks prefixed once', async () => {
  const input = site({
    'a.txt': 'Harbour wall rebuilt\n\nThe wall was rebuilt over the winter.\n\nIt cost less than planned.\n\nYou might also like\n\nFerry timetable changes for the summer\n',
    'b.txt': 'Ferry timetable changes for the summer\n\nFerries will run every hour from June.\n\nTickets go on sale in May.\n'
  })
  const built = await build(input, {}, () => ({
    pathPrefix: '/archive/',
    config: (eleventyConfig: {addPlugin(plugin: unknown): void}) => {
      eleventyConfig.addPlugin(HtmlBasePlugin)
    }
  }))
  const html = built.files.get('harbour-wall-rebuilt/index.html') ?? ''
  assert.ok(html.includes('<a href="/archive/ferry-timetable-changes-for-the-summer/">'), html)
  assert.not.ok(html.includes('/archive/archive/'), html)
  const other = built.files.get('ferry-timetable-changes-for-the-summer/index.html') ?? ''
  assert.ok(other.includes('href="/archive/harbour-wall-rebuilt/"'), other)
  assert.not.ok(other.includes('/archive/archive/'), other)
})

test('a layout of the user’s, in another template language', async () => {
  const input = site({
    'a.txt': 'Harbour wall rebuilt\n\nBy Jane Example\n\nThe wall was rebuilt over the winter.\n\nIt cost less than planned.\n',
    '_includes/mine.liquid': '<main data-layout="mine"><h1>{{ article.title }}</h1><p>{{ article.byline }}</p>{{ content }}</main>'
  })
  const built = await build(input, {layout: 'mine.liquid'})
  const html = built.files.get('harbour-wall-rebuilt/index.html') ?? ''
  assert.ok(html.startsWith('<main data-layout="mine"><h1>Harbour wall rebuilt</h1><p>Jane Example</p><article'), html)
})

test('linkTo: all links to any titled page; backlinks reach user layouts', async () => {
  const input = site({
    'a.txt': '---\nlayout: backlinks.liquid\n---\nHarbour wall rebuilt\n\nThe wall was rebuilt over the winter.\n\nIt cost less than planned.\n\nYou might also like\n\nHow the harbour works\n\nA page that is not published\n',
    'guide.md': '---\ntitle: How the harbour works\n---\nA guide.\n',
    'hidden.md': '---\ntitle: A page that is not published\npermalink: false\n---\nHidden.\n',
    'b.txt': 'Ferry timetable changes\n\nFerries will run every hour.\n\nTickets go on sale in May.\n\nRead more\n\nHarbour wall rebuilt\n',
    '_includes/backlinks.liquid': '{{ content }}{% for item in linkedFrom %}<a data-back href="{{ item.href }}">{{ item.title }}</a>{% endfor %}'
  })
  const articlesOnly = await build(input)
  assert.not.ok((articlesOnly.files.get('harbour-wall-rebuilt/index.html') ?? '').includes('href="/guide/"'))
  const built = await build(input, {linkTo: 'all'})
  const html = built.files.get('harbour-wall-rebuilt/index.html') ?? ''
  assert.ok(html.includes('<a href="/guide/">How the harbour works</a>'), html)
  assert.ok(html.includes('<li>A page that is not published</li>'), 'a permalink: false page is never a target')
  // The default layout shows backlinks; so can a user's layout, from `linkedFrom`.
  assert.ok(html.includes('class="wire-linked-from"') && html.includes('href="/ferry-timetable-changes/"'))
  assert.ok(html.includes('<a data-back href="/ferry-timetable-changes/">Ferry timetable changes</a>'), html)
  const ferry = built.files.get('ferry-timetable-changes/index.html') ?? ''
  assert.not.ok(ferry.includes('wire-linked-from'), 'nothing links to the ferry page')
})

test.run()
