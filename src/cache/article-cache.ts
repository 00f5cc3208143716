import type {ResolvedParseOptions} from '../options.js'
import type {Article} from '../types.js'
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {deserialize, serialize} from 'node:v8'

/** Folder of the cache, relative to the project root (the working directory). */
export const cacheFolder = join('.cache', 'eleventy-plugin-wire')

/**
 * Start of every entry: format name and version. A different or missing
 * magic (a truncated file, another format) reads as a miss.
 */
const magic = Buffer.from('wire-article-cache-1\n')

/** Length of the SHA-256 digest stored after the magic. */
const digestLength = 32

/** Entries written at once. */
const concurrentWrites = 2

/**
 * The article without what can be rebuilt: `body` is the text of `blocks`
 * (a third of an entry). `null` keeps its place, so that the article read
 * back has its keys in the same order.
 */
function compact(article: Article): Record<string, unknown> {
  const derived = article.body.length === article.blocks.length && article.body.every((text, index) => text === article.blocks[index]?.text)
  return derived ? {...article, body: null} : {...article}
}

function expand(value: Record<string, unknown>): void {
  if (value['body'] === null && Array.isArray(value['blocks'])) {
    value['body'] = (value['blocks'] as Array<{text: string}>).map((block) => block.text)
  }
}

/**
 * Disk cache of parsed articles.
 *
 * One file per article, `<folder>/<fingerprint>/<ab>/<rest>.bin`, where the
 * fingerprint hashes the plugin's version and code and the parse options, and
 * the name hashes the input path and the file's bytes: a changed text, other
 * options or another plugin build never read an old entry.
 *
 * Entries are `magic + sha256(payload) + payload`, the payload being the
 * article in V8's serialisation (dates in front matter survive it, unlike
 * JSON). They are written to a temporary file and renamed, so that a reader
 * never sees half an entry; one that still fails its digest or does not
 * deserialise (disk trouble, someone editing it) is a miss and is parsed
 * again. Cache trouble (read-only disk, full disk) never fails a build.
 */
export class ArticleCache {
  readonly #root: string
  readonly #options: ResolvedParseOptions
  #folder: Promise<string> | undefined
  readonly #madeFolders = new Map<string, Promise<void>>()
  readonly #pending = new Set<Promise<void>>()
  readonly #queue: Array<{key: string; payload: Buffer}> = []
  #writing = 0

  /**
   * @param root
   *   Folder of the cache (`.cache/eleventy-plugin-wire` in the project).
   * @param options
   *   Resolved parse options: entries are only shared by equal options.
   */
  constructor(root: string, options: ResolvedParseOptions) {
    this.#root = root
    this.#options = options
  }

  /**
   * The article parsed earlier from the same path and bytes, or `undefined`.
   *
   * @param key
   *   `ArticleCache.key(inputPath, bytes)`.
   */
  async get(key: string): Promise<Article | undefined> {
    let bytes: Buffer
    try {
      bytes = await readFile(await this.#entryPath(key))
    } catch {
      return undefined
    }
    return decodeEntry(bytes)
  }

  /**
   * Store an article. Writing happens in the background; `flush` waits for it.
   */
  set(key: string, article: Article): void {
    let payload: Buffer
    try {
      payload = serialize(compact(article))
    } catch {
      // Front matter with values V8 cannot serialise: parse it next time.
      return
    }
    this.#queue.push({key, payload})
    // Few writes at a time: a flood of them would hold up the build's own
    // reads, which share Node's small pool of I/O threads.
    while (this.#writing < concurrentWrites && this.#queue.length > 0) this.#startWrite()
  }

  #startWrite(): void {
    const next = this.#queue.shift()
    if (!next) return
    this.#writing++
    const write = this.#write(next.key, next.payload)
      .catch(() => {
        // A cache that cannot be written is only a slower next build.
      })
      .finally(() => {
        this.#writing--
        this.#pending.delete(write)
        this.#startWrite()
      })
    this.#pending.add(write)
  }

  /**
   * Wait for background writes, so that the next build finds them.
   */
  async flush(): Promise<void> {
    while (this.#pending.size > 0 || this.#queue.length > 0) {
      while (this.#writing < concurrentWrites && this.#queue.length > 0) this.#startWrite()
      await Promise.all([...this.#pending])
    }
  }

  /**
   * Key of an entry: SHA-256 of the input path and the file's bytes (the
   * path is in the article's messages, so it is part of what was parsed).
   */
  static key(inputPath: string, bytes: Uint8Array): string {
    return createHash('sha256').update(inputPath).update('\0').update(bytes).digest('hex')
  }

  async #write(key: string, payload: Buffer): Promise<void> {
    const path = await this.#entryPath(key)
    const folder = dirname(path)
    // One `mkdir` per folder, shared by the writes that start before it ends:
    // a build starts hundreds of writes at once.
    let made = this.#madeFolders.get(folder)
    if (!made) {
      made = mkdir(folder, {recursive: true}).then(() => undefined)
      this.#madeFolders.set(folder, made)
    }
    await made
    const digest = createHash('sha256').update(payload).digest()
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    try {
      await writeFile(temporary, Buffer.concat([magic, digest, payload]))
      await rename(temporary, path)
    } catch (error) {
      await rm(temporary, {force: true})
      throw error
    }
  }

  async #entryPath(key: string): Promise<string> {
    this.#folder ??= fingerprint(this.#options).then((value) => join(this.#root, value))
    return join(await this.#folder, key.slice(0, 2), `${key.slice(2)}.bin`)
  }
}

/**
 * Read an entry; `undefined` when it is damaged in any way.
 */
export function decodeEntry(bytes: Uint8Array): Article | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = magic.length + digestLength
  if (buffer.length <= headerLength || !buffer.subarray(0, magic.length).equals(magic)) return undefined
  const digest = buffer.subarray(magic.length, headerLength)
  const payload = buffer.subarray(headerLength)
  if (!createHash('sha256').update(payload).digest().equals(digest)) return undefined
  try {
    const value: unknown = deserialize(payload)
    if (typeof value === 'object' && value !== null) expand(value as Record<string, unknown>)
    return isArticleShape(value) ? value : undefined
  } catch {
    return undefined
  }
}

function isArticleShape(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record['title'] === 'string' &&
    Array.isArray(record['body']) &&
    Array.isArray(record['blocks']) &&
    Array.isArray(record['related']) &&
    Array.isArray(record['messages']) &&
    typeof record['frontmatter'] === 'object'
  )
}

/** The plugin's own code, hashed once per process. */
let codeDigest: Promise<string> | undefined

/**
 * Hash of what decides how a text parses: the package version, the plugin's
 * compiled code (so a patched or locally built plugin never reads entries of
 * another build, even at the same version) and the parse options, presets'
 * patterns included.
 */
async function fingerprint(options: ResolvedParseOptions): Promise<string> {
  codeDigest ??= hashCode()
  const hash = createHash('sha256')
  hash.update(await codeDigest)
  hash.update(JSON.stringify(options, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value)))
  return hash.digest('hex').slice(0, 16)
}

async function hashCode(): Promise<string> {
  // This file is `<package>/dist/cache/article-cache.js`: the package root is two up.
  const here = dirname(fileURLToPath(import.meta.url))
  const distribution = dirname(here)
  const hash = createHash('sha256')
  try {
    hash.update(await readFile(join(dirname(distribution), 'package.json')))
  } catch {
    // Bundled or moved: the code alone decides.
  }
  const files = (await readdir(distribution, {recursive: true}))
    .filter((name) => /\.[cm]?[jt]s$/u.test(name) && !name.endsWith('.d.ts'))
    .sort()
  for (const name of files) {
    hash.update(name).update('\0')
    hash.update(await readFile(join(distribution, name)))
  }
  return hash.digest('hex')
}
