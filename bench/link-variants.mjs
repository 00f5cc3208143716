// Stress the linking tiers with variations made here, from headlines the
// linking dev set does not use for them, to check that the tiers generalise
// beyond that set: each kind of variation is drawn at random (seeded), over
// several seeds. Run after `npx tsc -p tsconfig.json`:
//
//   node bench/link-variants.mjs [--seeds 5] [--verbose]
//
// Headlines come from ../shared/corpus/dev.jsonl (expected titles) and
// ../shared/linking/dev.json (site titles); they are read, never copied.
import {existsSync, readFileSync} from 'node:fs'
import {LinkIndex} from '../dist/link/link-index.js'
import {seededRandom} from './seeded-random.mjs'

const argv = process.argv.slice(2)
const seeds = Number(argv[argv.indexOf('--seeds') + 1]) || 5
const verbose = argv.includes('--verbose')
// Also learn site names from every related headline, as the plugin can.
const learn = argv.includes('--learn')

const pool = new Set()
const corpus = new URL('../../shared/corpus/dev.jsonl', import.meta.url)
if (existsSync(corpus)) {
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const title = JSON.parse(line).expected?.title
    if (typeof title === 'string' && title.trim().split(/\s+/).length >= 3) pool.add(title.replace(/\s+/gu, ' ').trim())
  }
}
const linking = new URL('../../shared/linking/dev.json', import.meta.url)
if (existsSync(linking)) {
  for (const page of JSON.parse(readFileSync(linking, 'utf8')).site) pool.add(page.text.split('\n')[0].replace(/\s+/gu, ' ').trim())
}
const headlines = [...pool]


const kickers = ['WATCH:', 'Analysis:', 'LIVE:', 'Explainer:', 'Opinion:', 'BREAKING:', 'LIVE -', 'Video:', 'Exclusive:', 'UPDATE:']
const sites = ['Euronews', 'The Guardian', 'Reuters', 'Le Monde', 'BBC News', 'Der Spiegel', 'El País', 'AP News', 'tagesschau.de', 'The New York Times']
const separators = [' | ', ' - ', ' — ', ' – ']
const verbs = [
  [/\bis\b/u, 'was'],
  [/\bsays\b/u, 'said'],
  [/\bwarns\b/u, 'warned'],
  [/\bare\b/u, 'were'],
  [/\bhas\b/u, 'had'],
  [/\bist\b/u, 'war'],
  [/\bsagt\b/u, 'sagte']
]

function pick(next, list) {
  return list[Math.floor(next() * list.length)]
}

const variations = {
  exact: (title) => title,
  curly: (title) => (/['"‘’“”]/u.test(title) ? title.replace(/'/gu, '’').replace(/[‘’]/gu, "'").replace(/"/gu, '“') : undefined),
  spaces: (title, next) => title.replace(' ', next() < 0.5 ? '\u00a0' : '  ') + ' ',
  titlecase: (title) => title.replace(/(^|\s)(\p{Ll})/gu, (all, space, letter) => space + letter.toUpperCase()),
  suffix: (title, next) => title + pick(next, separators) + pick(next, sites),
  kicker: (title, next) => `${pick(next, kickers)} ${title}`,
  truncate(title, next) {
    const words = title.split(' ')
    if (words.length < 7) return undefined
    const keep = 4 + Math.floor(next() * (words.length - 5))
    return words.slice(0, keep).join(' ') + (next() < 0.5 ? '…' : '...')
  },
  accents: (title) => (/[\u0300-\u036f]/u.test(title.normalize('NFD')) ? title.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC') : undefined),
  spelling: (title, next) => respell(title, next, /^\p{L}{6,}$/u),
  'short word': (title, next) => respell(title, next, /^\p{L}{4,5}$/u),
  dashes: (title) => (/ [-–—] /u.test(title) ? title.replace(/ - /u, ' – ').replace(/ [–—] /u, ' - ') : undefined),
  verb(title, next) {
    const usable = verbs.filter(([pattern]) => pattern.test(title))
    if (usable.length === 0) return undefined
    const [pattern, replacement] = pick(next, usable)
    return title.replace(pattern, replacement)
  },
  number(title, next) {
    const numbers = [...title.matchAll(/\d+/gu)]
    if (numbers.length === 0) return undefined
    const match = pick(next, numbers)
    const changed = String(Number(match[0]) + 1 + Math.floor(next() * 9))
    return title.slice(0, match.index) + changed + title.slice(match.index + match[0].length)
  }
}

/** One vowel of one word (matching `shape`) changed, as transliterations and typos do. */
function respell(title, next, shape) {
  const words = title.split(' ')
  const positions = words.map((word, index) => [word, index]).filter(([word]) => shape.test(word))
  if (positions.length === 0) return undefined
  const [word, index] = pick(next, positions)
  const vowels = [...word].map((letter, at) => [letter, at]).filter(([letter], at) => at > 0 && /[aeiouy]/u.test(letter))
  if (vowels.length === 0) return undefined
  const [letter, at] = pick(next, vowels)
  const replacement = pick(next, ['a', 'e', 'i', 'o', 'u', 'y', 'ia'].filter((other) => other !== letter))
  words[index] = word.slice(0, at) + replacement + word.slice(at + 1)
  return words.join(' ')
}

const totals = {}
for (let seed = 1; seed <= seeds; seed++) {
  const next = seededRandom(seed)
  const shuffled = [...headlines].sort(() => next() - 0.5)
  const siteCount = Math.floor(shuffled.length * 0.7)
  const targets = shuffled.slice(0, siteCount).map((title, index) => ({inputPath: `t${index}`, url: `/t${index}/`, title, aliases: []}))
  const elsewhere = shuffled.slice(siteCount)
  const cases = []
  for (const target of targets) {
    for (const [kind, vary] of Object.entries(variations)) {
      if (next() > 0.3) continue
      const text = vary(target.title, next)
      if (text === undefined) continue
      // A changed number names another article: nothing on the site, unless
      // the site happens to hold that headline too.
      const expected = kind === 'number' ? (targets.find((other) => other.title === text)?.inputPath ?? null) : target.inputPath
      cases.push([kind, text, expected])
    }
  }
  for (const title of elsewhere) {
    cases.push(['elsewhere', title, null])
    // Cut off, a headline from elsewhere may start like one of the site.
    const cut = variations.truncate(title, next)
    if (cut !== undefined) cases.push(['elsewhere…', cut, null])
  }
  const index = new LinkIndex(targets, learn ? {headlines: cases.map(([, text]) => text)} : {})
  for (const [kind, text, expected] of cases) {
    const result = index.resolve(text, 'hub')
    const row = (totals[kind] ??= {total: 0, right: 0, wrong: 0, matches: {}})
    row.total++
    const got = result.target?.inputPath ?? null
    if (got === expected) row.right++
    else if (got !== null) row.wrong++
    row.matches[result.match] = (row.matches[result.match] ?? 0) + 1
    if (verbose && got !== expected) console.log(kind, got === null ? 'missed' : 'WRONG', JSON.stringify(text), result.match)
  }
}

console.log(`kind        right/total  wrong  tiers   (${seeds} seeds, ${headlines.length} headlines)`)
for (const [kind, row] of Object.entries(totals)) {
  const tiers = Object.entries(row.matches).map(([match, count]) => `${match}=${count}`).join(' ')
  console.log(`${kind.padEnd(11)} ${`${row.right}/${row.total}`.padStart(11)}  ${String(row.wrong).padStart(5)}  ${tiers}`)
}
