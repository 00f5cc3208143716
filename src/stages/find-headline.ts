import type {ArticleLine, ArticleState} from './article-state.js'
import {countWordsAnyScript, lastLetters, wordCharacterWidth} from '../text.js'
import {matchRule} from './article-state.js'
import type {FoundDate} from './date-line.js'
import {findDate, hasFourDigits, isTimeLine, maximumDateLineLength, parseDateLine, withoutDates} from './date-line.js'
import {isHeadlineShaped} from './headline-shape.js'
import {isQuantityLine} from './line-features.js'
import {characterClass, classesAdjacent, letterClass, lowercaseClass, numberClass, surrogateClass, uppercaseClass} from '../character-class.js'
import {metaFurniture, opensWithBylineLabel} from './header-data.js'
import {allInterfaceWords, allStopWords} from './language-data.js'
import {bylineLabel, isLoneName, labelInLine, metaLineName} from './byline.js'

/*
 * The headline finder: which line above the article block is the headline.
 * Kept apart from the region stage so each can be tuned on its own.
 */

/** How many open lines above the article block the headline may stand. */
const headlineReach = 25

/** The distance a first line beyond reach is scored at: being first is its evidence. */
const firstLineDistance = 10

/** How many open lines into the article block the headline may stand. */
const headlineReachInside = 8

/** How many open lines into the article block a headline right over its byline or date may stand. */
const headlineReachInsideOverHeader = 30

/**
 * Lines wholly in parentheses (a picture's credit, `(Jane Doe / Agency)`),
 * e-mail addresses, web addresses, breadcrumb trails (`Home » News`,
 * `Home / News / Story`) and meta rows of three pipes or more (`26 | 01 |
 * 2022 Travel | Video`, `Home|Magazine|Tips|Story`), and the warnings a
 * server printed over the page (`Deprecated: … in /www/site/file.php on line 520`).
 */
const notHeadline = /^\(.*\)$|@\S|https?:\/\/|^(?:https?:\/\/|www\.)\S*$|\s[»›]\s|[»›]$|\s>\s|\s\/\s.*\s\/\s|(?:\s\|\s.*){3}|(?:\S\|\S.*){3}|\s\/\S+\.php\b/u

/** A character that each of `notHeadline`'s forms holds, but for a line opening with `www.`. */
const notHeadlineCharacter = /[(@»›>/|]/u

/**
 * Links to the previous and next post (`← Older post`, `Newer post →`) and
 * captions with their credit (`The pier in 1950. © Jane Doe`, `Symbolbild`).
 */
const postLinkOrCaption = /^[←‹<]|^«\s(?!.*»)|[→›>]$|©|\b(?:symbolbild|symbolfoto)\b|(?:bild|foto|photo|image)\s?:\s?[\p{L}\p{N}]+\/\S*$/iu

/**
 * Whether a line could be a `postLinkOrCaption`: it opens or ends with an
 * arrow or a guillemet, or holds a `©`, a colon or the letters `ymbol`
 * (case aside: no other character folds to them).
 */
function mayBePostLinkOrCaption(text: string): boolean {
  return (
    text.includes('©') ||
    text.includes(':') ||
    postLinkOpening.includes(text.charAt(0)) ||
    postLinkEnd.includes(text.charAt(text.length - 1)) ||
    symbolLetters.test(text)
  )
}

/** First characters of a link to another post (`← Older post`, `« Back`). */
const postLinkOpening = ['←', '‹', '<', '«']

/** Last characters of a link to another post (`Newer post →`). */
const postLinkEnd = ['→', '›', '>']

/** What `symbolbild` and `symbolfoto` share. */
const symbolLetters = /ymbol/iu

/**
 * A caption with its credit glued on after a slash: an agency in capitals
 * (`The president in Washington / AFP`) or a photographer after the
 * caption's sentence (`Solar panels in Kenya. Agency / Jane Doe`).
 */
const captionWithCredit = /\s\/\s\p{Lu}{2,6}$|[.!?]\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s?\/\s?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u

/** Where copying glued two menu items into one word (`NewsPolitics`). */
const gluedJoint = /\p{Ll}\p{Lu}\p{Ll}/gu

/**
 * Menu items that copying glued together (`TemasCorte SupremaOrganismos`,
 * `NewsPoliticsUN-Klimakonferenz`): `'row'` for joints in two words or
 * three joints, `'word'` for one word with two (`NewsTownHarbour`, or a
 * brand's name such as `DevSecOps`, which a headline may hold).
 */
function gluedMenu(text: string): 'row' | 'word' | undefined {
  // The joints are found by hand, character classes looked up (the
  // pattern's Unicode classes cost microseconds on a line outside Latin-1),
  // as the pattern finds them: left to right, none overlapping. A joint
  // holds no space: a joint past the last space seen opens a new word.
  let joints = 0
  let words = 0
  let wordStart = -1
  let resume = 0
  let before = 0
  let middle = 0
  for (let at = 0; at < text.length; at++) {
    const current = characterClass(text, at)
    // An astral character is one to the pattern, two code units here.
    if ((current & surrogateClass) !== 0) return gluedMenuByPattern(text)
    if (at - 2 >= resume && (before & lowercaseClass) !== 0 && (middle & uppercaseClass) !== 0 && (current & lowercaseClass) !== 0) {
      joints++
      resume = at + 1
      const start = text.lastIndexOf(' ', at - 2) + 1
      if (start !== wordStart) {
        words++
        wordStart = start
      }
    }
    before = middle
    middle = current
  }
  return gluedMenuKind(joints, words)
}

/** `gluedMenu` by its pattern, word by word, for lines with astral characters. */
function gluedMenuByPattern(text: string): 'row' | 'word' | undefined {
  let joints = 0
  let words = 0
  for (const word of text.split(' ')) {
    const found = word.match(gluedJoint)?.length ?? 0
    joints += found
    if (found > 0) words++
  }
  return gluedMenuKind(joints, words)
}

/** What joints in so many words make of a line. */
function gluedMenuKind(joints: number, words: number): 'row' | 'word' | undefined {
  if (joints < 2) return undefined
  return words >= 2 || joints >= 3 ? 'row' : 'word'
}

/** Most paragraphs above a headline in the block, when nothing stands above the block. */
const maximumLostNoticeLines = 1

/** A web address's host in a line (`example.com`, `Example.co.uk`). */
// The lookbehind starts the match only where a word does: the same answers, without retrying from every letter of a long word.
const siteAddress = /(?<![\p{L}\d-])[\p{L}\d-]+\.(?:com|net|org|info|co\.uk|[a-z]{2})(?![\p{L}\d])/u

/** What a web address in a line costs a headline candidate (a headline may name a site too). */
const siteAddressPenalty = 1

/** What a name alone over a date line costs a headline candidate. */
const nameOverDatePenalty = 2

/** What opening with a small function word costs a headline candidate. */
const lowercaseOpeningPenalty = 1.5

/** Whether a line opens with a stop word written small (`in Featured Article …`). */
function opensLowercase(text: string): boolean {
  const first = /^(\p{Ll}+)\s/u.exec(text)?.[1]
  return first !== undefined && allStopWords.has(first)
}

/** What a line made mostly of controls' words costs a headline candidate. */
const interfacePromptPenalty = 3

/** Fewest interface words of a prompt: one may stand in a headline (`Why the cookie crumbled`). */
const minimumInterfaceWords = 2

/**
 * Whether a line is made mostly of the words of a page's controls and
 * prompts (`Skip to content`, `Hinterlasse jetzt einen Kommentar`): two of
 * them at least, and more than half of its words besides stop words (`Why
 * browser cookies are dying` is news about them).
 */
function isInterfacePrompt(text: string): boolean {
  // The words (runs of letters and digits) are found by hand, character
  // classes looked up: splitting every candidate by the pattern was a hot
  // spot of the headline finder. A line with astral characters is left to the pattern.
  const lower = text.toLowerCase()
  let found = 0
  let counted = 0
  let start = -1
  for (let at = 0; at <= lower.length; at++) {
    const kind = at < lower.length ? characterClass(lower, at) : 0
    if ((kind & surrogateClass) !== 0) return isInterfacePromptByPattern(lower)
    if ((kind & (letterClass | numberClass)) !== 0) {
      if (start < 0) start = at
      continue
    }
    if (start < 0) continue
    const word = lower.slice(start, at)
    start = -1
    if (allStopWords.has(word)) continue
    counted++
    if (allInterfaceWords.has(word)) found++
  }
  return found >= minimumInterfaceWords && found * 2 > counted
}

/** `isInterfacePrompt` by its pattern, for a lowercased line with astral characters. */
function isInterfacePromptByPattern(lower: string): boolean {
  let found = 0
  let counted = 0
  for (const word of lower.split(/[^\p{L}\p{N}]+/u)) {
    if (word === '' || allStopWords.has(word)) continue
    counted++
    if (allInterfaceWords.has(word)) found++
  }
  return found >= minimumInterfaceWords && found * 2 > counted
}

/** What a line that looks like menu items glued together costs a headline candidate. */
const gluedMenuPenalty = 3

/** What each open line between the headline and the article block costs a headline candidate. */
const distancePenalty = 0.15

/** What each prose line above a headline candidate (lost if it wins) costs it. */
const lostProsePenalty = 0.75

/** Most prose lines counted against a candidate. */
const maximumLostProse = 4

/** What being the first open line of the text adds to a headline candidate. */
const firstLineBonus = 1

/** Lines apart that a headline printed twice stands at most (heading and breadcrumb); menus repeat further away. */
const nearRepeat = 8

/** Lines apart of a heading printed twice in a row (a blank or a picture between). */
const adjacentRepeat = 2

/** What a line that the page repeats far away adds (a menu repeated in the footer, or the headline in a teaser). */
const farRepeatWeight = 0.5

/** How many lines under a headline its byline or date stands when nothing comes between. */
const nearHeader = 2

/** What a byline or date right under a candidate adds. */
const nearHeaderWeight = 3

/** What a headline's shape (four to twenty words, no final period) adds. */
const headlineShapeWeight = 0.5

/** How many lines under a headline its byline or date may stand. */
const headerWindow = 4

/**
 * Pick the headline among the lines above the article block.
 */
export function findHeadline(state: ArticleState, regionStart: number): number | undefined {
  const lines = state.lines
  // How far each repeated line stands from its nearest copy.
  const repeated = new Map<number, number>()
  for (const line of lines) {
    if (line.repeats === undefined) continue
    const gap = line.index - line.repeats
    for (const index of [line.index, line.repeats]) repeated.set(index, Math.min(gap, repeated.get(index) ?? gap))
  }
  const opening = openingWords(state, regionStart)
  const echoes = echoKeys(state)
  const contents = contentsLines(state)

  let best: number | undefined
  let bestScore = Number.NEGATIVE_INFINITY
  const scores = new Map<number, number>()
  const overlaps = new Map<number, number>()
  const firstOpen = lines.findIndex((line) => open(line))
  // The text's headline line: its first, or the one under a date or byline opening it.
  const openingLine = firstOpen >= 0 && isHeaderLineAt(state, firstOpen) ? nextOpenIndex(state, firstOpen) : firstOpen
  const consider = (index: number, distance: number, inside: boolean, proseLost = 0, evident = false) => {
    const line = lines[index]
    if (!line) return
    // Inside the block, a line of prose is no headline; a long headline
    // without a sentence's end is measured as prose too, unless the page
    // shows it is the headline.
    // A line right over its byline or date shows it too.
    // Asked before the candidate's checks, which cost more and reject
    // nothing that this lets through.
    // So does a meta line naming the author under a line that loses a
    // paragraph at most (a notice or a breadcrumb opening the block), and
    // a breadcrumb or a page title that ends in the line.
    if (
      inside &&
      !evident &&
      state.features[index]?.kind === 'content' &&
      state.features[index]?.sentence &&
      !headerNear(state, index, 1, nearHeader) &&
      !(proseLost <= maximumLostNoticeLines && metaLineNear(state, index)) &&
      echoed(state, echoes, line) !== 'echoed'
    ) {
      return
    }
    if (!isCandidate(state, line)) return
    let score = -distancePenalty * distance
    // Prose above the headline is lost to the article: fail by keeping too
    // much rather than too little.
    score -= lostProsePenalty * Math.min(proseLost, maximumLostProse)
    // A page starting with prose before its headline is rarer than one
    // starting with its headline.
    if (inside) score -= 2
    // Pages print the headline twice (breadcrumb and heading), or quote it
    // in another line (`Share on Facebook: …`, `5 comments on “…”`).
    const echo = echoed(state, echoes, line)
    if (echo === 'echoed') score += echoWeight
    else if (echo === 'quoted') score += 2
    else if (contents.has(index)) score -= contentsPenalty
    else if (repeated.has(index) && !twinInGrid(state, index)) {
      // A line far under its first copy is a menu's item printed again
      // (`Subscriptions` over `Sign out`); a headline is printed again far
      // under itself, in a teaser or the footer.
      if ((repeated.get(index) ?? 0) <= nearRepeat) score += 2
      else if (line.repeats === undefined) score += farRepeatWeight
    }
    // The headline stands right over its byline or date; a kicker over the
    // headline stands a line or two further up.
    // A labelled line (`Source: Agency`) over the author's meta line is the
    // header's furniture, not its headline.
    // Inside the block, only a line losing a paragraph at most: deeper in,
    // a line over an author's meta line heads a section or a box.
    const nearByline =
      headerNear(state, index, 1, nearHeader) ||
      ((!inside || proseLost <= maximumLostNoticeLines) && !labelledLine.test(line.text) && metaLineNear(state, index))
    if (nearByline) score += nearHeaderWeight
    else if (headerNear(state, index, nearHeader + 1, headerWindow)) score += 1
    else if (headerNear(state, index, -2, -1)) score += 1
    // A list of teasers prints a byline or date under every headline.
    if (headersAround(state, index) >= teaserListHeaders) score -= teaserListPenalty
    const shared = overlap(line.text, opening)
    overlaps.set(index, shared)
    score += overlapWeight * shared
    // A copy of the article alone starts with its headline.
    if (index === firstOpen) score += firstLineBonus
    const words = countWordsAnyScript(line.text)
    // Menu items and kickers are one to three words; standfirsts are long sentences.
    if (words < 3) score -= 2
    else if (words === 3) score -= 1
    if (words > 15) score -= 0.15 * (words - 15)
    if (/\.$/u.test(line.text)) score -= 1.5
    // Section labels and kickers are often capitals (`CLIMATE CHANGE`).
    if (words <= 4 && !/\p{Ll}/u.test(line.text)) score -= 2
    // A headline says something: a few words to a long line, no sentence's end.
    if (words >= 4 && words <= 20 && !/\.$/u.test(line.text)) {
      score += headlineShapeWeight
      // A text opening with a headline over its lead paragraph starts with the article, whatever prose stands denser further down;
      // so does a headline between its date and its lead deeper in a page.
      if ((index === openingLine || underHeaderLine(state, index)) && !inside && leadUnder(state, index, regionStart)) score += leadWeight
    }
    if (state.features[index]?.kind === 'content') score -= 2
    // A site's name holds its web address (`The Example.com Blog`, `Review of example.co.uk`).
    // The address holds a period, which most lines lack: the pattern runs only where one stands.
    if (line.text.includes('.') && siteAddress.test(line.text)) score -= siteAddressPenalty
    // A name over the date is a byline more often than a headline (a
    // team's or a dish's name may look like one).
    if (words <= 3 && nameOverDate(state, index)) score -= nameOverDatePenalty
    // A headline opens with a capital or a name; a line opening with a
    // small function word goes on from something (`in Featured Article
    // Tag Tag`, `to our gallery!`).
    if (opensLowercase(line.text)) score -= lowercaseOpeningPenalty
    // Menu items glued into one word look like a headline with a brand
    // name in it (`DevSecOps`): the glue costs, it does not exclude.
    if (gluedMenu(line.text) === 'word') score -= gluedMenuPenalty
    // A picture's caption stands over its credit (`Jane Doe/Agency`, `© X`).
    if (overCredit(state, index)) score -= captionPenalty
    // A short headline (`Sheep basics`, `Downloading Python`) stands right over the prose; a menu item does not.
    // A site's name repeated far away (in the footer) stands there too.
    const farCopy = (repeated.get(index) ?? 0) > nearRepeat
    if (words >= 2 && words <= 3 && !inside && !farCopy && nextOpenIndex(state, index) === regionStart && state.features[regionStart]?.kind === 'content') {
      score += overProseWeight
    }
    // A headline stands right over the article's first paragraph; a
    // table of contents, a fact box or a gallery may cut that paragraph off
    // from the densest run, which then starts lower (the paragraph right
    // over the run is its own, and a subheading or standfirst stands there).
    if (!inside && overCutOffProse(state, index, regionStart)) score += overCutOffProseWeight
    // A control's label or a prompt (`Toggle navigation`, `Zu Favoriten
    // hinzufügen`) is the page talking to its reader, not a headline.
    if (isInterfacePrompt(line.text)) score -= interfacePromptPenalty
    // A line under a line ending in a list's separator (`Press•`, `Climate |`) is the list's last item.
    if (listSeparatorEnd.test(lines[openLineAbove(state, index)]?.text ?? '')) score -= listTailPenalty
    // A label and a short value with a number (`Updated: 2 hours ago`, `Exposure: 60 x 3 minutes`) is a meta line.
    if (labelledValue.test(line.text)) score -= labelledValuePenalty
    // A heading printed twice in a row with its byline or date right under
    // it is an article's header, wherever the densest prose put it.
    const twice = twiceOverHeader(state, index)
    if (twice) score += twiceOverHeaderWeight
    // A line past prose of the block needs evidence of its own (a byline
    // under it, an echo, words of the opening) to be the headline.
    if (inside && proseLost > 0 && !twice && score < (nearByline ? -1 : 0)) return
    scores.set(index, score)
    if (score > bestScore) {
      bestScore = score
      best = index
    }
  }
  let distance = 0
  const above: Array<{index: number; distance: number; proseBelow: number}> = []
  let prose = 0
  for (let index = regionStart; index >= 0 && distance <= headlineReach; index--) {
    if (!open(lines[index])) continue
    distance++
    above.push({index, distance, proseBelow: prose})
    if (state.features[index]?.kind === 'content') prose++
  }
  for (const candidate of above) {
    const own = state.features[candidate.index]?.kind === 'content' ? 1 : 0
    consider(candidate.index, candidate.distance, false, prose - candidate.proseBelow - own)
  }
  // A copy of a recipe, a shop's product or a wiki page starts with its
  // headline far above the densest prose (ingredients, prices and tables
  // come between): the text's first line stays in reach.
  if (firstOpen >= 0 && firstOpen < regionStart && !above.some((candidate) => candidate.index === firstOpen)) {
    consider(firstOpen, firstLineDistance, false, 0)
  }
  // A text opening with its date or byline has its headline right under it.
  if (firstOpen >= 0 && isHeaderLineAt(state, firstOpen)) {
    const second = nextOpenIndex(state, firstOpen)
    if (second !== undefined && second < regionStart && !above.some((candidate) => candidate.index === second)) consider(second, firstLineDistance, false, 0)
  }
  // So does a line far above that the page echoes as its headline (the
  // page title copied with the site's name, a breadcrumb's tail, `3
  // comments on “…”`): a shop or recipe page prints its facts between.
  const farthest = above.at(-1)?.index ?? regionStart
  for (let index = 0; index < farthest; index++) {
    const line = lines[index]
    if (index === firstOpen || !open(line) || !line || !echoes.has(echoKey(line.text))) continue
    if (echoed(state, echoes, line) === 'echoed') consider(index, firstLineDistance, false, 0)
  }
  // And a line far above that stands right over a byline or a date: a
  // table of contents or a gallery may come between it and the prose.
  // Not the heading of a timeline or a fact box, whose dates go on under
  // its own (`Stages of independence` over `Dominion` / `26 September 1907`).
  for (let index = 0; index < farthest; index++) {
    if (index === firstOpen || !open(lines[index]) || scores.has(index)) continue
    if (headerNear(state, index, 1, nearHeader) && !headerNear(state, index, 0, 0) && headersBelow(state, index) < teaserListHeaders) consider(index, firstLineDistance, false, 0)
    // Or that the page prints twice in a row (a shop's or a recipe's heading and its copy).
    else if ((repeated.get(index) ?? Number.POSITIVE_INFINITY) <= adjacentRepeat) consider(index, firstLineDistance, false, 0)
    // Or that stands between its date or byline and its lead paragraph (a page's menus and teasers over it).
    else if (underHeaderLine(state, index) && leadUnder(state, index, regionStart)) consider(index, firstLineDistance, false, 0)
  }
  // The densest prose run may open with a teaser, a newsletter box or a
  // breadcrumb above the headline: lines a few lines inside the block
  // compete too, paying for the prose above them that they lose.
  if (lines.slice(0, regionStart).some((line) => open(line))) {
    const end = Math.min(lines.length - 1, state.region?.end ?? lines.length - 1)
    let inside = 0
    let proseAbove = state.features[regionStart]?.kind === 'content' ? 1 : 0
    for (let index = regionStart + 1; index <= end; index++) {
      if (!open(lines[index])) continue
      inside++
      // An article's header printed twice shows the headline at any depth:
      // the block then opened with the page's teasers or its own
      // introduction, which the article does not lose.
      if (twiceOverHeader(state, index)) consider(index, Math.min(inside, headlineReachInside), true, 0, true)
      // Deeper in, only a line right over a byline or a date: the block
      // then opened with a notice (cookies, an old browser) or teasers.
      // Its header admits it; its depth costs no more than eight lines in
      // (the prose it loses still costs).
      else if (inside <= headlineReachInside || (inside < headlineReachInsideOverHeader && headerNear(state, index, 1, nearHeader) && !headerNear(state, index, 0, 0))) {
        consider(index, Math.min(inside, headlineReachInside), true, proseAbove)
      }
      if (state.features[index]?.kind === 'content') proseAbove++
    }
  }
  if (best !== undefined) {
    const over = headlineOverStandfirst(state, best, scores, overlaps)
    if (over !== undefined) return over
    const short = headlineOverLongStandfirst(state, best, scores, overlaps)
    if (short !== undefined) return short
    const around = headlineAroundBest(state, best, scores)
    if (around !== undefined) return around
    const named = headlineNamingBest(state, best, scores, echoes)
    if (named !== undefined) return named
    const under = headlineUnderKicker(state, best)
    if (under !== undefined && (scores.get(under) ?? Number.NEGATIVE_INFINITY) >= bestScore - kickerMargin) return under
    // A headline broken after its colon starts a line up.
    return headlineContinuation(state, best - 1) === best ? best - 1 : best
  }
  // Only when nothing above will do: the lines before a headline inside the
  // block are lost to the article.
  // Nor when nothing stands above the block and its first line is no
  // headline: the text then has no headline, unless a line in the block's
  // first lines shows that it is one, by a byline or a date right under it
  // or by the page echoing it (a breadcrumb ending in it).
  if (!lines.slice(0, regionStart).some((line) => open(line))) {
    // A paragraph above it (a notice, a breadcrumb) may be lost, no more;
    // and a name over a date is the byline.
    let seen = 0
    let prose = 0
    const last = Math.min(lines.length - 1, state.region?.end ?? lines.length - 1)
    for (let index = regionStart; index <= last && seen < headlineReachInside && prose <= maximumLostNoticeLines; index++) {
      const line = lines[index]
      if (!line || !open(line)) continue
      seen++
      const evidence =
        (headerNear(state, index, 1, nearHeader) && !headerNear(state, index, 0, 0)) || echoed(state, echoes, line) === 'echoed'
      if (index > regionStart && evidence && !isLoneName(line.text)) consider(index, seen, true, prose, true)
      if (state.features[index]?.kind === 'content') prose++
    }
    return best
  }
  // And never past a second paragraph: a headline that far in would cost
  // the article more than a missing headline does.
  distance = 0
  const end = Math.min(lines.length - 1, state.region?.end ?? lines.length - 1)
  for (let index = regionStart + 1; index <= end && distance < headlineReachInside; index++) {
    if (!open(lines[index])) continue
    if (state.features[index]?.kind === 'content') break
    distance++
    consider(index, distance, true)
  }
  return best
}

/** How many lines around a line printed twice in a row another such pair makes them a grid of teasers. */
const twinGridReach = 8

/** Upper lines of the pairs printed twice in a row (a blank or a picture between), computed once a parse. */
const twinCache = new WeakMap<ArticleState, number[]>()

/** Upper lines of the pairs printed twice in a row. */
function twins(state: ArticleState): number[] {
  const cached = twinCache.get(state)
  if (cached) return cached
  const found: number[] = []
  for (const line of state.lines) {
    if (line.repeats !== undefined && line.index - line.repeats <= adjacentRepeat && countWordsAnyScript(line.text) >= 2) found.push(line.repeats)
  }
  twinCache.set(state, found)
  return found
}

/**
 * Whether a line printed twice in a row stands among other such pairs: a
 * grid of teasers prints each headline twice (the picture's text and the
 * link), an article its own headline alone.
 */
function twinInGrid(state: ArticleState, index: number): boolean {
  const line = state.lines[index]
  if (!line) return false
  const found = twins(state)
  const upper = line.repeats !== undefined && index - line.repeats <= adjacentRepeat ? line.repeats : index
  if (!found.includes(upper)) return false
  return found.some((other) => other !== upper && Math.abs(other - upper) <= twinGridReach)
}

/** What a heading printed twice in a row over its byline or date adds to a headline candidate. */
const twiceOverHeaderWeight = 3

/**
 * Whether a line is printed twice in a row (a blank or a picture between
 * the copies) with a byline or a date right under its second copy, and is
 * no byline or date itself.
 */
function twiceOverHeader(state: ArticleState, index: number): boolean {
  const line = state.lines[index]
  if (!line || isHeaderLineAt(state, index)) return false
  let second: number | undefined
  if (line.repeats !== undefined && index - line.repeats <= adjacentRepeat) second = index
  for (let next = index + 1; second === undefined && next <= index + adjacentRepeat; next++) {
    if (state.lines[next]?.repeats === index) second = next
  }
  // A label of a word or two printed twice (a box's title and its copy) is no header.
  // A grid of teasers prints every headline twice, each over its date.
  if (second === undefined || countWordsAnyScript(line.text) < minimumTwiceWords || endsWithStopWord(line.text) || twinInGrid(state, index)) return false
  // The article's prose follows its header; a site's banner printed twice
  // over the date stands over menus.
  for (let under = second + 1; under <= second + nearHeader; under++) {
    if (isHeaderLineAt(state, under)) return proseWithin(state, under, proseAfterHeader)
  }
  return false
}

/** Fewest words of a heading printed twice over its byline or date. */
const minimumTwiceWords = 3

/** How many open lines under an article's byline or date its prose starts at most (a picture's caption, a share row between). */
const proseAfterHeader = 4

/** Whether a paragraph of prose stands within so many open lines under a line. */
function proseWithin(state: ArticleState, index: number, reach: number): boolean {
  let seen = 0
  for (let next = index + 1; next < state.lines.length && seen < reach; next++) {
    if (!open(state.lines[next])) continue
    seen++
    const features = state.features[next]
    if (features?.kind === 'content' && features.sentence) return true
  }
  return false
}

/** Whether a line ends with a small function word: it is cut off or a label (`US & Canada is sponsored by`). */
function endsWithStopWord(text: string): boolean {
  const last = lastLetters(text)
  return last !== '' && allStopWords.has(last.toLowerCase())
}

/** Fewest words of a headline that a kicker is glued before. */
const minimumEchoedTailWords = 4

/**
 * The headline without a kicker that copying glued before it without a
 * separator (`Internal papers online Data of the arms maker hacked`,
 * `Food security Minister: …`): the end of the line, after two words or
 * more, that the page prints elsewhere as a line of its own or as a page
 * title's part (`Data of the arms maker hacked - Internal papers online`).
 * A kicker set off by a colon or a dash is often part of the headline as
 * published (`Firefox – Less advertising`), and stays. `undefined` when the
 * page prints no such end.
 */
export function headlineWithoutKicker(state: ArticleState, index: number): string | undefined {
  const text = state.lines[index]?.text
  if (text === undefined || !text.includes(' ')) return undefined
  const echoes = echoKeys(state)
  const elsewhere = (found: readonly number[] | undefined) => found?.some((other) => other !== index) === true
  // A line of its own holding the end: its length is the end's, give or take the punctuation its key drops.
  const printed = (tail: string, key: string) =>
    state.lines.some((other) => other.index !== index && Math.abs(other.text.length - tail.length) <= maximumKeyTrim && echoKey(other.text) === key)
  let words = 0
  for (let space = text.indexOf(' '); space >= 0 && words < maximumKickerWords; space = text.indexOf(' ', space + 1)) {
    words++
    const tail = text.slice(space + 1)
    if (countWordsAnyScript(tail) < minimumEchoedTailWords) return undefined
    // Glued: a word's end, a space, a word's start.
    // A kicker ending in a function word runs on into the line (`Best of Rust wines`).
    const kicker = text.slice(0, space)
    if (words < minimumKickerWords || !/[\p{L}\p{N}]$/u.test(kicker) || !/^[\p{L}\p{N}]/u.test(tail) || endsWithStopWord(kicker)) continue
    const key = echoKey(tail)
    if (key.length >= minimumEcho && (elsewhere(echoes.get(key)) || printed(tail, key))) return tail
  }
  return undefined
}

/** Most characters an echo key drops from a line's ends (`Headline:`, `– Headline –`). */
const maximumKeyTrim = 4

/** Fewest words of a kicker glued before a headline (one word may open the headline: `Easy pineapple cake`). */
const minimumKickerWords = 2

/** Fewest words of a headline's first part broken after a colon (`Read more:` is a label). */
const minimumBrokenStartWords = 4

/** Most words of a headline's first part broken after a colon. */
const maximumBrokenStartWords = 10

/**
 * The line that goes on with a headline broken after its colon (`Dance at
 * the old depot:` over `Washed with all waters`), if the line at
 * `index` is such a first part: the next line, when it has a headline's shape.
 */
export function headlineContinuation(state: ArticleState, index: number): number | undefined {
  const line = state.lines[index]
  const next = state.lines[index + 1]
  if (!line || !next || !open(line) || !open(next)) return undefined
  const text = line.text
  const words = countWordsAnyScript(text)
  // A dash ends section labels too (`Science —`): only a colon breaks a headline.
  if (!/\p{L}:$/u.test(text) || words > maximumBrokenStartWords || words < minimumBrokenStartWords) return undefined
  // The first part must be a headline but for its end, and not a label of the page's furniture.
  if (candidateRejection(state, {...line, text: text.replace(/:$/u, '')}) !== undefined) return undefined
  // A quotation under a line ending in a colon is a headline of its own (`And more on water:` over `»Keep it clean!«`).
  if (candidateRejection(state, next) !== undefined || /\.$/u.test(next.text) || /^[«»“”„"‹›'‘’]/u.test(next.text)) return undefined
  return next.index
}

/**
 * Whether a headline stands beyond the reach of the article block (the
 * first line of a recipe or a shop page): the lines between are the page's
 * furniture, not the article's opening.
 */
export function beyondReach(state: ArticleState, titleIndex: number, regionStart: number): boolean {
  let distance = 0
  for (let index = regionStart; index > titleIndex; index--) {
    if (open(state.lines[index])) distance++
    if (distance > headlineReach) return true
  }
  return false
}

/** Most words of a kicker (`Betriebliche Altersvorsorge`, `ENVIRONMENT`). */
const maximumKickerWords = 5

/** How much less a headline under a kicker may score than the kicker. */
const kickerMargin = 1.5

/** How many words more than its kicker a headline has, at least. */
const minimumExtraWords = 2

/** Most words of a headline under a kicker: longer lines are standfirsts. */
const maximumUnderKickerWords = 16

/** How many open lines under a kicker its headline may stand (a picture credit may come between). */
const kickerGap = 2

/**
 * The headline under a kicker: a line of a few words over a longer
 * headline-shaped line is a section label or a topic (`Heizen mit Holz` over
 * `Heizen mit Abfallholz: Mit dieser Erfindung funktioniert es`), not the
 * headline. A standfirst under a short headline ends like a sentence, with a
 * period, and stays a standfirst.
 */
function headlineUnderKicker(state: ArticleState, kicker: number): number | undefined {
  const kickerWords = countWordsAnyScript(state.lines[kicker]?.text ?? '')
  if (kickerWords > maximumKickerWords) return undefined
  let seen = 0
  for (let index = kicker + 1; index < state.lines.length && seen < kickerGap; index++) {
    const line = state.lines[index]
    if (!open(line) || !line) continue
    seen++
    // A byline or a date under the short line makes it the headline.
    if (headerNear(state, index, 0, 0)) return undefined
    if (!isCandidate(state, line)) continue
    // The short line printed again (with soft hyphens) is its copy, not a headline under it.
    if (echoKey(line.text) === echoKey(state.lines[kicker]?.text ?? '')) return undefined
    // A meta line naming the author (`von jdoe | Eingetragen bei: …`) is no headline.
    if (metaLineName(line.text) !== undefined) return undefined
    const words = countWordsAnyScript(line.text)
    if (words < kickerWords + minimumExtraWords || words > maximumUnderKickerWords) return undefined
    if (/\.$/u.test(line.text) && !/(?:\.\.\.|…)$/u.test(line.text)) return undefined
    return index
  }
  return undefined
}

/** Least share of its words that a headline over a standfirst shares with the article's opening. */
const minimumStandfirstOverlap = 0.4

/** How many words more than the line under it a headline over its standfirst may have. */
const standfirstExtraWords = 2

/** How much less a headline over its standfirst may score than the standfirst. */
const standfirstMargin = 3

/**
 * The headline over a standfirst: of two headline-shaped lines one under
 * the other, the upper is the headline and the lower its standfirst (or the
 * author's name, or a picture's caption), which shares more words with the
 * article and stands nearer to it. A kicker of a few words over a headline
 * is the other way round (see `headlineUnderKicker`).
 */
function headlineOverStandfirst(
  state: ArticleState,
  best: number,
  scores: ReadonlyMap<number, number>,
  overlaps: ReadonlyMap<number, number>
): number | undefined {
  const index = openLineAbove(state, best)
  const line = state.lines[index]
  const score = scores.get(index)
  if (!line || score === undefined) return undefined
  const words = countWordsAnyScript(line.text)
  if (words <= maximumKickerWords) return undefined
  // A standfirst says more than its headline: a longer line over a shorter
  // one is a teaser or an overline, and the shorter line the headline.
  if (words > countWordsAnyScript(state.lines[best]?.text ?? '') + standfirstExtraWords) return undefined
  // The headline speaks of the article; a tagline, a tag list or a link to
  // another post over it does not.
  if ((overlaps.get(index) ?? 0) < minimumStandfirstOverlap) return undefined
  // A caption over the picture's credit ends like a sentence; a tag list
  // runs on commas.
  if (/\.$/u.test(line.text) || (line.text.match(/,\s/gu)?.length ?? 0) >= 2) return undefined
  // A quotation alone over a headline that is none is a pull quote, the
  // story's kicker (`'The most important thing is …'` over the headline).
  if (wholeQuotation.test(line.text) && !wholeQuotation.test(state.lines[best]?.text ?? '')) return undefined
  return score >= (scores.get(best) ?? 0) - standfirstMargin ? index : undefined
}

/** Most words of a headline: a longer best line is a standfirst (a headline rarely runs past fifteen words). */
const maximumOverStandfirstWords = 15

/** How much less the headline over a long standfirst may score than the standfirst. */
const longStandfirstMargin = 3

/**
 * The headline over a long standfirst: when the best line is longer than
 * headlines run, the shorter line right over it that speaks of the
 * article too (shares words with its opening: a section label does not) is
 * the headline, and the long line its standfirst, which wins by saying
 * more of the article. A line in capitals over it is a kicker over a long headline. `headlineOverStandfirst` handles standfirsts of a
 * headline's length over which a headline stands as long.
 */
function headlineOverLongStandfirst(
  state: ArticleState,
  best: number,
  scores: ReadonlyMap<number, number>,
  overlaps: ReadonlyMap<number, number>
): number | undefined {
  const bestWords = countWordsAnyScript(state.lines[best]?.text ?? '')
  if (bestWords <= maximumOverStandfirstWords) return undefined
  const index = openLineAbove(state, best)
  const score = scores.get(index)
  const text = state.lines[index]?.text ?? ''
  if (score === undefined || (overlaps.get(index) ?? 0) === 0) return undefined
  // A kicker in capitals (`BLACK DEATH FEARS`) stands over a long headline.
  if (countWordsAnyScript(text) >= bestWords || !/\p{Ll}/u.test(text)) return undefined
  return score >= (scores.get(best) ?? 0) - longStandfirstMargin ? index : undefined
}

/** How many lines over and under the best line the two copies of a headline printed around it stand at most. */
const aroundReach = 4

/** How much less a headline printed around the best line may score than the best line. */
const aroundMargin = 3

/**
 * The headline printed twice around the best line: pages print the
 * headline in a title or a breadcrumb and again as the heading, with the
 * header's furniture between (a kicker, a subheading, a picture's caption);
 * a line between two close copies of another is that furniture. A line of
 * one word printed twice is a menu's label (`Main content`).
 */
/** Fewest words a caption adds to the name of the page's subject. */
const minimumCaptionWords = 5

/**
 * An echoed headline a few lines over the best line, which opens with it and
 * goes on (`Westend` over `Westend The theatre at night`): the best line is a
 * caption naming the page's subject, the echoed line its headline.
 */
function headlineNamingBest(
  state: ArticleState,
  best: number,
  scores: ReadonlyMap<number, number>,
  echoes: ReadonlyMap<string, readonly number[]>
): number | undefined {
  const text = state.lines[best]?.text ?? ''
  for (let above = best - 1; above >= Math.max(0, best - aroundReach); above--) {
    const line = state.lines[above]
    if (!line || !scores.has(above) || !text.startsWith(`${line.text} `)) continue
    // A caption describes in words of its own; a subtitle after a dash, or a few words more, finish the headline.
    const rest = text.slice(line.text.length + 1)
    if (!/^\p{L}/u.test(rest) || countWordsAnyScript(rest) < minimumCaptionWords) continue
    if (echoed(state, echoes, line) === 'echoed' && (scores.get(above) ?? 0) >= (scores.get(best) ?? 0) - aroundMargin) return above
  }
  return undefined
}

function headlineAroundBest(state: ArticleState, best: number, scores: ReadonlyMap<number, number>): number | undefined {
  const end = Math.min(state.lines.length - 1, best + aroundReach)
  for (let below = best + 1; below <= end; below++) {
    const line = state.lines[below]
    const copy = line?.repeats
    if (!line || copy === undefined || copy >= best || copy < best - aroundReach || countWordsAnyScript(line.text) < 2) continue
    const score = Math.max(scores.get(below) ?? Number.NEGATIVE_INFINITY, scores.get(copy) ?? Number.NEGATIVE_INFINITY)
    if (score >= (scores.get(best) ?? 0) - aroundMargin) return scores.has(below) ? below : copy
  }
  return undefined
}

/** A line that is one quotation, in any language's quote marks. */
const wholeQuotation = /^['‘’"“”„«»‹›][^'‘’"“”„«»‹›]{5,200}['‘’"“”„«»‹›]$/u

/** A label of one or two words and a value of at most four with a number (`Updated: 2 hours ago`). */
const labelledValue = /^[\p{L}-]+(?: [\p{L}-]+)?: ?(?=.*\d)(?:\S+(?: \S+){0,3})$/u

/** A line ending in a list's separator, the list going on in the next line. */
const listSeparatorEnd = /[•|·,;]\s*$/u

/** What standing under a line that ends in a list's separator costs a headline candidate. */
const listTailPenalty = 2

/** What a labelled short value costs a headline candidate. */
const labelledValuePenalty = 1.5

/** What standing right over a paragraph cut off above the block adds to a headline candidate. */
const overCutOffProseWeight = 1

/**
 * Whether the next open line under a line is a paragraph of prose that
 * stands above the article block, not its first line.
 */
function overCutOffProse(state: ArticleState, index: number, regionStart: number): boolean {
  const after = nextOpenIndex(state, index)
  if (after === undefined || after >= regionStart) return false
  const features = state.features[after]
  return features?.kind === 'content' && features.sentence
}

/** What a text's opening line standing over its lead paragraph adds to a headline candidate. */
const leadWeight = 2

/** How many open lines under a headline its lead paragraph may start (a byline or a date between). */
const leadReach = 2

/** Whether the open line right above a line is a byline or a date line. */
function underHeaderLine(state: ArticleState, index: number): boolean {
  const above = openLineAbove(state, index)
  return above >= 0 && isHeaderLineAt(state, above)
}

/** Whether a paragraph of prose above the article block starts within a few lines under a line. */
function leadUnder(state: ArticleState, index: number, regionStart: number): boolean {
  let next: number | undefined = index
  for (let step = 0; step < leadReach; step++) {
    next = nextOpenIndex(state, next)
    if (next === undefined || next >= regionStart) return false
    const features = state.features[next]
    if (features?.kind === 'content' && features.sentence) return true
  }
  return false
}

/** What standing right over the first paragraph of the block adds to a headline candidate. */
const overProseWeight = 1

/** The next open line after a line. */
function nextOpenIndex(state: ArticleState, index: number): number | undefined {
  for (let next = index + 1; next < state.lines.length; next++) if (open(state.lines[next])) return next
  return undefined
}

/** What standing over a picture credit costs a headline candidate. */
const captionPenalty = 2

/** Most words of a credit line standing alone (`Photo: Jane Doe/Agency`); a caption with its credit is longer. */
const maximumCreditWords = 10

/** Whether the next line is a picture credit, removed as one or matching a credit rule. */
function overCredit(state: ArticleState, index: number): boolean {
  const next = state.lines[index + 1]
  // A caption with its credit glued on follows a headline too: only a credit alone counts.
  if (!next || countWordsAnyScript(next.text) > maximumCreditWords) return false
  if (next.fate?.kind === 'removed' && (next.fate.rule === 'caption-credit' || next.fate.rule === 'caption-copyright')) return true
  return matchRule(state.presets, 'credits', next.text) !== undefined
}

/** Index of the nearest open line (see `open`) above `index`, -1 when there is none. */
function openLineAbove(state: ArticleState, index: number): number {
  let above = index - 1
  while (above >= 0 && !open(state.lines[above])) above--
  return above
}

/** Whether a line is free, or removed only as a repeat (a headline printed twice). */
function open(line: ArticleLine | undefined): boolean {
  if (!line) return false
  return !line.fate || (line.fate.kind === 'removed' && line.fate.rule === 'duplicate-line')
}

function isCandidate(state: ArticleState, line: ArticleLine): boolean {
  // A line of the state is asked about from several passes: answered once a parse.
  if (state.lines[line.index] === line) return isCandidateAt(state, line.index)
  return candidateRejection(state, line) === undefined
}


function candidateAt(state: ArticleState, index: number): boolean {
  const line = state.lines[index]
  return line !== undefined && candidateRejection(state, line) === undefined
}

function candidateRejection(state: ArticleState, line: ArticleLine): string | undefined {
  const text = line.text
  // Most patterns below need a character that most lines lack (a slash, a
  // colon): a cheap test of it comes first, and the pattern only runs where
  // it could match.
  if (!isHeadlineShaped(text)) return 'shape'
  if (!(classesAdjacent(text, letterClass, letterClass) ?? twoLetters.test(text))) return 'letters'
  // A dated line is a byline or a date line, unless it says enough without
  // its date (`Report on the pandemic of 22.04.2020 – what is the wait for?`).
  const found = foundDate(state, text)
  if (found && !isDatedHeadline(state, text, found)) return 'date'
  if (text.endsWith(':')) return 'colon'
  if ((notHeadlineCharacter.test(text) || text.startsWith('www.')) && notHeadline.test(text)) return 'notHeadline'
  if (mayBePostLinkOrCaption(text) && postLinkOrCaption.test(text)) return 'postLinkOrCaption'
  if (text.includes('/') && captionWithCredit.test(text)) return 'captionWithCredit'
  if (text.includes(':') && furnitureLabelInside.test(text)) return 'metaLabel'
  if (/[»›]/u.test(text) && !/[«‹]/u.test(text)) return 'guillemet'
  if (text.endsWith(',')) return 'comma'
  if (isTagList(text)) return 'taglist'
  if (opensWithBylineLabel(text)) return 'bylineLabel'
  // Nor a byline's label alone (`By`, `Autor:`) over the author's name.
  if (text.length <= maximumLoneLabel && bylineLabel.test(text)) return 'bylineLabel'
  // Nor a label and a name (`Columnist: Jane Doe`).
  const labelled = text.includes(':') ? /^[\p{L}*-]+:\s+(.+)$/u.exec(text) : null
  if (labelled && isLoneName(labelled[1] ?? '')) return 'labelledName'
  // Meta furniture alone (`Leave a reply`, `Kommentare`) is no headline.
  if (isFurniture(text)) return 'furniture'
  if (gluedMenu(text) === 'row') return 'gluedMenu'
  if (isIngredient(state, line.index)) return 'ingredient'
  const previous = state.lines[line.index - 1]
  if (previous && bylineLabel.test(previous.text)) return 'underBy'
  for (const kind of ['bylines', 'credits', 'relatedHeaders', 'endMarkers'] as const) {
    if (matchRule(state.presets, kind, line.text)) return kind
  }
  return undefined
}

/**
 * A meta label inside a line (`Issue 2022/3 Category: Basics`): a meta
 * line. At the start, some are a headline's kicker (`Kommentar: …`).
 */
const furnitureLabelInside = new RegExp(`\\S\\s(?:${metaFurniture.join('|')}):`, 'iu')

/** How many lines on each side an ingredient's neighbour in its list may stand (copying puts blank and repeated lines between). */
const ingredientNeighbourReach = 2

/**
 * Whether a line is an entry of an ingredient or parts list (`3 cubes
 * chicken stock`): a quantity line with another within two lines of it.
 * One quantity line alone may be a headline (`10 small changes that …`).
 */
function isIngredient(state: ArticleState, index: number): boolean {
  if (!isQuantityLine(state.lines[index]?.text ?? '')) return false
  for (let at = index - ingredientNeighbourReach; at <= index + ingredientNeighbourReach; at++) {
    if (at !== index && isQuantityLine(state.lines[at]?.text ?? '')) return true
  }
  return false
}

/** Two letters in a row, for lines with astral characters. */
const twoLetters = /\p{L}{2}/u

/** Meta furniture, to look a line up in. */
const furniture: ReadonlySet<string> = new Set(metaFurniture)

/** The longest piece of furniture: lowercasing never shortens a text, so a longer line is none. */
const longestFurniture = Math.max(...metaFurniture.map((piece) => piece.length))

/** Whether a line is meta furniture alone (`Leave a reply`, `Kommentare`), any case. */
function isFurniture(text: string): boolean {
  return text.length <= longestFurniture && furniture.has(text.toLowerCase())
}

/** Fewest words besides its date of a headline with a date in it. */
const minimumDatedHeadlineWords = 5

/**
 * Whether a line with a date in it (`found`, what `findDate` found in it) is
 * a headline: not a date line, no clock time and no byline label (`3 May
 * 2021 18:13 // Author: jdoe`), and enough words besides the date.
 */
function isDatedHeadline(state: ArticleState, text: string, found: FoundDate): boolean {
  if (dateLineDate(state, text) !== null || /\d:\d\d/u.test(text)) return false
  labelInLine.lastIndex = 0
  if (labelInLine.test(text)) return false
  // A date between separators is a meta line's (`Jane Doe – 14.09.2022 – Column, Tags`).
  if (betweenSeparators(text, found.match)) return false
  return countWordsAnyScript(withoutDates(text, ' ', found)) >= minimumDatedHeadlineWords
}

/** Separators of a meta line's parts. */
const metaSeparator = /[–—|·•/]/u

/** Whether a part of a line stands between two separators (`… – part – …`). */
function betweenSeparators(text: string, part: string): boolean {
  const at = text.indexOf(part)
  if (at < 0) return false
  const before = text.slice(0, at).trimEnd().at(-1) ?? ''
  const after = text.slice(at + part.length).trimStart()[0] ?? ''
  return metaSeparator.test(before) && metaSeparator.test(after)
}

/** Fewest items of a tag list. */
const minimumTags = 3

/** Most words of one tag. */
const maximumTagWords = 3

/** Whether a line is a list of short items between commas (`Politics, Justice, Jane Doe`). */
function isTagList(text: string): boolean {
  // Tags are bare words: quotes and a colon make the line a headline (`Review: «A», «B», «C»`).
  if (!text.includes(', ') || /[:“”"„«»‹›]/u.test(text)) return false
  const items = text.split(/\s*,\s+/u)
  return items.length >= minimumTags && items.every((item) => countWordsAnyScript(item) <= maximumTagWords)
}

/** How many lines around a candidate a list of teasers is looked for in. */
const teaserListReach = 8

/** Fewest bylines or dates around a candidate, besides its own, that make it one teaser of a list. */
const teaserListHeaders = 2

/** What standing in a list of teasers costs a headline candidate. */
const teaserListPenalty = 1.5

/**
 * How many bylines and date lines stand over a line: a list of teasers
 * prints one under every headline, an article's header only under its own.
 */
/** Bylines or dates under a line past its own (within `nearHeader` lines), each with the date on the next line counted once. */
function headersBelow(state: ArticleState, index: number): number {
  let count = 0
  let previous = false
  const end = Math.min(state.lines.length - 1, index + teaserListReach)
  for (let at = index + nearHeader + 1; at <= end; at++) {
    const found = headerNear(state, at, 0, 0)
    if (found && !previous) count++
    previous = found
  }
  return count
}

function headersAround(state: ArticleState, index: number): number {
  let count = 0
  let previous = false
  for (let at = Math.max(0, index - teaserListReach); at < index; at++) {
    const found = headerNear(state, at, 0, 0)
    // A byline with its date on the next line is one header.
    if (found && !previous) count++
    previous = found
  }
  return count
}

/** Whether the line is a name alone over a date line, or over a button (`Follow`) over one. */
function nameOverDate(state: ArticleState, index: number): boolean {
  return isNameOverDateAt(state, index)
}

function nameOverDateAt(state: ArticleState, index: number): boolean {
  const under = state.lines[index + 1]?.text ?? ''
  const dated = isHeaderLine(state, under) || (isFurniture(under) && isHeaderLine(state, state.lines[index + 2]?.text ?? ''))
  return dated && isLoneName(state.lines[index]?.text ?? '')
}

/** Longest line read as a byline label alone (`Written by:`). */
const maximumLoneLabel = 40

/** Whether a byline or a date line stands between `from` and `to` lines from the line. */
function headerNear(state: ArticleState, index: number, from: number, to: number): boolean {
  const end = Math.min(state.lines.length - 1, index + to)
  for (let next = Math.max(0, index + from); next <= end; next++) if (isHeaderLineAt(state, next)) return true
  return false
}

/** Whether the line at an index is a byline or date, or stands for one. */
function headerLineAt(state: ArticleState, index: number): boolean {
  const text = state.lines[index]?.text ?? ''
  if (isHeaderLine(state, text)) return true
  // An author's name alone over the date is a byline too, a button
  // (`Follow`) between them or not.
  if (nameOverDate(state, index)) return true
  // So is a label alone over the author's name (`By`).
  if (text.length <= maximumLoneLabel && bylineLabel.test(text)) return true
  // And the author's name with the date after it (`Jane Doe 3/5/2022 22:41`).
  return namedDate(state, text)
}

/** Longest line read as an author's name with a date (`Jane Doe 3/5/2022 22:41`). */
const maximumNamedDate = 80

/** Whether a text is a name with a date after it, and a time of day or not. */
function namedDate(state: ArticleState, text: string): boolean {
  if (text.length > maximumNamedDate || !/^\p{Lu}/u.test(text) || !/\d/u.test(text)) return false
  const found = foundDate(state, text)
  if (!found) return false
  // The name comes first; the date and the time end the line.
  const at = text.indexOf(found.match)
  const name = text.slice(0, at).replace(/[\s,|·•–—-]+$/u, '')
  const rest = withoutDates(text.slice(at), ' ', found).trim()
  return rest === '' && name !== '' && isLoneName(name)
}

/**
 * A question about the line at an index, answered once a parse (0 unknown,
 * 1 no, 2 yes): candidates' windows overlap, so each line is asked about
 * many times.
 */
function oncePerLine(answer: (state: ArticleState, index: number) => boolean): (state: ArticleState, index: number) => boolean {
  const answers = new WeakMap<ArticleState, Uint8Array>()
  return (state, index) => {
    let known = answers.get(state)
    if (!known) {
      known = new Uint8Array(state.lines.length + 1)
      answers.set(state, known)
    }
    // Indexes past the lines (a window's edge) are answered without a slot.
    if (index < 0 || index >= known.length) return answer(state, index)
    const value = known[index]
    if (value !== 0) return value === 2
    const yes = answer(state, index)
    known[index] = yes ? 2 : 1
    return yes
  }
}

const isHeaderLineAt = oncePerLine(headerLineAt)
const isNameOverDateAt = oncePerLine(nameOverDateAt)
const isCandidateAt = oncePerLine(candidateAt)

/** A short label before a colon opening a line (`Source: …`, `来源：…`). */
const labelledLine = /^[^\s:：]{1,12}\s?[:：]/u

/** Longest meta line read for an author's name under a headline. */
const maximumMetaLine = 160

/**
 * Whether a labelled meta line naming the author (`1. Mai 2016 von jdoe
 * Ein Kommentar`) stands right under a line above the article block: the
 * byline of the story under its headline. Only the next two lines are read.
 * A meta row with a date among its fields (`Jane Doe – 14.09.2022 –
 * Column`) counts only right under a headline-shaped line: under a
 * paragraph it is the standfirst's, two lines down a menu's.
 */
function metaLineNear(state: ArticleState, index: number): boolean {
  const end = Math.min(state.lines.length - 1, index + nearHeader)
  for (let next = index + 1; next <= end; next++) {
    const text = state.lines[next]?.text ?? ''
    if (text.length === 0 || text.length > maximumMetaLine) continue
    if (isMetaLine(state, text)) return true
    if (next === index + 1 && state.features[index]?.kind !== 'content' && isDatedMetaRow(state, text)) return true
  }
  return false
}

/**
 * A question about a line's text, answered once a parse: candidates' windows
 * overlap, so the same lines are asked about many times.
 */
function oncePerParse<Answer extends {} | null>(answer: (state: ArticleState, text: string) => Answer): (state: ArticleState, text: string) => Answer {
  const answers = new WeakMap<ArticleState, Map<string, Answer>>()
  return (state, text) => {
    let known = answers.get(state)
    if (!known) {
      known = new Map()
      answers.set(state, known)
    }
    let value = known.get(text)
    if (value === undefined) {
      value = answer(state, text)
      known.set(text, value)
    }
    return value
  }
}

/** Fields of a meta row: a dash, a bar or a dot between spaces. */
const metaRowSeparator = /\s[–—|·•]\s/u

/** Whether a text is a meta row with a date among its fields (`Jane Doe – 14.09.2022 – Column, Family`). */
const isDatedMetaRow = oncePerParse((state, text) => {
  const fields = text.split(metaRowSeparator)
  return fields.length >= 2 && fields.some((field) => dateLineDate(state, field.trim()) !== null)
})

/** Whether a text is a labelled meta line naming the author. */
const isMetaLine = oncePerParse((_state, text) => metaLineName(text, true) !== undefined)

/**
 * The date in a text (`null` for none): several checks read a line's date,
 * and finding it is the costly part.
 */
const foundDate = oncePerParse((_state, text): FoundDate | null => findDate(text) ?? null)

/** The date of a text that is only a date (`null` for any other text). */
const dateLineDate = oncePerParse(
  // A line too long for a date line is not searched for its date.
  (state, text): string | null => parseDateLine(text, text.length > maximumDateLineLength ? null : foundDate(state, text)) ?? null
)

/** Whether a text is a byline, date or time line. */
const isHeaderLine = oncePerParse((state, text) =>
  Boolean(matchRule(state.presets, 'bylines', text) || dateLineDate(state, text) !== null || isTimeLine(text))
)

/** Fewest lines in a row, each printed again further down in the same order, of a table of contents or a menu. */
const minimumContentsRun = 3

/** What standing in a table of contents or a menu printed again further down costs a headline candidate. */
const contentsPenalty = 4

/**
 * Lines of a table of contents (its entries come back further down as the
 * article's subheadings) or of a menu (printed again in the footer): runs
 * of lines in a row, each printed again further down, the copies in the
 * same order. A headline printed twice stands alone, or with its own byline.
 */
function contentsLines(state: ArticleState): Set<number> {
  const lines = state.lines
  const copyBelow = new Map<number, number>()
  for (const line of lines) {
    if (line.repeats !== undefined && !copyBelow.has(line.repeats)) copyBelow.set(line.repeats, line.index)
  }
  const found = new Set<number>()
  let run: number[] = []
  const close = () => {
    if (run.length >= minimumContentsRun) for (const index of run) found.add(index)
    run = []
  }
  for (const line of lines) {
    if (!open(line)) continue
    const copy = copyBelow.get(line.index)
    const previous = run.at(-1)
    // A copy right under the line is a heading printed twice, not an entry.
    if (copy === undefined || copy - line.index <= adjacentRepeat) {
      close()
      continue
    }
    if (previous !== undefined && (copyBelow.get(previous) ?? 0) >= copy) close()
    run.push(line.index)
  }
  close()
  return found
}

/** Fewest characters of a headline that another line may quote. */
const minimumQuoted = 16

/** Lines this close to a candidate do not count as quoting it. */
const quoteGap = 2

/** How many lines each headline candidate is looked for in. */
const quoteReach = 400

/** How many paragraphs of the article block a headline's words are looked for in. */
const openingParagraphs = 10

/** Content words of the first paragraphs of the article block. */
function openingWords(state: ArticleState, regionStart: number): Set<string> {
  const words = new Set<string>()
  let taken = 0
  for (let index = regionStart; index < state.lines.length && taken < openingParagraphs; index++) {
    const line = state.lines[index]
    if (!line || state.features[index]?.kind !== 'content') continue
    taken++
    for (const word of contentWords(line.text)) words.add(word)
  }
  return words
}

/** Most that sharing words with the opening paragraphs adds to a headline candidate. */
const overlapWeight = 3

/** Fewest words a share of shared words is taken over, so that a one-word kicker does not share all its words. */
const overlapFloor = 4

/**
 * Share of a line's content words that the opening paragraphs use, over at
 * least `overlapFloor` words: a kicker (`Nordkorea`) repeats the story's
 * main word, the headline above the story repeats several.
 */
function overlap(text: string, opening: ReadonlySet<string>): number {
  const words = contentWords(text)
  if (words.length === 0) return 0
  let shared = 0
  for (const word of words) if (opening.has(word)) shared++
  return shared / Math.max(words.length, overlapFloor)
}

/** Fewest letters, marks or digits (code points) of a content word. */
const minimumContentWordLength = 3

/**
 * The words of a line that say what it is about: runs of three letters,
 * marks or digits or more (what `/[\p{L}\p{M}\p{N}]{3,}/gu` matches in the
 * lowercased line), stop words left out.
 */
function contentWords(text: string): string[] {
  // Read by hand: the pattern's match array, filtered into a second one,
  // was a hot spot of a parse (the opening paragraphs are long).
  const lower = text.toLowerCase()
  const words: string[] = []
  const length = lower.length
  let at = 0
  while (at < length) {
    let width = wordCharacterWidth(lower, at)
    if (width === 0) {
      at++
      continue
    }
    const start = at
    // Code points, as the pattern's `{3,}` counts them.
    let points = 0
    while (width > 0) {
      at += width
      points++
      width = at < length ? wordCharacterWidth(lower, at) : 0
    }
    if (points < minimumContentWordLength) continue
    const word = lower.slice(start, at)
    if (!allStopWords.has(word)) words.push(word)
  }
  return words
}

/** What a headline that the page echoes elsewhere gains. */
const echoWeight = 3

/** Longest line read for echoes: paragraphs quote people, not the page's headline. */
const maximumEchoLine = 250

/** Fewest characters of an echo: shorter ones are menu words. */
const minimumEcho = 5

/** Quotations, in the quote pairs of the languages the pages are in. */
const quotation = /[“"„«»‹›「『]([^“”"„«»‹›「」『』]{5,200})[”"“»«›‹」』]/gu

/**
 * Separators of page titles (`Headline | Site`, `Headline – Site`) and
 * breadcrumbs (`Home » News » Headline`, `Home / News / Headline`).
 */
const echoSeparator = /\s+[|–—-]\s+|\s*[|»›>]\s*|\s+\/\s+|\s+::\s+/u

/** A character that every `echoSeparator` holds. */
const separatorCharacter = /[|–—\-»›>/:]/u

/** Echo keys of each state's lines, computed once. */
const echoCache = new WeakMap<ArticleState, Map<string, number[]>>()

/** Lines' echo keys compare without case and outer punctuation. */
function echoKey(text: string): string {
  const key = text.replaceAll('\u00AD', '').toLowerCase()
  // Most lines neither open nor end in punctuation or space: two character tests spare them the pattern.
  if (!edgeCharacter.test(key.charAt(0)) && !edgeCharacter.test(key.charAt(key.length - 1))) return key
  return key.replace(/^[\s|·•,:;–—-]+|[\s|·•,:;–—-]+$/gu, '')
}

/** One character of what `echoKey` takes off a line's ends. */
const edgeCharacter = /^[\s|·•,:;–—-]$/u

/**
 * Where the page echoes a headline, by the echoed text: what lines quote
 * (`5 comments on “Headline”`, `Share: "Headline"`), the ends of titles and
 * breadcrumbs (`Headline | Site`, `Home » News » Headline`), and a line
 * without the date glued to it (`Headline 3. Mai 2021`).
 */
function echoKeys(state: ArticleState): Map<string, number[]> {
  const cached = echoCache.get(state)
  if (cached) return cached
  const keys = new Map<string, number[]>()
  const add = (key: string, index: number) => {
    if (key.length < minimumEcho) return
    const found = keys.get(key)
    if (!found) keys.set(key, [index])
    else if (found.at(-1) !== index) found.push(index)
  }
  for (const line of state.lines) {
    const text = line.text
    if (text.length > maximumEchoLine) continue
    // A heading printed again with soft hyphens (`Mes\u00ADsen\u00ADger`) for the layout echoes it.
    if (text.includes('\u00AD')) add(echoKey(text), line.index)
    if (/[“"„«»‹›「『]/u.test(text)) for (const match of text.matchAll(quotation)) add(echoKey(match[1] ?? ''), line.index)
    // Every separator holds one of these characters, which most lines lack: one cheap scan before the slow one.
    const parts = separatorCharacter.test(text) && echoSeparator.test(text) ? text.split(echoSeparator) : []
    if (parts.length > 1) {
      add(echoKey(parts[0] ?? ''), line.index)
      add(echoKey(parts.at(-1) ?? ''), line.index)
    }
    // Only lines with a year are read for dates: most lines have none.
    if (hasFourDigits(text)) {
      const found = foundDate(state, text)
      if (found) add(echoKey(withoutDates(text, ' ', found)), line.index)
    }
  }
  echoCache.set(state, keys)
  return keys
}

/** Whether a breadcrumb glued into one word ends in the line (`HomePhotosPleiades, M45`), a few lines away. */
function gluedTail(state: ArticleState, line: ArticleLine): boolean {
  const text = line.text
  const end = Math.min(state.lines.length, line.index + quoteReach)
  for (let index = Math.max(0, line.index - quoteReach); index < end; index++) {
    const other = state.lines[index]?.text
    if (index === line.index || other === undefined || other.length <= text.length || !other.endsWith(text)) continue
    const before = other.slice(0, other.length - text.length)
    if (before.length <= maximumEchoPrefix && /\p{Ll}$/u.test(before) && /^\p{Lu}/u.test(text)) return true
  }
  return false
}

/** A contents entry's number before the heading it lists (`3 `, `2.1. `). */
const sectionNumber = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+$/u

/** Longest text before a headline that a line ending in it may hold (a breadcrumb glued together). */
const maximumEchoPrefix = 100

/**
 * Whether another line echoes the line (`'echoed'`): quotes it, prints it
 * as a page title or a breadcrumb's end, or ends in it
 * (`StartseiteNewsHeadline`); or only holds it (`'quoted'`: `Share on
 * Facebook: …`), which a line a few lines away may do as a heading split or
 * glued to a kicker.
 */
function echoed(
  state: ArticleState,
  echoes: ReadonlyMap<string, readonly number[]>,
  line: ArticleLine
): 'echoed' | 'quoted' | undefined {
  const key = echoKey(line.text)
  if (key.length < minimumEcho) return undefined
  if (echoes.get(key)?.some((index) => index !== line.index)) return 'echoed'
  const text = line.text
  if (text.length < minimumQuoted) return text.includes(' ') && gluedTail(state, line) ? 'echoed' : undefined
  const lines = state.lines
  const end = Math.min(lines.length, line.index + quoteReach)
  let quoted = false
  for (let index = Math.max(0, line.index - quoteReach); index < end; index++) {
    const other = lines[index]?.text
    if (index === line.index || other === undefined || other.length <= text.length) continue
    // A table of contents numbers the section headings it lists (`3 Heading`, `2.1. Heading`): a heading it holds heads a section.
    if (other.endsWith(text) && sectionNumber.test(other.slice(0, other.length - text.length))) continue
    if (other.length - text.length <= maximumEchoPrefix && other.endsWith(text)) return 'echoed'
    if (!quoted && Math.abs(index - line.index) > quoteGap && other.includes(text)) quoted = true
  }
  return quoted ? 'quoted' : undefined
}
