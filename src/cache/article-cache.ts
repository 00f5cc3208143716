import type {ResolvedParseOptions} from '../options.js'
import type {Article} from '../types.js'
import {createHash} from 'node:crypto'
import {closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync, writevSync} from 'node:fs'
import {readdir, rm, stat, utimes} from 'node:fs/promises'
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

/** End of every pack: marker, then the index length (uint32, big-endian). */
const packMarker = Buffer.from('wire-pack-1\n')
const trailerLength = packMarker.length + 4

/** Packs kept before they are merged into one. */
const maximumPacks = 8

/**
 * Cache folders of other plugin builds or options (each has its own
 * fingerprint) unused this long are removed, as webpack's file-system cache
 * drops what no build used for a month: every upgrade of the plugin starts a
 * folder, and an archive's folder is tens of megabytes.
 */
const unusedFolderAge = 30 * 86_400_000

/** A cache folder's name: a fingerprint (see `fingerprint`). */
const folderName = /^[\da-f]{16}$/u

/**
 * Packs being written, each with what completes it. A build that fails
 * never reaches `flush` (Eleventy emits no event for it), yet what it parsed
 * is right: when the process exits, its pack is completed, so that the build
 * after the fix parses only what the failed one did not.
 */
const unfinished = new Map<Writing, () => void>()

function finishAtExit(): void {
  for (const finish of [...unfinished.values()]) finish()
}

/** Where an entry is. */
interface Location {
  pack: Pack
  offset: number
  length: number
}

/** An open pack. */
interface Pack {
  path: string
  /** Descriptor, read with `readSync`; `undefined` once closed. */
  descriptor: number | undefined
}

/** The packs of a cache folder as read: where each entry is, every pack open, and damaged ones. */
interface Packs {
  locations: Map<string, Location>
  open: Pack[]
  damaged: string[]
}

function closePack(pack: Pack): void {
  const descriptor = pack.descriptor
  pack.descriptor = undefined
  if (descriptor === undefined) return
  try {
    closeSync(descriptor)
  } catch {
    // Already gone.
  }
}

/**
 * Closes the packs of a cache dropped without `flush` (a failed build, a
 * reader that only looked): quietly, where a `FileHandle` left to the
 * collector warns.
 */
const dropped = new FinalizationRegistry<Pack[]>((packs) => {
  for (const pack of packs) closePack(pack)
})

/** The pack a build is writing. */
interface Writing {
  temporary: string
  descriptor: number
  offset: number
  index: Array<[string, number, number]>
}

/**
 * Disk cache of parsed articles.
 *
 * Entries live in packs, `<folder>/<fingerprint>/<name>.pack`: the
 * fingerprint hashes the plugin's version and code and the parse options,
 * and an entry's key hashes the input path and the file's bytes, so a
 * changed text, other options or another plugin build never read an old
 * entry. A build appends the entries it parsed to one new pack (one file,
 * not one per article: creating files is what costs on a cold build) and
 * reads others by offset from packs kept open. More than eight packs are
 * merged into one of the entries the build used, which also drops entries of
 * texts since changed.
 *
 * An entry is `magic + sha256(payload) + payload`, the payload being the
 * article in V8's serialisation (front matter values that JSON would change,
 * such as `.inf`, survive it). A pack is its entries, a JSON index
 * `[[key, offset, length]…]`, a marker and the index length; it is written
 * under a temporary name and renamed when complete, so readers never see half
 * a pack. A pack without its trailer is skipped, an entry failing its digest
 * or not deserialising is a miss (parsed again): disk trouble or an edited
 * file never gives a wrong article. Cache trouble (read-only disk, full
 * disk) never fails a build.
 */
export class ArticleCache {
  readonly #root: string
  readonly #options: ResolvedParseOptions
  #folder: string | undefined
  #index: Promise<Packs> | undefined
  /** The pack being written; `null` when this build cannot write one. */
  #writing: Writing | null | undefined
  /** Keys read or written since the last flush: what a merge keeps. */
  readonly #used = new Set<string>()

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
    let packs: Packs
    try {
      packs = await this.#loadIndex()
    } catch {
      return undefined
    }
    const location = packs.locations.get(key)
    const descriptor = location?.pack.descriptor
    if (!location || descriptor === undefined) return undefined
    const buffer = Buffer.allocUnsafe(location.length)
    try {
      // Synchronously, by the open pack's descriptor: one small read from a
      // file just read costs less than a round trip through the thread pool.
      const bytesRead = readSync(descriptor, buffer, 0, location.length, location.offset)
      if (bytesRead !== location.length) return undefined
    } catch {
      return undefined
    }
    const article = decodeEntry(buffer)
    if (article) this.#used.add(key)
    return article
  }

  /**
   * Store an article: appended to this build's pack at once; `flush`
   * completes the pack.
   */
  set(key: string, article: Article): void {
    const entry = encodeEntry(article)
    // Front matter with values V8 cannot serialise: parse it next time.
    if (entry) this.setEntry(key, entry)
  }

  /**
   * Store an entry `encodeEntry` made (in this thread or a parse worker).
   */
  setEntry(key: string, entry: Uint8Array): void {
    this.#used.add(key)
    if (this.#writing === undefined) {
      try {
        this.#writing = this.#startPack()
      } catch {
        this.#writing = null
      }
    }
    const writing = this.#writing
    if (!writing) return
    // Written at once, synchronously: parsing runs without a turn of the
    // event loop between files, so writes queued for later kept every
    // entry of a cold build in memory (half a gigabyte at 40,000 texts).
    try {
      if (writeSync(writing.descriptor, entry, 0, entry.length, writing.offset) !== entry.length) throw new Error('short write')
    } catch {
      // A full or failing disk: this build writes no pack.
      this.#writing = null
      abandon(writing)
      return
    }
    writing.index.push([key, writing.offset, entry.length])
    writing.offset += entry.length
  }

  /**
   * Complete the pack this build wrote (if any), merge packs when there are
   * too many, so that the next build finds what this one parsed.
   */
  async flush(): Promise<void> {
    const writing = this.#writing
    this.#writing = undefined
    const used = new Set(this.#used)
    this.#used.clear()
    try {
      if (writing) {
        this.#finishPack(writing)
        // Read the packs again, the new one included.
        await this.#close()
      }
      const packs = await this.#loadIndex()
      for (const path of packs.damaged) await rm(path, {force: true})
      if (packs.open.length > maximumPacks) await this.#merge(packs, used)
    } catch {
      // A cache that cannot be written is only a slower next build.
    }
    // Close the packs between builds: a watch rebuild reads the index again
    // (a small JSON per pack), and no file stays open while `--serve` idles.
    await this.#close()
    await this.#prune().catch(() => undefined)
  }

  /** Remove other cache folders no build used for `unusedFolderAge`. */
  async #prune(): Promise<void> {
    const current = this.#folderPath()
    const now = new Date()
    // Reading a cache changes nothing in its folder: mark it used.
    await utimes(current, now, now)
    for (const name of await readdir(this.#root)) {
      const path = join(this.#root, name)
      if (!folderName.test(name) || path === current) continue
      const {mtimeMs} = await stat(path)
      if (now.getTime() - mtimeMs > unusedFolderAge) await rm(path, {recursive: true, force: true})
    }
  }

  async #close(): Promise<void> {
    const loading = this.#index
    this.#index = undefined
    const packs = await loading?.catch(() => undefined)
    if (!packs) return
    dropped.unregister(packs)
    for (const pack of packs.open) closePack(pack)
  }

  /**
   * Mark an entry as used by this build though it was not read (the build
   * had it in memory): a merge keeps it.
   */
  touch(key: string): void {
    this.#used.add(key)
  }

  /**
   * Key of an entry: SHA-256 of the input path and the file's bytes (the
   * path is in the article's messages, so it is part of what was parsed).
   */
  static key(inputPath: string, bytes: Uint8Array): string {
    return createHash('sha256').update(inputPath).update('\0').update(bytes).digest('hex')
  }

  #folderPath(): string {
    this.#folder ??= join(this.#root, fingerprint(this.#options))
    return this.#folder
  }

  #loadIndex(): Promise<Packs> {
    this.#index ??= this.#readPacks()
    return this.#index
  }

  async #readPacks(): Promise<Packs> {
    const packs: Packs = {locations: new Map(), open: [], damaged: []}
    let folder: string
    try {
      folder = this.#folderPath()
    } catch {
      return packs
    }
    let names: string[]
    try {
      const all = await readdir(folder)
      names = all.filter((name) => name.endsWith('.pack')).sort()
      // Packs a crashed build left half-written; a day old, so not another build's.
      for (const name of all.filter((item) => item.endsWith('.tmp'))) {
        const path = join(folder, name)
        const {mtimeMs} = await stat(path)
        if (Date.now() - mtimeMs > 86_400_000) await rm(path, {force: true})
      }
    } catch {
      return packs
    }
    // Synchronously: a few small reads per pack, of at most nine packs.
    for (const name of names) {
      const path = join(folder, name)
      const pack: Pack = {path, descriptor: undefined}
      try {
        const descriptor = openSync(path, 'r')
        pack.descriptor = descriptor
        const {size} = fstatSync(descriptor)
        if (size < trailerLength) throw new Error('short pack')
        const trailer = Buffer.alloc(trailerLength)
        readSync(descriptor, trailer, 0, trailerLength, size - trailerLength)
        if (!trailer.subarray(0, packMarker.length).equals(packMarker)) throw new Error('no trailer')
        const indexLength = trailer.readUInt32BE(packMarker.length)
        const indexStart = size - trailerLength - indexLength
        if (indexStart < 0) throw new Error('bad index length')
        const indexBytes = Buffer.alloc(indexLength)
        readSync(descriptor, indexBytes, 0, indexLength, indexStart)
        const entries: unknown = JSON.parse(indexBytes.toString('utf8'))
        if (!Array.isArray(entries)) throw new Error('bad index')
        packs.open.push(pack)
        for (const item of entries) {
          if (!Array.isArray(item)) continue
          const [key, offset, length] = item as unknown[]
          if (typeof key !== 'string' || typeof offset !== 'number' || typeof length !== 'number') continue
          if (offset < 0 || length <= 0 || offset + length > indexStart) continue
          // Later packs (names sort by time) win: they hold the newer entries.
          packs.locations.set(key, {pack, offset, length})
        }
      } catch {
        // A damaged pack is skipped, and removed when this cache is flushed.
        closePack(pack)
        packs.damaged.push(path)
      }
    }
    dropped.register(packs, packs.open, packs)
    return packs
  }

  #startPack(): Writing {
    const folder = this.#folderPath()
    mkdirSync(folder, {recursive: true})
    const temporary = join(folder, `${packName()}.tmp`)
    const writing: Writing = {temporary, descriptor: openSync(temporary, 'w'), offset: 0, index: []}
    if (unfinished.size === 0) process.once('exit', finishAtExit)
    unfinished.set(writing, () => {
      try {
        this.#finishPack(writing)
      } catch {
        // Left as a `.tmp` file, removed by a build a day later.
      }
    })
    return writing
  }

  #finishPack(writing: Writing): void {
    settled(writing)
    try {
      const indexBytes = Buffer.from(JSON.stringify(writing.index))
      const trailer = Buffer.alloc(trailerLength)
      packMarker.copy(trailer)
      trailer.writeUInt32BE(indexBytes.length, packMarker.length)
      const length = indexBytes.length + trailerLength
      if (writevSync(writing.descriptor, [indexBytes, trailer], writing.offset) !== length) throw new Error('short write')
      closeSync(writing.descriptor)
      renameSync(writing.temporary, writing.temporary.replace(/\.tmp$/u, '.pack'))
    } catch (error) {
      abandon(writing)
      throw error
    }
  }

  /** Write the used entries into one pack and remove the others. */
  async #merge(packs: Packs, used: Set<string>): Promise<void> {
    const writing = this.#startPack()
    try {
      for (const key of used) {
        const location = packs.locations.get(key)
        const descriptor = location?.pack.descriptor
        if (!location || descriptor === undefined) continue
        const buffer = Buffer.allocUnsafe(location.length)
        if (readSync(descriptor, buffer, 0, location.length, location.offset) !== location.length) continue
        if (writeSync(writing.descriptor, buffer, 0, buffer.length, writing.offset) !== buffer.length) throw new Error('short write')
        writing.index.push([key, writing.offset, buffer.length])
        writing.offset += buffer.length
      }
    } catch (error) {
      abandon(writing)
      throw error
    }
    this.#finishPack(writing)
    // Every pack read, also those whose entries later packs all replaced.
    for (const pack of packs.open) {
      closePack(pack)
      await rm(pack.path, {force: true})
    }
  }
}

/** A pack is complete or abandoned: nothing is left to do at exit. */
function settled(writing: Writing): void {
  if (unfinished.delete(writing) && unfinished.size === 0) process.removeListener('exit', finishAtExit)
}

/** Close and remove a pack that cannot be completed. */
function abandon(writing: Writing): void {
  settled(writing)
  try {
    closeSync(writing.descriptor)
  } catch {
    // Already closed.
  }
  rmSync(writing.temporary, {force: true})
}

/** Sortable by creation, unique between processes. */
function packName(): string {
  return `${Date.now().toString(36).padStart(9, '0')}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`
}

/**
 * An article as a cache entry (`magic + sha256(payload) + payload`), or
 * `undefined` when V8 cannot serialise its front matter.
 */
export function encodeEntry(article: Article): Buffer | undefined {
  let payload: Buffer
  try {
    payload = serialize(compact(article))
  } catch {
    return undefined
  }
  const digest = createHash('sha256').update(payload).digest()
  return Buffer.concat([magic, digest, payload])
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
let codeDigest: string | undefined

/**
 * Hash of what decides how a text parses: the package version, the plugin's
 * compiled code (so a patched or locally built plugin never reads entries of
 * another build, even at the same version) and the parse options, presets'
 * patterns included. Read synchronously, once per process: the first entry
 * written needs its folder.
 */
function fingerprint(options: ResolvedParseOptions): string {
  codeDigest ??= hashCode()
  const hash = createHash('sha256')
  hash.update(codeDigest)
  hash.update(JSON.stringify(options, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value)))
  return hash.digest('hex').slice(0, 16)
}

function hashCode(): string {
  // This file is `<package>/dist/cache/article-cache.js`: the package root is two up.
  const here = dirname(fileURLToPath(import.meta.url))
  const distribution = dirname(here)
  const hash = createHash('sha256')
  try {
    hash.update(readFileSync(join(dirname(distribution), 'package.json')))
  } catch {
    // Bundled or moved: the code alone decides.
  }
  const files = readdirSync(distribution, {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.[cm]?[jt]s$/u.test(name) && !name.endsWith('.d.ts'))
    .sort()
  for (const name of files) {
    hash.update(name).update('\0')
    hash.update(readFileSync(join(distribution, name)))
  }
  return hash.digest('hex')
}
