// One build in a fresh process, so that its time and peak memory are its own.
//
//   node bench/build-once.mjs <wire|markdown> <bench-dir> [--no-cache] [--edit <count>]
//
// Prints one JSON line: {mode, milliseconds, cpuMilliseconds, mainCpuMilliseconds, maxRssKilobytes, heapUsedBytes,
// edits: [milliseconds…], editCheck}.
//
// `--edit <count>` measures what `eleventy --watch` (and `--serve`) does on a
// save: the first build runs through Eleventy's own `watch()`, then one
// article is edited `count` times and each rebuild is timed from the write
// to Eleventy's `eleventy.afterwatch` event. The save is handed to the
// function Eleventy's chokidar `change` listener calls (the same watch queue
// and full, not incremental, rebuild as the CLI), directly: file-system
// events can lag on a busy machine and would time the wait, not the build.
// For the plugin the edit also adds a related headline naming another
// article, and the check reads that other article's page to see the new
// backlink: related links on other pages must be right after a one-file
// rebuild.
import {readFileSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import Eleventy from '@11ty/eleventy'

const [mode, directory, ...flags] = process.argv.slice(2)
if (mode !== 'wire' && mode !== 'markdown') throw new Error(`unexpected mode \`${mode}\`, expected wire or markdown`)
const cache = !flags.includes('--no-cache')
const editIndex = flags.indexOf('--edit')
const editCount = editIndex === -1 ? 0 : Number(flags[editIndex + 1] ?? 3)

// Eleventy resolves paths from the working directory; the plugin's disk cache
// lives under `.cache/` there too.
process.chdir(directory)
const input = mode === 'wire' ? 'wire' : 'markdown'
const output = `_site-${mode}`

let plugin
// `bench/index.mjs` passes a snapshot of `dist/`, so that rebuilds of
// `dist/` by other work during a run do not change what is measured.
const pluginPath = process.env.WIRE_BENCH_PLUGIN ? pathToFileURL(process.env.WIRE_BENCH_PLUGIN).href : new URL('../dist/index.js', import.meta.url).href
if (mode === 'wire') plugin = (await import(pluginPath)).default

const afterWatch = []
const eleventy = new Eleventy(input, output, {
  quietMode: true,
  runMode: editCount > 0 ? 'watch' : 'build',
  config(eleventyConfig) {
    if (plugin) eleventyConfig.addPlugin(plugin, {summary: false, cache})
    eleventyConfig.setWatchThrottleWaitTime(0)
    eleventyConfig.on('eleventy.afterwatch', () => {
      for (const resolve of afterWatch.splice(0)) resolve()
    })
  }
})

// Eleventy logs a line per build even in quiet mode; keep stdout for JSON.
const log = console.log
console.log = (...parameters) => console.error(...parameters)

const mainCpuAtStart = threadCpuMilliseconds()
const start = performance.now()
const startCpu = process.cpuUsage()
let watchRun
if (editCount > 0) {
  await eleventy.init()
  watchRun = await eleventy.watch()
  // Saves are handed to Eleventy's watch handler directly, the one its
  // chokidar `change` listener calls: file-system events can come late or
  // not at all on a busy machine (inotify), and would then time nothing.
  eleventy.watcher.removeAllListeners('change')
  eleventy.watcher.removeAllListeners('add')
}
else await eleventy.write()
const milliseconds = performance.now() - start
// CPU time of the whole process (all threads): steadier than wall time when
// other work shares the machine.
const cpu = process.cpuUsage(startCpu)
const cpuMilliseconds = (cpu.user + cpu.system) / 1000
// CPU time of the main thread alone (Linux): the plugin parses in worker
// threads too, and on a machine with a free core for them the build takes
// about as long as its main thread is busy, however busy the machine is now.
const mainCpuMilliseconds = threadCpuMilliseconds() - mainCpuAtStart

const edits = []
let editCheck
if (editCount > 0) {
  const names = mode === 'wire' ? ['article-00000.txt', 'article-00001.txt'] : ['article-00000.md', 'article-00001.md']
  const path = join(input, names[0])
  const original = await readFile(path, 'utf8')
  for (let edit = 1; edit <= editCount; edit++) {
    let text
    if (mode === 'wire') {
      // A body edit, and a related headline naming article 1 (appended to the list).
      const target = (await readFile(join(input, names[1]), 'utf8')).split('\n')[0]
      text = original.replace('\n\nShare this articleComments\n\nYou might', `\n\n${editedParagraph(edit)}\n\nShare this articleComments\n\nYou might`)
      text = `${text}\n\n${target}\n`
    } else {
      text = original.replace('\n## You might', `\n${editedParagraph(edit)}\n\n## You might`)
      text = `${text}- [Article 1](/article-00001/)\n`
    }
    const done = new Promise((resolve) => afterWatch.push(resolve))
    const begin = performance.now()
    await writeFile(path, text)
    await watchRun(path)
    await done
    edits.push(performance.now() - begin)
  }
  if (mode === 'wire') {
    // The edited article now names article 1: article 1's page must list it
    // under “Linked from”, and the edited page must show the new paragraph.
    const headline = original.split('\n')[0]
    const targetHeadline = (await readFile(join(input, names[1]), 'utf8')).split('\n')[0]
    const {readdir} = await import('node:fs/promises')
    let backlinked = false
    let edited = false
    for (const page of await readdir(output)) {
      let html
      try {
        html = await readFile(join(output, page, 'index.html'), 'utf8')
      } catch {
        continue
      }
      if (html.includes(`<h1>${escapeHtml(headline)}</h1>`)) edited = html.includes(editedParagraph(editCount))
      if (html.includes(`<h1>${escapeHtml(targetHeadline)}</h1>`)) {
        const linkedFrom = html.slice(html.indexOf('class="wire-linked-from"'))
        backlinked = html.includes('class="wire-linked-from"') && linkedFrom.includes(`>${escapeHtml(headline)}</a>`)
      }
    }
    editCheck = {edited, backlinked}
  }
  await writeFile(path, original)
  await eleventy.stopWatch()
}

/** User and system time of this process's main thread, from `/proc` (`NaN` elsewhere). */
function threadCpuMilliseconds() {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // Fields 14 and 15 of stat (utime, stime), in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return Number.NaN
  }
}

function editedParagraph(edit) {
  return `This paragraph was added by the editor in the benchmark, and it is the edit number ${edit} of this run of the watch test.`
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

const usage = process.resourceUsage()
log(
  JSON.stringify({
    mode,
    cache,
    milliseconds,
    cpuMilliseconds,
    mainCpuMilliseconds,
    edits,
    editCheck,
    maxRssKilobytes: usage.maxRSS,
    heapUsedBytes: process.memoryUsage().heapUsed
  })
)
process.exit(0)
