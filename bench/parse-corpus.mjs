// `parseArticle` time per corpus page, cold (the first pass, as
// `score.mjs` measures it, JIT warm-up and first-use setup included) and
// warm (the median of later passes), in CPU time of this process, which a
// busy machine disturbs less than wall time.
//
//   node bench/parse-corpus.mjs [--text page_text|region_text] [--passes N] [--corpus FILE]
//
// WIRE_BENCH_PLUGIN names another build to measure.
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'

const {parseArticle} = await import(process.env.WIRE_BENCH_PLUGIN ? pathToFileURL(process.env.WIRE_BENCH_PLUGIN).href : '../dist/index.js')

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const field = option('--text', 'page_text')
const passes = Number(option('--passes', 5))
const corpus = option('--corpus', new URL('../../shared/corpus/dev.jsonl', import.meta.url))

const pages = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
  .filter((page) => typeof page[field] === 'string')
  .map((page) => ({text: page[field], options: {inputPath: `${page.id.replace(/[^\w.-]+/g, '_')}.txt`}}))

const cpu = []
const wall = []
for (let pass = 0; pass < passes; pass++) {
  const startCpu = process.cpuUsage()
  const startWall = performance.now()
  for (const page of pages) parseArticle(page.text, page.options)
  const used = process.cpuUsage(startCpu)
  cpu.push((used.user + used.system) / 1000 / pages.length)
  wall.push((performance.now() - startWall) / pages.length)
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const warmCpu = median(cpu.slice(1))
const warmWall = median(wall.slice(1))
console.log(
  `${field} pages=${pages.length} cold cpu ${cpu[0].toFixed(3)} wall ${wall[0].toFixed(3)} ms/page; warm cpu ${(warmCpu ?? 0).toFixed(3)} wall ${(warmWall ?? 0).toFixed(3)} ms/page`
)
