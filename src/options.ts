import type {Preset, LineRule} from './presets/types.js'
import type {Article} from './types.js'
import {builtinPresets} from './presets/index.js'

/**
 * Options of `parseArticle`: how article texts are read.
 */
export interface ParseOptions {
  /**
   * Presets to apply besides those detected: names of built-in presets
   * (`'euronews'`, `'associated-press'`, `'reuters'`, `'agence-france-presse'`)
   * or your own preset objects. A preset object without `detect` applies to
   * every text; one with `detect` applies where a line matches it.
   * The generic preset always applies, and built-in presets apply wherever
   * their `detect` patterns match.
   * @default []
   */
  presets?: ReadonlyArray<string | Preset>
  /**
   * Take the first paragraph after the header as the lead (standfirst);
   * `false` keeps it in `body`.
   * @default true
   */
  lead?: boolean
  /**
   * Path of the file, used in messages.
   * @default undefined
   */
  inputPath?: string
}

/**
 * What to do with related headlines that name no article of the build.
 */
export type UnresolvedMode = 'keep' | 'warn' | 'fail'

/**
 * Options of the Eleventy plugin.
 */
export interface Options extends Omit<ParseOptions, 'inputPath'> {
  /**
   * File extension (without dot) of article texts in the input folder.
   * @default 'txt'
   */
  extension?: string
  /**
   * Layout for article pages. The default is the plugin's own layout,
   * `wire-article.11ty.js`; name one of yours (any template language, found
   * in your includes folder) or `false` to set none, so that directory data
   * or front matter decide. Front matter `layout` always wins.
   * @default 'wire-article.11ty.js'
   */
  layout?: string | false
  /**
   * Permalink of an article page from its parsed article and slug (the
   * headline, lowercased and hyphenated). Front matter `permalink` wins.
   * Two articles with the same slug get `-2`, `-3`… by input path order.
   * @default (article, slug) => `/${slug}/`
   */
  permalink?: (article: Article, slug: string) => string
  /**
   * Path of a JSON link report to write after each build
   * (`{related: [{from, text, url, target, match}]}`); none when unset.
   * @default undefined
   */
  report?: string
  /**
   * What a file with errors (empty, binary, no headline, broken front matter)
   * does to the build: `'fail'` stops it with the messages, `'skip'` prints
   * them as warnings, leaves the file out and lists it in the summary.
   * @default 'fail'
   */
  onError?: 'fail' | 'skip'
  /**
   * What related headlines that name no article do: `'keep'` shows them as
   * text, `'warn'` also prints a warning per headline, `'fail'` stops the build.
   * @default 'keep'
   */
  unresolved?: UnresolvedMode
  /**
   * Print the build summary line.
   * @default true
   */
  summary?: boolean
  /**
   * Keep parsed articles in a disk cache, `.cache/eleventy-plugin-wire/` in
   * the project folder (Eleventy's working directory), so that a rebuild
   * parses only the texts that changed. An entry is used only for the same
   * bytes at the same path, the same options and the same plugin code; a
   * damaged entry is parsed again, and a cache that cannot be written never
   * fails the build. `false` reads and writes no cache (unchanged files are
   * still not parsed again across `--watch` rebuilds). Delete the folder to
   * reclaim its space.
   * @default true
   */
  cache?: boolean
  /**
   * Pages related headlines may link to: `'articles'`, the plugin's article
   * pages; `'all'`, every page of the build that has a `title` (pages with
   * `permalink: false` or excluded from collections never are).
   * @default 'articles'
   */
  linkTo?: 'articles' | 'all'
  /**
   * Labels printed by the default templates, for sites in other languages.
   * @default {related: 'Related articles', linkedFrom: 'Linked from', by: 'By'}
   */
  labels?: Partial<Labels>
}

/**
 * Labels printed by the default templates.
 */
export interface Labels {
  /** Heading of the related-articles list. */
  related: string
  /** Heading of the backlinks list. */
  linkedFrom: string
  /** Word before the byline. */
  by: string
}

/**
 * Parse options after validation, with built-in preset names resolved.
 */
export interface ResolvedParseOptions {
  /** Presets named or given by the user. */
  forced: Preset[]
  /** Presets that apply when detected (the built-ins not forced). */
  detectable: Preset[]
  lead: boolean
}

/**
 * Plugin options after validation.
 */
export interface ResolvedOptions {
  parse: ResolvedParseOptions
  extension: string
  layout: string | false
  permalink: (article: Article, slug: string) => string
  report: string | undefined
  onError: 'fail' | 'skip'
  unresolved: UnresolvedMode
  summary: boolean
  cache: boolean
  linkTo: 'articles' | 'all'
  labels: Labels
}

/** Name of the plugin's own layout. */
export const defaultLayout = 'wire-article.11ty.js'

const packageName = 'eleventy-plugin-wire'

function fail(option: string, expected: string, value: unknown): never {
  throw new TypeError(
    `${packageName}: unexpected ${describe(value)} for option \`${option}\`, expected ${expected}`
  )
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``
  if (typeof value === 'object') return 'an object'
  return `\`${String(value)}\``
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const ruleLists = ['remove', 'relatedHeaders', 'endMarkers', 'authorLinks', 'commentHeaders', 'trailers', 'credits', 'bylines', 'datelines'] as const

function checkPreset(value: unknown, where: string): Preset {
  if (!isObject(value)) fail(where, 'a preset name or a preset object', value)
  if (typeof value['name'] !== 'string' || value['name'] === '') {
    fail(`${where}.name`, 'a non-empty string', value['name'])
  }
  if (value['detect'] !== undefined) {
    const detect = value['detect']
    if (!Array.isArray(detect) || !detect.every((item) => item instanceof RegExp)) {
      fail(`${where}.detect`, 'an array of regular expressions', detect)
    }
  }
  for (const list of ruleLists) {
    const rules = value[list]
    if (rules === undefined) continue
    if (!Array.isArray(rules)) fail(`${where}.${list}`, 'an array of `{id, pattern}` rules', rules)
    for (const [index, rule] of rules.entries()) checkRule(rule, `${where}.${list}[${index}]`)
  }
  return value as unknown as Preset
}

function checkRule(value: unknown, where: string): LineRule {
  if (!isObject(value)) fail(where, 'a `{id, pattern}` rule', value)
  if (typeof value['id'] !== 'string' || !/^[a-z\d]+(?:-[a-z\d]+)*$/.test(value['id'])) {
    fail(`${where}.id`, 'a kebab-case string', value['id'])
  }
  if (!(value['pattern'] instanceof RegExp)) fail(`${where}.pattern`, 'a regular expression', value['pattern'])
  if (value['pattern'].global || value['pattern'].sticky) {
    fail(`${where}.pattern`, 'a regular expression without the `g` or `y` flag', value['pattern'])
  }
  return value as unknown as LineRule
}

/**
 * Validate parse options once; throws a `TypeError` naming the option.
 */
export function resolveParseOptions(options: ParseOptions | null | undefined): ResolvedParseOptions {
  const settings: ParseOptions = options ?? {}
  if (!isObject(options ?? {})) fail('options', 'an object', options)
  const forced: Preset[] = []
  const presets = settings.presets ?? []
  if (!Array.isArray(presets)) fail('presets', 'an array of preset names or objects', presets)
  for (const [index, item] of presets.entries()) {
    if (typeof item === 'string') {
      const preset = builtinPresets.get(item)
      if (!preset) {
        fail(`presets[${index}]`, `one of ${[...builtinPresets.keys()].map((name) => `\`${name}\``).join(', ')}`, item)
      }
      forced.push(preset)
    } else {
      const preset = checkPreset(item, `presets[${index}]`)
      // A user preset with `detect` applies where detected, like a built-in.
      forced.push(preset)
    }
  }
  if (settings.lead !== undefined && typeof settings.lead !== 'boolean') fail('lead', 'a boolean', settings.lead)
  if (settings.inputPath !== undefined && typeof settings.inputPath !== 'string') {
    fail('inputPath', 'a string', settings.inputPath)
  }
  const forcedNames = new Set(forced.map((preset) => preset.name))
  const detectable = [...builtinPresets.values()].filter(
    (preset) => preset.name !== 'generic' && !forcedNames.has(preset.name)
  )
  return {forced, detectable, lead: settings.lead ?? true}
}

/**
 * Validate plugin options once, at setup; throws a `TypeError` naming the
 * option and the package.
 */
export function resolveOptions(options: Options | null | undefined): ResolvedOptions {
  const settings: Options = options ?? {}
  if (!isObject(options ?? {})) fail('options', 'an object', options)
  const parse = resolveParseOptions({presets: settings.presets, lead: settings.lead})
  const extension = settings.extension ?? 'txt'
  if (typeof extension !== 'string' || !/^[a-z\d]+(?:[.-][a-z\d]+)*$/i.test(extension)) {
    fail('extension', 'a file extension without a dot, such as `txt`', extension)
  }
  if (['md', 'html', 'njk', 'liquid', '11ty.js', 'js', 'json'].includes(extension.toLowerCase())) {
    fail('extension', 'an extension that Eleventy does not already use', extension)
  }
  const layout = settings.layout ?? defaultLayout
  if (layout !== false && (typeof layout !== 'string' || layout === '')) {
    fail('layout', 'a layout name or `false`', layout)
  }
  const permalink = settings.permalink ?? ((_article: Article, slug: string) => `/${slug}/`)
  if (typeof permalink !== 'function') fail('permalink', 'a function `(article, slug) => string`', permalink)
  if (settings.report !== undefined && (typeof settings.report !== 'string' || settings.report === '')) {
    fail('report', 'a file path', settings.report)
  }
  const onError = settings.onError ?? 'fail'
  if (onError !== 'fail' && onError !== 'skip') fail('onError', '`"fail"` or `"skip"`', onError)
  const unresolved = settings.unresolved ?? 'keep'
  if (unresolved !== 'keep' && unresolved !== 'warn' && unresolved !== 'fail') {
    fail('unresolved', '`"keep"`, `"warn"` or `"fail"`', unresolved)
  }
  const summary = settings.summary ?? true
  if (typeof summary !== 'boolean') fail('summary', 'a boolean', summary)
  const cache = settings.cache ?? true
  if (typeof cache !== 'boolean') fail('cache', 'a boolean', cache)
  const linkTo = settings.linkTo ?? 'articles'
  if (linkTo !== 'articles' && linkTo !== 'all') fail('linkTo', '`"articles"` or `"all"`', linkTo)
  const labels: Labels = {related: 'Related articles', linkedFrom: 'Linked from', by: 'By'}
  if (settings.labels !== undefined) {
    if (!isObject(settings.labels)) fail('labels', 'an object of strings', settings.labels)
    for (const [key, value] of Object.entries(settings.labels)) {
      if (!(key in labels)) fail(`labels.${key}`, `one of ${Object.keys(labels).join(', ')}`, key)
      if (typeof value !== 'string') fail(`labels.${key}`, 'a string', value)
      labels[key as keyof Labels] = value
    }
  }
  return {
    parse,
    extension,
    layout,
    permalink,
    report: settings.report,
    onError,
    unresolved,
    summary,
    cache,
    linkTo,
    labels
  }
}
