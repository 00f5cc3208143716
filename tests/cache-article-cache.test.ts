/**
 * The disk cache of parsed articles: entries round-trip, are keyed by what
 * was parsed, and a damaged entry is a miss, never a wrong article or a
 * failed build.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Eleventy from '@11ty/eleventy'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {readTree} from './read-tree.js'
import {ArticleCache, cacheFolder, decodeEntry} from '../src/cache/article-cache.js'
import wire, {parseArticle} from '../src/index.js'
import {resolveParseOptions} from '../src/options.js'

const seed = readFileSync(new URL('fixtures/euronews-seed/input.txt', import.meta.url))
const withDate = Buffer.from('---\ndate: 2020-09-14\ntags: [belarus]\n---\n' + seed.toString('utf8'))

function entries(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.pack'))
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
  assert.ok(await new ArticleCache(root, options).get(key))

  // Entries alone.
  const entry = good.subarray(0, good.indexOf('[["'))
  assert.ok(decodeEntry(entry))
  const flippedEntry = Buffer.from(entry)
  flippedEntry[flippedEntry.length - 10] = (flippedEntry[flippedEntry.length - 10] ?? 0) ^ 0xff
  for (const bytes of [entry.subarray(0, entry.length - 1), entry.subarray(0, 10), flippedEntry, Buffer.alloc(0), Buffer.from('not an entry'), Buffer.from(JSON.stringify({title: 'x'}))]) {
    assert.is(decodeEntry(bytes), undefined)
  }

  // Whole packs.
  const flipped = Buffer.from(good)
  flipped[200] = (flipped[200] ?? 0) ^ 0xff
  const damaged = [
    good.subarray(0, good.length - 1),
    good.subarray(0, 10),
    flipped,
    Buffer.alloc(0),
    Buffer.from('not a pack at all'),
    Buffer.concat([Buffer.from('x'), good])
  ]
  for (const bytes of damaged) {
    writeFileSync(path, bytes)
    assert.is(await new ArticleCache(root, options).get(key), undefined)
  }
  rmSync(root, {recursive: true, force: true})
})

test('packs are merged, keeping the entries in use', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-'))
  const options = resolveParseOptions({})
  const article = parseArticle(seed, {inputPath: 'a.txt'})
  const unchanged = ArticleCache.key('a.txt', seed)
  const keys: string[] = []
  // Eleven builds, each reading an unchanged text and writing a changed one.
  for (let build = 0; build < 11; build++) {
    const cache = new ArticleCache(root, options)
    if (build === 0) cache.set(unchanged, article)
    else assert.ok(await cache.get(unchanged), `unchanged text read in build ${build}`)
    const key = ArticleCache.key('b.txt', Buffer.concat([seed, Buffer.from(String(build))]))
    keys.push(key)
    cache.set(key, article)
    await cache.flush()
    if (build < 8) assert.is(entries(root).length, build + 1, 'one pack per build')
  }
  // Build 8 made a ninth pack and merged them into one; builds 9 and 10 added one each.
  assert.is(entries(root).length, 3)
  const reader = new ArticleCache(root, options)
  assert.ok(await reader.get(unchanged))
  assert.ok(await reader.get(keys[8] ?? ''))
  assert.ok(await reader.get(keys[10] ?? ''))
  assert.is(await reader.get(keys[5] ?? ''), undefined, 'an entry no build used since is dropped')
  await reader.flush()
  rmSync(root, {recursive: true, force: true})
})

test('cache folders of other plugin builds unused for a month are removed', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-'))
  const old = new Date(Date.now() - 31 * 86_400_000)
  const recent = new Date(Date.now() - 29 * 86_400_000)
  // Another plugin build's folder unused for 31 days, one for 29 days, and
  // an old folder that is not the plugin's (no fingerprint name).
  for (const [name, time] of [['0123456789abcdef', old], ['fedcba9876543210', recent], ['notes', old]] as const) {
    mkdirSync(join(root, name))
    writeFileSync(join(root, name, 'x.pack'), '')
    utimesSync(join(root, name), time, time)
  }
  const options = resolveParseOptions({})
  const cache = new ArticleCache(root, options)
  cache.set(ArticleCache.key('a.txt', seed), parseArticle(seed, {inputPath: 'a.txt'}))
  await cache.flush()
  const names = readdirSync(root).sort()
  assert.not.ok(names.includes('0123456789abcdef'), 'unused for a month: removed')
  assert.ok(names.includes('fedcba9876543210'), 'used within a month: kept')
  assert.ok(names.includes('notes'), 'not a cache folder: kept')
  assert.is(names.length, 3, 'the current folder is there')
  // A build that only reads marks its folder used.
  const own = names.find((name) => !['fedcba9876543210', 'notes'].includes(name)) ?? ''
  utimesSync(join(root, own), old, old)
  const reader = new ArticleCache(root, options)
  assert.ok(await reader.get(ArticleCache.key('a.txt', seed)))
  await reader.flush()
  assert.ok(Date.now() - statSync(join(root, own)).mtimeMs < 86_400_000, 'read: marked used')
  rmSync(root, {recursive: true, force: true})
})

test('a process that ends before `flush` (a failed build) completes its pack', () => {
  const root = mkdtempSync(join(tmpdir(), 'wire-cache-'))
  const key = ArticleCache.key('a.txt', seed)
  // Another process writes an entry and exits with an error, never flushing.
  const script = `
    import {readFileSync} from 'node:fs'
    import {ArticleCache} from './src/cache/article-cache.ts'
    import {parseArticle} from './src/index.ts'
    import {resolveParseOptions} from './src/options.ts'
    const seed = readFileSync('tests/fixtures/euronews-seed/input.txt')
    const cache = new ArticleCache(${JSON.stringify(root)}, resolveParseOptions({}))
    cache.set(${JSON.stringify(key)}, parseArticle(seed, {inputPath: 'a.txt'}))
    process.exitCode = 1
  `
  let failed = false
  try {
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {cwd: new URL('..', import.meta.url), stdio: 'pipe'})
  } catch {
    failed = true
  }
  assert.ok(failed, 'the process failed')
  assert.is(entries(root).length, 1, 'its pack is complete')
  assert.not.ok(readdirSync(root, {recursive: true}).map(String).some((name) => name.endsWith('.tmp')), 'no half-written pack left')
  return new ArticleCache(root, resolveParseOptions({})).get(key).then((article) => {
    assert.equal(article, parseArticle(seed, {inputPath: 'a.txt'}))
    rmSync(root, {recursive: true, force: true})
  })
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
  assert.is(cached.length, 1, 'one pack per build')
  const second = await build(root)
  assert.equal(second, first)
  for (const path of cached) {
    const bytes = readFileSync(path)
    bytes[100] = (bytes[100] ?? 0) ^ 0xff
    writeFileSync(path, bytes)
  }
  const third = await build(root)
  assert.equal(third, first)
  for (const path of entries(join(root, cacheFolder))) writeFileSync(path, readFileSync(path).subarray(0, 40))
  const fourth = await build(root)
  assert.equal(fourth, first)
  rmSync(root, {recursive: true, force: true})
})

test('plugin: `cache: false` writes no cache', async () => {
  const root = project()
  await build(root, {cache: false})
  assert.is(existsSync(join(root, cacheFolder)), false)
  rmSync(root, {recursive: true, force: true})
})

test.run()
