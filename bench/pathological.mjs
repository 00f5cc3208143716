/**
 * Throughput of `parseArticle` on pathological inputs against ordinary
 * articles, in bytes per millisecond, at growing sizes: a case whose time
 * grows much faster than its size (growth well above 2× per doubling) is
 * super-linear. Run after `npm run build`: `node bench/pathological.mjs`.
 */
import {parseArticle} from '../dist/index.js'

const headline = 'Storm closes harbour in the north\n\n'
const paragraph = 'The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.'

/** Cases: a name and a function from a size (repetitions) to the text. */
const cases = [
  ['ordinary article', (n) => headline + Array.from({length: n / 50}, (_, i) => `${paragraph} ${i}`).join('\n\n')],
  ['one long line', (n) => headline + `${paragraph} `.repeat(n / 50)],
  ['blank lines', (n) => headline + '\n'.repeat(n * 2) + paragraph],
  ['many candidate headers', (n) => Array.from({length: n / 20}, (_, i) => `Related articles\nStorm closes harbour number ${i}`).join('\n')],
  ['many short lines', (n) => Array.from({length: n / 10}, (_, i) => `Menu item ${i}`).join('\n')],
  ['open brackets', (n) => headline + '['.repeat(n) + 'a'],
  ['nested brackets', (n) => headline + '['.repeat(n / 2) + 'a' + ']'.repeat(n / 2)],
  ['unclosed links [a](', (n) => headline + '[a]('.repeat(n / 4)],
  ['emphasis **a*', (n) => headline + '**a*'.repeat(n / 4)],
  ['emphasis *a ', (n) => headline + '*a '.repeat(n / 3)],
  ['underscores _a ', (n) => headline + '_a '.repeat(n / 3)],
  ['images ![', (n) => headline + '!['.repeat(n / 2)],
  ['code spans `a``', (n) => headline + '`a``'.repeat(n / 4)],
  ['angle brackets <a ', (n) => headline + '<a '.repeat(n / 3)],
  ['entities &#', (n) => headline + '&#'.repeat(n / 2)],
  ['sentences . A', (n) => headline + '. A'.repeat(n / 3)],
  ['spaces', (n) => headline + 'a' + ' '.repeat(n) + 'b'],
  ['bullets', (n) => Array.from({length: n / 4}, () => '• •').join('\n')]
]

const sizes = (process.env.WIRE_BENCH_SIZES ?? '20000,40000,80000').split(',').map(Number)

/** Best of a few runs for fast cases, one run for slow ones: noise matters less than minutes. */
function time(text) {
  let best = Infinity
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    parseArticle(text)
    best = Math.min(best, performance.now() - started)
    if (best > 200) break
  }
  return best
}

// Warm up the JIT so that the first case is not penalised.
for (let round = 0; round < 20; round++) parseArticle(cases[0][1](10_000))

console.log(`case${' '.repeat(22)}${sizes.map((size) => `${size} B`.padStart(14)).join('')}   growth per doubling`)
for (const [name, make] of cases) {
  const rates = []
  const times = []
  for (const size of sizes) {
    const text = make(size)
    const took = Math.max(time(text), 0.01)
    times.push(took)
    rates.push(`${(Buffer.byteLength(text) / took).toFixed(0)} B/ms`)
  }
  const growth = times.length > 1 ? (times.at(-1) / times.at(-2)).toFixed(1) : '-'
  const flag = Number(growth) > 3 ? '  SUPER-LINEAR' : ''
  console.log(`${name.padEnd(26)}${rates.map((rate) => rate.padStart(14)).join('')}   ${growth}×${flag}`)
}
