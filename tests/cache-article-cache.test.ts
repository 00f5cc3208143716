/**
 * The disk cache of parsed articles: entries round-trip, are keyed by what
 * was parsed, and a damaged entry is a miss, never a wrong article or a
 * failed build.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Eleventy from '@11ty/eleventy'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {ArticleCache, cacheFolder, decodeEntry} from '../src/cache/article-cache.js'
import wire, {parseArticle} from '../src/index.js'
import {resolveParseOptions} from '../src/options.js'

const seed = readFileSync(new URL('../../shared/seed/euronews-belarus-loan.txt', import.meta.url))
const withDate = Buffer.from('---\ndate: 2020-09-14\ntags: [belarus]\n---\n' + seed.toString('utf8'))

function entries(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => join(folder, name))
}

test('an entry round-trips the article, front matter included', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-'))
  const options = resolveParseOptions({})
  const article = parseArticle(withDate, {inputPath: 'a.txt'})
  assert.ok(article.frontmatter['date'], 'front matter read')
  const key = ArticleCache.key('a.txt', withDate)
  const writer = new ArticleCache(root, options)
  writer.set(key, article)
  await writer.flush()
  const read = await new ArticleCache(root, resolveParseOptions({})).get(key)
  assert.equal(read, article)
  // Same keys in the same order: templates that print the article print the same.
  assert.is(JSON.stringify(read), JSON.stringify(article))
  assert.is(entries(root).length, 1)
  rmSync(root, {recursive: true, force: true})
})

test('the key changes with the bytes and with the path', () => {
  const key = ArticleCache.key('a.txt', seed)
  assert.is.not(key, ArticleCache.key('b.txt', seed))
  assert.is.not(key, ArticleCache.key('a.txt', Buffer.concat([seed, Buffer.from(' ')])))
  assert.is(key, ArticleCache.key('a.txt', Buffer.from(seed)))
})

test('other options read no entry of these', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-'))
  const key = ArticleCache.key('a.txt', seed)
  const writer = new ArticleCache(root, resolveParseOptions({}))
  writer.set(key, parseArticle(seed, {inputPath: 'a.txt'}))
  await writer.flush()
  assert.is(await new ArticleCache(root, resolveParseOptions({lead: false})).get(key), undefined)
  assert.is(await new ArticleCache(root, resolveParseOptions({presets: ['reuters']})).get(key), undefined)
  assert.ok(await new ArticleCache(root, resolveParseOptions({})).get(key))
  rmSync(root, {recursive: true, force: true})
})

test('a damaged entry is a miss: truncated, flipped, emptied, foreign', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-'))
  const options = resolveParseOptions({})
  const key = ArticleCache.key('a.txt', seed)
  const writer = new ArticleCache(root, options)
  writer.set(key, parseArticle(seed, {inputPath: 'a.txt'}))
  await writer.flush()
  const [path] = entries(root)
  assert.ok(path)
  const good = readFileSync(path)
  assert.ok(decodeEntry(good))

  const flipped = Buffer.from(good)
  flipped[flipped.length - 10] = (flipped[flipped.length - 10] ?? 0) ^ 0xff
  const damaged = [
    good.subarray(0, good.length - 1),
    good.subarray(0, 10),
    flipped,
    Buffer.alloc(0),
    Buffer.from('not a cache entry at all'),
    Buffer.from(JSON.stringify({title: 'x'}))
  ]
  for (const bytes of damaged) {
    assert.is(decodeEntry(bytes), undefined)
    writeFileSync(path, bytes)
    assert.is(await new ArticleCache(root, options).get(key), undefined)
  }
  rmSync(root, {recursive: true, force: true})
})

test('a cache that cannot be written does not fail', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-'))
  // A file where the cache folder should be: every write fails.
  const blocked = join(root, 'blocked')
  writeFileSync(blocked, '')
  const cache = new ArticleCache(blocked, resolveParseOptions({}))
  cache.set(ArticleCache.key('a.txt', seed), parseArticle(seed))
  await cache.flush()
  assert.is(await cache.get(ArticleCache.key('a.txt', seed)), undefined)
  rmSync(root, {recursive: true, force: true})
})

function readTree(folder: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) for (const [key, value] of readTree(path, `${prefix}${name}/`)) files.set(key, value)
    else files.set(`${prefix}${name}`, readFileSync(path, 'utf8'))
  }
  return files
}

/** Build `input` from `project` (the cache lives in the working directory). */
async function build(project: string, options: Record<string, unknown> = {}): Promise<Map<string, string>> {
  const previous = process.cwd()
  const log = console.log
  process.chdir(project)
  console.log = () => {}
  try {
    writeFileSync('eleventy.config.mjs', 'export default function () {}\n')
    const eleventy = new Eleventy('content', '_site', {
      quietMode: true,
      configPath: 'eleventy.config.mjs',
      config(eleventyConfig) {
        eleventyConfig.addPlugin(wire, {summary: false, ...options})
      }
    })
    await eleventy.write()
    return readTree(join(project, '_site'))
  } finally {
    console.log = log
    process.chdir(previous)
  }
}

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-site-'))
  const content = join(root, 'content')
  mkdirSync(content)
  for (const [name, text] of Object.entries({
    'a.txt': seed.toString('utf8'),
    'b.txt': withDate.toString('utf8').replace("Russia to provide €1.2 billion loan to 'closest ally' Belarus, Putin announces", 'Belarus: Opposition leader Sviatlana Tsikhanouskaya tells EU to be brave on sanctions')
  })) {
    writeFileSync(join(content, name), text)
  }
  return root
}

test('plugin: a rebuild from the cache, and from a damaged cache, builds the same pages', async () => {
  const root = project()
  const first = await build(root)
  const cached = entries(join(root, cacheFolder))
  assert.is(cached.length, 2, 'one entry per article')
  const second = await build(root)
  assert.equal(second, first)
  for (const path of cached) writeFileSync(path, readFileSync(path).subarray(0, 40))
  const third = await build(root)
  assert.equal(third, first)
  rmSync(root, {recursive: true, force: true})
})

test('plugin: `cache: false` writes no cache', async () => {
  const root = project()
  await build(root, {cache: false})
  assert.is(existsSync(join(root, cacheFolder)), false)
  rmSync(root, {recursive: true, force: true})
})

test.run()
