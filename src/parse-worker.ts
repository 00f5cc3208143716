/**
 * A parse worker of the plugin's pool (`parse-pool.ts`): parses the texts it
 * is sent and answers with each article as a cache entry (`encodeEntry`), the
 * bytes the main thread reads back as it reads the disk cache.
 */
import type {ParseOptions} from './options.js'
import type {WorkerRequest, WorkerResponse} from './parse-pool.js'
import {parentPort, workerData} from 'node:worker_threads'
import {encodeEntry} from './cache/article-cache.js'
import {parseArticle} from './parse-article.js'

// One options object for every text: `parseArticle` resolves options once per object.
const options: ParseOptions = workerData as ParseOptions

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse
  try {
    options.inputPath = request.inputPath
    const entry = encodeEntry(parseArticle(request.bytes, options))
    // A buffer of its own, so that it can be moved, not copied, to the main thread.
    const owned = entry && entry.byteOffset === 0 && entry.byteLength === entry.buffer.byteLength ? entry : entry && new Uint8Array(entry)
    response = {id: request.id, entry: owned}
  } catch {
    // The main thread parses it again, and reports what went wrong as it would have.
    response = {id: request.id, entry: undefined}
  }
  parentPort?.postMessage(response, response.entry ? [response.entry.buffer as ArrayBuffer] : [])
})

// Loaded and listening: the pool sends texts from now on.
parentPort?.postMessage({id: -1, entry: undefined} satisfies WorkerResponse)
