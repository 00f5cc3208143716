// A canonical snapshot of `parseArticle` over a corpus, to prove that a
// speed change changes no output: every page's `page_text` and
// `region_text` are parsed and each result (article and messages) written
// as one JSON line; the SHA-256 of the whole is printed.
//
//   node bench/parse-snapshot.mjs [out.jsonl] [--corpus FILE]
//
// Compare two snapshots with `cmp`. WIRE_BENCH_PLUGIN names another build.
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'

const {parseArticle} = await import(process.env.WIRE_BENCH_PLUGIN ? pathToFileURL(process.env.WIRE_BENCH_PLUGIN).href : '../dist/index.js')

const argv = process.argv.slice(2)
const corpusAt = argv.indexOf('--corpus')
const corpus = corpusAt === -1 ? new URL('../../shared/corpus/dev.jsonl', import.meta.url) : argv[corpusAt + 1]
const out = argv.find((value, index) => !value.startsWith('--') && (corpusAt === -1 || index !== corpusAt + 1))

const pages = readFileSync(corpus, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line))
const lines = []
for (const page of pages) {
  for (const field of ['page_text', 'region_text']) {
    const text = page[field]
    if (typeof text !== 'string') continue
    const article = parseArticle(text, {inputPath: `${page.id.replace(/[^\w.-]+/g, '_')}.txt`})
    lines.push(JSON.stringify({id: page.id, field, article}, canonical))
  }
}
const snapshot = lines.join('\n') + '\n'
if (out) writeFileSync(out, snapshot)
console.log(`${lines.length} results sha256 ${createHash('sha256').update(snapshot).digest('hex')}`)

// Object keys sorted, so the snapshot does not depend on the order fields were set in.
function canonical(_key, value) {
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]))
  }
  return value
}
