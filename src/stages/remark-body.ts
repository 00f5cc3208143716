import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ArticleLine, ArticleState} from './article-state.js'
import {getArticleState, keep, matchRule, remove} from './article-state.js'
import {parseDateLine, isTimeLine} from './date-line.js'
import {allBiographyVerbs, allGivenNames, allSignOffWords, allStopWords, allTeamNames} from './language-data.js'
import {isHeadlineShaped} from './headline-shape.js'
import {templatePrefix, templateStart} from './line-features.js'
import {isTableRow, outsideRule} from './remark-article-region.js'
import {countWords} from '../text.js'

/**
 * Take the body: every line after the header block that no earlier stage
 * claimed, in order. An `endMarkers` rule ends the body (the marker and the
 * lines after it are removed); a `trailers` line (`(Reporting by …)`) is the
 * body's last line, and the lines after it are removed as `after-trailer`.
 * Lines after the article block that no earlier stage claimed are removed
 * (`outside-article`, `link-list`, `short-line-run`). Related headlines and
 * furniture keep the fate earlier stages gave them.
 */
export function remarkBody() {
  return function (_tree: Root, file: VFile): undefined {
    const state = getArticleState(file)
    let ended: string | undefined
    const region = state.region
    const last = region ? trailerEnd(state, factListEnd(state, templateListEnd(state, announcedListEnd(state, repeatedSectionsEnd(state, shareRowEnd(state, articleEnd(state))))))) : undefined
    const comments = commentStart(state)
    const datedList = datedListStart(state)
    markAuthorBiography(state)
    markAuthorBoxes(state)
    for (let index = state.bodyStart; index < state.lines.length; index++) {
      const line = state.lines[index]
      if (!line) continue
      // A related list's header in the article's tail, over a list (not
      // one link boxed between paragraphs): what follows are teasers,
      // headlines the related stage took and their summaries.
      // Cheapest test first: most removed lines are no related header.
      if (
        line.fate?.kind === 'removed' &&
        !ended &&
        matchRule(state.presets, 'relatedHeaders', line.text) &&
        relatedListFollows(state, index) &&
        inTail(state, index)
      ) {
        ended = 'after-related-header'
      }
      if (line.fate) continue
      if (isTagValue(state, index)) {
        remove(line, 'tag-list')
        continue
      }
      if (ended) {
        remove(line, ended)
        continue
      }
      if (last !== undefined && index > last) {
        remove(line, outsideRule(state, index))
        continue
      }
      if (datedList !== undefined && index >= datedList) {
        remove(line, 'dated-list')
        continue
      }
      const end = matchRule(state.presets, 'endMarkers', line.text) ?? matchRule(state.presets, 'authorLinks', line.text)
      // A marker above the article block or its paragraphs (`3 comments`,
      // `Vos réactions (11)` under a headline) is a widget label: it does
      // not end an article that has not started, and it is not the article's.
      if (end && ((region && index < region.start) || articleNotStarted(state, index))) {
        remove(line, end.rule.id)
        continue
      }
      if (end || index === comments?.index) {
        remove(line, end ? end.rule.id : (comments?.rule ?? 'comment-header'))
        ended = 'after-end-marker'
        continue
      }
      // A picture's credit line between paragraphs is not article text
      // (nor the lead picture's credit, which the header reads).
      const credit = matchRule(state.presets, 'credits', line.text)
      if (credit) {
        remove(line, credit.rule.id, 'credit')
        continue
      }
      keep(line, 'body')
      if (matchRule(state.presets, 'trailers', line.text)) ended = 'after-trailer'
    }
    keepRepeatedSectionLines(state)
    markCreditedCaptions(state)
    markGluedNameCaptions(state)
    markEmbeddedArticles(state)
    markTeaserCards(state)
    dropTrailingHeadings(state)
    // Lines before the headline that nothing claimed are not the article's.
    for (const line of state.lines) {
      if (!line.fate) remove(line, 'before-headline')
    }
    return undefined
  }
}

/** Rules that remove a picture's credit. */
const creditRules = new Set(['credit-line', 'credit-in-parentheses', 'caption-copyright', 'caption-credit', 'caption-agency-photographer', 'photograph-credit'])

/** Longest line taken for a credit alone (`Foto © Jane Doe`), not a caption with its credit. */
const maximumCreditLength = 80

/** Fewest titles over credited pictures that make them the article's sections rather than captions. */
const minimumPictureSections = 3

/** A line that ends like a sentence (a caption), not like a title. */
const closesSentence = /[.!…]["”’»)]?$/u

/** Longest caption, in characters. */
const maximumCaptionLength = 400

/**
 * Remove the caption printed in one block with the credit under it: a
 * body line right above a lone credit line, no blank line between (`The
 * pier in 1950.` / `© Jane Doe`), where the article goes on below. A
 * page parts its paragraphs with blank lines, and a figure prints its
 * caption and credit together. The article's last line over a credit is
 * left alone: the picture may close the article without a caption.
 */
function markCreditedCaptions(state: ArticleState): void {
  let lastProse = -1
  for (let at = state.lines.length - 1; at >= state.bodyStart && lastProse === -1; at--) {
    const fate = state.lines[at]?.fate
    if (fate?.kind === 'field' && fate.field === 'body' && state.features[at]?.kind === 'content') lastProse = at
  }
  const captions: ArticleLine[] = []
  let titles = 0
  for (let at = state.bodyStart + 1; at < lastProse; at++) {
    const credit = state.lines[at]
    const fate = credit?.fate
    if (!credit || fate?.kind !== 'removed' || !creditRules.has(fate.rule) || credit.text.length > maximumCreditLength) continue
    const caption = state.lines[at - 1]
    if (!isCaptionOf(caption, credit, caption?.lastLine ?? 0, credit.line)) continue
    captions.push(caption)
    if (!closesSentence.test(caption.text)) titles++
    // A figure of three lines (title, credit, caption) holds the line under the credit too.
    const under = state.lines[at + 1]
    if (at + 1 < lastProse && isCaptionOf(under, credit, credit.lastLine, under?.line ?? 0)) captions.push(under)
  }
  // Sections that each open with a title over a credited picture (a listicle) keep their titles.
  for (const caption of captions) {
    if (titles < minimumPictureSections || closesSentence.test(caption.text)) remove(caption, 'credited-caption')
  }
}

/** Whether `caption` is a body line of a caption's length printed in one block with `credit` (`upper` and `lower` are the line numbers that must touch). */
function isCaptionOf(caption: ArticleLine | undefined, credit: ArticleLine, upper: number, lower: number): caption is ArticleLine {
  const fate = caption?.fate
  return caption !== undefined && fate?.kind === 'field' && fate.field === 'body' && upper + 1 === lower && caption.text.length <= maximumCaptionLength && caption !== credit
}

/** Fewest characters of the article's prose above an embedded article and below it: the host article goes on around it. */
const minimumHostProse = 300

/** Largest share of the block's prose that an embedded article may hold. */
const maximumEmbeddedShare = 0.5

/**
 * Remove another article that the page embeds in this one (`Prince X: …`
 * / `By Jane Doe for Outlet` / its paragraphs / `Advertisement`): a
 * headline-shaped line over a byline, in the body with the host article's
 * prose above, down to the first line a rule removed, with the host's
 * prose going on below and the embedded one holding under half of it.
 */
function markEmbeddedArticles(state: ArticleState): void {
  const region = state.region
  if (!region) return
  const from = Math.max(region.start, state.bodyStart)
  const isBody = (at: number) => {
    const fate = state.lines[at]?.fate
    return fate?.kind === 'field' && fate.field === 'body'
  }
  // The lead and the header's prose count for the host article.
  const total = proseCharacters(state, region.start, region.end)
  let above = proseCharacters(state, region.start, Math.min(from, region.end))
  for (let at = from + 1; at < region.end; at++) {
    const line = state.lines[at]
    if (!line) continue
    if (isProse(state, at)) above += line.text.length
    const headline = state.lines[at - 1]
    if (
      above < minimumHostProse ||
      !headline ||
      !isBody(at) ||
      !isBody(at - 1) ||
      state.features[at]?.kind === 'content' ||
      !isHeadlineShaped(headline.text) ||
      !signsWithPreposition(state, line.text)
    ) {
      continue
    }
    let end = at + 1
    let embedded = 0
    while (end <= region.end && isBody(end)) {
      if (isProse(state, end)) embedded += state.lines[end]?.text.length ?? 0
      end++
    }
    const closer = state.lines[end]?.fate
    if (end > region.end || closer?.kind !== 'removed' || closer.rule === 'duplicate-line') continue
    const below = total - above - embedded
    if (below < minimumHostProse || embedded > maximumEmbeddedShare * total) continue
    for (let index = at - 1; index < end; index++) {
      const embeddedLine = state.lines[index]
      if (embeddedLine) remove(embeddedLine, 'embedded-article')
    }
    at = end
  }
}

/** Byline rules that sign with a preposition (`By Jane Doe`, `Posted on … by Jane Doe`), as a page prints over an article; a label (`Text: Jane Doe`) signs the host article's end. */
const prepositionBylineRules = new Set(['byline', 'byline-with-date'])

/** Whether a line is a byline that signs with a preposition. */
function signsWithPreposition(state: ArticleState, text: string): boolean {
  const match = matchRule(state.presets, 'bylines', text)
  return match !== undefined && prepositionBylineRules.has(match.rule.id)
}

/**
 * A photographer's name glued to the end of a caption without a space
 * (`… Düngung verbotenJane Doe`, `… nicht erlaubt!Jane Doe`): a word of
 * three lowercase letters or more, or a sentence's end, then a given name
 * and a surname or two. Group 1 is the given name.
 */
const gluedName = /(?:\p{Ll}{3}|[.!?])(\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{L}'’-]+){1,2}$/u

/**
 * What `gluedName` needs at a line's end: its last group (` Doe`) runs from
 * the line's last space to its end, a capital then letters, apostrophes or
 * hyphens. Most body lines end in a period: two character tests spare them
 * the pattern, which tries every place of the line.
 */
function mayEndInGluedName(text: string): boolean {
  const space = text.lastIndexOf(' ')
  return space !== -1 && nameEnd.test(text.slice(-2)) && capital.test(String.fromCodePoint(text.codePointAt(space + 1) ?? 0))
}

/** A last character of a name (the last two code units, for a letter outside the basic plane). */
const nameEnd = /[\p{L}'’-]$/u

/** A capital letter alone. */
const capital = /^\p{Lu}$/u

/** Fewest characters of caption before a glued name: a credit label alone (`CreditJane Doe`) is the credit, which articles may keep. */
const minimumGluedCaption = 20

/**
 * Remove the captions that copying ran together with their
 * photographer's name (see `gluedName`): the name must open with a common
 * given name (language data), so that a product glued in a title
 * (`PlayStation Plus`) stays.
 */
function markGluedNameCaptions(state: ArticleState): void {
  for (let at = state.bodyStart; at < state.lines.length; at++) {
    const line = state.lines[at]
    const fate = line?.fate
    if (!line || fate?.kind !== 'field' || fate.field !== 'body' || line.text.length > maximumCaptionLength) continue
    const match = mayEndInGluedName(line.text) ? gluedName.exec(line.text) : null
    if (match && match.index >= minimumGluedCaption && allGivenNames.has((match[1] ?? '').toLowerCase())) remove(line, 'caption-glued-name', 'credit')
  }
}

/** Rules whose line closes a teaser card: the link to its story (`Read more`, `mehr erfahren`) or its button (`Jetzt bestellen`). */
const cardCloseRules = new Set(['read-more-link', 'call-to-action'])

/** Rules whose line is a teaser with the link to its story glued on (`… Hintergründe. mehr`). */
const gluedTeaserRules = new Set(['teaser-more-link'])

/** Longest teaser of a card, in characters: a sentence or three. */
const maximumTeaserLength = 400

/** Smallest share of the article block's prose above its first card: an article with cards under it, not a page of cards. */
const minimumProseAboveCards = 0.4

/** Most short lines over a card's teaser taken for its title (a kicker and a headline). */
const maximumCardHeadings = 2

/**
 * Remove the teaser cards in the article block's second half: a short title, a
 * paragraph of teaser and the link or button that closes the card (`Read
 * more`, `Czytaj więcej`, `Jetzt bestellen`). A page that closes cards
 * in the first half of its prose is a list of them (a hub, a blog's front
 * page), whose cards are its text, and keeps them. A teaser with its link glued on
 * (`… Hintergründe. mehr`) is removed by its rule wherever it stands; its
 * title goes with it.
 */
function markTeaserCards(state: ArticleState): void {
  const region = state.region
  if (!region) return
  const closers: number[] = []
  // A card's closer may stand right under the block: its teaser is the block's last prose.
  for (let at = Math.max(region.start, state.bodyStart); at <= region.end + 1 && at < state.lines.length; at++) {
    const fate = state.lines[at]?.fate
    if (fate?.kind !== 'removed') continue
    if (gluedTeaserRules.has(fate.rule)) removeCardTitle(state, at - 1)
    else if (cardCloseRules.has(fate.rule)) closers.push(at)
  }
  if (closers.length === 0 || proseShareAbove(state, closers[0] ?? 0) < minimumProseAboveCards) return
  for (const at of closers) {
    // A label with a colon (`Mehr lesen:`) announces the link under it, not the text over it.
    if (announces.test(state.lines[at]?.text ?? '')) continue
    const teaser = state.lines[at - 1]
    const fate = teaser?.fate
    if (!teaser || fate?.kind !== 'field' || fate.field !== 'body' || teaser.text.length > maximumTeaserLength) continue
    // A card has a title, or follows the card before it; a paragraph right
    // over `Weiterlesen` is the article cut short by a paywall.
    const above = state.lines[at - 2]?.fate
    if (!isBodyTitle(state, at - 2) && !(above?.kind === 'removed' && cardCloseRules.has(above.rule))) continue
    remove(teaser, 'teaser-card')
    removeCardTitle(state, at - 2)
  }
}

/** Characters of the prose lines from `first` to `last` (both included). */
function proseCharacters(state: ArticleState, first: number, last: number): number {
  let characters = 0
  for (let at = first; at <= last; at++) if (isProse(state, at)) characters += state.lines[at]?.text.length ?? 0
  return characters
}

/** Share of the article block's prose (characters) above a line. */
function proseShareAbove(state: ArticleState, index: number): number {
  const region = state.region
  if (!region) return 0
  const total = proseCharacters(state, region.start, region.end)
  return total === 0 ? 0 : proseCharacters(state, region.start, Math.min(index - 1, region.end)) / total
}

/** Whether the line at `index` is a body line short enough to title a card's teaser: a dozen words at most (`Co zrobić z malin? Z nami Ci się uda!`), where a paragraph has more. */
function isBodyTitle(state: ArticleState, index: number): boolean {
  const line = state.lines[index]
  const fate = line?.fate
  return (
    index >= state.bodyStart &&
    fate?.kind === 'field' &&
    fate.field === 'body' &&
    countWords(line?.text ?? '') <= maximumTrailingHeadingWords
  )
}

/** Remove a card's title: the short body lines going up from `index`, two at most, none that ends with a full stop (a sentence of the article). */
function removeCardTitle(state: ArticleState, index: number): void {
  for (let at = index; at > index - maximumCardHeadings && isBodyTitle(state, at) && !/\.["”’»)]?$/u.test(state.lines[at]?.text ?? ''); at--) {
    const line = state.lines[at]
    if (line) remove(line, 'teaser-card')
  }
}

/** Most headline-shaped lines at the body's end that are taken for a teaser's or a box's title. */
const maximumTrailingHeadings = 2

/** Most words of a line taken for a title at the body's end. */
const maximumTrailingHeadingWords = 12

/**
 * Remove the short lines without sentence punctuation that close the body
 * after its last paragraph (`Best of Test: Die besten Bikes 2022`,
 * `Contact`): a heading heads text under it, so one with nothing of the
 * article under it titles a teaser or a box that the page cut off, or is a
 * link to the next post. A line a trailer rule kept (`(Reporting by …)`)
 * and a writer's sign-off (`Euer Jan`) stay; so does the body when no paragraph stands above.
 */
function dropTrailingHeadings(state: ArticleState): void {
  const lines = state.lines
  const found: number[] = []
  let at = lines.length - 1
  for (; at >= state.bodyStart; at--) {
    const line = lines[at]
    const fate = line?.fate
    if (!line || fate?.kind === 'removed') continue
    if (fate?.field !== 'body') return
    const features = state.features[at]
    if (
      !features ||
      features.kind === 'content' ||
      features.sentence ||
      creditedSentence.test(line.text) ||
      features.words > maximumTrailingHeadingWords ||
      // A price or a figure (`$119.00`) under a product's paragraph is the product card's, not a title.
      !/\p{L}/u.test(line.text) ||
      matchRule(state.presets, 'trailers', line.text) ||
      isSignOff(state, at) ||
      found.length === maximumTrailingHeadings
    ) {
      break
    }
    found.push(at)
  }
  // Only under the article's prose: a body of short lines (a list, a poem) is left whole.
  if (found.length === 0 || !isProse(state, at)) return
  for (const index of found) {
    const line = lines[index]
    if (line) remove(line, 'trailing-heading')
  }
}

/** Rules that remove the buttons a page prints where its article ends. */
const shareRules = new Set(['ui-labels', 'share-row-label', 'share-call', 'share-prompt', 'new-window-button'])

/** Most lines between the article's end and its share buttons that may still be the article's. */
const maximumBeforeShareRow = 24

/** Fewest lines with a number among the lines over a share row that make them the article's facts. */
const minimumFactNumbers = 2

/** Fewest words of a teaser's headline. */
const minimumHeadlineWords = 4

/** Most words of a label over a share row (`Share this entry`, `Diese Seite:`). */
const maximumShareLabelWords = 4

/**
 * Extend the article's end over the short lines between its last
 * paragraph and its share buttons: a page prints its buttons where the
 * article ends, so the facts, dates and prices in between (`Tickets`, `VIP :
 * 60,000₩`, `Inquiry`, a phone number) are the article's, not a menu. Only
 * lines no rule removed stand between, two dozen at most, two of them with a
 * number at least and at most half of them headlines (a list of teasers
 * has no facts); the short labels right over the buttons (`Share this
 * entry`) are the row's.
 */
function shareRowEnd(state: ArticleState, last: number | undefined): number | undefined {
  if (last === undefined) return last
  let end = last
  for (let at = last + 1; at < state.lines.length && at - last <= maximumBeforeShareRow + 1; at++) {
    const fate = state.lines[at]?.fate
    if (!fate) continue
    if (fate.kind === 'removed' && fate.rule === 'duplicate-line') continue
    if (fate.kind !== 'removed' || !shareRules.has(fate.rule)) return last
    end = at - 1
    break
  }
  if (end === last) return last
  // Facts have numbers (dates, prices, a phone number); a list of teasers has headlines.
  let open = 0
  let numbers = 0
  let headlines = 0
  for (let at = last + 1; at <= end; at++) {
    const line = state.lines[at]
    if (!line || line.fate) continue
    open++
    if (/\d/u.test(line.text)) numbers++
    if (state.features[at]?.kind === 'short' && countWords(line.text) >= minimumHeadlineWords && isHeadlineShaped(line.text)) headlines++
  }
  if (numbers < minimumFactNumbers || headlines * 2 > open) return last
  while (end > last) {
    const line = state.lines[end]
    const features = state.features[end]
    if (line && !line.fate && (features?.kind === 'content' || /\d/u.test(line.text) || (features?.words ?? 0) > maximumShareLabelWords)) break
    end--
  }
  return end
}

/** Fewest times a section's closing line is printed inside the article for it to mark sections. */
const minimumSectionMarks = 2

/** Most words of a line that closes each section (`Buy Now`, `Available from Amazon`). */
const maximumMarkWords = 6

/** Most lines of one section that the article's end reaches over: a product box, a recipe or a chapter of jokes, not a page. */
const maximumSectionLines = 250

/**
 * Extend the article's end over the sections after it that close with
 * the same line as the sections inside it: a roundup of products or a
 * recipe collection closes each section with the same buttons or labels
 * (`Available from Amazon`, `Buy Now`). The densest run may stop a section
 * or two short of the last when its boxes are long. A line printed twice or
 * more inside the article, prose between its prints, marks its sections; the
 * article goes on to the next print after its end when that print stands no
 * farther than the longest section inside and no related list, end marker
 * or comment section comes between.
 */
function repeatedSectionsEnd(state: ArticleState, last: number | undefined): number | undefined {
  const region = state.region
  if (last === undefined || !region) return last
  const from = Math.max(region.start, state.bodyStart)
  // Keys and the prose before each line, computed once: marks share their lines.
  const keys: (string | null | undefined)[] = []
  const key = (at: number) => {
    let found = keys[at]
    if (found === undefined) {
      const features = state.features[at]
      const line = state.lines[at]
      found = !line || !features || features.kind === 'content' || features.words === 0 || features.words > maximumMarkWords ? null : line.text.toLowerCase()
      keys[at] = found
    }
    return found ?? undefined
  }
  const proseBefore: number[] = [0]
  for (let at = 0; at < state.lines.length; at++) proseBefore.push((proseBefore[at] ?? 0) + (shape(state, at) ? (state.lines[at]?.text.length ?? 0) : 0))
  const prose = (after: number, before: number) => (proseBefore[before] ?? 0) - (proseBefore[after + 1] ?? 0)
  // Each mark's prints inside the article, and the longest stretch between two prints with prose in it.
  const prints = new Map<string, number[]>()
  for (let at = from; at <= last; at++) {
    const mark = key(at)
    if (mark === undefined) continue
    const list = prints.get(mark) ?? []
    list.push(at)
    prints.set(mark, list)
  }
  // Whether a line ends the article's sections: computed once a line, as marks share their reach.
  const stops: (boolean | undefined)[] = []
  const stopsSections = (at: number, text: string) =>
    (stops[at] ??=
      matchRule(state.presets, 'endMarkers', text) !== undefined ||
      matchRule(state.presets, 'relatedHeaders', text) !== undefined ||
      matchRule(state.presets, 'commentHeaders', text) !== undefined)
  let end = last
  for (const [mark, list] of prints) {
    if (list.length < minimumSectionMarks) continue
    let longest = 0
    let sections = 0
    for (let position = 1; position < list.length; position++) {
      const previous = list[position - 1] ?? 0
      const current = list[position] ?? 0
      if (prose(previous, current) === 0) continue
      sections++
      longest = Math.min(maximumSectionLines, Math.max(longest, current - previous))
    }
    if (sections === 0) continue
    let at = list[list.length - 1] ?? last
    for (;;) {
      let next = -1
      for (let probe = Math.max(at, end) + 1; probe < state.lines.length && probe - at <= longest; probe++) {
        const line = state.lines[probe]
        if (!line) break
        if (stopsSections(probe, line.text)) break
        if (key(probe) === mark) {
          next = probe
          break
        }
      }
      if (next === -1 || prose(at, next) === 0) break
      end = Math.max(end, next)
      at = next
    }
  }
  return end
}

/** A tag list's label alone on its line (`Tags`, `Schlagworte:`), its tags on the next. */
const bareLabel = /^[^:]{1,40}:?$/u

/**
 * Whether a short line holds the tags of the bare tag-list label right
 * above it (`Tags` / `harbour, pier, storms`): the label went as a tag
 * list, and so do its tags.
 */
function isTagValue(state: ArticleState, index: number): boolean {
  const label = state.lines[index - 1]
  const fate = label?.fate
  if (!label || fate?.kind !== 'removed' || fate.rule !== 'tag-list' || !bareLabel.test(label.text)) return false
  // The label is one the rule names, not a tag this test removed.
  return state.features[index]?.kind === 'short' && matchRule(state.presets, 'remove', label.text)?.rule.id === 'tag-list'
}

/** Fewest lines of a gap of furniture that may close the article: a subheading or two stand between paragraphs. */
const minimumGapLines = 3

/** Fewest lines of a gap that a rule removed (share buttons, an ad label, a newsletter box) for the gap to be furniture rather than subheadings. */
const minimumGapRemovals = 1

/** Largest share of the block's prose that may stand after a closing gap: a bio, an appeal, a teaser, not the article's second half. */
const maximumAfterGapShare = 0.3

/** Most prose lines after a closing gap: a biography, an appeal, a teaser or two are a few paragraphs. */
const maximumAfterGapLines = 5

/** Fewest lines a rule removed that make a wide gap: a share row, a newsletter box and a comment form under the article. */
const minimumWideGapRemovals = 3

/** Largest share of the block's prose that may stand after a wide gap, however many paragraphs it has (comments, teasers, a site's blurbs). */
const maximumAfterWideGapShare = 0.4

/** Fewest lines of a long gap without prose (a menu, a footer, a box of links), which closes the article however many paragraphs follow. */
const minimumLongGapLines = 6

/** Whether a line is the article's prose: long text that no rule removed. */
function isProse(state: ArticleState, index: number): boolean {
  return state.features[index]?.kind === 'content' && state.lines[index]?.fate?.kind !== 'removed'
}

/**
 * The last line of the article: the article block's last line, unless a
 * gap of furniture (at least three lines without prose, one of them a line a
 * rule removed: a share row, an ad label, a sign-up box) stands in the
 * block's tail with only a little prose after it (under a third of the
 * block's prose, five paragraphs at most; under two fifths, however many
 * paragraphs, after a wide gap of three removed lines or more; under a
 * third after a long gap of six lines or more; or a list
 * of teasers). The densest run of prose
 * reaches past such a gap when an author's biography, a support appeal or a
 * teaser's summary follows; a page prints its buttons where the article
 * ends. Lines a rule removed as duplicates do not count: captions and pull
 * quotes are printed twice inside an article. Without such a gap, the
 * short closing sentences right under the block (`Good luck!`) are the
 * article's last lines, as they are above a gap.
 */
function articleEnd(state: ArticleState): number | undefined {
  const region = state.region
  if (!region) return undefined
  const from = Math.max(region.start, state.bodyStart)
  let total = 0
  let totalLines = 0
  for (let at = from; at <= region.end; at++) {
    if (!isProse(state, at)) continue
    total += state.lines[at]?.text.length ?? 0
    totalLines++
  }
  let before = 0
  let beforeLines = 0
  let gapStart = -1
  let gapRemovals = 0
  let gapRelated = false
  for (let at = from; at <= region.end; at++) {
    if (isProse(state, at)) {
      const gapLines = at - gapStart
      if (
        gapStart !== -1 &&
        before > 0 &&
        gapLines >= minimumGapLines &&
        gapRemovals >= minimumGapRemovals &&
        ((total - before <= maximumAfterGapShare * total && totalLines - beforeLines <= maximumAfterGapLines) ||
          (gapRemovals >= minimumWideGapRemovals && total - before <= maximumAfterWideGapShare * total) ||
          (gapLines >= minimumLongGapLines && total - before <= maximumAfterGapShare * total) ||
          teaserListFollows(state, from, at, region.end, gapRelated))
      ) {
        return signOffEnd(state, closingSentencesEnd(state, gapStart))
      }
      before += state.lines[at]?.text.length ?? 0
      beforeLines++
      gapStart = -1
      gapRemovals = 0
      gapRelated = false
      continue
    }
    if (gapStart === -1) gapStart = at
    const line = state.lines[at]
    const fate = line?.fate
    if (fate?.kind === 'removed' && fate.rule !== 'duplicate-line') {
      gapRemovals++
      if (!gapRelated && line && matchRule(state.presets, 'relatedHeaders', line.text)) gapRelated = true
    }
  }
  return signOffEnd(state, closingSentencesEnd(state, region.end + 1))
}

/** Fewest teasers (a headline, then one paragraph) that make a list of teasers. */
const minimumTeasers = 3

/** Largest share of the article's prose lines that may stand alone between short lines before a list of teasers. */
const maximumLoneProseBefore = 0.5

/** Longest mean summary of a teaser, in characters: a sentence or two. */
const maximumSummaryLength = 250

/** Largest mean summary of a teaser against the mean paragraph of the article above it: summaries are shorter. */
const maximumSummaryShare = 0.6

/** Smallest share of prose lines that stand alone between short lines in a list of teasers. */
const minimumLoneProseAfter = 0.75

/**
 * Whether the block's lines from `start` to `end` are a list of teasers of
 * other articles, when the article's prose from `from` on is not written
 * that way: each teaser is a headline (a short line or two) and a single
 * paragraph of summary, so nearly every prose line stands alone between
 * short lines, while an article's paragraphs follow one another; and the
 * summaries are short, a sentence or two, shorter than the article's
 * paragraphs (a roundup of products or a section per paragraph is not).
 * When the gap above holds a related list's header (`Read these next`),
 * the page has said what follows, and the summaries may be as long as the
 * article's paragraphs. Lines a rule removed are looked past.
 */
function teaserListFollows(state: ArticleState, from: number, start: number, end: number, announced: boolean): boolean {
  // Under a related header, a share row between two teasers parts them as a headline would.
  const after = loneProse(state, start, end, announced)
  if (after.lone < minimumTeasers || after.lone < minimumLoneProseAfter * after.prose) return false
  const before = loneProse(state, from, start - 1)
  if (before.lone > maximumLoneProseBefore * before.prose) return false
  if (announced) return true
  const summary = after.characters / after.prose
  return (
    summary <= maximumSummaryLength &&
    summary <= maximumSummaryShare * (before.characters / Math.max(1, before.prose))
  )
}

/** Prose lines between `from` and `to`, and those of them with a short line (no prose) on each side; lines a rule removed are looked past, or count as short lines with `removedParts`. */
function loneProse(state: ArticleState, from: number, to: number, removedParts = false): {prose: number; lone: number; characters: number} {
  let prose = 0
  let characters = 0
  let lone = 0
  let previous: boolean | undefined
  let current: boolean | undefined
  const count = (next: boolean | undefined) => {
    if (current === true) {
      prose++
      if (previous === false && next !== true) lone++
    }
  }
  for (let at = from; at <= to; at++) {
    if (!removedParts && state.lines[at]?.fate?.kind === 'removed') continue
    const kind = isProse(state, at)
    if (kind) characters += state.lines[at]?.text.length ?? 0
    count(kind)
    previous = current
    current = kind
  }
  count(undefined)
  return {prose, lone, characters}
}

/** A sentence with a credit in brackets after its end (`… zu Ende. (dpa)`, `…城！（评论员 …）`). */
const creditedSentence = /[.!?。！？]["'”’»」]?\s*[(（][^()（）]{1,60}[)）]$/u

/** Most short sentences that may close an article before the furniture under it. */
const maximumClosingLines = 2

/** Fewest words of a closing sentence: a lone `Danke!` is a button as often as not. */
const minimumClosingWords = 2

/** An embedded post's attribution: a name, its handle in brackets, a date (`— Jane Doe (@jane) May 2, 2020`). */
const embedAttribution = /^[—–-]\s.*\(@[\p{L}\p{N}_.]+\).*\d{4}$/u

/** Longest such attribution. */
const maximumAttributionLength = 120

/** Most words of a writer's sign-off (`Liebe Grüße, eure Jane`). */
const maximumSignOffWords = 5

/**
 * Extend the article's end over the writer's sign-off right under its
 * last line: a few words that open with a sign-off word (`Euer Jan`,
 * `Cheers, Jane`, `Liebe Grüße`, language data) or that sign for the
 * newsroom after a comma (`Jane Doe, die Redaktion`); so does the
 * attribution of a post the last paragraph quotes (`— Jane Doe (@jane)
 * May 2, 2020`). A question is a prompt, a team name alone is a menu's link.
 */
function signOffEnd(state: ArticleState, last: number): number {
  const line = state.lines[last + 1]
  if (!line || line.fate) return last
  return isSignOff(state, last + 1) ? last + 1 : last
}

/** Whether the line at `index` is a writer's sign-off or a quoted post's attribution (see `signOffEnd`). */
function isSignOff(state: ArticleState, index: number): boolean {
  const line = state.lines[index]
  if (!line || state.features[index]?.kind === 'content' || /\?\s*$/u.test(line.text)) return false
  if (embedAttribution.test(line.text) && line.text.length <= maximumAttributionLength) return true
  const words = line.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0 || words.length > maximumSignOffWords) return false
  const first = words[0] ?? ''
  const signed = allSignOffWords.has(first) || words.slice(0, 2).some((word) => allSignOffWords.has(word) && first !== word && /^\p{L}+$/u.test(first))
  const comma = line.text.lastIndexOf(',')
  const team = comma > 0 && allTeamNames.has(line.text.slice(comma + 1).trim().toLowerCase().split(/\s+/u).pop() ?? '')
  return signed || team
}

/**
 * The article's last line when a gap of furniture starts at `gapStart`:
 * the line above the gap, or the short sentences that open the gap (`Viel
 * Glück!`, `Thanks for the interview!`): lines no rule removed that end
 * like a sentence close the article, a name, a menu item or a question
 * does not. A credit in brackets after the sentence's end (`… (dpa)`,
 * `…！（评论员 …）`) does not make it less of a sentence.
 */
function closingSentencesEnd(state: ArticleState, gapStart: number): number {
  let end = gapStart - 1
  for (let at = gapStart; at < gapStart + maximumClosingLines; at++) {
    const features = state.features[at]
    const line = state.lines[at]
    // A question under the article asks the reader (`Want more?`) or heads a teaser.
    if (!line || line.fate || !(features?.sentence || creditedSentence.test(line.text)) || (features?.words ?? 0) < minimumClosingWords || /\?\s*$/u.test(line.text)) break
    end = at
  }
  return end
}

/**
 * Extend the article's end over a trailer right after its last paragraph
 * (`Reporting by …; Editing by …`): a short line, but the article's.
 */
function trailerEnd(state: ArticleState, last: number | undefined): number | undefined {
  if (last === undefined) return last
  const line = state.lines[last + 1]
  return line && !line.fate && matchRule(state.presets, 'trailers', line.text) ? last + 1 : last
}

/** Fewest entries of a list written to one template that extends the article. */
const minimumTemplateEntries = 4


/**
 * Extend the article's end over a list whose entries follow one template
 * (tour dates `June 9 – City, ST @ Venue`, results `Team (Group A): 10th
 * appearance`), right after the last paragraph or under a short title: at
 * least four short lines whose shapes start alike with a number or a sign in
 * it. A menu's entries are words alone; a list of data has a form.
 */
function templateListEnd(state: ArticleState, last: number | undefined): number | undefined {
  if (last === undefined) return last
  for (const start of [last + 1, last + 2]) {
    const first = state.lines[start]
    if (!first || first.fate) continue
    const key = templateStart(first.text, templatePrefix)
    if (key.length < templatePrefix || /^a*$/u.test(key)) continue
    let end = start
    while (end + 1 < state.lines.length) {
      const next = state.lines[end + 1]
      if (!next || next.fate || state.features[end + 1]?.kind === 'content' || templateStart(next.text, key.length) !== key) break
      end++
    }
    if (end - start + 1 >= minimumTemplateEntries && state.features[start]?.kind !== 'content') {
      const label = state.lines[last + 1]
      if (start === last + 2 && (!label || label.fate || state.features[last + 1]?.kind === 'content')) continue
      return end
    }
  }
  return last
}

/** Fewest lines of a list of facts (`Colour: green`) that extends the article. */
const minimumFacts = 3

/** Most words of a fact's label. */
const maximumFactLabelWords = 3

/** Most words of a fact's value. */
const maximumFactValueWords = 8

/** A value that is data: it has a number, or starts with a lowercase word (`grün`); a link's title (`Star Trek: Discovery`) has neither. */
const dataValue = /\p{N}|^\p{Ll}/u

/** A fact: a short label, a colon, a value. */
const factLine = /^([^:]{1,40}):\s+(\S.*)$/u

/** Whether a line is a fact (`Farbe: grün`, `Ort: Kasberg`): a label of a few words and a short value. */
function isFact(state: ArticleState, index: number): boolean {
  const line = state.lines[index]
  if (!line || line.fate || state.features[index]?.kind === 'content') return false
  const match = factLine.exec(line.text)
  if (!match) return false
  const labelWords = countWords(match[1] ?? '')
  return labelWords >= 1 && labelWords <= maximumFactLabelWords && countWords(match[2] ?? '') <= maximumFactValueWords
}

/**
 * Extend the article's end over a list of facts right under its last
 * paragraph: three short lines or more, each a label of a few words, a
 * colon and a short value (a product's data, an offer's dates, an event's
 * time and place), most values data. Such lines read as a menu's run of
 * short lines; a list of links whose titles have a colon
 * (`Podcast: The Harbour Hour`) has titles for values.
 */
function factListEnd(state: ArticleState, last: number | undefined): number | undefined {
  if (last === undefined) return last
  let end = last
  let data = 0
  while (isFact(state, end + 1)) {
    end++
    const value = factLine.exec(state.lines[end]?.text ?? '')?.[2] ?? ''
    if (dataValue.test(value)) data++
  }
  return end - last >= minimumFacts && data * 2 > end - last ? end : last
}

/** Most lines of a list that a colon announces after the article's last paragraph. */
const maximumAnnouncedList = 60

/** Most words of a label that announces a list (`Aus dem Inhalt:`, `Ingredients:`). */
const maximumListLabelWords = 8

/** A line that announces what follows: it ends with a colon. */
const announces = /:\s*$/u

/**
 * Extend the article's end over a list that its last paragraph announces:
 * a paragraph ending with a colon (`Read about:`), or a short label with a
 * colon right after it (`Aus dem Inhalt:`), is followed by the article's
 * own list (programme points, ingredients, tour dates, a table), short lines
 * that would otherwise read as a menu. The list is the run of short lines
 * (table rows included) that no rule claimed; it ends at the first line a
 * rule removed or at prose.
 */
function announcedListEnd(state: ArticleState, last: number | undefined): number | undefined {
  if (last === undefined) return last
  const lines = state.lines
  let end = last
  // The article's last line that no rule removed.
  let at = last
  while (at >= 0 && lines[at]?.fate?.kind === 'removed') at--
  const closing = lines[at]
  let start: number | undefined
  if (closing && announces.test(closing.text)) start = last + 1
  else {
    const label = lines[last + 1]
    const features = state.features[last + 1]
    if (label && !label.fate && features && features.words <= maximumListLabelWords && announces.test(label.text)) start = last + 2
  }
  if (start === undefined) return last
  if (start === last + 2) end = last + 1
  for (let index = start; index < lines.length && index - start < maximumAnnouncedList; index++) {
    const line = lines[index]
    if (!line || line.fate || state.features[index]?.kind === 'content') break
    end = index
  }
  return end
}

/** Fewest words of a repeated line kept inside the article: one-word repeats are buttons and credits (`Report`, `GETTY`). */
const minimumRepeatedWords = 2

/**
 * Keep a repeated line that stands inside the article's body: an interview
 * asks each guest the same questions, a meal plan or a recipe collection
 * prints the same labels in every section. Such a line repeats a line the
 * body kept, with body between the two, and the body goes on on both sides
 * of it; a caption, teaser or button printed twice stands apart from the
 * body or next to its first print. Dates are left out: a teaser list
 * repeats them. A paragraph of prose inside the body whose first print is
 * in no field (a product box or a teaser above the headline quoted it) is
 * kept too: else the article loses it.
 */
function keepRepeatedSectionLines(state: ArticleState): void {
  const region = state.region
  if (!region) return
  const lines = state.lines
  const isBody = (at: number) => {
    const fate = lines[at]?.fate
    return fate?.kind === 'field' && fate.field === 'body'
  }
  const isRepeat = (at: number) => {
    const fate = lines[at]?.fate
    return fate?.kind === 'removed' && fate.rule === 'duplicate-line'
  }
  // The nearest line after each line that is not a repeat, body or not: one pass from the end.
  const nextBody: boolean[] = []
  let following = false
  for (let at = lines.length - 1; at >= 0; at--) {
    nextBody[at] = following
    if (!isRepeat(at)) following = isBody(at)
  }
  let previousBody = false
  let lastBody = -1
  for (let at = Math.max(region.start, state.bodyStart); at <= region.end; at++) {
    const line = lines[at]
    if (!line) continue
    if (!isRepeat(at)) {
      previousBody = isBody(at)
      if (previousBody) lastBody = at
      continue
    }
    const original = line.repeats
    if (
      original === undefined ||
      original < region.start ||
      !isBody(original) ||
      lastBody <= original ||
      !previousBody ||
      !nextBody[at] ||
      countWords(line.text) < minimumRepeatedWords ||
      isDatingLine(line.text)
    ) {
      if (original !== undefined && lines[original]?.fate?.kind !== 'field' && state.features[at]?.kind === 'content' && previousBody && nextBody[at]) keep(line, 'body')
      continue
    }
    keep(line, 'body')
  }
}

/** Most prose lines above an end marker that do not make an article yet (a standfirst, a disclaimer). */
const maximumProseBeforeStart = 2

/**
 * Whether an end marker stands where the article has not started: at most
 * a standfirst of the article block's prose above it, and twice as much below.
 * Comment sections follow many paragraphs; a comment counter or widget
 * label stands under the headline.
 */
function articleNotStarted(state: ArticleState, index: number): boolean {
  const region = state.region
  if (!region) return false
  let above = 0
  let below = 0
  for (let at = region.start; at <= region.end; at++) {
    const line = state.lines[at]
    if (!line || state.features[at]?.kind !== 'content' || line.fate?.kind === 'removed') continue
    if (at < index) above++
    else if (at > index) below++
  }
  return above <= maximumProseBeforeStart && below >= 2 * above && below > 0
}

/** Fewest prose lines of an article block whose last paragraphs may be an author's biography. */
const minimumProseForBiography = 3

/** Fewest and most capitalised words of a name that opens a biography. */
const minimumNameWords = 2
const maximumNameWords = 4

/**
 * A name (one to four capitalised words, with hyphens, apostrophes and
 * initials) and the word after it. Words are runs without spaces and the
 * repetition is bounded, so matching cannot backtrack catastrophically.
 */
const nameAndVerb = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s){1,4}(\p{Ll}+)\s/u

/**
 * Whether a paragraph opens like an author's biography: a name of two to
 * four capitalised words that are not stop words (`Das Werk`, `So it`
 * are sentences, and German capitalises its nouns), then a present-tense
 * biography verb (`Jane Doe is a reporter …`). Articles tell of people
 * the same way, so only the article's last paragraphs are read.
 */
function opensBiography(text: string): boolean {
  const match = nameAndVerb.exec(text)
  if (!match || !allBiographyVerbs.has(match[1] ?? '')) return false
  const name = match[0].trim().split(' ').slice(0, -1)
  if (name.length < minimumNameWords || name.length > maximumNameWords) return false
  return name.every((word) => !allStopWords.has(word.toLowerCase()))
}

/**
 * Remove the author's biography that closes an article block: its last
 * prose paragraphs, going up, while they open with a name and a biography
 * verb, provided the block has more prose than that.
 */
function markAuthorBiography(state: ArticleState): void {
  const region = state.region
  if (!region) return
  const prose: number[] = []
  for (let at = Math.max(region.start, state.bodyStart); at <= region.end; at++) {
    if (!state.lines[at]?.fate && state.features[at]?.kind === 'content') prose.push(at)
  }
  if (prose.length < minimumProseForBiography) return
  for (let position = prose.length - 1; position >= 1; position--) {
    const line = state.lines[prose[position] ?? -1]
    if (!line || !opensBiography(line.text)) break
    remove(line, 'author-biography')
  }
}

/** Most paragraphs of a biography in an author box. */
const maximumBoxParagraphs = 2

/**
 * Remove the biography of each author box that a link closes (`View all
 * posts by X`): going up from the link, at most two paragraphs and the short
 * line above them (the author's name, `About X`), stopping at a line an
 * earlier stage claimed. The link itself ends the body where it stands.
 */
function markAuthorBoxes(state: ArticleState): void {
  for (let index = state.bodyStart; index < state.lines.length; index++) {
    const link = state.lines[index]
    if (!link || link.fate || !matchRule(state.presets, 'authorLinks', link.text)) continue
    let paragraphs = 0
    for (let at = index - 1; at >= state.bodyStart; at--) {
      const line = state.lines[at]
      if (!line) break
      // A paragraph that opens like a biography is removed already.
      const taken = line.fate?.kind === 'removed' && line.fate.rule === 'author-biography'
      if (line.fate && !taken) break
      if (taken || state.features[at]?.kind === 'content') {
        if (paragraphs === maximumBoxParagraphs) break
        paragraphs++
        if (!taken) remove(line, 'author-biography')
        continue
      }
      // The author's name or the box's title closes the box at the top.
      if (paragraphs > 0) remove(line, 'author-biography')
      break
    }
  }
}

/** Fewest related headlines under a header that make a list rather than a boxed link. */
const minimumRelatedList = 2

/** Most removed lines looked past for the headlines of a related list: furniture between a header and its list is a few lines, and a bound keeps a page of removed lines linear. */
const relatedListReach = 32

/** Whether the lines after a line are a related list of at least two headlines (furniture between them skipped). */
function relatedListFollows(state: ArticleState, index: number): boolean {
  let count = 0
  const end = Math.min(state.lines.length, index + 1 + relatedListReach)
  for (let at = index + 1; at < end && count < minimumRelatedList; at++) {
    const fate = state.lines[at]?.fate
    if (fate?.kind === 'field' && fate.field === 'related') count++
    else if (fate?.kind !== 'removed') break
  }
  return count >= minimumRelatedList
}

/** Largest share of the article block's prose below a line that makes it the block's tail. */
const maximumTailShare = 0.25

/**
 * Whether a line stands in the tail of the article block: after some of
 * its prose, with at most a quarter of the prose below it.
 */
function inTail(state: ArticleState, index: number): boolean {
  const region = state.region
  if (!region || index < region.start || index > region.end) return false
  let above = 0
  let below = 0
  for (let at = region.start; at <= region.end; at++) {
    const line = state.lines[at]
    if (!line || state.features[at]?.kind !== 'content' || line.fate?.kind === 'removed') continue
    if (at < index) above += line.text.length
    else if (at > index) below += line.text.length
  }
  return above > 0 && below <= maximumTailShare * (above + below)
}

/** Fewest comment headers that make a comment section. */
const minimumComments = 2

/**
 * The first comment header inside or after the article block, when the
 * text has at least two of them there: one alone may introduce a quote.
 */
function commentStart(state: ArticleState): {index: number; rule: string} | undefined {
  const from = state.region?.start ?? state.bodyStart
  let first: {index: number; rule: string} | undefined
  let count = 0
  for (let index = Math.max(from, state.bodyStart); index < state.lines.length; index++) {
    const line = state.lines[index]
    if (!line || line.fate?.kind === 'field') continue
    const match = matchRule(state.presets, 'commentHeaders', line.text)
    if (!match) continue
    count++
    first ??= {index, rule: match.rule.id}
    if (count >= minimumComments) return first
  }
  return undefined
}

/** Most lines from one dated line to the next that make one entry of a list (a teaser, a comment). */
const maximumEntryLines = 12

/** Fewest lines from one entry's marker to the next (the marker and at least one line of the entry). */
const minimumEntryLines = 2

/** Most characters of prose in one entry marked by a repeated label. */
const maximumEntryProse = 600

/** Fewest times a short label must be printed to mark entries (`Reply`, `Rating: 12 Votes`, `Read more`). */
const minimumLabelRepeats = 3

/** Most words of a label that marks entries. */
const maximumLabelWords = 6

/** How a button or counter label begins: a capital letter or a number. */
const labelStart = /^[\p{Lu}\p{N}]/u

/** A label with its numbers blanked, lowercased: `Rating: 36 Votes` and `Rating: 7 Votes` are one label. */
function labelKey(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, '0')
}

/**
 * The labels (short lines, numbers blanked) printed at least three times
 * from `from` on, with the index of their last line: buttons and counters
 * that every entry of a list repeats.
 */
function repeatedLabels(state: ArticleState, from: number): Map<string, number> {
  const counts = new Map<string, number>()
  const repeated = new Map<string, number>()
  // The last number of each label while its numbers count up, NaN once they do not.
  const sequence = new Map<string, number>()
  for (let index = from; index < state.lines.length; index++) {
    const line = state.lines[index]
    const features = state.features[index]
    if (!line || !features || features.kind === 'content' || features.words > maximumLabelWords || features.words === 0) continue
    // Buttons and counters are capitalised (`Reply`, `12 Likes`); terms
    // of a diagram (`enqueued`), footnotes (`^ Smith 2007, p. 4.`) and
    // picture credits repeat in articles too.
    if (!labelStart.test(line.text) || matchRule(state.presets, 'credits', line.text)) continue
    const key = labelKey(line.text)
    const count = (counts.get(key) ?? 0) + 1
    counts.set(key, count)
    // Numbers that count up (`Step 1`, `Step 2`, `Step 3`) head the
    // article's own sections; counters of a list vary at random.
    const number = firstNumber(line.text)
    const counting = number !== undefined && (count === 1 || number === (sequence.get(key) ?? Number.NaN) + 1)
    sequence.set(key, counting ? number : Number.NaN)
    if (count >= minimumLabelRepeats && !counting) repeated.set(key, index)
  }
  return repeated
}

/** The first number of a line, if it has one. */
function firstNumber(text: string): number | undefined {
  const match = /\d+/u.exec(text)
  return match ? Number(match[0]) : undefined
}

/** Characters of prose strictly between two lines. */
function proseBetween(state: ArticleState, from: number, to: number): number {
  let total = 0
  for (let index = from + 1; index < to; index++) {
    if (shape(state, index)) total += state.lines[index]?.text.length ?? 0
  }
  return total
}

/** Largest share of the article block's prose that a dated list at its end may hold. */
const maximumListShare = 0.5

/**
 * Whether a line only dates something: a date line (`November 19, 2019`,
 * `Published 18 November 2019`) or a relative time (`2 days ago at 07:52
 * am`, `vor 3 Stunden`). A time of day alone (`10:32`) is left out: live
 * blogs head their entries with one.
 */
function isDatingLine(text: string): boolean {
  if (parseDateLine(text) !== undefined) return true
  return isTimeLine(text) && !/^\W*\d{1,2}[:.h]\d{2}/u.test(text)
}

/** What a line looks like, for comparing entries: prose or not. */
function shape(state: ArticleState, index: number): boolean {
  return state.features[index]?.kind === 'content' && state.lines[index]?.fate?.kind !== 'removed'
}

/** A footnote's link back to where the text cites it, at the note's end. */
const footnoteBackLink = /\u21a9\ufe0e?\s*$/u

/**
 * Where a dated list begins in the article block's tail: teasers of other
 * articles (headline, author, date, summary) and reader comments (name,
 * time, text, rating) print a date in every entry, and the article is
 * over where such entries begin. Two dated lines close together after the
 * article's prose make a list, provided the list holds less than half of
 * the block's prose (a live blog or a chronicle is all entries). The list
 * begins at its first entry: from the first dated line, back over the
 * lines that the next entry repeats line for line (prose against prose,
 * short against short), as far as the last short line among them (an entry
 * opens with a headline or a name, not with prose).
 */
function datedListStart(state: ArticleState): number | undefined {
  const region = state.region
  if (!region) return undefined
  const from = Math.max(region.start, state.bodyStart)
  const labels = repeatedLabels(state, from)
  const last = new Map<string, number>()
  let first: number | undefined
  let second: number | undefined
  let marker = ''
  for (let index = from; index <= region.end && second === undefined; index++) {
    const line = state.lines[index]
    // A table of dates (releases, fixtures) is the article's data; so are
    // its footnotes, which link back to the text (`Hahn, 1991, S. 169 ↩`).
    if (!line || line.fate?.kind === 'field' || isTableRow(state, line) || footnoteBackLink.test(line.text)) continue
    // Without repeated labels only dating lines count: the other lines
    // (paragraphs among them) are not lowercased into a key to look up.
    const label = isDatingLine(line.text) ? '' : labels.size === 0 ? undefined : labelKey(line.text)
    const key = label === '' || (label !== undefined && labels.has(label)) ? label : undefined
    if (key === undefined) continue
    const previous = last.get(key)
    last.set(key, index)
    if (previous === undefined || index - previous < minimumEntryLines || index - previous > maximumEntryLines) continue
    // Between two labels stands one entry: a teaser or a comment, a few
    // sentences; sections of an article between two ads are longer.
    if (key !== '' && proseBetween(state, previous, index) > maximumEntryProse) continue
    // A list of entries in the middle of an article (product boxes,
    // footnotes) is not its tail: a labelled list runs to the block's end.
    if (key !== '' && region.end - (labels.get(key) ?? index) > maximumEntryLines) continue
    first = previous
    second = index
    marker = key
  }
  if (first === undefined || second === undefined) return undefined
  let start = first
  for (let back = 1; back < second - first && first - back > from; back++) {
    if (shape(state, first - back) !== shape(state, second - back)) break
    if (!shape(state, first - back)) start = first - back
  }
  let before = 0
  let after = 0
  for (let index = from; index <= region.end; index++) {
    const line = state.lines[index]
    if (!line || !shape(state, index)) continue
    if (index < start) before += line.text.length
    else after += line.text.length
  }
  return before > 0 && (after <= maximumListShare * (before + after) || regularEntries(state, first, second - first, region.end, marker))
    ? start
    : undefined
}

/** Fewest lines of an entry written to a template (a headline, a name or a date, a summary). */
const minimumTemplateEntryLines = 3

/** Fewest entries in a row, each the same shape, that make a list of teasers however long. */
const minimumRegularEntries = 4

/**
 * Whether the entries from `first` on are written to one template: each
 * `period` lines long, dated at the same place (`marker` is empty when the
 * entries are found by their dates), with one paragraph at most
 * (teasers of other articles: headline, author, date, summary); the entries
 * of a live blog or a chronicle are as long as their news.
 */
function regularEntries(state: ArticleState, first: number, period: number, end: number, marker: string): boolean {
  // A roundup of products repeats its labels (`See it now: Shop`) in every
  // section; only a date in every entry tells teasers.
  if (marker !== '' || period < minimumTemplateEntryLines) return false
  let entries = 1
  for (let entry = first + period; entry + period - 1 <= end && entries < minimumRegularEntries; entry += period) {
    if (!isDatingLine(state.lines[entry]?.text ?? '')) return false
    let prose = 0
    for (let offset = 1; offset < period; offset++) if (shape(state, entry + offset)) prose++
    if (prose > 1) return false
    entries++
  }
  return entries >= minimumRegularEntries
}
