// Linking cost per headline as the site grows: it should stay roughly flat,
// because every tier looks candidates up by key instead of comparing each
// headline with each article. Run after `npx tsc -p tsconfig.json`:
//
//   node bench/link-scaling.mjs [--headlines 4000]
//
// Titles and related headlines are synthetic: words made of random
// syllables, with a few very common words, so that posting lists of common
// words grow with the site the way real ones do.
import {performance} from 'node:perf_hooks'
import {LinkIndex} from '../dist/link/link-index.js'
import {seededRandom} from './seeded-random.mjs'

const argv = process.argv.slice(2)
const headlineCount = Number(argv[argv.indexOf('--headlines') + 1]) || 4000
const sizes = [4000, 10000, 20000, 40000]


const next = seededRandom(42)
const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dri', 'sel', 'nu', 'por', 'gla', 'fe', 'zin', 'bor', 'ta', 'ish', 'men', 'stra']
const common = ['the', 'of', 'in', 'to', 'a', 'and', 'for', 'on', 'new', 'after', 'says', 'is']
const vocabulary = Array.from({length: 60000}, () => {
  let word = ''
  const length = 2 + Math.floor(next() * 3)
  for (let index = 0; index < length; index++) word += syllables[Math.floor(next() * syllables.length)]
  return word
})

function word() {
  if (next() < 0.3) return common[Math.floor(next() * common.length)]
  // Skewed towards the start of the vocabulary, as word use is.
  return vocabulary[Math.floor(vocabulary.length * next() ** 2)]
}

function title() {
  const length = 6 + Math.floor(next() * 9)
  const words = Array.from({length}, word)
  if (next() < 0.3) words.splice(1 + Math.floor(next() * (length - 1)), 0, String(Math.floor(next() * 500)))
  return words.join(' ').replace(/^./u, (letter) => letter.toUpperCase())
}

function vary(text) {
  const roll = next()
  if (roll < 0.15) return text
  if (roll < 0.3) return text.toUpperCase()
  if (roll < 0.45) return `${text} | Coastal Courier`
  if (roll < 0.6) return `WATCH: ${text}`
  if (roll < 0.75) return `${text.split(' ').slice(0, 5).join(' ')}…`
  if (roll < 0.9) return text.replace(/([a-z]{3})a/u, '$1ia')
  return title()
}

console.log(`${headlineCount} headlines per site size, median of 5 runs`)
console.log('articles  index build ms  µs/headline  linked  ambiguous')
for (const size of sizes) {
  const targets = Array.from({length: size}, (_, index) => ({inputPath: `a${index}`, url: `/a${index}/`, title: title(), aliases: []}))
  const headlines = Array.from({length: headlineCount}, () => vary(targets[Math.floor(next() * size)].title))
  let start = performance.now()
  const index = new LinkIndex(targets, {headlines})
  const build = performance.now() - start
  const times = []
  let linked = 0
  let ambiguous = 0
  for (let run = 0; run < 5; run++) {
    linked = 0
    ambiguous = 0
    start = performance.now()
    for (const headline of headlines) {
      const result = index.resolve(headline, 'hub')
      if (result.target) linked++
      if (result.match === 'ambiguous') ambiguous++
    }
    times.push(((performance.now() - start) * 1000) / headlines.length)
  }
  times.sort((a, b) => a - b)
  console.log(
    `${String(size).padStart(8)}  ${build.toFixed(0).padStart(14)}  ${times[2].toFixed(1).padStart(11)}  ${String(linked).padStart(6)}  ${String(ambiguous).padStart(9)}`
  )
}
