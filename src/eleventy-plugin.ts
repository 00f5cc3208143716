import type {LinkResolution, LinkTarget} from './link/link-index.js'
import type {Options, ParseOptions, ResolvedOptions} from './options.js'
import type {Preset} from './presets/types.js'
import type {Article, ArticleMessage} from './types.js'
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ArticleCache, cacheFolder} from './cache/article-cache.js'
import {indexEleventy, indexEleventyVariable} from './eleventy-indexes.js'
import {LinkIndex} from './link/link-index.js'
import {normalizeHeadline} from './link/normalize-headline.js'
import {defaultLayout, resolveOptions} from './options.js'
import {parseArticle} from './parse-article.js'
import {ParsePool, poolSettings} from './parse-pool.js'
import {checkPermalink, slugify} from './permalink.js'
import {builtinPresets} from './presets/index.js'
import {articleLayout} from './render/article-layout.js'
import {renderArticle} from './render/render-article.js'

const packageName = 'eleventy-plugin-wire'

/** Eleventy versions this plugin works with (also in `package.json`). */
const compatibility = '>=3.0.0'

/**
 * The parts of Eleventy's configuration API the plugin uses.
 * (Eleventy ships no TypeScript types of its own.)
 */
export interface EleventyConfig {
  versionCheck(range: string): void
  addTemplateFormats(format: string): void
  addExtension(extension: string, options: Record<string, unknown>): void
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void
  addCollection(name: string, callback: (api: {getAll(): EleventyPage[]}) => EleventyPage[]): void
  getFilter(name: string): ((url: string) => string) | undefined
  on(event: string, callback: (...parameters: unknown[]) => unknown): void
  /** Whether a plugin was added (Eleventy 3). */
  hasPlugin?(plugin: string): boolean
  directories?: {includes?: string; input?: string}
}

/**
 * A page as Eleventy's collections hold it.
 */
export interface EleventyPage {
  inputPath: string
  url: string | false
  data: Record<string, unknown>
}

/**
 * One line of the JSON link report.
 */
export interface ReportEntry {
  /** Input path of the article the related headline is on. */
  from: string
  /** The headline as written. */
  text: string
  /** URL linked (path prefix applied), or `null`. */
  url: string | null
  /** Input path of the linked page, or `null`. */
  target: string | null
  /** Matching tier, `ambiguous` or `none`. */
  match: LinkResolution['match']
  /** Similarity of the match in [0, 1]. */
  score: number
}

interface Parsed {
  hash: string
  article: Article
}

interface LinkGraph {
  /** Resolutions of each article's related headlines. */
  related: Map<string, ReportEntry[]>
  /** Pages linking to each page. */
  linkedFrom: Map<string, Array<{title: string; href: string}>>
  /** Lines removed over the build's articles, by rule. */
  removed: Map<string, number>
}

/**
 * Per-build state: everything the plugin knows lives here, one instance per
 * `addPlugin` call, never in module globals.
 */
class WireBuild {
  readonly settings: ResolvedOptions
  readonly #parsed = new Map<string, Parsed>()
  /** Files changed since the last build, during a watch rebuild (absolute paths). */
  #watchChanges: Set<string> | undefined
  /** Input paths claiming each slug, and the slug each input path claims. */
  readonly #slugs = new Map<string, Set<string>>()
  readonly #slugOf = new Map<string, string>()
  readonly #skipped = new Map<string, ArticleMessage[]>()
  #graph: {key: unknown; value: LinkGraph} | undefined
  /** The path prefix for a URL (Eleventy's `url` filter, once per URL and build). */
  #withPathPrefix: (url: string) => string = (url) => url
  /** The path prefix for an href the plugin writes: none when Eleventy's HTML `<base>` plugin adds it to the page. */
  #prefix: (url: string) => string = (url) => url
  readonly #prefixed = new Map<string, string>()
  readonly #parseOptions: ParseOptions
  readonly #cache: ArticleCache | undefined
  readonly #pool: ParsePool
  /** Settles when the last file asked for has its data: files report in the order asked. */
  #reported: Promise<void> = Promise.resolve()

  constructor(settings: ResolvedOptions) {
    this.settings = settings
    this.#parseOptions = {presets: settings.parse.forced, lead: settings.parse.lead}
    if (settings.cache) this.#cache = new ArticleCache(resolve(cacheFolder), settings.parse)
    this.#pool = new ParsePool(
      (inputPath, bytes) => {
        // Options resolved once (`parseArticle` remembers them per object), not per file.
        this.#parseOptions.inputPath = inputPath
        return parseArticle(bytes, this.#parseOptions)
      },
      workerOptions(settings),
      poolSettings()
    )
  }

  /**
   * How URLs get the path prefix: through Eleventy's `url` filter, unless
   * Eleventy's HTML `<base>` plugin is in the project: it adds the prefix to
   * every URL of the HTML output, and a URL that has it already would get it
   * twice (`/archive/archive/…`).
   */
  setUrlFilter(filter: ((url: string) => string) | undefined, htmlBase: boolean): void {
    if (!filter) return
    // Eleventy's `url` filter goes through its benchmark wrapper and is
    // called for every related headline and backlink (a third of a warm
    // build's linking time); one call per URL and build is enough.
    this.#withPathPrefix = (url) => {
      let prefixed = this.#prefixed.get(url)
      if (prefixed === undefined) this.#prefixed.set(url, (prefixed = filter(url)))
      return prefixed
    }
    this.#prefix = htmlBase ? (url) => url : this.#withPathPrefix
  }

  start(): void {
    this.#prefixed.clear()
    this.#graph = undefined
    this.#skipped.clear()
    // Slug claims are kept: in a watch rebuild Eleventy reads only the
    // changed files' data, and unchanged files keep their claims.
  }

  #claim(inputPath: string, slug: string): void {
    const previous = this.#slugOf.get(inputPath)
    if (previous === slug) return
    if (previous !== undefined) this.#slugs.get(previous)?.delete(inputPath)
    this.#slugOf.set(inputPath, slug)
    let claims = this.#slugs.get(slug)
    if (!claims) this.#slugs.set(slug, (claims = new Set()))
    claims.add(inputPath)
  }

  /**
   * Read, decode and parse a file, once per content: an unchanged file
   * (same bytes) is not parsed again, in one build or across watch rebuilds.
   */
  async parse(inputPath: string): Promise<Article> {
    const known = this.#parsed.get(inputPath)
    if (known && this.#watchChanges && !this.#watchChanges.has(resolve(inputPath))) {
      // A watch rebuild: Eleventy says which files changed, so the others
      // are not read and hashed again (as Eleventy does for its templates).
      this.#cache?.touch(known.hash)
      return known.article
    }
    // Read synchronously, as Eleventy reads its own templates: a small file
    // read this way costs a fifth of the promise API's open, stat, read and
    // close round trips, and one file is open at a time (Eleventy asks for
    // all data at once, and 40,000 opens at once hit the open-file limit).
    const bytes = readFileSync(inputPath)
    const hash = ArticleCache.key(inputPath, bytes)
    const cached = this.#parsed.get(inputPath)
    if (cached && cached.hash === hash) {
      this.#cache?.touch(hash)
      return cached.article
    }
    let article = await this.#cache?.get(hash)
    if (!article) {
      // Parsed in a worker or here, whichever is free first: the same article either way.
      const parsed = await this.#pool.parse(inputPath, bytes)
      article = parsed.article
      if (parsed.entry) this.#cache?.setEntry(hash, parsed.entry)
      else this.#cache?.set(hash, article)
    }
    this.#parsed.set(inputPath, {hash, article})
    return article
  }

  async data(inputPath: string): Promise<Record<string, unknown>> {
    const parsing = this.parse(inputPath)
    // Texts parse in any order (in workers), but each file's messages, and
    // the first error of a failing build, come in the order Eleventy asked.
    const previous = this.#reported
    let release = () => {}
    this.#reported = new Promise((resolve) => (release = resolve))
    try {
      let article: Article
      try {
        article = await parsing
      } finally {
        await previous
      }
      return this.#dataOf(inputPath, article)
    } finally {
      release()
    }
  }

  #dataOf(inputPath: string, article: Article): Record<string, unknown> {
    const errors = article.messages.filter((message) => message.fatal)
    for (const message of article.messages) {
      if (!message.fatal) console.warn(`[${packageName}] ${formatMessage(message, inputPath)}`)
    }
    if (errors.length > 0) {
      const text = errors.map((message) => formatMessage(message, inputPath)).join('\n')
      if (this.settings.onError === 'fail') {
        throw new Error(`${packageName}: cannot build ${inputPath}:\n${text}`)
      }
      console.warn(`[${packageName}] skipped ${inputPath}:\n${text}`)
      this.#skipped.set(inputPath, errors)
      return {permalink: false, eleventyExcludeFromCollections: true, article, wireSkipped: true}
    }

    const {eleventyComputed, ...frontmatter} = article.frontmatter
    if (eleventyComputed !== undefined) {
      // Computed values are templates, and article texts are never templates.
      console.warn(
        `[${packageName}] ${inputPath}:1:1 Unexpected \`eleventyComputed\` in front matter, expected plain values (article texts are not templates): ignored [front-matter-computed]`
      )
    }
    const data: Record<string, unknown> = {...frontmatter, title: article.title, article}
    if (article.date) data['date'] = frontmatter['date'] ?? article.date
    if (this.settings.layout !== false && !('layout' in frontmatter)) data['layout'] = this.settings.layout

    if (typeof frontmatter['permalink'] === 'string') {
      const problem = checkPermalink(frontmatter['permalink'])
      if (problem) {
        throw new Error(
          `${packageName}: cannot build ${inputPath}:\n${inputPath}:1:1 Unexpected permalink \`${frontmatter['permalink']}\` in front matter, expected ${problem} [unsafe-permalink]`
        )
      }
    } else if (frontmatter['permalink'] !== false) {
      const slug = slugify(article.title)
      this.#claim(inputPath, slug)
      // Computed after every file's data is read, so that two files with the
      // same slug are told apart by input path order, not by read order.
      data['eleventyComputed'] = {
        permalink: () => this.permalink(inputPath, article, slug)
      }
    }
    return data
  }

  permalink(inputPath: string, article: Article, slug: string): string {
    let claims = [...(this.#slugs.get(slug) ?? [inputPath])]
    // A file deleted since its claim no longer holds the slug.
    if (claims.length > 1) claims = claims.filter((path) => path === inputPath || existsSync(path))
    claims.sort()
    const rank = claims.indexOf(inputPath)
    const unique = rank > 0 ? `${slug}-${rank + 1}` : slug
    const permalink = this.settings.permalink(article, unique)
    const problem = typeof permalink === 'string' ? checkPermalink(permalink) : 'a string'
    if (problem) {
      throw new Error(
        `${packageName}: unexpected permalink \`${String(permalink)}\` from option \`permalink\` for ${inputPath}, expected ${problem}`
      )
    }
    return permalink
  }

  /**
   * Resolve every article's related headlines once per build, from the
   * build's pages: later renders of the same build reuse it.
   */
  graph(pages: readonly EleventyPage[]): LinkGraph {
    if (this.#graph && this.#graph.key === pages) return this.#graph.value
    const articles = pages.filter((page) => isArticle(page.data['article']) && page.data['wireSkipped'] !== true)
    const targets: LinkTarget[] = []
    const byTitle = new Map<string, string>()
    const candidates = this.settings.linkTo === 'all' ? pages : articles
    for (const page of candidates) {
      // `permalink: false` pages have no URL; excluded pages are not in `collections.all`.
      if (typeof page.url !== 'string') continue
      const article = isArticle(page.data['article']) ? page.data['article'] : undefined
      const title = typeof page.data['title'] === 'string' ? page.data['title'] : article?.title
      if (!title) continue
      const aliasData = article ? article.frontmatter['aliases'] : page.data['aliases']
      const aliases = Array.isArray(aliasData) ? aliasData.filter((alias): alias is string => typeof alias === 'string') : []
      targets.push({inputPath: page.inputPath, url: page.url, title, aliases})
      const key = normalizeHeadline(title)
      const other = byTitle.get(key)
      if (other === undefined) byTitle.set(key, page.inputPath)
      else {
        console.warn(
          `[${packageName}] ${page.inputPath}:1:1 Unexpected duplicate headline “${title}” (also ${other}), expected one article per headline; related headlines naming it stay unlinked [duplicate-headline]`
        )
      }
    }
    // Site names (` | Site`) are learned from the build's titles and related headlines.
    const headlines = articles.flatMap((page) => (page.data['article'] as Article).related.map((headline) => headline.title))
    const index = new LinkIndex(targets, {headlines})
    const related = new Map<string, ReportEntry[]>()
    const linkedFrom = new Map<string, Array<{title: string; href: string}>>()
    const sorted = [...articles].sort((a, b) => compare(a.inputPath, b.inputPath))
    for (const page of sorted) {
      const article = page.data['article'] as Article
      const entries: ReportEntry[] = []
      for (const headline of article.related) {
        const resolution = index.resolve(headline.title, page.inputPath)
        const url = resolution.target ? this.#prefix(resolution.target.url) : null
        entries.push({
          from: page.inputPath,
          text: headline.title,
          url,
          target: resolution.target?.inputPath ?? null,
          match: resolution.match,
          score: resolution.score
        })
        if (resolution.target && typeof page.url === 'string') {
          let list = linkedFrom.get(resolution.target.inputPath)
          if (!list) linkedFrom.set(resolution.target.inputPath, (list = []))
          const title = typeof page.data['title'] === 'string' ? page.data['title'] : article.title
          if (!list.some((item) => item.href === this.#prefix(page.url as string))) {
            list.push({title, href: this.#prefix(page.url)})
          }
        }
      }
      related.set(page.inputPath, entries)
    }
    const removed = new Map<string, number>()
    for (const page of articles) {
      for (const line of (page.data['article'] as Article).removed) removed.set(line.rule, (removed.get(line.rule) ?? 0) + 1)
    }
    const value = {related, linkedFrom, removed}
    this.#graph = {key: pages, value}
    return value
  }

  render(inputPath: string, data: Record<string, unknown>): string {
    const article = data['article']
    if (!isArticle(article)) return ''
    const collections = data['collections'] as {all?: EleventyPage[]} | undefined
    const graph = this.graph(collections?.all ?? [])
    const entries = graph.related.get(inputPath) ?? []
    const linkedFrom = graph.linkedFrom.get(inputPath) ?? []
    // Layouts render after the content, from the same data: they see the
    // backlinks too (`linkedFrom`: `{title, href}` of each linking article).
    data['linkedFrom'] = linkedFrom
    if (this.settings.unresolved === 'fail') {
      const missing = entries.filter((entry) => !entry.url)
      if (missing.length > 0) {
        throw new Error(
          `${packageName}: ${missing.map((entry) => `${inputPath}:${lineOf(article, entry.text)}:1 Unexpected related headline “${entry.text}” naming no article of the build (${entry.match}), expected a headline of an article [unresolved-related]`).join('\n')}`
        )
      }
    }
    const view = data['title'] === article.title ? article : {...article, title: String(data['title'] ?? article.title)}
    return renderArticle(view, {
      related: article.related.map((headline, position) => ({title: headline.title, href: entries[position]?.url ?? undefined})),
      linkedFrom,
      labels: this.settings.labels
    })
  }

  /**
   * A watch rebuild starts: `queue` is the files Eleventy saw change.
   */
  watching(queue: unknown): void {
    this.#watchChanges = Array.isArray(queue) ? new Set(queue.map((path) => resolve(String(path)))) : undefined
  }

  async finish(): Promise<void> {
    // Only the watch rebuild this queue came with may trust it.
    this.#watchChanges = undefined
    // Workers are for the texts of one build; a watch rebuild parses few.
    await this.#pool.close()
    // Entries are written while the build goes on; the next build needs them.
    await this.#cache?.flush()
    const graph = this.#graph?.value
    const entries = graph ? [...graph.related.values()].flat() : []
    const linked = entries.filter((entry) => entry.url !== null).length
    const ambiguous = entries.filter((entry) => entry.match === 'ambiguous').length
    const articles = graph ? graph.related.size : 0
    if (this.settings.unresolved === 'warn') {
      for (const entry of entries) {
        if (entry.url === null) {
          console.warn(`[${packageName}] ${entry.from}: related headline “${entry.text}” names no article of the build (${entry.match}) [unresolved-related]`)
        }
      }
    }
    if (this.settings.report) {
      await mkdir(dirname(this.settings.report), {recursive: true})
      // The report gives the URLs as the pages have them, prefix included.
      const related = entries.map((entry) => (entry.url === null ? entry : {...entry, url: this.#withPathPrefix(entry.url)}))
      await writeFile(this.settings.report, `${JSON.stringify({related}, null, 2)}\n`)
    }
    if (this.settings.summary) {
      let line = `[${packageName}] ${articles} articles, ${linked} of ${entries.length} related headlines linked, ${entries.length - linked - ambiguous} not found`
      if (ambiguous > 0) line += `, ${ambiguous} ambiguous`
      if (this.#skipped.size > 0) line += `; skipped ${this.#skipped.size} with errors: ${[...this.#skipped.keys()].sort().join(', ')}`
      console.log(line)
      const removed = [...(graph?.removed ?? [])].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
      if (removed.length > 0) {
        const total = removed.reduce((sum, [, count]) => sum + count, 0)
        console.log(`[${packageName}] removed ${total} lines: ${removed.map(([rule, count]) => `${rule} ${count}`).join(', ')}`)
      }
    }
  }
}

/**
 * Parse options as the workers get them (copied to each): built-in presets
 * by name, the user's own presets as they are when they are plain data.
 * `undefined` when they are not: such texts are parsed in the main thread.
 */
function workerOptions(settings: ResolvedOptions): ParseOptions | undefined {
  const presets: Array<string | Preset> = []
  for (const preset of settings.parse.forced) {
    if (builtinPresets.get(preset.name) === preset) presets.push(preset.name)
    else if (isPlainData(preset)) presets.push(preset)
    else return undefined
  }
  return {presets, lead: settings.parse.lead}
}

/** Plain objects, arrays, regular expressions, strings, numbers, booleans: what a copy keeps as it is. */
function isPlainData(value: unknown): boolean {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return true
  if (value instanceof RegExp) return Object.getPrototypeOf(value) === RegExp.prototype && Object.keys(value).length === 0
  if (Array.isArray(value)) return value.every((item) => isPlainData(item))
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false
  return Object.values(value).every((item) => isPlainData(item)) && Object.getOwnPropertySymbols(value).length === 0
}

function isArticle(value: unknown): value is Article {
  return typeof value === 'object' && value !== null && 'related' in value && 'body' in value && 'title' in value
}

function lineOf(article: Article, text: string): number {
  return article.related.find((headline) => headline.title === text)?.line ?? 1
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Format a message as `path:line:col reason [ruleId]`.
 */
export function formatMessage(message: ArticleMessage, inputPath: string): string {
  return `${message.file ?? inputPath}:${message.line ?? 1}:${message.column ?? 1} ${message.reason} [${message.ruleId}]`
}

/** Eleventy's HTML `<base>` plugin, by the package name `hasPlugin` knows it by. */
const htmlBasePlugin = '@11ty/eleventy/html-base-plugin'

/**
 * Eleventy plugin: article texts (`.txt` by default) in the input folder
 * become article pages, their related headlines linked to each other.
 *
 * @param eleventyConfig
 *   Eleventy's configuration API.
 * @param options
 *   Options; validated here, once, and a `TypeError` names a wrong one.
 */
export default function eleventyPluginWire(eleventyConfig: EleventyConfig, options?: Options): void {
  try {
    eleventyConfig.versionCheck(compatibility)
  } catch (error) {
    throw new Error(`${packageName} requires Eleventy ${compatibility}: ${String((error as Error).message)}`)
  }
  const settings = resolveOptions(options)
  const build = new WireBuild(settings)

  eleventyConfig.addTemplateFormats(settings.extension)
  eleventyConfig.addExtension(settings.extension, {
    // The plugin reads the file itself: once, with its front matter, so that
    // broken YAML is reported at its line and column by the plugin.
    read: false,
    getData: (inputPath: string) => build.data(inputPath),
    compile: (_content: unknown, inputPath: string) => (data: Record<string, unknown>) => build.render(inputPath, data),
    compileOptions: {
      // Permalinks are data, never templates: a `{{ }}` in a headline stays text.
      permalink: 'raw',
      cache: false
    }
  })
  eleventyConfig.addCollection('wireArticles', (api) =>
    api
      .getAll()
      .filter((page) => isArticle(page.data['article']) && page.data['wireSkipped'] !== true)
      .sort((a, b) => compare(a.inputPath, b.inputPath))
  )
  if (settings.layout === defaultLayout) {
    const includes = eleventyConfig.directories?.includes ?? '_includes'
    const input = eleventyConfig.directories?.input ?? '.'
    eleventyConfig.addTemplate(join(relativeTo(input, includes), defaultLayout), articleLayout)
  }
  // Eleventy's per-template lookups by index, not by scanning every
  // template (see `eleventy-indexes.ts`): the project's Eleventy and the
  // plugin's. It changes code that is not ours, so a user can keep
  // Eleventy exactly as shipped with `ELEVENTY_PLUGIN_WIRE_INDEX_ELEVENTY=0`.
  const indexing =
    process.env[indexEleventyVariable]?.trim() === '0'
      ? Promise.resolve()
      : Promise.all([indexEleventy(process.cwd()), indexEleventy(dirname(fileURLToPath(import.meta.url)))])
  eleventyConfig.on('eleventy.before', async () => {
    await indexing
    // Plugins added after this one are known by now.
    build.setUrlFilter(eleventyConfig.getFilter('url'), eleventyConfig.hasPlugin?.(htmlBasePlugin) === true)
    build.start()
  })
  eleventyConfig.on('eleventy.after', () => build.finish())
  eleventyConfig.on('eleventy.beforeWatch', (queue: unknown) => build.watching(queue))
}

function relativeTo(input: string, includes: string): string {
  const normalize = (path: string) => path.replace(/^\.\//u, '').replace(/\/+$/u, '')
  const base = normalize(input)
  const folder = normalize(includes)
  return base && base !== '.' && folder.startsWith(`${base}/`) ? folder.slice(base.length + 1) : folder
}
