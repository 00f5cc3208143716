import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ArticleLine, ArticleState} from './article-state.js'
import {characterClass, letterClass} from '../character-class.js'
import {collapseWhitespace} from '../text.js'
import {getArticleState, keep, matchRule, remove} from './article-state.js'
import {findDate, isDateLineWord, isTimeLine, parseDateLine} from './date-line.js'
import {metaFurniture, newsAgencies, notNameWords, roleWords} from './header-data.js'
import {allBiographyVerbs, allCreditNouns, allGivenNames, allJobTitles, allNameConjunctions, allOfficeTitles, allProfileLinkEndings, allProfileLinks, allWritingRoles, allSectionWords, allStopWords, allTeamNames} from './language-data.js'
import {headlineText, isHeadlineShaped, maximumHeadlineLength, maximumHeadlineWords} from './headline-shape.js'
import {outsideRule} from './remark-article-region.js'
import {beyondReach, headlineContinuation, headlineWithoutKicker} from './find-headline.js'
import {allBylineLabels, bylineLabel, cleanName, isAgencyCredit, labelAlternation, isLoneName, isNameList, labelInLine, maximumMetaLength, maximumNameWords, metaLineName, nameParticles, unglueLabels, withoutRole} from './byline.js'

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
      let first = hinted ?? nextOpen(lines, 0)
      // A region may open with the byline under a headline it left out.
      const opening = hinted === undefined && first ? bylineRule(state, first.text) : undefined
      if (opening && first) {
        takeByline(state, first, ruleName(opening, first.text))
        first = nextOpen(lines, first.index + 1)
      } else if (first && first === nextOpen(lines, 0) && openingSignature(state, first)) {
        takeByline(state, first, first.text.trim())
        first = nextOpen(lines, first.index + 1)
      }
      // Its date line under it (`9/11/13 10:00AM`) is the date, no headline.
      const dated = opening !== undefined || state.byline !== undefined ? parseDateLine(first?.text ?? '') : undefined
      if (first && dated) {
        takeDate(state, first, dated)
        first = nextOpen(lines, first.index + 1)
      }
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
        // A region may start below the headline: its first lines still
        // hold the byline and the date.
        state.bodyStart = first.index
        claimEarlyHeaderLines(state)
        if (state.byline === undefined) findClosingByline(state)
        if (state.byline === undefined) findLabelledByline(state)
        if (state.byline === undefined) findSignOff(state)
        if (state.date === undefined) findDateNear(state, first.index)
        return undefined
      }
      // A headline broken after its colon goes on on the next line.
      const rest = lines[headlineContinuation(state, first.index) ?? -1]
      keep(first, 'title')
      // A kicker glued before the headline goes when the page prints the headline without it.
      state.title = headlineText(headlineWithoutKicker(state, first.index) ?? first.text)
      state.titleIndex = first.index
      index = first.index + 1
      if (rest) {
        keep(rest, 'title')
        state.title = headlineText(`${first.text} ${rest.text}`)
        index = rest.index + 1
      }
    }

    // Measured before the header block takes its lines.
    const region = state.region
    const far = region !== undefined && state.titleIndex !== undefined && beyondReach(state, state.titleIndex, region.start)
    const limit = Math.min(lines.length, index + headerReach)
    let opening: number | undefined
    for (; index < limit; index++) {
      const line = lines[index]
      if (!line) break
      if (line.fate) {
        // A meta line with a picture credit (`Jane Doe / 22.04.2020 / Foto: …`) went as a caption's credit.
        if (state.byline === undefined && line.fate.kind === 'removed' && isCreditRule(line.fate.rule)) metaByline(state, line)
        continue
      }
      if (headerLine(state, line)) continue
      // Above the article block, short lines are page furniture (share
      // rows, kickers, reading times): skip them, the header goes on. A
      // short sentence there (`Here's our year in review!`) opens the
      // article, when the headline is in reach.
      if (state.region && index < state.region.start && state.features[index]?.kind === 'short') {
        // Under a headline far from the block, only the start of a
        // sentence that the prose right under it goes on with is the
        // article's (`Der Wettbewerb für Kinder` / `findet in 2020 …`).
        if (far ? isOpeningSentence(state, index) && continuesBelow(state, index) : isOpeningSentence(state, index)) {
          opening ??= index
          continue
        }
        remove(line, outsideRule(state, index))
        continue
      }
      break
    }
    state.bodyStart = Math.min(opening ?? index, index)
    // Under a headline far above the article block, what stands between is
    // the page's furniture (prices, facts, menus), as it would be under a
    // headline in reach; but the prose right under the header, before any
    // furniture, is the article's opening, cut from the block by a table of
    // contents or a box.
    if (far && region) {
      // So is a short sentence right over the block (`When I woke up,
      // there was nothing.`), under the furniture: the block's first line.
      let firstSentence = region.start
      for (let at = region.start - 1; at >= index; at--) {
        const line = lines[at]
        if (!line || line.fate) continue
        if (state.features[at]?.kind !== 'short' || !isOpeningSentence(state, at)) break
        firstSentence = at
      }
      let opening = true
      for (let at = index; at < firstSentence; at++) {
        const line = lines[at]
        if (!line || line.fate) continue
        if (opening && state.features[at]?.kind === 'content') continue
        opening = false
        remove(line, outsideRule(state, at))
      }
    }
    claimEarlyHeaderLines(state)
    if (state.byline === undefined && state.titleIndex !== undefined) findBylineNear(state, state.titleIndex)
    // A headline far from the article block may be a teaser's: the
    // article's header then stands around the block's start.
    if (state.byline === undefined && far && region) findBylineNear(state, region.start)
    // A headline the page printed twice (a sticky header, a teaser over the
    // article) may carry the article's header at its first copy.
    const firstCopy = state.titleIndex === undefined ? undefined : lines[state.titleIndex]?.repeats
    if (state.byline === undefined && firstCopy !== undefined) findBylineNear(state, firstCopy, true)
    if (state.byline === undefined) findEndMarkerByline(state)
    if (state.byline === undefined) findClosingByline(state)
    if (state.byline === undefined) findLabelledByline(state)
    if (state.byline === undefined) findDatedNameInRegion(state)
    if (state.byline === undefined) findSignOff(state)
    if (state.byline === undefined) findAgencySignOff(state)
    if (state.byline === undefined) findCopyrightHolder(state)
    preferWrittenName(state)
    withoutSiteName(state)
    if (state.date === undefined) findDateNear(state)
    return undefined
  }
}

/**
 * A byline that runs on into the site's name (`von Jane Doe Harbour
 * Gazette International`), where the page prints that name as a line of
 * its own (its logo, its footer): the name ends before it.
 */
function withoutSiteName(state: ArticleState): void {
  const words = state.byline?.split(' ') ?? []
  if (words.length < 3 || state.titleIndex === undefined) return
  // Only where the name runs on without a separator: after a comma or a
  // conjunction comes a co-author (`Jane Doe und John Roe`), whose name an
  // author box prints alone too; a co-author opens with a given name.
  const suffixes = new Map<string, number>()
  for (let keep = 2; keep < words.length; keep++) {
    const before = words[keep - 1] ?? ''
    const next = (words[keep] ?? '').toLowerCase()
    if (/[,;]$/u.test(before) || allNameConjunctions.has(before.toLowerCase()) || allGivenNames.has(next) || allTeamNames.has(next)) continue
    suffixes.set(words.slice(keep).join(' ').toLowerCase(), keep)
  }
  if (suffixes.size === 0) return
  // The site prints its name above the headline (its logo, its menu).
  let cut: number | undefined
  for (let index = 0; index < state.titleIndex; index++) {
    const text = state.lines[index]?.text ?? ''
    const keep = text.length <= maximumMetaLength ? suffixes.get(text.trim().toLowerCase()) : undefined
    if (keep !== undefined && (cut === undefined || keep < cut)) cut = keep
  }
  if (cut !== undefined) state.byline = words.slice(0, cut).join(' ')
}

/** A user name of lower-case letters, as a site's software signs with its account (`human`, `admin`). */
const accountName = /^\p{Ll}[\p{L}\p{N}_.-]*$/u

/**
 * A site's software signs a post with the account that saved it
 * (`Gespeichert von human am …`, `Submitted by admin`), where the article
 * names its writer in full a few lines below (`Ein Beitrag von Jane Doe`):
 * the written name is the byline, the account's line is removed.
 */
function preferWrittenName(state: ArticleState): void {
  if (state.byline === undefined || !accountName.test(state.byline) || state.titleIndex === undefined) return
  const end = Math.min(state.lines.length, Math.max(state.bodyStart, state.titleIndex + 1) + earlyReach)
  for (let index = state.titleIndex + 1; index < end; index++) {
    const line = state.lines[index]
    if (!line || line.fate?.kind === 'field' || line.text.length > maximumMetaLength) continue
    const byline = bylineRule(state, line.text)
    const name = byline ? ruleName(byline, line.text) : metaLineName(line.text, true)
    if (name !== undefined && name.includes(' ') && isLoneName(name)) {
      for (const account of state.lines) if (account.fate?.kind === 'field' && account.fate.field === 'byline') remove(account, 'account-byline', 'byline')
      takeByline(state, line, name)
      return
    }
  }
}

/** Fewest words of a short sentence that opens the article above its block. */
const minimumOpeningWords = 3

/**
 * Whether a short line above the article block is a sentence of the
 * article: it ends like one (not with a colon: `Summary:`, `Filed to:` are
 * labels) or is a quotation, and has three words at least
 * (`Congratulations!` is a widget's).
 */
function isOpeningSentence(state: ArticleState, index: number): boolean {
  const features = state.features[index]
  const text = state.lines[index]?.text ?? ''
  return (
    features !== undefined &&
    (features.sentence || wholeQuote.test(text) || continuesBelow(state, index)) &&
    features.words >= minimumOpeningWords &&
    !/:\s*$/u.test(text)
  )
}

/**
 * Whether a line is the start of a sentence that the next line (the
 * article block's first, or prose) goes on with: that line opens with a
 * lowercase word (`findet in 2020 zum sechsten Mal statt.`, not a brand
 * such as `iOS`), and the line is
 * unfinished (no sentence end; a comma or a dash, or three words at least
 * where a label has one or two). Copying breaks a sentence where a link or
 * a bold phrase ended.
 */
function continuesBelow(state: ArticleState, index: number): boolean {
  const next = state.lines[index + 1]
  const text = state.lines[index]?.text ?? ''
  if (!next || next.fate || !/^\p{Ll}{2}/u.test(next.text) || state.features[index]?.sentence) return false
  if (next.index !== state.region?.start && state.features[next.index]?.kind !== 'content') return false
  return /[,–—-]\s*$/u.test(text) || (state.features[index]?.words ?? 0) >= minimumOpeningWords
}

/**
 * A line that is one quotation from its first character to its last
 * (`„Crisp outside, creamy inside“`, `«Never again»`): a quote that opens
 * the article, which needs no full stop to be a sentence.
 */
const wholeQuote = /^(?:"[^"]+"|“[^“”]+[”“]|„[^„“”]+[“”]|«[^«»]+»|»[^«»]+«)$/u

/** How many lines above the headline a date may stand (over a kicker, a picture, a menu row). */
const dateReachAbove = 8

/** Longest meta line with other words beside its date (`24. April 2020 | Pressemitteilungen`). */
const maximumDatedMetaLength = 100

/** Most words of such a meta line. */
const maximumDatedMetaWords = 12

/**
 * Pages print the date above the headline or among the furniture under
 * it, where the header block does not reach: when it found none, the
 * article's date is that of the date line or short dated meta line
 * nearest the headline. The line stays where it is.
 */
function findDateNear(state: ArticleState, origin = state.titleIndex): void {
  const title = origin
  if (title === undefined) return
  const end = Math.min(state.lines.length - 1, title + headerReach, Math.max(state.bodyStart, state.region?.start ?? 0) + earlyReach)
  let best: {distance: number; date: string} | undefined
  for (let index = Math.max(0, title - dateReachAbove); index <= end; index++) {
    const line = state.lines[index]
    if (!line || index === title || state.features[index]?.kind === 'content') continue
    const text = line.text
    const date = parseDateLine(text) ?? (text.length <= maximumDatedMetaLength && text.split(/\s+/u).length <= maximumDatedMetaWords ? findDate(text)?.date : undefined)
    if (!date) continue
    const distance = Math.abs(index - title)
    if (!best || distance < best.distance) best = {distance, date}
  }
  if (best) {
    state.date = best.date
    return
  }
  // Else a line that is only a date in the article or just under it
  // (`18.10.2019 16:06 Uhr` under the last paragraph), before any comment.
  const last = Math.min(state.lines.length - 1, (state.region?.end ?? end) + closingReach)
  for (let index = end + 1; index <= last; index++) {
    const line = state.lines[index]
    if (!line) continue
    if (index > (state.region?.end ?? end) && matchRule(state.presets, 'commentHeaders', line.text)) return
    const date = state.features[index]?.kind === 'content' ? undefined : parseDateLine(line.text)
    if (date) {
      state.date = date
      return
    }
  }
}

/**
 * Whether a region opens with a bare name over its prose (`Jane Doe`, then
 * the first paragraph): the byline under a headline the region left out.
 */
function openingSignature(state: ArticleState, line: ArticleLine): boolean {
  const text = line.text.trim()
  if (!isLoneName(text)) return false
  // Over a date line, any name is the byline (`Jane Doe` / `9/11/13 10:00AM`);
  // so is one over a job title or a link to the author's page (`Alle Artikel`).
  if (parseDateLine(state.lines[line.index + 1]?.text ?? '') !== undefined) return true
  if (underName.test(state.lines[line.index + 1]?.text.trim() ?? '')) return true
  if (!allGivenNames.has((text.split(' ')[0] ?? '').toLowerCase())) return false
  const next = nextOpen(state.lines, line.index + 1)
  return next !== undefined && state.features[next.index]?.kind === 'content'
}

/**
 * When the headline stands far from the article (a teaser's headline taken
 * for it), the article's own header is inside the article block: a bare
 * name over or under a date line there (`Jane Doe` / `27.04.2020 - 18:50
 * Uhr`) is the byline.
 */
function findDatedNameInRegion(state: ArticleState): void {
  const region = state.region
  if (!region) return
  const last = Math.min(state.lines.length - 1, region.end + afterRegionReach)
  for (let index = region.start; index <= last; index++) {
    const line = state.lines[index]
    if (!line || line.fate?.kind === 'field' || state.features[index]?.kind === 'content') continue
    // Names and meta lines are short: prose-length lines are skipped cheaply.
    if (line.text.length > maximumMetaLength) continue
    // Comments name their writers over their dates: the article's header stands before them.
    if (isCommentStart(state, line.text)) return
    const written = withoutAgency(withoutTrailingSeparator(line.text.trim()))
    // A name with its job title (`Jane Doe Autor`) or a meta line with a
    // name and a date (`September 17, 2019 Jane Doe 0`) signs the article.
    const titled = withoutRole(written)
    const dated = index <= region.end && titled === undefined && /\d/u.test(written) ? metaLineName(written) : undefined
    const signer = titled ?? dated
    if (signer !== undefined && isLoneName(signer) && allGivenNames.has((signer.split(' ')[0] ?? '').toLowerCase())) {
      takeByline(state, line, titled ?? dated ?? written)
      return
    }
    const name = written
    // An author box: the name, or its first word, over a biography that opens with the full name (`Jane` / `Jane Doe – Reporterin, …`).
    const introduced = introducedName(state, index, name)
    if (introduced !== undefined) {
      takeByline(state, line, introduced)
      return
    }
    if (!isLoneName(name)) continue
    // An author box under the article: the name over its own biography.
    if (overBiography(state, index, name)) {
      takeByline(state, line, name)
      return
    }
    // Far from the headline a given name must vouch for the name: product
    // names and greetings (`Hallo Jane`) stand over dates in comments too.
    const words = name.split(' ')
    if (index > region.end || words.length > 3 || !allGivenNames.has((words[0] ?? '').toLowerCase()) || !datedNeighbour(state, index)) continue
    takeByline(state, line, name)
    return
  }
}

/** Most words of a name that signs under the last paragraph. */
const maximumSignOffWords = 4

/**
 * Writers sign a post or a letter under its last paragraph: a line that is
 * only a name (`Jane Doe`, a given name alone: `Lars`), right under a
 * paragraph of prose, where no paragraph goes on under it (a footnote, a
 * reading tip `Zum Weiterlesen: …`, a date or the page's furniture may).
 * A name over a paragraph is a subheading (of a profile, of an interview);
 * under a quotation it is the quotation's speaker; a name the article's
 * paragraphs speak of is its subject (a tag, an interviewee); several such
 * names are commenters or a list of people.
 */
function findSignOff(state: ArticleState): void {
  const region = state.region
  if (!region) return
  const last = Math.min(state.lines.length - 1, region.end + closingReach)
  let found: {line: ArticleLine; name: string} | undefined
  for (let index = Math.max(region.start, state.bodyStart) + 1; index <= last; index++) {
    const line = state.lines[index]
    if (!line || (line.fate && !(line.fate.kind === 'removed' && isOutsideRule(line.fate.rule)))) continue
    if (line.text.length > maximumMetaLength) continue
    if (isCommentStart(state, line.text)) break
    const above = state.features[index - 1]
    const paragraph = state.lines[index - 1]
    const underProse = above?.kind === 'content' && above.sentence && paragraph?.fate?.kind !== 'removed'
    if (!underProse && (found || line.text.length > maximumMetaLength / 4)) continue
    if (!paragraph) continue
    const name = line.text.trim()
    const words = name.split(' ')
    if (words.length > maximumSignOffWords || !isLoneName(name, 1)) continue
    // The text's last full name signs it under anything (`Jane Doe` under a book's facts), where only furniture follows.
    if (!underProse && (words.length < 2 || !allGivenNames.has((words[0] ?? '').toLowerCase()) || !closesText(state, index))) continue
    // The writer's biography may follow the signature (`Paddy` / `Patrick Doe, Fotograf aus …`).
    const biography = words.length === 1 && overBiographyLine(state, index)
    if (!biography && opensParagraph(state, index + 1)) continue
    const office = words.length > 1 && overOffice(state, index)
    if ((!office && overTags(state, index)) || overContact(state, index)) continue
    // Commenters and the people of a list each sign a paragraph: a second name makes the first none.
    if (found) return
    const given = allGivenNames.has((words[0] ?? '').toLowerCase())
    // A single word that is no given name signs only over its date (`Benni` / `10. September 2017`), not over a list of dated lines;
    // any full name over the office it signs with (`Jane Doe` / `Bundesvorsitzende`).
    // A nickname signs over the writer's biography (`Paddy` / `Patrick Doe, Fotograf aus …`).
    const signs = given || office ? !spokenOf(state, index, name) : words.length === 1 && (datedOnce(state, index) || biography)
    found = signs && !openingQuote.test(paragraph.text) && !closingQuote.test(paragraph.text) ? {line, name} : {line, name: ''}
  }
  if (found && found.name !== '') takeByline(state, found.line, found.name)
}

/** A credit in brackets that closes a paragraph (`… hieß es. (FR mit dpa)`). */
const closingCredit = /[.!?"“”»«]\s*\(([^()]{2,60})\)$/u

/**
 * Agency copy is signed in brackets at the end of its last paragraph
 * (`(dpa)`, `(FR mit dpa)`): the newsroom's credit is the byline.
 */
function findAgencySignOff(state: ArticleState): void {
  const region = state.region
  if (!region) return
  for (let index = region.end; index >= region.start; index--) {
    if (state.features[index]?.kind !== 'content' || state.lines[index]?.fate?.kind === 'removed') continue
    const credit = closingCredit.exec(state.lines[index]?.text.trim() ?? '')?.[1]?.trim()
    if (credit !== undefined && isAgencyCredit(credit)) state.byline = credit
    return
  }
}

/** Most words of the line of an office under a name (`Bundesvorsitzender des Vereins`). */
const maximumOfficeWords = 4

/** Whether the line under `index` is an office (`DITIB-Bundesvorsitzender`, `President`): its first word ends in an office's title. */
function overOffice(state: ArticleState, index: number): boolean {
  const words = (state.lines[index + 1]?.text.trim().toLowerCase() ?? '').split(' ')
  const first = words[0] ?? ''
  return words.length <= maximumOfficeWords && allOfficeTitles.some((office) => first === office || first.endsWith(office))
}

/** Whether the line under `index` opens a biography: a full name with a given name first, then a dash, a bracket, a comma or a biography verb. */
function overBiographyLine(state: ArticleState, index: number): boolean {
  const below = state.lines[index + 1]?.text.trim() ?? ''
  const full = (dashedBiography.exec(below) ?? biographyOpening.exec(below))?.[1]
  return full !== undefined && isLoneName(full) && allGivenNames.has((full.split(' ')[0] ?? '').toLowerCase())
}

/** A quotation's opening mark at a paragraph's start. */
const openingQuote = /^["“„«»‘‚']/u

/** A quotation's closing mark at a paragraph's end, after its sentence's end (`… Zusammenarbeit."`). */
const closingQuote = /[.!?]["“”«»‘’']$/u

/** A tag: one or two capitalised words (`Politik`, `Angela Merkel`). */
const tagShape = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u

/** Whether the two lines under a name are tags too (`Angela Merkel` / `Politik` / `Bundesregierung`): a row of tags. */
function overTags(state: ArticleState, index: number): boolean {
  const below: string[] = []
  // Lines the boilerplate removed (a menu's repeat) are no tags.
  for (let at = index + 1; at < state.lines.length && below.length < 2; at++) if (state.lines[at]?.fate?.kind !== 'removed') below.push(state.lines[at]?.text.trim() ?? '')
  return below.length === 2 && below.every((text) => tagShape.test(text))
}

/** How many lines under a name a contact's phone number or address may stand. */
const contactReach = 4

/** A phone number or an e-mail address (`030 65211-1780`, `jane@example.com`, a page's `[email protected]`). */
const contactDetail = /@|\[email\s+protected\]|(?:^|\s)\+?\d[\d /-]{6,}\d(?:\s|$)/u

/** Whether a phone number or an e-mail address stands a few lines under `index`: a press contact, not a signature. */
function overContact(state: ArticleState, index: number): boolean {
  for (let at = index + 1; at <= index + contactReach && at < state.lines.length; at++) {
    // A contact's line is short: paragraphs are not searched for digits.
    const text = state.lines[at]?.text ?? ''
    if (text.length <= maximumMetaLength && contactDetail.test(text)) return true
  }
  return false
}

/** Whether no line of prose follows `index`: only the page's furniture (its footer's links), if anything. */
function closesText(state: ArticleState, index: number): boolean {
  for (let at = index + 1; at < state.lines.length; at++) if (state.features[at]?.kind === 'content') return false
  return true
}

/** Whether the line under `index` is a date line and the two under that are none (a list of events has a date under each). */
function datedOnce(state: ArticleState, index: number): boolean {
  const dated = (at: number) => parseDateLine(state.lines[at]?.text ?? '') !== undefined
  return dated(index + 1) && !dated(index + 2) && !dated(index + 3)
}

/**
 * Whether a paragraph of the article above `index` speaks of the person:
 * the surname alone (`Kanzlerin Merkel`), or the full name past the first
 * paragraph, where a standfirst may name the writer (`Jane Doe zeigt, wie …`).
 */
function spokenOf(state: ArticleState, index: number, name: string): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const surname = new RegExp(`(?<![\\p{L}])${escape(name.split(' ').at(-1) ?? name)}(?![\\p{L}])`, 'u')
  let paragraphs = 0
  for (let at = state.bodyStart; at < index; at++) {
    const text = state.lines[at]?.text ?? ''
    if (state.features[at]?.kind !== 'content' || state.lines[at]?.fate) continue
    if (surname.test(paragraphs++ === 0 ? text.split(name).join(' ') : text)) return true
  }
  return false
}

/**
 * Whether the line at `index` is a paragraph of prose that opens like the
 * article's text: not a footnote (`(1) …`, `* …`) nor a labelled line (`Zum
 * Weiterlesen: …`).
 */
function opensParagraph(state: ArticleState, index: number): boolean {
  const line = state.lines[index]
  if (!line || state.features[index]?.kind !== 'content') return false
  return !/^[([*\d]/u.test(line.text) && !/^[^:.!?]{1,30}:\s/u.test(line.text)
}

/** A biography's opening full name before a dash and its roles (`Jane Doe – Reporterin, Seglerin`). */
const dashedBiography = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s[–—-]\s\p{L}/u

/**
 * The full name that the biography under a name line opens with, when it
 * opens with that name (`Jane` over `Jane Doe – Reporterin …` or `Jane Doe
 * (37) ist …`), else `undefined`.
 */
function introducedName(state: ArticleState, index: number, name: string): string | undefined {
  if (name.length > maximumMetaLength / 4 || !/^\p{Lu}/u.test(name) || name.split(' ').length > maximumSignOffWords) return undefined
  const below = state.lines[index + 1]?.text.trim() ?? ''
  if (!below.startsWith(name)) return undefined
  const full = (dashedBiography.exec(below) ?? biographyOpening.exec(below))?.[1]
  // Each word a name's (`Jane`, `J.`), not an abbreviation's (`D.O.C.`).
  const named = full?.split(' ').every((word) => /^\p{Lu}(?:[\p{Ll}'’-]+|\.)$/u.test(word))
  return full !== undefined && named && (full === name || full.startsWith(name + ' ')) && isLoneName(full) ? full : undefined
}

/** Whether a line opens the comments: a comment's header or the comment section's heading (`4 Comments`). */
function isCommentStart(state: ArticleState, text: string): boolean {
  // The section's rule takes an author box's heading too (`About the author`), which opens no comments.
  return matchRule(state.presets, 'commentHeaders', text) !== undefined || (matchRule(state.presets, 'endMarkers', text)?.rule.id === 'comments-section' && !bylineLabel.test(text.trim()))
}

/** A copyright line's holder (`© 2019 Jane Doe`, `Copyright (c) 2012- Jane Doe. All rights reserved.`). */
const copyrightHolder = /^\s*(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\))\s*)?(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?([^.,•|·(]{3,60}?)\s*(?:$|[.,•|·(]|\s[-–]\s)/iu

/** Most characters after the owner's name on the line that names the site's owner (`Jane Doe Fotografie`). */
const maximumOwnerLineRest = 30

/** Whether a line other than `index` opens with the name and little else: the site's owner in its header or menu (`jane doe fotografie`). */
function namesOwner(state: ArticleState, index: number, name: string): boolean {
  const lower = name.toLowerCase()
  return state.lines.some((line) => line.index !== index && line.text.length <= name.length + maximumOwnerLineRest && line.text.toLowerCase().startsWith(lower))
}

/** A footer's years and the holder after a label (`(Creative Commons) 2006-2008 by Jane Doe`). */
const yearsByHolder = /(?<!\d)\d{4}(?:\s*[-–]\s*\d{4})?\s+(?:by|von|par|por|di|door)\s+([^.,•|·(]{3,60}?)\s*(?:$|[.,•|·(]|\s[-–]\s)/iu

/**
 * Blogs sign with their copyright line: when nothing else named the author,
 * a copyright holder with a person's name (a given name first, as a
 * company's name has none) is the byline.
 */
function findCopyrightHolder(state: ArticleState): void {
  for (const line of state.lines) {
    if (line.fate?.kind === 'field' || line.text.length > maximumMetaLength) continue
    // A picture's credit (`© Jane Doe`) has no year and reserves no rights;
    // the page's footer, its last line, needs neither where the page names its owner on a line of its own.
    const footer = line.index === state.lines.length - 1
    const reserved = /\d{4}|rights|rechte|droits|derechos|diritti|direitos/iu.test(line.text)
    if (!footer && !reserved) continue
    const holder = (copyrightHolder.exec(line.text) ?? yearsByHolder.exec(line.text))?.[1]?.trim()
    // A company's name runs longer (`Jane Doe Verlag GmbH`).
    if (!holder || !isLoneName(holder) || holder.split(' ').length > 3) continue
    if (!reserved && !namesOwner(state, line.index, holder)) continue
    if (!allGivenNames.has((holder.split(' ')[0] ?? '').toLowerCase())) continue
    state.byline = holder
    return
  }
}

/** How many open lines into the body a byline or date line may stand. */
const earlyReach = 6

/**
 * Pages print the byline and the date under the standfirst or under the
 * lead picture as well as under the headline: among the first open lines of
 * the body, take byline, date and time lines (never article text) into
 * their fields.
 */
function claimEarlyHeaderLines(state: ArticleState): void {
  let seen = 0
  let prose = 0
  for (let index = state.bodyStart; index < state.lines.length && seen < earlyReach; index++) {
    const line = state.lines[index]
    if (!line) continue
    if (line.fate) {
      // The byline repeats where the page lists the author's other stories:
      // its copy under the headline is still the article's.
      const copy = state.byline === undefined && line.fate.kind === 'removed' && line.fate.rule === 'duplicate-line' ? bylineRule(state, line.text) : undefined
      if (copy) takeByline(state, line, ruleName(copy, line.text))
      continue
    }
    // One-word lines (share buttons left in the body) do not use up the reach.
    if (line.text.includes(' ')) seen++
    // A trailer (`(Reporting by …)`) closes a short article: nothing after it is header.
    if (matchRule(state.presets, 'trailers', line.text)) break
    // Nor after the comments' heading under the prose (above it, the heading is a widget's label):
    // commenters sign over their dates.
    if (state.byline === undefined && prose > 1 && isCommentStart(state, line.text)) break
    const byline = state.byline === undefined ? bylineRule(state, line.text) : undefined
    if (byline) {
      takeByline(state, line, ruleName(byline, line.text))
      continue
    }
    // Past the second paragraph, a dated line without a label closes the
    // article (`CNN (City) First published …`) rather than opening it.
    if (state.byline === undefined && (nameByline(state, line) || metaByline(state, line, prose > 1))) continue
    if (state.features[index]?.kind === 'content') prose++
    const date = parseDateLine(line.text)
    if (date) takeDate(state, line, date)
    else if (isTimeLine(line.text)) remove(line, 'time-line', 'date')
  }
}

/**
 * Blogs close a post with a footer that names its writer (`Posted by
 * Jane Doe at 10:52`, `Eingestellt von Jane Doe um 10:52`, `This entry was
 * posted in News by Jane Doe`): the body stage ends the article there,
 * where the block of prose may run on into the widgets under it. The name
 * on the first end marker in the article block signs the article; the
 * line stays for the body stage to end the article on.
 */
function findEndMarkerByline(state: ArticleState): void {
  const from = Math.max(state.bodyStart, state.region?.start ?? 0)
  const last = Math.min(state.lines.length - 1, (state.region?.end ?? state.lines.length - 1) + closingReach)
  for (let index = from; index <= last; index++) {
    const line = state.lines[index]
    if (!line || line.fate?.kind === 'field' || (line.fate && !isOutsideRule(line.fate.rule))) continue
    // A footer is a line or two of meta words: long paragraphs are passed without matching the rules.
    if (line.text.length > 2 * maximumMetaLength) continue
    const marker = matchRule(state.presets, 'endMarkers', line.text)
    if (!marker) continue
    // A copyright footer names the site's owner or its software's maker
    // (`CMS: … by Jane Doe`): `findCopyrightHolder` reads it for a person.
    if (/©|\(c\)|copyright/iu.test(line.text)) return
    const byline = bylineRule(state, line.text)
    const name = byline ? ruleName(byline, line.text) : metaLineName(line.text, true)
    if (name) state.byline = cleanName(name)
    return
  }
}

/** How many lines after the article block a closing byline may stand. */
const closingReach = 8

/**
 * Blogs sign at the end (`Posted by Jane Doe on 3 May 2020`, `Published by`
 * over the name): when the header had no byline, look just after the article
 * block.
 */
function findClosingByline(state: ArticleState): void {
  const end = state.region?.end
  if (end === undefined) return
  const limit = Math.min(state.lines.length, end + 1 + closingReach)
  for (let index = end + 1; index < limit; index++) {
    const line = state.lines[index]
    if (!line) continue
    // Comments name their writers: the article's signature stands before them.
    if (isCommentStart(state, line.text)) return
    if (line.fate) continue
    const byline = bylineRule(state, line.text)
    if (byline) {
      takeByline(state, line, ruleName(byline, line.text))
      return
    }
    // Past the article, only a labelled name (`Posted by …`) signs it: a
    // closing line with a date names the publisher (`CNN (City) First
    // published …`), and a trailer (`(Reporting by …)`) stays in the body.
    if (matchRule(state.presets, 'trailers', line.text)) continue
    if (nameByline(state, line)) return
    const name = state.features[line.index]?.kind === 'content' ? undefined : farMetaLineName(line.text)
    if (name) {
      takeByline(state, line, name)
      return
    }
  }
}

/** How many lines past the article block a labelled author line (`Text: Jane Doe`) may stand. */
const afterRegionReach = 40

/**
 * Pages print the byline far from the headline too: in a meta row above a
 * picture gallery, in the site's header, under the first paragraphs. When
 * nothing near the headline named the author, take the labelled name
 * (`Posted by Jane Doe`, `von Jane Doe | 3. Mai 2021`) on the meta line
 * nearest the headline, up to the article block's end: past it, comments
 * and teasers name other people.
 */
function findLabelledByline(state: ArticleState): void {
  const lines = state.lines
  const regionEnd = state.region?.end ?? lines.length - 1
  let end = Math.min(lines.length - 1, regionEnd + afterRegionReach)
  // Past the article block, comments name their writers: stop at their header.
  for (let index = Math.max(0, regionEnd + 1); index <= end; index++) {
    if (isCommentStart(state, lines[index]?.text ?? '')) {
      end = index - 1
      break
    }
  }
  const origin = state.titleIndex ?? state.region?.start ?? 0
  // The nearest line that names the author wins: reading outward from the
  // origin (the line above first at equal distance) finds it without
  // reading every line of the page, as most pages with a labelled byline
  // print it near the headline.
  for (let distance = 0; origin - distance >= 0 || origin + distance <= end; distance++) {
    const above = origin - distance
    if (above >= 0 && above <= end && takeLabelledByline(state, above)) return
    const below = origin + distance
    if (distance > 0 && below >= 0 && below <= end && takeLabelledByline(state, below)) return
  }
}

/**
 * Take the line at `index` as the byline when it is a labelled meta line
 * (or the name under a lone label) that names the author; whether it did.
 */
function takeLabelledByline(state: ArticleState, index: number): boolean {
  const lines = state.lines
  const line = lines[index]
  if (!line) return false
  const labelIndex = loneLabelAbove(lines, index)
  // An author box prints the name over a link to the author's page (`Jane Doe` / `Alle Artikel`).
  if (labelIndex === undefined && !line.fate && line.text.length <= maximumLoneLabelLength && isLoneName(line.text.trim()) && isProfileLink(lines[index + 1]?.text ?? '') && !loneLabelEnd.test(line.text.trim())) {
    takeByline(state, line, line.text.trim())
    return true
  }
  const under = labelIndex !== undefined
  const content = state.features[index]?.kind === 'content'
  // A short sentence may open with its author's label (`Autorin: Jane Doe, Projektleiterin …`).
  const labelledSentence =
    content &&
    opensWithLabel(line.text) &&
    (line.text.split(/\s+/u).length <= maximumLabelledContentWords || metaLineName(line.text, true) !== undefined)
  if (!under && !labelledSentence && (line.text.length > 2 * maximumMetaLength || content)) return false
  // A trailer names reporters and editors of an agency (`Reporting by …; Editing by …`).
  if (matchRule(state.presets, 'trailers', line.text)) return false
  // A name under a lone label may repeat a line above (the author box under
  // the article names the author the header printed too).
  const repeatedName = under && line.fate?.kind === 'removed' && line.fate.rule === 'duplicate-line'
  if (line.fate && !repeatedName && (line.fate.kind === 'field' || !(isOutsideRule(line.fate.rule) || (isCreditRule(line.fate.rule) && opensWithLabel(line.text))))) return false
  // Every byline rule and meta line reads a label: lines without one are
  // skipped cheaply, unless a lone label stands on the line above.
  labelInLine.lastIndex = 0
  if (!under && !labelInLine.test(unglueLabels(line.text))) return false
  const byline = bylineRule(state, line.text)
  const name = byline ? ruleName(byline, line.text) : under ? nameUnderLabel(line.text, lines[labelIndex]?.text ?? '') : farMetaLineName(line.text)
  if (!name) return false
  // Inside the article block the line stays the body's to judge (a
  // closing `Autor: …, Institute` is the article's text on some pages).
  if (state.region && index >= state.bodyStart && index >= state.region.start) {
    state.byline = name
    if (state.date === undefined) state.date = findDate(line.text)?.date
  } else takeByline(state, line, name)
  return true
}

/**
 * A line that is only a byline label, after a date at most (`Published by`,
 * `Autor:`, `10.12.2022 18:27 von`, `Written on Feb 24 by`).
 */
const loneLabelEnd = new RegExp(`(?:^|\\s)(?:${labelAlternationForLone()})\\s*:?$`, 'iu')

function labelAlternationForLone(): string {
  return labelAlternation(allBylineLabels)
}

/** The last word of every byline label (`by` of `written by`). */
const labelEndWords: ReadonlySet<string> = new Set(allBylineLabels.map((label) => (label.split(' ').at(-1) ?? label).replace(/:$/u, '')))

/** Labels that are nouns, standing alone without a colon. */
const nounLabel = /^(?:text[eo]?|autor(?:in|en|\*in)?|authors?|auteur|autore)$/iu

/** Longest line read as a lone label with a date before it. */
const maximumLoneLabelLength = 60

/** Longest writer's role read over a name in a credits box (`Interview`, `Reportage`). */
const maximumRoleLength = 20

/** Most words of a contributor's role in a credits box (`Creative Director & Styling`). */
const maximumRoleWords = 5

/** Whether a line is a contributor's role in a credits box: a job title or a picture's noun among a few words (`FOTOGRAF`, `Photos`). */
function isCreditRole(text: string): boolean {
  if (text.length > maximumLoneLabelLength) return false
  const words = text.trim().toLowerCase().split(/[\s&/-]+/u).filter(Boolean)
  return words.length > 0 && words.length <= maximumRoleWords && words.some((word) => allJobTitles.has(word) || allCreditNouns.has(word))
}

/** Most words of a link to the author's page. */
const maximumProfileLinkWords = 8

/** The last word of every profile link ending (`autor` of `vom autor`). */
const profileLinkEndWords: ReadonlySet<string> = new Set(allProfileLinkEndings.map((ending) => ending.slice(ending.lastIndexOf(' ') + 1)))

/** Whether a line is a link to the author's page: one of the links (`Alle Artikel`) or a short line ending like one (`Zu allen Rezepten vom Autor`). */
function isProfileLink(text: string): boolean {
  if (text.length > maximumLoneLabelLength) return false
  const lower = text.trim().toLowerCase()
  if (allProfileLinks.has(lower)) return true
  // Most lines end in no ending's last word: a set lookup spares them the comparisons.
  if (!profileLinkEndWords.has(lower.slice(lower.lastIndexOf(' ') + 1))) return false
  return lower.split(' ').length <= maximumProfileLinkWords && allProfileLinkEndings.some((ending) => lower.endsWith(' ' + ending))
}

/**
 * The index of the lone byline label over the line at `index`: the line
 * above, or the one above that when a link to the author's page stands
 * between (`Über den Autor` / `Zeige alle Artikel` / `Jane Doe`).
 */
function loneLabelAbove(lines: readonly ArticleLine[], index: number): number | undefined {
  if (underLoneLabel(lines, index, index - 1)) return index - 1
  // In a credits box the writer's role stands over the name as a label, the next role under it (`Interview` / `Jane Doe` / `Fotograf`).
  // Lines above are most often prose: their length rules them out before any lookup.
  const above = lines[index - 1]?.text ?? ''
  if (above.length > maximumLoneLabelLength) return undefined
  if (above.length <= maximumRoleLength && allWritingRoles.has(above.trim().toLowerCase()) && isCreditRole(lines[index + 1]?.text ?? '')) return index - 1
  return underLoneLabel(lines, index, index - 2) && isProfileLink(above) ? index - 2 : undefined
}

/** Whether the line at `labelIndex` above `index` is a lone byline label. */
function underLoneLabel(lines: readonly ArticleLine[], index: number, labelIndex: number): boolean {
  const above = lines[labelIndex]?.text.trim()
  if (above === undefined || above.length > maximumLoneLabelLength) return false
  // Most lines above end in no label word: a set lookup of the last word
  // spares them the patterns.
  const last = lastWord(above)?.toLowerCase()
  if (last === undefined || !labelEndWords.has(last)) return false
  if (bylineLabel.test(above)) return true
  const label = loneLabelEnd.exec(above)
  if (!label) return false
  const before = above.slice(0, label.index).trim()
  if (before === '' || findDate(before) !== undefined || /^(?:written|posted|published)\b/iu.test(before)) return true
  // A section's word before the label (`Disko Von`) over a full name.
  return before.split(/\s+/u).length <= 2 && isLoneName(lines[index]?.text.trim() ?? '')
}

/** One astral letter, for `lastWord` (the class table holds BMP code units only). */
const astralLetter = /^\p{L}$/u

/**
 * The run of letters and asterisks that ends the text, before one colon at
 * most (`by` of `Published by:`, `autor*in`), as
 * `/(?<![\p{L}*])[\p{L}*]+:?$/u` finds it without its colon. Walking back
 * from the end costs a few characters where the end-anchored pattern was
 * tried from every character of the line.
 */
function lastWord(text: string): string | undefined {
  const end = text.charCodeAt(text.length - 1) === 0x3a ? text.length - 1 : text.length
  let start = end
  while (start > 0) {
    const code = text.charCodeAt(start - 1)
    if (code === 0x2a || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      start--
      continue
    }
    if (code < 0x80) break
    // A low surrogate is a letter only with its high surrogate before it.
    const high = start >= 2 && code >= 0xdc00 && code <= 0xdfff ? text.charCodeAt(start - 2) : 0
    const from = high >= 0xd800 && high <= 0xdbff ? start - 2 : start - 1
    const isLetter = from === start - 1 ? (characterClass(text, from) & letterClass) !== 0 : astralLetter.test(text.slice(from, start))
    if (!isLetter) break
    start = from
  }
  return start === end ? undefined : text.slice(start, end)
}

/** A biography's opening name: capitalised words, then a bracket, a comma or a biography verb. */
const biographyOpening = new RegExp(`^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})(?=\\s*\\(|,\\s|\\s+(?:${[...allBiographyVerbs].join('|')})\\s)`, 'u')

/**
 * The name on the line under a lone label: the whole line, without an
 * agency after it (`Peter Maahn/SP-X`), when it is a few words and not a
 * sentence (`hausinfo`, `Mobasir hassan`, `auto-motor.at Redaktion`).
 */
function nameUnderLabel(text: string, label: string): string | undefined {
  // An author box's biography opens with the name (`Jane Doe (37) ist …`, `Jane Doe is a …`).
  const opening = biographyOpening.exec(text.trim())?.[1]
  if (opening && isLoneName(opening)) return opening
  // A note in brackets after the name (`Jane Doe (Medizinredakteurin)`) is no part of it.
  const name = withoutAgency(text.trim().replace(/\s*\(.*\)$/u, '')).replace(/[,;:]$/u, '')
  // A noun without a colon (`Autor`, `Texte`) is as often a menu tab over
  // the next tab (`Lebenslauf`): a person's full name must follow it.
  if (nounLabel.test(label.trim())) return isLoneName(name) ? name : undefined
  // A newsroom signs with its paper's name (`Von` / `Presse Augsburg`): capitalised words, a header word among them.
  if (isLoneName(name, 2, true)) return cleanName(name)
  const words = name.split(/\s+/u)
  // A link of an author box (`Zeige alle Artikel`) or a widget's heading (`Filter Suche`) is no name.
  if (words.some((word) => (notNameWords.has(word.toLowerCase()) && !allTeamNames.has(word.toLowerCase())) || allSectionWords.has(word.toLowerCase()))) return undefined
  if (name === '' || words.length > maximumNameWords || !/^[\p{L}]/u.test(name) || /[.!?]$/u.test(name) || /\d/u.test(name)) return undefined
  if (words.some((word) => allStopWords.has(word.toLowerCase()) && !nameParticles.has(word.toLowerCase()))) return undefined
  return cleanName(name)
}

/** Most words before a byline label on a meta line with no date: more make it a clause (`… passed by Congress`). */
const maximumWordsBeforeLabel = 3

/**
 * The labelled name of a meta line far from the headline: the label opens
 * the line (`Posted by`, `Blog post by`), or a date stands on it.
 */
function farMetaLineName(line: string): string | undefined {
  const name = metaLineName(line, true)
  if (!name || findDate(line)) return name
  const text = unglueLabels(line)
  labelInLine.lastIndex = 0
  const label = labelInLine.exec(text)
  if (!label) return undefined
  const before = text.slice(0, label.index).split(/\s+/u).filter(Boolean)
  // Mid-line and undated, a label and one word are as often a heading's
  // phrase (`Leasing von Firmenfahrzeugen`): a full name must follow, unless
  // only meta words stand before the label (`Publié par`, `Zum Profil von`).
  if (!name.includes(' ') && !/\p{Script=Han}/u.test(name) && !before.every((word) => isDateLineWord(word) || allStopWords.has(word.toLowerCase()) || metaFurniture.includes(word.toLowerCase()))) return undefined
  // A copyright's years before the label (`Impressum – 2009-2020 by Jane Doe`) make it the site's author.
  return before.length <= maximumWordsBeforeLabel || /(?<!\d)\d{4}(?:\s*[-–]\s*\d{4})?$/u.test(before.at(-1) ?? '') ? name : undefined
}

/** How many lines above the headline a byline may stand. */
const bylineReachAbove = 6

/**
 * Pages print the byline above the headline, or under a standfirst: when
 * the header block had none, look a few lines around the headline, outside
 * the article block, for a line that a byline rule matches. `named` asks
 * a bare name to open with a given name (around a copy of the headline in
 * a list of teasers, a teaser's headline over its date reads as a name).
 */
function findBylineNear(state: ArticleState, titleIndex: number, named = false): void {
  const lines = state.lines
  const regionStart = state.region?.start ?? state.bodyStart
  const end = Math.min(lines.length, Math.max(regionStart, state.bodyStart), titleIndex + 1 + headerReach)
  for (let index = Math.max(0, titleIndex - bylineReachAbove); index < end; index++) {
    const line = lines[index]
    if (!line || line.fate?.kind === 'field' || (line.fate && !isOutsideRule(line.fate.rule))) continue
    const byline = bylineRule(state, line.text)
    if (!byline) {
      if (named && !allGivenNames.has((/^\p{L}+/u.exec(line.text)?.[0] ?? '').toLowerCase())) continue
      if (nameByline(state, line) || metaByline(state, line)) return
      continue
    }
    state.byline = ruleName(byline, line.text)
    keep(line, 'byline')
    return
  }
}

/** Most words of a prose-like line read as a labelled meta line. */
const maximumLabelledContentWords = 12

/**
 * A meta line that names the author (`22. Dezember 2019 von Jane Doe`,
 * `26. September 2019 Jane Doe 3 Kommentare`): never a line of prose,
 * whose `by` may open any clause.
 */
function metaByline(state: ArticleState, line: ArticleLine, labelledOnly = false): boolean {
  // A short line that reads like a sentence may still be a labelled meta
  // line (`Ein Interview von Jane Doe mit John Roe.`, `1.11.23 20:19 von
  // Jane Doe Lesezeit: 4 Min.`): only a label with meta words before it counts there.
  const content = state.features[line.index]?.kind === 'content'
  if (content && line.text.split(/\s+/u).length > maximumLabelledContentWords && !labelledMetaPart(line.text)) return false
  const name = labelledOnly || content ? farMetaLineName(line.text) : metaLineName(line.text)
  if (!name) return false
  takeByline(state, line, name)
  return true
}

/** The separator between the parts of a long meta line (`Le Monde | 4.5.2015 | Par Jane Doe`). */
const metaPipe = /\s+\|\s+/u

/**
 * Whether a long line is a row of meta parts, one of them dated and one
 * opening with a byline label (`Le Monde | 04.05.2015 à 13h36 • Mis à jour
 * le … | Par Jane Doe (avec John Roe)`): a meta line however many words
 * its parts hold, where prose has no pipes.
 */
function labelledMetaPart(text: string): boolean {
  const parts = text.split(metaPipe)
  return parts.length >= 3 && parts.some((part) => findDate(part) !== undefined) && parts.some((part) => opensWithLabel(part))
}

/**
 * Take a line as the byline; a date on it (`By X | 3 May 2020`) is the
 * article's date when the header has none.
 */
function takeByline(state: ArticleState, line: ArticleLine, name: string): void {
  state.byline = cleanName(name)
  keep(line, 'byline')
  const dated = state.date === undefined ? findDate(line.text) : undefined
  if (dated) state.date = dated.date
}

/**
 * Take a date line: the first is the article's date; a second one
 * (`Updated …` under `Published …`) is removed as feeding the same field,
 * since the article holds one date.
 */
function takeDate(state: ArticleState, line: ArticleLine, date: string): void {
  if (state.date === undefined) {
    state.date = date
    keep(line, 'date')
  } else remove(line, 'second-date', 'date')
}


/**
 * Lines that pages print under an author's name: a job title (`Political
 * Editor`) or a follow button, which make a lone name under a headline its byline.
 */
const underName = new RegExp(`^(?:${[...roleWords, ...allProfileLinks, 'follow', 'folgen', 'suivre', 'seguir'].sort((a, b) => b.length - a.length).join('|')})$`, 'iu')

/**
 * A byline printed as a bare name: on the line under a lone `By` label
 * (a single word will do then), or next to a date or time line
 * (`Jane Doe` / `12 March 2021`).
 */
function nameByline(state: ArticleState, line: ArticleLine): boolean {
  const previous = state.lines[line.index - 1]
  const labelled = previous !== undefined && bylineLabel.test(previous.text)
  const text = line.text.trim()
  // A newsroom's credit over the date (`AFP/The Local - jane@example.com`) is the byline as it stands, its address aside.
  const credit = withoutContact(text)
  if (credit !== text && isAgencyCredit(credit) && datedNeighbour(state, line.index)) {
    takeByline(state, line, credit)
    return true
  }
  const written = withoutAgency(withoutTrailingSeparator(text))
  // A job title glued to the name (`JANE DOESTAFF WRITER`) vouches for it as one under it does.
  const bare = withoutRole(written)
  const name = bare ?? written
  // A site or user name (`uncut-news.ch`, `jdoe_42`) over a date signs as a name does.
  const handle = !labelled && name.length <= 30 && /^\p{Ll}[\p{L}\p{N}-]*[._][\p{L}\p{N}._-]*\p{L}$/u.test(name)
  // Under a lone label, a user name may hold digits (`delta201`, `jdoe_42`).
  const labelledHandle = labelled && name.length <= 30 && /^\p{L}[\p{L}\p{N}_.-]*$/u.test(name) && /\p{N}|^\p{Ll}/u.test(name) && !allStopWords.has(name.toLowerCase()) && !notNameWords.has(name.toLowerCase())
  if (isLoneName(name, labelled ? 1 : 2) || (labelled && isLoneName(name, 2, true)) || isNameList(name) || isTeamName(name) || labelledHandle || (handle && (datedNeighbour(state, line.index) || overDatedHeadline(state, line.index)))) {
    if (!labelled && bare === undefined && !datedNeighbour(state, line.index) && !(handle && overDatedHeadline(state, line.index)) && !underName.test(state.lines[line.index + 1]?.text ?? '') && !namedNearHeadline(state, line.index, name) && !overBiography(state, line.index, name) && !overHandle(state, line.index, name)) return false
    if (labelled && previous && (!previous.fate || previous.fate.kind === 'removed')) remove(previous, 'byline-label', 'byline')
    takeByline(state, line, name)
    return true
  }
  return datedNameLine(state, line)
}

/** The last part of a line after a separator (`- jane@example.com`), a page's `[email protected]` whole. */
const trailingPart = /\s[-–—|]\s+(\S+(?:\s+protected\])?)$/u

/** The text without an e-mail address after a separator at its end (`- jane@example.com`, a page's `[email protected]`). */
function withoutContact(text: string): string {
  const match = trailingPart.exec(text)
  const token = match?.[1] ?? ''
  const at = token.indexOf('@')
  const contact = /^\[email\s+protected\]$/u.test(token) || (at > 0 && token.lastIndexOf('.') > at)
  return match && contact ? text.slice(0, match.index).trimEnd() : text
}

/**
 * Whether the headline stands right under `index` and a date line under
 * it: a user name over the headline dates the post as one beside its date
 * does (`jdoe_42` / headline / `23.09.22`).
 */
function overDatedHeadline(state: ArticleState, index: number): boolean {
  return state.titleIndex === index + 1 && parseDateLine(state.lines[index + 2]?.text ?? '') !== undefined
}

/**
 * Twice the longest team name: lower-casing at most halves a text's length
 * (it mostly keeps it), so a longer line is no team's name.
 */
const teamNameBound = 2 * Math.max(0, ...[...allTeamNames].map((name) => name.length))

/**
 * Whether the text is a team's name (`Redaktion`): prose-length lines are
 * ruled out by their length before they are lower-cased.
 */
function isTeamName(text: string): boolean {
  return text.length <= teamNameBound && (allTeamNames.has(text.toLowerCase()) || newsAgencies.has(text.toLowerCase()))
}

/** How many lines below a bare name a labelled byline makes it a caption's. */
const bareNameReach = 3

/** How many lines under the headline, furniture included, a bare name may stand. */
const bareNameWindow = 12

/**
 * Whether a bare name stands right over the headline or just under it and
 * opens with a given name (`Jane Doe` under the standfirst): a byline with
 * no label or date beside it, where two other capitalised words are a
 * kicker or a subheading.
 */
function namedNearHeadline(state: ArticleState, index: number, name: string): boolean {
  const title = state.titleIndex
  if (title === undefined || index < title - 1 || index > title + bareNameWindow || index === title) return false
  // Under the headline, at most a standfirst stands between: header
  // fields and removed furniture do not count.
  let between = 0
  for (let at = title + 1; at < index; at++) if (!state.lines[at]?.fate) between++
  if (between > 1) return false
  const words = name.split(' ')
  if (words.length < 2 || words.length > 4 || !allGivenNames.has((words[0] ?? '').toLowerCase())) return false
  // A labelled byline just below names the author; the bare name is a
  // caption's or a credit's (`Jane Doe` over `Von John Roe`).
  for (let at = index + 1; at <= index + bareNameReach; at++) {
    const below = state.lines[at]
    if (below && bylineRule(state, below.text)) return false
  }
  return true
}

/**
 * Whether the line under a bare name is its handle or e-mail address
 * (`Jane Doe` / `janedoe`, `@janedoe`, `jane.doe@example.com`): a profile.
 */
function overHandle(state: ArticleState, index: number, name: string): boolean {
  const below = (state.lines[index + 1]?.text ?? '').trim().toLowerCase()
  if (below === '' || below.includes(' ')) return false
  const letters = name.toLowerCase().replace(/[^\p{L}]/gu, '')
  const handle = below.replace(/^@/u, '').replace(/@.*$/u, '').replace(/[^\p{L}]/gu, '')
  return handle.length >= 4 && handle === letters
}

/**
 * Whether the line under a bare name opens the same person's biography
 * (`Jane Doe` over `Jane Doe lehrt Geschichte …`): an author box.
 */
function overBiography(state: ArticleState, index: number, name: string): boolean {
  const below = state.lines[index + 1]?.text.trim() ?? ''
  if (!below.startsWith(name + ' ')) return false
  const verb = below.slice(name.length + 1).split(/\s+/u)[0]?.toLowerCase() ?? ''
  return allBiographyVerbs.has(verb)
}

/** An agency after the name (`Jane Doe/dpa`, `Jane Doe, AFP`), from its separator on; tried at one place. */
const agencySuffix = /[/,]\s*[\p{L}\p{N}][\p{L}\p{N}-]{1,12}$/uy

/**
 * The text without an agency after the name and the white space before it
 * (as `/\s*[/,]\s*[\p{L}\p{N}][\p{L}\p{N}-]{1,12}$/u` cuts it). Nothing
 * after the agency's separator is a slash or a comma, so only the last one
 * can open it: one sticky test there, instead of an end-anchored pattern
 * tried from every character of the line. `trimEnd` drops the white space
 * before it as `\s*` does.
 */
function withoutAgency(text: string): string {
  const separator = Math.max(text.lastIndexOf('/'), text.lastIndexOf(','))
  if (separator < 0) return text
  agencySuffix.lastIndex = separator
  return agencySuffix.test(text) ? text.slice(0, separator).trimEnd() : text
}

/**
 * A trimmed text without one separator at its end (`Jane Doe,`, `Jane Doe
 * |`), as `/\s*[,;|]$/u` removes it: a look at the last character instead
 * of a pattern tried from every character. `trimEnd` drops the same
 * white space as `\s`.
 */
function withoutTrailingSeparator(text: string): string {
  const last = text.charCodeAt(text.length - 1)
  return last === 0x2c || last === 0x3b || last === 0x7c ? text.slice(0, -1).trimEnd() : text
}

/** Separators between the parts of a meta line (`12.03.2021 - Jane Doe - 3 comments`). */
const metaSeparator = /\s+[|·•–—-]\s+/u

/**
 * A meta line that holds a date and a name as separate parts
 * (`12.03.2021 um 16:14 Uhr - Jane Doe - 91 comments`, `Jane Doe | 12 March
 * 2021`): the name is the byline, the date the article's date.
 */
function datedNameLine(state: ArticleState, line: ArticleLine): boolean {
  if (line.text.length > 150) return false
  // A labelled name on the line (`Le Monde | 4.5.2015 | Par Jane Doe`) is the author, not the first part.
  if (metaLineName(line.text, true) !== undefined) return false
  const parts = line.text.split(metaSeparator)
  if (parts.length < 2) return false
  const name = parts.find((part) => isLoneName(withoutAgency(part)))
  if (!name || !parts.some((part) => findDate(part) || isTimeLine(part))) return false
  takeByline(state, line, withoutAgency(name))
  return true
}

/**
 * Whether the line above or below is a date or time line, or the one below
 * that when a date word or a profile link stands between (`Jane Doe` / `am`
 * / `26.01.2022`, `Jane Doe` / `Twitter` / `19 FEB 2020`).
 */
function datedNeighbour(state: ArticleState, index: number): boolean {
  const dated = (text: string | undefined) => text !== undefined && (parseDateLine(text) !== undefined || isTimeLine(text))
  if (dated(state.lines[index - 1]?.text) || dated(state.lines[index + 1]?.text)) return true
  const between = (state.lines[index + 1]?.text ?? '').trim()
  // A date word, a profile link, an e-mail address or the newsroom's line
  // (`Redaktion Haus.de`) may stand between the name and its date.
  const linking =
    (!between.includes(' ') && (isDateLineWord(between) || metaFurniture.includes(between.toLowerCase()) || /^\S+@\S+\.\S+$/u.test(between))) ||
    (between.length <= maximumLoneLabelLength && between.split(/\s+/u).some((word) => allTeamNames.has(word.toLowerCase())))
  return linking && dated(state.lines[index + 2]?.text)
}

/**
 * The name a byline rule captured, or the list of names it opens as the
 * line reads it (`von Jane Doe, John Roe` where the rule took `Jane Doe`).
 */
function ruleName(byline: NonNullable<ReturnType<typeof matchRule>>, text: string): string {
  const captured = cleanName(byline.match[1] ?? '')
  const read = metaLineName(text, true)
  if (read === undefined || read.length <= captured.length || !read.startsWith(captured)) return captured
  // Only co-authors lengthen it: a name after a comma or a conjunction.
  return /^(?:,\s*|\s+\S+\s+)\p{Lu}/u.test(read.slice(captured.length)) ? read : captured
}

/** The byline rule that matches a line, with a glued label (`vonJane Doe`) parted first. */
function bylineRule(state: ArticleState, text: string): ReturnType<typeof matchRule> {
  const byline = matchRule(state.presets, 'bylines', unglueLabels(text))
  // A capture that ends in a colon is a label's (`BY CUISINE:`), not a name;
  // a line that is only a label (`Autor:innen`) names no one.
  return byline && (/:\s*$/u.test(byline.match[1] ?? '') || bylineLabel.test(text.trim())) ? undefined : byline
}

/** Rules that remove a caption's credit, which an author line with a picture credit looks like. */
function isCreditRule(rule: string): boolean {
  return rule === 'caption-credit' || rule === 'caption-copyright'
}

/** Whether an author label opens the line (`Text & Fotos: Jane Doe`, `Words: …`). */
function opensWithLabel(text: string): boolean {
  // Most lines open with two ASCII characters that open no label: one
  // lookup spares them the glue check and the pattern. Ungluing only puts
  // spaces in, after the first character at the earliest: the second
  // character may turn into a space, which is looked up too.
  const first = text.charCodeAt(0)
  const second = text.charCodeAt(1)
  if (first < 0x80 && second < 0x80 && !labelOpenings.has(first * 0x80 + second) && !labelOpenings.has(first * 0x80 + 0x20)) return false
  openingLabel.lastIndex = 0
  return openingLabel.test(unglueLabels(text))
}

/** `labelInLine` tried at the line's start only: a paragraph is not searched to its end for a label that must open it. */
const openingLabel = new RegExp(labelInLine.source, 'iuy')

/**
 * The pairs of ASCII characters (`first * 128 + second`) that may open a
 * label, as `openingLabel` compares them (its case folding included); a
 * label of one character may go on with any character.
 */
const labelOpenings: ReadonlySet<number> = (() => {
  const allCodes = Array.from({length: 0x80}, (_, code) => code)
  const matchingByCharacter = new Map<string, number[]>()
  /** The ASCII characters that `character` matches case-insensitively (any one when there is none). */
  const matching = (character: string | undefined): number[] => {
    if (character === undefined) return allCodes
    let codes = matchingByCharacter.get(character)
    if (codes === undefined) {
      const pattern = new RegExp(`^[${character.replace(/[\\\]^-]/gu, '\\$&')}]$`, 'iu')
      codes = allCodes.filter((code) => pattern.test(String.fromCharCode(code)))
      matchingByCharacter.set(character, codes)
    }
    return codes
  }
  const pairs = new Set<number>()
  for (const label of allBylineLabels) {
    // As `labelAlternation` writes it: without its colon.
    const [first, second] = Array.from(label.replace(/:$/u, ''))
    const seconds = matching(second)
    for (const code of matching(first)) for (const next of seconds) pairs.add(code * 0x80 + next)
  }
  return pairs
})()

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

  const byline = bylineRule(state, line.text)
  if (byline && state.byline === undefined) {
    takeByline(state, line, ruleName(byline, line.text))
    return true
  }

  // Before dates: `Jane Doe | 12 March 2021` reads as a date line too.
  if (state.byline === undefined && (nameByline(state, line) || metaByline(state, line))) return true

  const date = parseDateLine(line.text)
  if (date) {
    takeDate(state, line, date)
    return true
  }

  if (isTimeLine(line.text)) {
    remove(line, 'time-line', 'date')
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
