// Benchmark: the plugin against Eleventy's own Markdown on the same articles.
//
//   npm run bench                  # 1,000 and 4,000 articles
//   npm run bench -- --large       # also 40,000
//   npm run bench -- --sizes 4000 --runs 5
//   npm run bench -- --one-thread  # also a first build parsed in the main thread only
//
// Every build runs in its own process (`bench/build-once.mjs`), so that its
// time and peak memory (`process.resourceUsage().maxRSS`) are its own, and
// the kinds of build alternate within each round so that load from other
// work on the machine spreads over all of them. Medians are printed.
//
// Kinds of build, all writing every page to disk:
// - markdown: the same articles as Markdown files with a comparable layout,
//   through Eleventy's default Markdown (markdown-it, Liquid preprocessing).
// - wire cold: the plugin with linking, its disk cache deleted first.
// - wire cold, one thread (`--one-thread`): the same with
//   ELEVENTY_PLUGIN_WIRE_WORKERS=0, no parse workers.
// - wire warm: the plugin again, cache kept from the previous build, texts
//   unchanged (an unchanged rebuild).
// - edit: `eleventy --watch` path (Eleventy's `watch()`), one article
//   edited and saved three times; the median rebuild, from the save to
//   Eleventy's `eleventy.afterwatch`, for the plugin (cache warm) and for one
//   Markdown file edited the same way.
import {spawn} from 'node:child_process'
import {cp, rm} from 'node:fs/promises'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeArticles} from './generate.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const argv = process.argv.slice(2)
const large = argv.includes('--large')
const sizes = option('--sizes')?.split(',').map(Number) ?? [1000, 4000, ...(large ? [40000] : [])]
const runsOption = option('--runs')
const keep = argv.includes('--keep')
const oneThread = argv.includes('--one-thread')
const root = option('--dir') ?? join(tmpdir(), 'eleventy-plugin-wire-bench')

function option(name) {
  const index = argv.indexOf(name)
  return index === -1 ? undefined : argv[index + 1]
}

function run(script, parameters, environment = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, script), ...parameters], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...environment}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${script} ${parameters.join(' ')} exited with ${code}:\n${stderr}`))
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1)))
    })
  })
}

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(2)} s`
const megabytes = (kilobytes) => `${Math.round(kilobytes / 1024)} MB`
const ratio = (a, b) => `${(a / b).toFixed(2)}×`

// A snapshot of the built plugin: other work on the machine may rebuild
// `dist/` mid-run, which would change the plugin under measurement (and, as
// the cache is keyed by the plugin's code, empty the cache). Inside
// `node_modules/` so that its imports resolve to the project's dependencies.
const snapshot = join(here, '..', 'node_modules', '.cache', 'eleventy-plugin-wire-bench')
await rm(snapshot, {recursive: true, force: true})
await cp(join(here, '..', 'dist'), join(snapshot, 'dist'), {recursive: true})
await cp(join(here, '..', 'package.json'), join(snapshot, 'package.json'))
process.env.WIRE_BENCH_PLUGIN = join(snapshot, 'dist', 'index.js')

console.log(`eleventy-plugin-wire bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((load) => load.toFixed(2)).join(' ')}, sizes ${sizes.join(', ')}`)
const throughput = await run('parse-throughput.mjs', ['1000'])
console.log(
  `parse, 1,000 texts (${throughput.megabytes.toFixed(1)} MB): parseArticle ${throughput.parseArticle.megabytesPerSecond} MB/s (${throughput.parseArticle.millisecondsPerArticle} ms/article), ` +
    `remark-parse alone ${throughput.remarkParse.megabytesPerSecond} MB/s (${throughput.remarkParse.millisecondsPerArticle} ms), ` +
    `markdown-it render ${throughput.markdownIt.megabytesPerSecond} MB/s (${throughput.markdownIt.millisecondsPerArticle} ms)`
)

const results = new Map()
for (const size of sizes) {
  const directory = join(root, `n${size}`)
  const {bytes} = await writeArticles(directory, size)
  const runs = Number(runsOption ?? (size >= 40000 ? 2 : 3))
  const samples = {markdown: [], cold: [], oneThread: [], warm: [], markdownEdit: [], wireEdit: []}
  for (let round = 0; round < runs; round++) {
    // Alternate which kind goes first, so that neither always follows the other.
    const order = round % 2 === 0 ? ['markdown', 'cold', 'warm'] : ['cold', 'warm', 'markdown']
    if (oneThread) order.splice(round % 2 === 0 ? 1 : 0, 0, 'oneThread')
    for (const kind of order) {
      if (kind === 'cold' || kind === 'oneThread') await rm(join(directory, '.cache'), {recursive: true, force: true})
      const environment = kind === 'oneThread' ? {ELEVENTY_PLUGIN_WIRE_WORKERS: '0'} : {}
      const result = await run('build-once.mjs', [kind === 'markdown' ? 'markdown' : 'wire', directory], environment)
      samples[kind].push(result)
    }
  }
  // Watch-style edits: fewer rounds, each with three saves.
  const editRounds = size >= 40000 ? 1 : 2
  for (let round = 0; round < editRounds; round++) {
    samples.markdownEdit.push(await run('build-once.mjs', ['markdown', directory, '--edit', '3']))
    samples.wireEdit.push(await run('build-once.mjs', ['wire', directory, '--edit', '3']))
  }
  const summary = {
    size,
    bytes,
    markdown: median(samples.markdown.map((sample) => sample.milliseconds)),
    cold: median(samples.cold.map((sample) => sample.milliseconds)),
    warm: median(samples.warm.map((sample) => sample.milliseconds)),
    oneThread: median(samples.oneThread.map((sample) => sample.milliseconds)),
    oneThreadCpu: median(samples.oneThread.map((sample) => sample.cpuMilliseconds)),
    oneThreadMain: median(samples.oneThread.map((sample) => sample.mainCpuMilliseconds)),
    oneThreadMemory: median(samples.oneThread.map((sample) => sample.maxRssKilobytes)),
    markdownCpu: median(samples.markdown.map((sample) => sample.cpuMilliseconds)),
    coldCpu: median(samples.cold.map((sample) => sample.cpuMilliseconds)),
    warmCpu: median(samples.warm.map((sample) => sample.cpuMilliseconds)),
    markdownMain: median(samples.markdown.map((sample) => sample.mainCpuMilliseconds)),
    coldMain: median(samples.cold.map((sample) => sample.mainCpuMilliseconds)),
    warmMain: median(samples.warm.map((sample) => sample.mainCpuMilliseconds)),
    markdownMemory: median(samples.markdown.map((sample) => sample.maxRssKilobytes)),
    coldMemory: median(samples.cold.map((sample) => sample.maxRssKilobytes)),
    warmMemory: median(samples.warm.map((sample) => sample.maxRssKilobytes)),
    markdownEdit: median(samples.markdownEdit.flatMap((sample) => sample.edits)),
    wireEdit: median(samples.wireEdit.flatMap((sample) => sample.edits)),
    editCheck: samples.wireEdit.every((sample) => sample.editCheck?.edited && sample.editCheck?.backlinked)
  }
  results.set(size, summary)
  console.log(
    [
      `\n${size.toLocaleString('en')} articles (${(bytes / 1e6).toFixed(1)} MB of text), median of ${runs}:`,
      `                  wall (ratio)        cpu (ratio)         main-thread cpu (ratio)   peak RSS`,
      `  markdown        ${seconds(summary.markdown).padStart(9)}           ${seconds(summary.markdownCpu).padStart(9)}           ${seconds(summary.markdownMain).padStart(9)}                 ${megabytes(summary.markdownMemory)}`,
      `  wire cold       ${seconds(summary.cold).padStart(9)} (${ratio(summary.cold, summary.markdown)})   ${seconds(summary.coldCpu).padStart(9)} (${ratio(summary.coldCpu, summary.markdownCpu)})   ${seconds(summary.coldMain).padStart(9)} (${ratio(summary.coldMain, summary.markdownMain)})         ${megabytes(summary.coldMemory)} (${ratio(summary.coldMemory, summary.markdownMemory)})`,
      ...(oneThread
        ? [
            `  cold, 1 thread  ${seconds(summary.oneThread).padStart(9)} (${ratio(summary.oneThread, summary.markdown)})   ${seconds(summary.oneThreadCpu).padStart(9)} (${ratio(summary.oneThreadCpu, summary.markdownCpu)})   ${seconds(summary.oneThreadMain).padStart(9)} (${ratio(summary.oneThreadMain, summary.markdownMain)})         ${megabytes(summary.oneThreadMemory)} (${ratio(summary.oneThreadMemory, summary.markdownMemory)})`
          ]
        : []),
      `  wire warm       ${seconds(summary.warm).padStart(9)} (${ratio(summary.warm, summary.markdown)})   ${seconds(summary.warmCpu).padStart(9)} (${ratio(summary.warmCpu, summary.markdownCpu)})   ${seconds(summary.warmMain).padStart(9)} (${ratio(summary.warmMain, summary.markdownMain)})         ${megabytes(summary.warmMemory)} (${ratio(summary.warmMemory, summary.markdownMemory)})`,
      `  watch, 1 edit   markdown ${seconds(summary.markdownEdit)}, wire ${seconds(summary.wireEdit)}  ${ratio(summary.wireEdit, summary.markdownEdit)}; other pages' links after edit ${summary.editCheck ? 'right' : 'WRONG'}`,
      `  samples (s)     markdown ${samples.markdown.map((sample) => (sample.milliseconds / 1000).toFixed(2)).join(' ')} | cold ${samples.cold.map((sample) => (sample.milliseconds / 1000).toFixed(2)).join(' ')} | warm ${samples.warm.map((sample) => (sample.milliseconds / 1000).toFixed(2)).join(' ')}${oneThread ? ` | 1 thread ${samples.oneThread.map((sample) => (sample.milliseconds / 1000).toFixed(2)).join(' ')}` : ''}`
    ].join('\n')
  )
  if (!keep) await rm(directory, {recursive: true, force: true})
}

const four = results.get(4000)
const forty = results.get(40000)
console.log('\ntargets (wall-clock medians; on a busy machine the cpu ratios above are steadier, and the main-thread ratio is what wall time tends to on an idle one, the plugin parsing in worker threads too):')
if (four) {
  console.log(`  cold 4,000 ≤ 1.5× markdown: ${ratio(four.cold, four.markdown)} ${four.cold <= 1.5 * four.markdown ? 'ok' : 'MISSED'}`)
  console.log(`  warm 4,000 ≤ 1.1× markdown: ${ratio(four.warm, four.markdown)} ${four.warm <= 1.1 * four.markdown ? 'ok' : 'MISSED'}`)
  console.log(`  watch edit 4,000 ≤ 1.2× markdown: ${ratio(four.wireEdit, four.markdownEdit)} ${four.wireEdit <= 1.2 * four.markdownEdit ? 'ok' : 'MISSED'}`)
}
if (four && forty) {
  console.log(`  cold 40,000 ≤ 11× cold 4,000: ${ratio(forty.cold, four.cold)} ${forty.cold <= 11 * four.cold ? 'ok' : 'MISSED'} (markdown: ${ratio(forty.markdown, four.markdown)})`)
  console.log(`  peak memory 40,000 ≤ 1.3× markdown: ${ratio(forty.coldMemory, forty.markdownMemory)} ${forty.coldMemory <= 1.3 * forty.markdownMemory ? 'ok' : 'MISSED'}`)
}
