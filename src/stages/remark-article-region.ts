import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ArticleLine, ArticleState} from './article-state.js'
import type {LineFeatures} from './line-features.js'
import {countWordsAnyScript} from '../text.js'
import {getArticleState, matchRule} from './article-state.js'
import {findHeadline} from './find-headline.js'
import {isHeadlineShaped} from './headline-shape.js'
import {isQuantityLine, lineFeatures, lineTemplate, templatePrefix, templateStart} from './line-features.js'
import {parseDateLine} from './date-line.js'

/** Cost of a line that a rule already removed inside the article (share rows). */
const removedCost = 5

/** Fixed cost of a short line; half its length is added, so link lists cost more than subheads. */
const shortCost = 10

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
    state.sourceLines = file.data.sourceLines?.lines
    // Pushed one by one, not `lines.map`: when `lineFeatures` is thrown
    // out of compiled code halfway through a `map`, the rest of the map
    // builds a holey array, and every compiled stage that reads
    // `state.features` (fifteen of them) is thrown away for that one array.
    const features: LineFeatures[] = []
    for (const line of lines) features.push(lineFeatures(line.text))
    state.features = features
    state.region = widenedRegion(state, densestRegion(state, 1))
    if (state.region) {
      state.headlineHint = findHeadline(state, state.region.start)
      state.region = withStandfirst(state, state.region, state.headlineHint)
      state.region = withListAbove(state, state.region, state.headlineHint)
      state.region = withIngredientsAbove(state, state.region, state.headlineHint)
      state.region = withShortArticleTail(state, state.region)
    }
    return undefined
  }
}

/** Most lines between the headline and the densest run, the standfirst included, that the run reaches up over. */
const maximumStandfirstGap = 4

/** What a meta line has and a standfirst does not: fields parted by bars, a time of day. */
const metaLine = /\||\d{1,2}:\d{2}/u

/** Fewest words of a standfirst: a kicker or a section name is shorter. */
const minimumStandfirstWords = 6

/**
 * Reach the run up to the line under the headline when that line is a
 * standfirst: a phrase or sentence of six words or more, right under the
 * headline and a few lines above the run, that no rule removed and that
 * is no byline, date or meta line (`January 13, 2020 at 08:45 | …`). A
 * standfirst is short for prose, so the densest run starts below it (and
 * below the byline and date under it, which the header still takes).
 */
function withStandfirst(
  state: ArticleState,
  region: {start: number; end: number},
  headline: number | undefined
): {start: number; end: number} {
  if (headline === undefined || headline >= region.start) return region
  if (region.start - headline - 1 <= maximumStandfirstGap && isStandfirst(state, headline + 1, region)) return {start: headline + 1, end: region.end}
  return withStandfirstUnderHeader(state, region, headline)
}

/** Whether the line at `index` may be a standfirst over the run: six words or more, open, no byline, date or meta line. */
function isStandfirst(state: ArticleState, index: number, region: {start: number; end: number}): boolean {
  const standfirst = state.lines[index]
  const features = state.features[index]
  if (!standfirst || standfirst.fate || standfirst.repeats !== undefined || !features || features.words < minimumStandfirstWords) return false
  if (standfirst.index >= region.start || isHeaderLine(state, index)) return false
  return true
}

/** Least share of stop words of a standfirst under the header: a row of tags has none. */
const minimumStandfirstStopRatio = 0.2

/** Most words of a label in the header block (`Date`, `By`, `Updated on`). */
const maximumHeaderLabelWords = 2

/** Whether an open line reads as the header's: a byline, a date, a meta line. */
function isHeaderLine(state: ArticleState, index: number): boolean {
  const text = state.lines[index]?.text ?? ''
  return metaLine.test(text) || parseDateLine(text) !== undefined || matchRule(state.presets, 'bylines', text) !== undefined
}

/**
 * Reach the run up to a standfirst that the header block parts from the
 * headline: the line right over the run, when every line between it and
 * the headline is a byline, a date or a label of a word or two (`By`,
 * `Date`). A line under a share row or a video's running time is a
 * picture's or a video's caption as often as a standfirst: not taken.
 */
function withStandfirstUnderHeader(state: ArticleState, region: {start: number; end: number}, headline: number): {start: number; end: number} {
  const candidate = region.start - 1
  if (candidate <= headline + 1 || !isStandfirst(state, candidate, region) || (state.features[candidate]?.stopRatio ?? 0) < minimumStandfirstStopRatio) return region
  for (let at = headline + 1; at < candidate; at++) {
    const line = state.lines[at]
    if (!line || line.fate) return region
    const text = line.text
    const label = (state.features[at]?.words ?? 0) <= maximumHeaderLabelWords && !/\d/u.test(text)
    if (!label && parseDateLine(text) === undefined && !matchRule(state.presets, 'bylines', text)) return region
  }
  return {start: candidate, end: region.end}
}

/** Most characters of prose of an article so short that the short lines under it may be its own. */
const maximumShortArticleProse = 300

/** Most short lines under such an article that the run reaches down over. */
const maximumShortArticleTail = 12

/**
 * Reach the run down over the short lines right under it when its prose is
 * a sentence or two (a notice, a deal, a picture's description, an event's
 * agenda): such an article goes on in data and list lines (`Ort: …`, `Einsendeschluss:
 * …`, an address, a changelog) that cost the run more than its few
 * sentences bring. The run stops at a line a rule removed, at prose, or
 * after a dozen lines; the short line right over a removed line is that
 * furniture's label (`Share with others`, `Videos on this topic`), not the
 * article's.
 */
function withShortArticleTail(state: ArticleState, region: {start: number; end: number}): {start: number; end: number} {
  let prose = 0
  for (let at = region.start; at <= region.end; at++) {
    if (state.features[at]?.kind === 'content' && !state.lines[at]?.fate) prose += state.lines[at]?.text.length ?? 0
  }
  if (prose > maximumShortArticleProse) return region
  let end = region.end
  const isOpenShort = (at: number) => at < state.lines.length && !state.lines[at]?.fate && state.features[at]?.kind === 'short'
  while (end - region.end < maximumShortArticleTail && isOpenShort(end + 1)) end++
  if (end > region.end && state.lines[end + 1]?.fate?.kind === 'removed') end--
  return {start: region.start, end}
}

/** Fewest entries of a list written to one template that the run reaches up over. */
const minimumTemplateEntries = 4

/** Most words of the label over such a list (`Season calendar 2018`, `Tour dates:`). */
const maximumListLabelWords = 8

/** Most entries of such a list: a season's dates or a table of results; a longer list far above the prose is the page's facts. */
const maximumTemplateEntries = 24

/** Most lines between such a list and the run (notes under the list, a share row). */
const maximumListGap = 8

/**
 * Reach the run up over a list above it whose entries follow one template
 * with a number or a sign in it (race dates `1st round: March 10 – City`,
 * results, tour dates), and over the short label above the list: an article
 * may be its data, with a note or two under it. The list stands between the
 * headline and the run, a few lines above the run at most, and has two
 * dozen entries at most. A menu's entries are words alone, a table of
 * contents numbers them; a list of data has a form.
 */
function withListAbove(
  state: ArticleState,
  region: {start: number; end: number},
  headline: number | undefined
): {start: number; end: number} {
  const floor = headline ?? -1
  const isEntry = (at: number, key?: string) => {
    const line = state.lines[at]
    if (!line || at <= floor || line.fate || state.features[at]?.kind !== 'short') return false
    return key === undefined || templateStart(line.text, key.length) === key
  }
  for (let last = region.start - 1; last > floor && region.start - last <= maximumListGap; last--) {
    if (!isEntry(last)) continue
    const key = templateStart(state.lines[last]?.text ?? '', templatePrefix)
    if (key.length < templatePrefix || /^a*$/u.test(key) || isContentsEntry(state.lines[last]?.text ?? '')) continue
    let first = last
    while (isEntry(first - 1, key)) first--
    if (last - first + 1 < minimumTemplateEntries) continue
    if (last - first + 1 > maximumTemplateEntries) return region
    const label = first - 1
    const labelled = isEntry(label) && (state.features[label]?.words ?? 0) <= maximumListLabelWords
    return {start: labelled ? label : first, end: region.end}
  }
  return region
}

/** Fewest quantity lines (`350 g Mehl`) of an ingredient or parts list that the run reaches up over. */
const minimumIngredients = 4

/** Smallest share of quantity lines among the lines from the list's first to the run. */
const minimumIngredientShare = 0.4

/** Most lines in a row without a quantity inside such a list (`Salz`, `Für den Teig:`, `Zubereitung`). */
const maximumIngredientGap = 8

/**
 * Reach the run up over the ingredient or parts list above it: a recipe
 * or a build guide lists what it needs (`350 g Mehl`, `2 EL Milch`) over
 * its steps, short lines that cost the run as much as a menu does. The
 * list has four quantity lines at least (two dozen at most: a longer list
 * far above the prose is the page's facts), two fifths of its lines, and
 * stands between the headline and the run, lines without a quantity
 * (`Salz`, `Für den Teig:`) eight at most in a row.
 */
function withIngredientsAbove(
  state: ArticleState,
  region: {start: number; end: number},
  headline: number | undefined
): {start: number; end: number} {
  const floor = headline ?? -1
  let first = -1
  let quantities = 0
  let gap = 0
  for (let at = region.start - 1; at > floor; at--) {
    const line = state.lines[at]
    if (!line || line.fate || state.features[at]?.kind !== 'short') break
    if (isQuantityLine(line.text)) {
      quantities++
      first = at
      gap = 0
    } else if (++gap > maximumIngredientGap) break
  }
  if (first === -1 || quantities < minimumIngredients || quantities > maximumTemplateEntries || quantities < minimumIngredientShare * (region.start - first)) return region
  return {start: first, end: region.end}
}

/**
 * Whether a line reads like an entry of a table of contents: a leading
 * number (`3. Why it matters`, `2.1 Costs`) and words, no other number. An
 * entry of data has a number of its own (a date, a score, a price).
 */
function isContentsEntry(text: string): boolean {
  return /^0(?:[.)]0)*[^0]*$/u.test(lineTemplate(text))
}

/** Share of the text's prose below which the densest run is not trusted alone. */
const minimumProseShare = 0.5

/** Scale of the short-line costs when the densest run is looked for again. */
const lenientCostScale = 0.15

/**
 * Fail gracefully: when the densest run holds little of the text's prose
 * (an article of lists, tables or short steps, cut into pieces by them),
 * look again with short lines costing about a seventh, and keep the wider run
 * when it holds more of the prose.
 */
function widenedRegion(
  state: ArticleState,
  region: {start: number; end: number} | undefined
): {start: number; end: number} | undefined {
  if (!region) return region
  const share = proseShare(state, region)
  if (share >= minimumProseShare) return region
  const wider = densestRegion(state, lenientCostScale)
  return wider && proseShare(state, wider) > share ? wider : region
}

/** Share of the characters of prose lines that stand in a run. */
function proseShare(state: ArticleState, region: {start: number; end: number}): number {
  let all = 0
  let inside = 0
  for (const line of state.lines) {
    if (state.features[line.index]?.kind !== 'content' || line.fate) continue
    all += line.text.length
    if (line.index >= region.start && line.index <= region.end) inside += line.text.length
  }
  return all === 0 ? 1 : inside / all
}

/**
 * The maximum-sum run of line scores (Kadane), or `undefined` when the
 * text has no prose at all; `costScale` scales what short lines cost.
 */
function densestRegion(state: ArticleState, costScale: number): {start: number; end: number} | undefined {
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = 0
  for (const line of state.lines) {
    const score = lineScore(state, line, costScale)
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

function lineScore(state: ArticleState, line: ArticleLine, costScale: number): number {
  if (line.fate?.kind === 'removed') return -removedCost * costScale
  const features = state.features[line.index]
  if (features?.kind === 'content') return line.text.length
  // Table rows (cells copied with tabs) and ingredient lists are data of
  // the article, not menus: they neither start an article nor cut one in two.
  if (isTableRow(state, line) || isQuantityLine(line.text)) return 0
  return -(shortCost + line.text.length / 2) * costScale
}

/** Whether a line was a table row: copying separates cells with tabs. */
export function isTableRow(state: ArticleState, line: ArticleLine): boolean {
  const source = state.sourceLines
  const raw = source ? (source[line.line - 1] ?? '') : ''
  return raw.trim().includes('\t')
}

/** Rule ids of the lines of each state, computed once: runs are found in one pass. */
const outsideRules = new WeakMap<ArticleState, string[]>()

/**
 * The rule id for an open line outside the article block: `link-list` for a
 * run of headline-shaped lines (teasers of other articles), `short-line-run`
 * for a run of short lines (menus, footers), else `outside-article`.
 */
export function outsideRule(state: ArticleState, index: number): string {
  let rules = outsideRules.get(state)
  if (!rules) {
    rules = labelRuns(state)
    outsideRules.set(state, rules)
  }
  return rules[index] ?? 'outside-article'
}

function labelRuns(state: ArticleState): string[] {
  const lines = state.lines
  // Pushed, not `lines.map`: the array's kind must not depend on whether `map` ran compiled (the stores below are compiled for one kind).
  const rules: string[] = []
  for (let index = 0; index < lines.length; index++) rules.push('outside-article')
  const isShort = (at: number) => state.features[at]?.kind === 'short'
  const isLink = (at: number) => {
    const text = lines[at]?.text ?? ''
    return isShort(at) && countWordsAnyScript(text) >= minimumLinkWords && isHeadlineShaped(text)
  }
  // Short runs first, so that link lists inside them keep their own name.
  for (const [test, rule] of [
    [isShort, 'short-line-run'],
    [isLink, 'link-list']
  ] as const) {
    let first = 0
    while (first < lines.length) {
      if (!test(first)) {
        first++
        continue
      }
      let last = first
      while (last + 1 < lines.length && test(last + 1)) last++
      if (last - first + 1 >= minimumRun) for (let at = first; at <= last; at++) rules[at] = rule
      first = last + 1
    }
  }
  return rules
}
