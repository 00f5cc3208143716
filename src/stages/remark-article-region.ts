import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ArticleLine, ArticleState} from './article-state.js'
import {countWordsAnyScript} from '../text.js'
import {getArticleState, matchRule} from './article-state.js'
import {parseDateLine} from './date-line.js'
import {isHeadlineShaped} from './headline-shape.js'
import {allStopWords} from './language-data.js'
import {lineFeatures} from './line-features.js'

/** Cost of a line that a rule already removed inside the article (share rows). */
const removedCost = 5

/** Fixed cost of a short line; half its length is added, so link lists cost more than subheads. */
const shortCost = 10

/** How many open lines above the article block the headline may stand. */
const headlineReach = 25

/** How many lines under a headline its byline or date may stand. */
const headerWindow = 4

/** Fewest consecutive short lines outside the article that make a run. */
const minimumRun = 3

/** Fewest words of a link-list headline. */
const minimumLinkWords = 4

/**
 * Find where the article is on a copied page.
 *
 * Each line is scored by what it looks like as text: prose (long, ending
 * like a sentence or rich in stop words of any language) counts its length,
 * other lines cost a little plus half their length, lines a rule removed
 * cost a little. The article is the run of lines with the highest sum (the
 * densest block of prose, as boilerpipe and jusText find it): navigation,
 * link lists and footers around it cost more than they bring.
 *
 * The headline is then the headline-shaped line above that block that looks
 * most like one: near the block, printed twice on the page (breadcrumb and
 * heading), followed by a byline or date, sharing words with the first
 * paragraphs. Later stages read `state.region` and `state.headlineHint`.
 */
export function remarkArticleRegion() {
  return function (_tree: Root, file: VFile): undefined {
    const state = getArticleState(file)
    const lines = state.lines
    state.features = lines.map((line) => lineFeatures(line.text))
    state.region = densestRegion(state)
    if (state.region) state.headlineHint = findHeadline(state, state.region.start)
    return undefined
  }
}

/**
 * The maximum-sum run of line scores (Kadane), or `undefined` when the
 * text has no prose at all.
 */
function densestRegion(state: ArticleState): {start: number; end: number} | undefined {
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = 0
  for (const line of state.lines) {
    const score = lineScore(state, line)
    if (sum <= 0) {
      sum = 0
      start = line.index
    }
    sum += score
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = line.index
    }
  }
  return bestStart === -1 ? undefined : {start: bestStart, end: bestEnd}
}

function lineScore(state: ArticleState, line: ArticleLine): number {
  if (line.fate?.kind === 'removed') return -removedCost
  const features = state.features[line.index]
  if (features?.kind === 'content') return line.text.length
  return -(shortCost + line.text.length / 2)
}

/**
 * Pick the headline among the lines above the article block.
 */
function findHeadline(state: ArticleState, regionStart: number): number | undefined {
  const lines = state.lines
  const repeated = new Set<number>()
  for (const line of lines) if (line.repeats !== undefined) repeated.add(line.repeats).add(line.index)
  const opening = openingWords(state, regionStart)

  let best: number | undefined
  let bestScore = Number.NEGATIVE_INFINITY
  let distance = 0
  for (let index = regionStart; index >= 0 && distance <= headlineReach; index--) {
    const line = lines[index]
    if (!line) continue
    const removedAsRepeat = line.fate?.kind === 'removed' && line.fate.rule === 'duplicate-line'
    if (line.fate && !removedAsRepeat) continue
    distance++
    if (!isCandidate(state, line)) continue
    let score = -0.3 * distance
    if (repeated.has(index)) score += 2
    if (headerFollows(state, index)) score += 2
    score += 3 * overlap(line.text, opening)
    const words = countWordsAnyScript(line.text)
    if (words >= 3 && words <= 25) score += 1
    if (/\.$/u.test(line.text)) score -= 1.5
    if (state.features[index]?.kind === 'content') score -= 2
    if (score > bestScore) {
      bestScore = score
      best = index
    }
  }
  return best
}

function isCandidate(state: ArticleState, line: ArticleLine): boolean {
  if (!isHeadlineShaped(line.text) || countWordsAnyScript(line.text) < 2) return false
  if (parseDateLine(line.text)) return false
  for (const kind of ['bylines', 'credits', 'relatedHeaders', 'endMarkers'] as const) {
    if (matchRule(state.presets, kind, line.text)) return false
  }
  return true
}

/** Whether a byline or a date line stands just under the line. */
function headerFollows(state: ArticleState, index: number): boolean {
  const end = Math.min(state.lines.length, index + 1 + headerWindow)
  for (let next = index + 1; next < end; next++) {
    const text = state.lines[next]?.text ?? ''
    if (matchRule(state.presets, 'bylines', text) || parseDateLine(text)) return true
  }
  return false
}

/** Content words of the first paragraphs of the article block. */
function openingWords(state: ArticleState, regionStart: number): Set<string> {
  const words = new Set<string>()
  let taken = 0
  for (let index = regionStart; index < state.lines.length && taken < 3; index++) {
    const line = state.lines[index]
    if (!line || state.features[index]?.kind !== 'content') continue
    taken++
    for (const word of contentWords(line.text)) words.add(word)
  }
  return words
}

/** Share of a line's content words that the opening paragraphs use. */
function overlap(text: string, opening: ReadonlySet<string>): number {
  const words = contentWords(text)
  if (words.length === 0) return 0
  let shared = 0
  for (const word of words) if (opening.has(word)) shared++
  return shared / words.length
}

function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]{3,}/gu) ?? []
  return words.filter((word) => !allStopWords.has(word))
}

/**
 * The rule id for an open line outside the article block: `link-list` for a
 * run of headline-shaped lines (teasers of other articles), `short-line-run`
 * for a run of short lines (menus, footers), else `outside-article`.
 */
export function outsideRule(state: ArticleState, index: number): string {
  const lines = state.lines
  const isShort = (at: number) => {
    const line = lines[at]
    return line !== undefined && line.fate?.kind !== 'field' && state.features[at]?.kind === 'short'
  }
  const isLink = (at: number) => {
    const line = lines[at]
    return line !== undefined && isShort(at) && countWordsAnyScript(line.text) >= minimumLinkWords && isHeadlineShaped(line.text)
  }
  for (const test of [isLink, isShort]) {
    if (!test(index)) continue
    let first = index
    while (first > 0 && test(first - 1)) first--
    let last = index
    while (last + 1 < lines.length && test(last + 1)) last++
    if (last - first + 1 >= minimumRun) return test === isLink ? 'link-list' : 'short-line-run'
  }
  return 'outside-article'
}
