// `parseArticle` throughput beside `remark-parse` alone on the same texts.
//
//   node bench/parse-throughput.mjs [count]
//
// Prints one JSON line: {megabytes, parseArticle: {megabytesPerSecond,
// millisecondsPerArticle}, remarkParse: {…}, markdownIt: {…}}. Median of
// five passes each, alternating, after one warm-up pass.
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import markdownIt from 'markdown-it'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {makeArticles} from './generate.mjs'

const {parseArticle} = await import(process.env.WIRE_BENCH_PLUGIN ? pathToFileURL(process.env.WIRE_BENCH_PLUGIN).href : '../dist/index.js')

const count = Number(process.argv[2] ?? 1000)
const articles = makeArticles(count)
const texts = articles.map((article) => article.text)
const markdownTexts = articles.map((article) => article.markdown)
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const remark = unified().use(remarkParse).freeze()
const markdown = markdownIt()
const options = {}

const runs = {
  parseArticle: () => {
    for (const text of texts) parseArticle(text, options)
  },
  remarkParse: () => {
    for (const text of texts) remark.parse(text)
  },
  markdownIt: () => {
    for (const text of markdownTexts) markdown.render(text)
  }
}

const times = Object.fromEntries(Object.keys(runs).map((name) => [name, []]))
for (let pass = 0; pass < 6; pass++) {
  for (const [name, run] of Object.entries(runs)) {
    globalThis.gc?.()
    const start = performance.now()
    run()
    if (pass > 0) times[name].push(performance.now() - start)
  }
}

const result = {articles: count, megabytes: bytes / 1e6}
for (const [name, list] of Object.entries(times)) {
  const milliseconds = median(list)
  result[name] = {
    megabytesPerSecond: Number((bytes / 1e6 / (milliseconds / 1000)).toFixed(2)),
    millisecondsPerArticle: Number((milliseconds / count).toFixed(3))
  }
}
console.log(JSON.stringify(result))

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
