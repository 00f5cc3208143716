import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ArticleLine, ArticleState} from './article-state.js'
import {collapseWhitespace} from '../text.js'
import {getArticleState, keep, matchRule, remove} from './article-state.js'
import {isDateWord, parseDateLine} from './date-line.js'
import {isHeadlineShaped, maximumHeadlineLength, maximumHeadlineWords} from './headline-shape.js'
import {outsideRule} from './remark-article-region.js'

/** How many lines after the headline the header block may span. */
const headerReach = 16

/** How far ahead a caption's second copy may stand. */
const captionReach = 6

/**
 * Find the headline and the header block under it.
 *
 * The headline is front matter `title`, else the line that
 * `remarkArticleRegion` found above the article block, else the first line
 * that no rule removed; it must have a headline's shape, or a fatal `missing-headline`
 * message says why. Then, line by line until the first line that is none of
 * these: credit lines (`Copyright X`: the credit), a caption (a line that the
 * page prints again below, alone or with a credit glued on), a byline
 * (`By X`), a date line, furniture that `remarkBoilerplate` removed, and
 * short lines above the article block (removed as outside the article).
 */
export function remarkHeader() {
  return function (_tree: Root, file: VFile): undefined {
    const state = getArticleState(file)
    const lines = state.lines
    const fromFrontmatter = state.frontmatter['title']
    let index = 0
    if (typeof fromFrontmatter === 'string' && fromFrontmatter.trim() !== '') {
      state.title = collapseWhitespace(fromFrontmatter)
      const first = nextOpen(lines, 0)
      // The text may print the headline too; it is the same field then.
      if (first && first.text.toLowerCase() === state.title.toLowerCase()) {
        keep(first, 'title')
        state.titleIndex = first.index
        index = first.index + 1
      }
    } else {
      const hinted = state.headlineHint === undefined ? undefined : lines[state.headlineHint]
      const first = hinted ?? nextOpen(lines, 0)
      if (!first) {
        reportEmpty(file, lines)
        return undefined
      }
      if (!isHeadlineShaped(first.text)) {
        const message = file.message(
          `Unexpected ${describeLine(first.text)} as the first line, expected a headline (at most ${maximumHeadlineLength} characters and ${maximumHeadlineWords} words) or \`title\` in front matter`,
          {place: first.node.position?.start, ruleId: 'missing-headline', source: 'eleventy-plugin-wire'}
        )
        message.fatal = true
        return undefined
      }
      keep(first, 'title')
      state.title = first.text
      state.titleIndex = first.index
      index = first.index + 1
    }

    const limit = Math.min(lines.length, index + headerReach)
    for (; index < limit; index++) {
      const line = lines[index]
      if (!line) break
      if (line.fate) continue
      if (headerLine(state, line)) continue
      // Above the article block, short lines are page furniture (share
      // rows, kickers, reading times): skip them, the header goes on.
      if (state.region && index < state.region.start && state.features[index]?.kind === 'short') {
        remove(line, outsideRule(state, index))
        continue
      }
      break
    }
    state.bodyStart = index
    if (state.byline === undefined && state.titleIndex !== undefined) findBylineNear(state, state.titleIndex)
    return undefined
  }
}

/** How many lines above the headline a byline may stand. */
const bylineReachAbove = 6

/**
 * Pages print the byline above the headline, or under a standfirst: when
 * the header block had none, look a few lines around the headline, outside
 * the article block, for a line that a byline rule matches.
 */
function findBylineNear(state: ArticleState, titleIndex: number): void {
  const lines = state.lines
  const regionStart = state.region?.start ?? state.bodyStart
  const end = Math.min(lines.length, Math.max(regionStart, state.bodyStart), titleIndex + 1 + headerReach)
  for (let index = Math.max(0, titleIndex - bylineReachAbove); index < end; index++) {
    const line = lines[index]
    if (!line || line.fate?.kind === 'field' || (line.fate && !isOutsideRule(line.fate.rule))) continue
    const byline = matchRule(state.presets, 'bylines', line.text)
    if (!byline) continue
    state.byline = cleanName(byline.match[1] ?? '')
    keep(line, 'byline')
    return
  }
}

function isOutsideRule(rule: string): boolean {
  return rule === 'outside-article' || rule === 'short-line-run' || rule === 'link-list'
}

function nextOpen(lines: readonly ArticleLine[], from: number): ArticleLine | undefined {
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]
    if (line && !line.fate) return line
  }
  return undefined
}

/**
 * Classify one header line; `false` when it is not a header line.
 */
function headerLine(state: ArticleState, line: ArticleLine): boolean {
  const credit = matchRule(state.presets, 'credits', line.text)
  if (credit) {
    const value = (credit.match[1] ?? '').trim()
    if (state.credit === undefined) state.credit = value
    remove(line, state.credit === value ? credit.rule.id : 'duplicate-credit', 'credit')
    return true
  }

  const byline = matchRule(state.presets, 'bylines', line.text)
  if (byline && state.byline === undefined) {
    state.byline = cleanName(byline.match[1] ?? '')
    keep(line, 'byline')
    return true
  }

  const date = parseDateLine(line.text)
  if (date) {
    if (state.date === undefined) state.date = date
    keep(line, 'date')
    return true
  }

  if (state.caption === undefined && captionCopies(state, line)) return true
  return false
}

/**
 * A caption is a line printed again a few lines below, alone (removed by
 * `remarkBoilerplate` as a repeat) or with a credit glued on
 * (`Caption. Copyright X`). Marks the copies and returns whether there were any.
 */
function captionCopies(state: ArticleState, line: ArticleLine): boolean {
  const lines = state.lines
  let found = false
  const end = Math.min(lines.length, line.index + 1 + captionReach)
  for (let index = line.index + 1; index < end; index++) {
    const other = lines[index]
    if (!other) continue
    if (other.repeats === line.index) {
      found = true
      continue
    }
    if (other.fate || !other.text.startsWith(line.text)) continue
    const rest = other.text.slice(line.text.length).trim()
    const credit = rest ? matchRule(state.presets, 'credits', rest) : undefined
    if (!credit) continue
    const value = (credit.match[1] ?? '').trim()
    if (state.credit === undefined) state.credit = value
    remove(other, 'caption-with-credit', 'credit')
    found = true
  }
  if (found) {
    state.caption = line.text
    keep(line, 'caption')
  }
  return found
}

/**
 * A name as captured, without a month or weekday that the capitalised-word
 * run took along (`Jane Doe July 10, 2015`).
 */
function cleanName(value: string): string {
  const words = value.trim().split(/\s+/u)
  while (words.length > 1 && isDateWord(words.at(-1) ?? '')) words.pop()
  return words.join(' ')
}

function describeLine(text: string): string {
  return `paragraph of ${text.length} characters`
}

function reportEmpty(file: VFile, lines: readonly ArticleLine[]): void {
  const source = file.data.sourceLines
  const lastLine = source ? source.lines.length : 1
  const lastColumn = source ? (source.lines.at(-1) ?? '').length + 1 : 1
  const reason =
    lines.length === 0
      ? 'Unexpected end of file, expected article text (a headline, then paragraphs)'
      : 'Unexpected end of file after page furniture only, expected article text (a headline, then paragraphs)'
  const message = file.message(reason, {
    place: {line: lastLine, column: lastColumn},
    ruleId: lines.length === 0 ? 'empty-file' : 'missing-headline',
    source: 'eleventy-plugin-wire'
  })
  message.fatal = true
}
