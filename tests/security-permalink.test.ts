/**
 * Slugs and permalinks, from headlines, front matter or the `permalink`
 * option, never leave the output folder.
 */
import {mkdtemp, mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import Eleventy from '@11ty/eleventy'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import wire from '../src/index.js'
import type {Options} from '../src/options.js'
import {checkPermalink, slugify} from '../src/permalink.js'

const traversalHeadlines = [
  '../../etc/passwd',
  '..\\..\\windows\\system32',
  '/etc/passwd',
  '%2e%2e/%2e%2e/etc/passwd',
  'C:\\Windows\\win.ini',
  '....//....//etc',
  '.',
  '..',
  '',
  '\u0000\u0001',
  '\u202e/..',
  'file:///etc/passwd',
  '~/.ssh/id_rsa',
  '．．／．．／etc'
]

test('a slug is one safe path segment whatever the headline', () => {
  for (const headline of traversalHeadlines) {
    const slug = slugify(headline)
    assert.ok(slug.length > 0 && slug.length <= 80, headline)
    assert.not.ok(/[/\\.%:~\u0000-\u001f]/u.test(slug), `${JSON.stringify(headline)} → ${slug}`)
    assert.is(checkPermalink(`/${slug}/`), undefined)
  }
  assert.is(slugify('x'.repeat(10_000)).length, 80)
})

const unsafePermalinks = [
  '../../etc/passwd',
  '/a/../../b/',
  '..',
  './x',
  '/x/./y/',
  '%2e%2e/x',
  '%2E%2E%2Fx',
  '%252e%252e/x',
  '%25252e%25252e/x',
  '/x/%2e%2e/%2e%2e/%2e%2e/y',
  '..%2fx',
  '..%5cx',
  '..\\x',
  'C:/Windows/x',
  'c:x',
  '//attacker.invalid/x',
  'https://attacker.invalid/x',
  'file:///etc/passwd',
  '/x/\u0000/y',
  '/x/%00/y',
  '/x/%0a/y',
  '/x/.../y',
  '/x/.. /y',
  '',
  '   '
]

test('checkPermalink refuses every way out of the output folder', () => {
  for (const permalink of unsafePermalinks) {
    const reason = checkPermalink(permalink)
    assert.type(reason, 'string', JSON.stringify(permalink))
  }
  assert.match(checkPermalink('%2525252525252525252e%2e/x') ?? '', /nested percent-escapes/u)
})

test('checkPermalink accepts ordinary paths, and `%` that starts no escape', () => {
  for (const permalink of ['/a/', '/a/b/index.html', 'news/2020/storm/', '/{{ 7*191 }}/{% raw %}/', '/100%/', '/a..b/', '/.well-known-ish/', '/über/']) {
    assert.is(checkPermalink(permalink), undefined, permalink)
  }
})

async function build(files: Record<string, string>, options: Options = {}): Promise<{root: string; files: string[]; error: unknown}> {
  const root = await mkdtemp(join(tmpdir(), 'wire-permalink-'))
  // The output folder is nested so that `..` out of it would land in `root`, where it is seen.
  const input = join(root, 'site', 'input')
  const output = join(root, 'site', 'output')
  await mkdir(input, {recursive: true})
  for (const [name, text] of Object.entries(files)) await writeFile(join(input, name), text)
  const configPath = join(root, 'eleventy.config.mjs')
  await writeFile(configPath, '')
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    configPath,
    config(eleventyConfig: {addPlugin(plugin: typeof wire, options: Options): void}) {
      eleventyConfig.addPlugin(wire, {summary: false, ...options})
    }
  })
  let error: unknown
  try {
    await eleventy.write()
  } catch (caught) {
    error = caught
  }
  return {root, files: await listFiles(root, root), error}
}

async function listFiles(folder: string, root: string): Promise<string[]> {
  const result: string[] = []
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) result.push(...(await listFiles(path, root)))
    else result.push(relative(root, path))
  }
  return result
}

const body = '\nThe harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.\n'

test('Eleventy: headlines that look like paths build pages inside the output folder', async () => {
  const files: Record<string, string> = {}
  for (const [index, headline] of traversalHeadlines.entries()) {
    if (headline.trim() === '' || headline.includes('\u0000')) continue
    files[`headline-${index}.txt`] = `${headline} storm report\n${body}`
  }
  files['absolute.txt'] = `---\npermalink: /etc/passwd.html\n---\nAbsolute permalink\n${body}`
  const site = await build(files)
  try {
    assert.is(site.error, undefined, String(site.error))
    const outside = site.files.filter((file) => !file.startsWith('site/input/') && !file.startsWith('site/output/') && file !== 'eleventy.config.mjs')
    assert.equal(outside, [])
    // An absolute permalink is rooted at the output folder.
    assert.ok(site.files.includes('site/output/etc/passwd.html'))
    assert.ok(site.files.filter((file) => file.startsWith('site/output/')).length >= Object.keys(files).length)
  } finally {
    await rm(site.root, {recursive: true, force: true})
  }
})

for (const permalink of ['../../escaped/', '%2e%2e/%2e%2e/escaped/', '/x/..%2f..%2f..%2fescaped/']) {
  test(`Eleventy: front matter permalink ${permalink} stops the build with a clear message`, async () => {
    const site = await build({'bad.txt': `---\ntitle: Bad permalink\npermalink: "${permalink}"\n---\nBad permalink\n${body}`})
    try {
      assert.instance(site.error, Error)
      const text = String((site.error as Error).message) + String((site.error as {originalError?: Error}).originalError?.message ?? '')
      assert.match(text, /bad\.txt:\d+:\d+ Unexpected permalink .* expected .*\[unsafe-permalink\]/u)
      assert.not.ok(site.files.some((file) => file.includes('escaped')), site.files.join(', '))
    } finally {
      await rm(site.root, {recursive: true, force: true})
    }
  })
}

test('Eleventy: a permalink option returning a way out stops the build', async () => {
  const site = await build({'a.txt': `Option permalink\n${body}`}, {permalink: () => '../../escaped/'})
  try {
    assert.instance(site.error, Error)
    assert.not.ok(site.files.some((file) => file.includes('escaped')))
  } finally {
    await rm(site.root, {recursive: true, force: true})
  }
})

test.run()
