/**
 * Build a site of hostile article texts with Eleventy's programmatic API,
 * in a fresh temporary folder, and list what it wrote.
 */
import type {Options} from '../../src/options.js'
import {mkdtemp, mkdir, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import Eleventy from '@11ty/eleventy'
import wire from '../../src/index.js'
import {articleWithMultilinePayload, articleWithPayloadInFrontMatter, articleWithPayloadInText} from './articles.js'
import {multilinePayloads, payloads} from './payloads.js'

/** A built site. */
export interface BuiltSite {
  /** The temporary folder holding `input/`, `output/` and the config. */
  root: string
  /** The output folder. */
  output: string
  /** Paths of every file written, relative to `root`. */
  files: string[]
}

/** Layouts a user might bring, by name, with the file they live in. */
export const userLayouts: Record<string, {file: string; text: string}> = {
  nunjucks: {
    file: 'user.njk',
    text: '<!doctype html>\n<html><head><title>{{ title }}</title></head><body><main>{{ content | safe }}<p class="description">{{ description }}</p></main></body></html>\n'
  },
  // Liquid does not escape output by default: `escape` is how a Liquid
  // layout prints data as text (`content` is HTML and is printed as is).
  liquid: {
    file: 'user.liquid',
    text: '<!doctype html>\n<html><head><title>{{ title | escape }}</title></head><body><main>{{ content }}<p class="description">{{ description | escape }}</p></main></body></html>\n'
  },
  // The same without `escape`: what Liquid prints unescaped is the layout's choice.
  liquidUnescaped: {
    file: 'user-unescaped.liquid',
    text: '<!doctype html>\n<html><head><title>{{ title }}</title></head><body><main>{{ content }}</main></body></html>\n'
  }
}

/**
 * Every hostile article text, by file name.
 */
export function hostileFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const [index, payload] of payloads.entries()) {
    const number = String(index).padStart(3, '0')
    files.set(`text-${number}.txt`, articleWithPayloadInText(payload))
    files.set(`frontmatter-${number}.txt`, articleWithPayloadInFrontMatter(payload))
  }
  for (const [index, payload] of multilinePayloads.entries()) {
    files.set(`multiline-${String(index).padStart(3, '0')}.txt`, articleWithMultilinePayload(payload))
  }
  // Front matter that Eleventy itself reads: template syntax in a computed
  // value and in a permalink must stay text.
  files.set(
    'computed.txt',
    [
      '---',
      'permalink: "/{{ 7*191 }}/{% raw %}x{% endraw %}/"',
      'eleventyComputed:',
      '  description: "{{ 7*191 }}"',
      '---',
      'Computed values from front matter',
      '',
      'The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.',
      ''
    ].join('\n')
  )
  return files
}

/**
 * Build `files` into a new temporary folder with the plugin and `options`.
 */
export async function buildSite(files: Map<string, string>, options: Options): Promise<BuiltSite> {
  const root = await mkdtemp(join(tmpdir(), 'wire-hostile-'))
  const input = join(root, 'input')
  const output = join(root, 'output')
  await mkdir(join(input, '_includes'), {recursive: true})
  for (const [name, text] of files) await writeFile(join(input, name), text)
  for (const layout of Object.values(userLayouts)) await writeFile(join(input, '_includes', layout.file), layout.text)
  // Included only if template syntax from an input were evaluated.
  await writeFile(join(input, '_includes', 'secret.njk'), 'WIRE_EVALUATED')
  await writeFile(join(input, '_includes', 'secret.liquid'), 'WIRE_EVALUATED')
  const configPath = join(root, 'eleventy.config.mjs')
  await writeFile(configPath, '')
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    configPath,
    config(eleventyConfig: {addPlugin(plugin: typeof wire, options: Options): void}) {
      eleventyConfig.addPlugin(wire, {summary: false, onError: 'skip', ...options})
    }
  })
  const log = console.warn
  // Skipped files (a NUL byte) are reported as warnings; the test reads pages, not the log.
  console.warn = () => {}
  try {
    await eleventy.write()
  } finally {
    console.warn = log
  }
  return {root, output, files: await listFiles(root, root)}
}

async function listFiles(folder: string, root: string): Promise<string[]> {
  const result: string[] = []
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) result.push(...(await listFiles(path, root)))
    else result.push(relative(root, path))
  }
  return result.sort()
}
