/**
 * The parse pool: texts parsed in worker threads give the articles
 * `parseArticle` gives in the main thread, and a build parsed in workers is
 * byte-identical to one parsed in the main thread, messages included.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Eleventy from '@11ty/eleventy'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {readTree} from './read-tree.js'
import wire, {parseArticle} from '../src/index.js'
import {ParsePool, poolSettings, workersVariable} from '../src/parse-pool.js'

const fixtures = new URL('fixtures/', import.meta.url)
const texts = readdirSync(fixtures)
  .sort()
  .map((name) => ({inputPath: `${name}.txt`, bytes: readFileSync(new URL(`${name}/input.txt`, fixtures))}))

test('settings: the environment sets the number of workers', () => {
  assert.equal(poolSettings({[workersVariable]: '0'}), {workers: 0, minimum: 1, parseHere: true})
  assert.equal(poolSettings({[workersVariable]: '2'}), {workers: 2, minimum: 1, parseHere: false})
  const automatic = poolSettings({})
  assert.ok(automatic.minimum > 1, 'small builds parse in the main thread')
  assert.ok(automatic.workers >= 0 && automatic.workers <= 3)
  assert.equal(poolSettings({[workersVariable]: 'many'}), automatic)
})

test('a worker parses every fixture as parseArticle does here', async () => {
  const options = {presets: ['reuters'], lead: true}
  const pool = new ParsePool(() => assert.unreachable('parsed in the main thread') as never, options, {workers: 1, minimum: 1, parseHere: false})
  try {
    const results = await Promise.all(texts.map((text) => pool.parse(text.inputPath, text.bytes)))
    assert.ok(pool.started)
    for (const [index, result] of results.entries()) {
      const text = texts[index]
      if (!text) continue
      const expected = parseArticle(text.bytes, {...options, inputPath: text.inputPath})
      assert.ok(result.entry, `${text.inputPath} came from the worker`)
      assert.equal(result.article, expected, text.inputPath)
      // Same keys in the same order: templates that print the article print the same.
      assert.is(JSON.stringify(result.article), JSON.stringify(expected), text.inputPath)
    }
  } finally {
    await pool.close()
  }
})

test('without workers, texts are parsed in the main thread, in the order asked', async () => {
  const order: string[] = []
  const pool = new ParsePool(
    (inputPath, bytes) => {
      order.push(inputPath)
      return parseArticle(bytes, {inputPath})
    },
    undefined,
    {workers: 2, minimum: 1, parseHere: true}
  )
  const results = await Promise.all(texts.map((text) => pool.parse(text.inputPath, text.bytes)))
  assert.not.ok(pool.started)
  assert.equal(order, texts.map((text) => text.inputPath))
  assert.ok(results.every((result) => result.entry === undefined))
  await pool.close()
})

test('an error in the main thread reaches the caller', async () => {
  const pool = new ParsePool(
    () => {
      throw new Error('cannot parse')
    },
    undefined,
    {workers: 0, minimum: 1, parseHere: true}
  )
  let message = ''
  await pool.parse('a.txt', new Uint8Array()).catch((error: Error) => (message = error.message))
  assert.is(message, 'cannot parse')
})


/** Build a folder of texts with `workers` workers; the pages and what the plugin printed. */
async function build(input: string, workers: string): Promise<{files: Map<string, string>; logs: string[]}> {
  const root = mkdtempSync(join(tmpdir(), 'wire-pool-'))
  const configPath = join(root, 'eleventy.config.mjs')
  writeFileSync(configPath, 'export default function () {}\n')
  const logs: string[] = []
  const original = {log: console.log, warn: console.warn, env: process.env[workersVariable]}
  console.log = (...parts: unknown[]) => void logs.push(parts.join(' '))
  console.warn = (...parts: unknown[]) => void logs.push(parts.join(' '))
  process.env[workersVariable] = workers
  try {
    const eleventy = new Eleventy(input, join(root, '_site'), {
      quietMode: true,
      configPath,
      config(eleventyConfig) {
        eleventyConfig.addPlugin(wire, {cache: false, onError: 'skip'})
      }
    })
    await eleventy.write()
  } finally {
    console.log = original.log
    console.warn = original.warn
    if (original.env === undefined) delete process.env[workersVariable]
    else process.env[workersVariable] = original.env
  }
  const files = readTree(join(root, '_site'))
  rmSync(root, {recursive: true, force: true})
  return {files, logs: logs.filter((line) => line.includes('eleventy-plugin-wire'))}
}

test('a build parsed in workers is the build parsed in the main thread', async () => {
  const input = mkdtempSync(join(tmpdir(), 'wire-pool-input-'))
  // Every fixture (errors and warnings included), and texts naming each other.
  for (const text of texts) writeFileSync(join(input, text.inputPath), text.bytes)
  mkdirSync(join(input, 'more'))
  for (let index = 0; index < 40; index++) {
    const other = (index + 7) % 40
    writeFileSync(
      join(input, 'more', `story-${index}.txt`),
      `Story number ${index} about the harbour\n\nBy A Writer\n\nThe first paragraph of story ${index}, long enough to be a paragraph of text.\n\nAnother paragraph follows it here.\n\nRelated\n\nStory number ${other} about the harbour\n`
    )
  }
  const here = await build(input, '0')
  const workers = await build(input, '2')
  assert.ok(here.files.size > 40)
  assert.equal([...workers.files.keys()], [...here.files.keys()])
  for (const [name, html] of here.files) assert.is(workers.files.get(name), html, name)
  assert.equal(workers.logs, here.logs)
  rmSync(input, {recursive: true, force: true})
})

test.run()
