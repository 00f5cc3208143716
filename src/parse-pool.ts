import type {ParseOptions} from './options.js'
import type {Article} from './types.js'
import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {decodeEntry} from './cache/article-cache.js'

/** A text sent to a parse worker. */
export interface WorkerRequest {
  id: number
  inputPath: string
  bytes: Uint8Array
}

/**
 * A worker's answer: the article as a cache entry, or `undefined` when the
 * main thread should parse the text itself (`id` -1: the worker is ready).
 */
export interface WorkerResponse {
  id: number
  entry: Uint8Array | undefined
}

/** A parsed text. */
export interface ParsedText {
  article: Article
  /** The article as a cache entry when a worker parsed it (the bytes it came as). */
  entry: Uint8Array | undefined
}

/**
 * How the pool parses.
 */
export interface PoolSettings {
  /** Worker threads at most; 0 parses in the main thread only. */
  workers: number
  /**
   * Texts waiting to be parsed before workers start: below it, starting a
   * worker (loading the parser, warming it up) costs more than it saves.
   */
  minimum: number
  /** Whether the main thread parses queued texts too while it waits. */
  parseHere: boolean
}

/** Name of the environment variable that sets the number of workers. */
export const workersVariable = 'ELEVENTY_PLUGIN_WIRE_WORKERS'

/**
 * Texts queued in one build before workers start. Measured on a 2-core VM:
 * a worker needs about 0.3 s to load and warm up, in which the main thread
 * parses some 250 texts by itself; below a few hundred texts the pool does
 * not pay for itself.
 */
const defaultMinimum = 300

/**
 * Texts sent to a worker ahead, so that it never waits for the main thread:
 * the main thread answers a worker between its own parses and Eleventy's
 * work, and with 3 ahead a cold build's worker sat idle about 6% of the
 * time. A dozen (some 15 ms of parsing) keeps it busy, and the texts a
 * worker holds when the queue runs dry still end within a few milliseconds.
 */
const inFlight = 12

/**
 * Settings from the environment: `ELEVENTY_PLUGIN_WIRE_WORKERS=0` parses in
 * the main thread only, `=N` in N workers only, whatever the build's size;
 * unset, in the main thread and one worker per other core (at most 3) once
 * a build has many texts to parse.
 */
export function poolSettings(environment: Record<string, string | undefined> = process.env): PoolSettings {
  const value = environment[workersVariable]
  if (value !== undefined && /^\d{1,2}$/u.test(value.trim())) {
    const workers = Number(value.trim())
    return {workers, minimum: 1, parseHere: workers === 0}
  }
  return {workers: Math.max(0, Math.min(3, availableParallelism() - 1)), minimum: defaultMinimum, parseHere: true}
}

interface Job {
  id: number
  inputPath: string
  bytes: Uint8Array
  resolve: (value: ParsedText) => void
  reject: (error: unknown) => void
}

interface PoolWorker {
  worker: Worker
  ready: boolean
  jobs: Map<number, Job>
}

/**
 * Parses texts in the order asked, in worker threads when there are many:
 * the main thread takes queued texts too while it waits, so a text is parsed
 * by whichever thread is free first. Where a text is parsed never changes
 * the article: a worker's article comes back as a cache entry, exactly as a
 * warm build reads it from the disk cache, and a text a worker could not
 * parse is parsed again in the main thread, so that its error is the same.
 */
export class ParsePool {
  readonly #parseHere: (inputPath: string, bytes: Uint8Array) => Article
  readonly #options: ParseOptions | undefined
  readonly #settings: PoolSettings
  #queue: Job[] = []
  #head = 0
  #workers: PoolWorker[] | undefined
  /** Workers cannot run here (or failed): parse in the main thread. */
  #unavailable = false
  #stealing = false
  #nextId = 0

  /**
   * @param parseHere
   *   Parse a text in the main thread.
   * @param options
   *   Parse options for the workers (structured-cloneable), or `undefined`
   *   when workers cannot have them: then every text is parsed here.
   * @param settings
   *   Number of workers and when to start them.
   */
  constructor(parseHere: (inputPath: string, bytes: Uint8Array) => Article, options: ParseOptions | undefined, settings: PoolSettings) {
    this.#parseHere = parseHere
    this.#options = options
    this.#settings = settings
    if (!options || settings.workers < 1) this.#unavailable = true
  }

  /** Whether workers were started (and not closed since). */
  get started(): boolean {
    return this.#workers !== undefined && this.#workers.length > 0
  }

  /**
   * Parse a text, in a worker or here.
   */
  parse(inputPath: string, bytes: Uint8Array): Promise<ParsedText> {
    return new Promise((resolve, reject) => {
      this.#queue.push({id: this.#nextId++, inputPath, bytes, resolve, reject})
      if (!this.#workers && !this.#unavailable && this.#queue.length - this.#head >= this.#settings.minimum) this.#start()
      this.#feed()
      if (this.#settings.parseHere || !this.started) this.#scheduleSteal()
    })
  }

  /** Stop the workers (a next build starts them again if it needs them). */
  async close(): Promise<void> {
    const workers = this.#workers ?? []
    this.#workers = undefined
    for (const item of workers) {
      item.worker.removeAllListeners()
      // Texts it still had go back to the queue, parsed here.
      this.#requeue(item)
    }
    await Promise.all(workers.map((item) => item.worker.terminate().catch(() => undefined)))
  }

  #take(): Job | undefined {
    if (this.#head >= this.#queue.length) return undefined
    const job = this.#queue[this.#head++]
    if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head)
      this.#head = 0
    }
    return job
  }

  #scheduleSteal(): void {
    if (this.#stealing) return
    this.#stealing = true
    // One text per turn of the event loop: Eleventy's own work and the
    // workers' answers go between.
    setImmediate(() => {
      this.#stealing = false
      const job = this.#take()
      if (!job) return
      this.#runHere(job)
      if (this.#head < this.#queue.length && (this.#settings.parseHere || !this.started)) this.#scheduleSteal()
    })
  }

  #runHere(job: Job): void {
    let article: Article
    try {
      article = this.#parseHere(job.inputPath, job.bytes)
    } catch (error) {
      job.reject(error)
      return
    }
    job.resolve({article, entry: undefined})
  }

  #start(): void {
    const count = this.#settings.workers
    const workers: PoolWorker[] = []
    try {
      const {script, eval: evaluate} = workerScript()
      for (let index = 0; index < count; index++) {
        const worker = new Worker(script, {workerData: this.#options, eval: evaluate, stdout: false, stderr: false})
        const item: PoolWorker = {worker, ready: false, jobs: new Map()}
        worker.on('message', (response: WorkerResponse) => this.#answer(item, response))
        worker.on('error', () => this.#lose(item))
        worker.on('exit', () => this.#lose(item))
        workers.push(item)
      }
    } catch {
      // No workers here (or options they cannot be given): the main thread parses.
      for (const item of workers) void item.worker.terminate()
      this.#unavailable = true
      this.#scheduleSteal()
      return
    }
    this.#workers = workers
    this.#feed()
  }

  #feed(): void {
    for (const item of this.#workers ?? []) {
      while (item.ready && item.jobs.size < inFlight) {
        const job = this.#take()
        if (!job) break
        item.jobs.set(job.id, job)
        // A copy of the bytes is sent: the main thread keeps its own, should it parse the text again.
        item.worker.postMessage({id: job.id, inputPath: job.inputPath, bytes: job.bytes} satisfies WorkerRequest)
      }
      // A worker with texts to parse (or loading while texts wait) keeps
      // the process alive; an idle one does not.
      if (item.jobs.size > 0 || (!item.ready && this.#head < this.#queue.length)) item.worker.ref()
      else item.worker.unref()
    }
  }

  #answer(item: PoolWorker, response: WorkerResponse): void {
    if (response.id === -1) {
      item.ready = true
      this.#feed()
      return
    }
    const job = item.jobs.get(response.id)
    if (!job) return
    item.jobs.delete(response.id)
    const article = response.entry ? decodeEntry(response.entry) : undefined
    if (article) job.resolve({article, entry: response.entry})
    else this.#runHere(job)
    this.#feed()
  }

  /** A worker failed or exited: what it had is parsed here. */
  #lose(item: PoolWorker): void {
    if (!this.#workers?.includes(item)) return
    this.#workers = this.#workers.filter((other) => other !== item)
    item.worker.removeAllListeners()
    void item.worker.terminate().catch(() => undefined)
    this.#requeue(item)
    if (this.#workers.length === 0) {
      this.#unavailable = true
      this.#scheduleSteal()
    }
    this.#feed()
  }

  #requeue(item: PoolWorker): void {
    if (item.jobs.size === 0) return
    const jobs = [...item.jobs.values()].sort((a, b) => a.id - b.id)
    item.jobs.clear()
    this.#queue = [...jobs, ...this.#queue.slice(this.#head)]
    this.#head = 0
    this.#scheduleSteal()
  }
}

/**
 * The worker's module, next to this one: `dist/parse-worker.js`, or the
 * TypeScript source when the plugin runs from source (the tests): then the
 * worker compiles it as the tests do, through `tsx`'s require hook.
 */
function workerScript(): {script: string | URL; eval: boolean} {
  if (!import.meta.url.endsWith('.ts')) return {script: new URL('parse-worker.js', import.meta.url), eval: false}
  const require = createRequire(import.meta.url)
  const source = fileURLToPath(new URL('parse-worker.ts', import.meta.url))
  return {script: `require(${JSON.stringify(require.resolve('tsx/cjs'))});require(${JSON.stringify(source)})`, eval: true}
}
