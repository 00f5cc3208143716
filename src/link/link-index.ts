import type {HeadlineSplit} from './headline-affixes.js'
import {splitKicker, splitSuffix, splitTruncation} from './headline-affixes.js'
import {headlineNumbers, headlineWords} from './normalize-headline.js'
import {wordSimilarity} from './word-similarity.js'

/**
 * A page that related headlines can link to.
 */
export interface LinkTarget {
  /** Input path of the page: identifies it in reports. */
  inputPath: string
  /** URL of the page (as Eleventy gives it, before any path prefix). */
  url: string
  /** Headline of the page. */
  title: string
  /** Earlier headlines of the same page (front matter `aliases`). */
  aliases: readonly string[]
}

/**
 * How a headline was matched: the tier that found it, or why none did.
 *
 * - `exact`: the headline as is.
 * - `normalized`: the same words once Unicode forms, quotes, dashes, case,
 *   spacing and diacritics are folded.
 * - `suffix`: the same words without a site name (` | Site`).
 * - `kicker`: the same words without a leading `WATCH:`, `Analysis:`, ….
 * - `prefix`: a headline cut off with an ellipsis, the start of one title.
 * - `fuzzy`: the same words but for a respelled or reinflected one or two.
 * - `ambiguous`: more than one page fits equally well: not linked.
 * - `none`: no page fits.
 */
export type MatchKind = 'exact' | 'normalized' | 'suffix' | 'kicker' | 'prefix' | 'fuzzy' | 'ambiguous' | 'none'

/**
 * The result of resolving one related headline.
 */
export interface LinkResolution {
  /** The page linked, or `undefined`. */
  target: LinkTarget | undefined
  /** The tier that matched, `ambiguous` or `none`. */
  match: MatchKind
  /** Similarity in [0, 1]: 1 for exact tiers, 0 when unresolved. */
  score: number
}

/**
 * Thresholds of the tiers, with the evidence for each in
 * `bench/link-measures.mjs`.
 */
export const linkThresholds = {
  /** Fewest words left of a headline cut off with an ellipsis. */
  prefixWords: 4,
  /** Fewest letters left of a headline cut off with an ellipsis. */
  prefixLetters: 12,
  /** Fewest words in a headline matched fuzzily. */
  fuzzyWords: 3,
  /** Fewest similarity (letter-weighted mean of word similarities). */
  fuzzyScore: 0.9,
  /** Fewest gap between the best and the second-best fuzzy candidate. */
  fuzzyMargin: 0.05,
  /** Words looked up to find fuzzy candidates: the rarest of the headline. */
  candidateWords: 3,
  /** Titles (or related headlines) that must end with a site name for it to count as one. */
  suffixTitles: 2
} as const

/**
 * Options of {@link LinkIndex}.
 */
export interface LinkIndexOptions {
  /**
   * Every related headline of the build, to learn site names from: an end
   * (` | Euronews`) that several related headlines share is a site name even
   * when a title of the site mentions it.
   */
  headlines?: Iterable<string>
}

/** One headline a page can be found by: its title, an alias, or either without the site's name. */
interface Entry {
  target: LinkTarget
  words: readonly string[]
  numbers: string
  /** `suffix` when the site name was taken off the page's own title. */
  via: 'normalized' | 'suffix'
}

type Found = {kind: 'link'; target: LinkTarget} | {kind: 'ambiguous'} | {kind: 'self'} | undefined

/** A form of the headline to look up, and the tier it reports. */
interface Variant {
  text: string
  /** The words of `text`, folded once for every tier. */
  words: readonly string[]
  via: 'normalized' | 'suffix' | 'kicker'
}

/**
 * An index of a build's pages by headline, built once per build, so that
 * resolving a headline costs about the same whatever the number of pages:
 * every tier looks candidates up by key (whole headline, first words, rarest
 * words) and compares only those.
 */
export class LinkIndex {
  readonly #entries: Entry[] = []
  readonly #exact = new Map<string, LinkTarget[]>()
  readonly #normalized = new Map<string, number[]>()
  /** First words of each headline → entries, for cut-off headlines. */
  readonly #starts = new Map<string, number[]>()
  /** Word → entries with it, to tell whether a title contains some words. */
  readonly #postings = new Map<string, number[]>()
  /**
   * Word count and word → entries, for fuzzy candidates: a fuzzy match keeps
   * the number of words, so lists of other lengths need not be read.
   */
  readonly #postingsByLength = new Map<number, Map<string, number[]>>()
  /** Site names the site's own titles end with. */
  readonly #siteSuffixes = new Set<string>()
  /** Words of each text cut so far (see `#words`). */
  readonly #wordsOf = new Map<string, readonly string[]>()

  /**
   * @param targets
   *   Pages that may be linked to.
   * @param options
   *   Related headlines of the build, to learn site names from.
   */
  constructor(targets: Iterable<LinkTarget>, options: LinkIndexOptions = {}) {
    // Each title is split and cut into words once: the same title is read
    // for site names and for the index.
    const titles: Array<{target: LinkTarget; title: string; split: HeadlineSplit | undefined; affix: string | undefined}> = []
    // A site name is what several titles end with: one title ending in
    // ` - und FACC profitiert` is a clause, not a site.
    const fromTitles = new Map<string, Set<string>>()
    for (const target of targets) {
      for (const title of [target.title, ...target.aliases]) {
        const split = splitSuffix(title)
        const affix = split ? this.#words(split.affix).join(' ') : undefined
        if (affix !== undefined) addOwner(fromTitles, affix, target.inputPath)
        titles.push({target, title, split, affix})
      }
    }
    const fromHeadlines = new Map<string, Set<string>>()
    for (const headline of options.headlines ?? []) {
      // Most headlines have no site name: their words are only needed when one does.
      const split = splitSuffix(headline)
      if (split) addOwner(fromHeadlines, this.#words(split.affix).join(' '), this.#words(headline).join(' '))
    }
    for (const counts of [fromTitles, fromHeadlines]) {
      for (const [key, owners] of counts) {
        if (owners.size >= linkThresholds.suffixTitles) this.#siteSuffixes.add(key)
      }
    }
    for (const {target, title, split, affix} of titles) {
      addTo(this.#exact, title.trim(), target)
      this.#add(target, this.#words(title), 'normalized')
      if (split && affix !== undefined && this.#siteSuffixes.has(affix)) {
        this.#add(target, this.#words(split.rest), 'suffix')
      }
    }
  }

  /**
   * `headlineWords`, once per text and index: titles, their site names and
   * related headlines repeat (a site name ends hundreds of titles).
   */
  #words(text: string): readonly string[] {
    let words = this.#wordsOf.get(text)
    if (words === undefined) this.#wordsOf.set(text, (words = headlineWords(text)))
    return words
  }

  #add(target: LinkTarget, words: readonly string[], via: Entry['via']): void {
    if (words.length === 0) return
    const key = words.join(' ')
    const existing = this.#normalized.get(key)
    if (existing?.some((id) => this.#entries[id]!.target === target)) return
    const id = this.#entries.length
    this.#entries.push({target, words, numbers: headlineNumbers(words), via})
    addTo(this.#normalized, key, id)
    if (words.length >= linkThresholds.prefixWords) addTo(this.#starts, startKey(words), id)
    // Keyed by count, then word: no key string made per word of every title.
    let byWord = this.#postingsByLength.get(words.length)
    if (!byWord) this.#postingsByLength.set(words.length, (byWord = new Map()))
    for (const word of new Set(words)) {
      addTo(this.#postings, word, id)
      addTo(byWord, word, id)
    }
  }

  /**
   * Find the page a related headline names.
   *
   * @param headline
   *   The headline as written on the page.
   * @param from
   *   Input path of the page the headline is on: a page never links to itself.
   */
  resolve(headline: string, from?: string): LinkResolution {
    const exact = decide(this.#exact.get(headline.trim()) ?? [], from)
    if (exact) return resolution(exact, 'exact', 1)

    const variants = this.#variants(headline)
    for (const variant of variants) {
      const ids = this.#normalized.get(variant.words.join(' ')) ?? []
      const found = decide(
        ids.map((id) => this.#entries[id]!.target),
        from
      )
      if (found) {
        const via = variant.via === 'normalized' && ids.some((id) => this.#entries[id]!.via === 'suffix') ? 'suffix' : variant.via
        return resolution(found, via, 1)
      }
    }

    for (const variant of variants) {
      const found = this.#prefix(variant.text, from)
      if (found) return resolution(found, 'prefix', 1)
    }

    return this.#fuzzy(variants, from)
  }

  /**
   * The headline, then without a site name, then without a kicker, then
   * without both: each form only when the cut is plausible.
   */
  #variants(headline: string): Variant[] {
    const variant = (text: string, via: Variant['via']): Variant => ({text, words: this.#words(text), via})
    const variants: Variant[] = [variant(headline, 'normalized')]
    const suffix = splitSuffix(headline)
    const withoutSuffix = suffix && this.#isSiteSuffix(suffix) ? suffix.rest : undefined
    if (withoutSuffix !== undefined) variants.push(variant(withoutSuffix, 'suffix'))
    for (const text of [headline, withoutSuffix]) {
      if (text === undefined) continue
      const kicker = splitKicker(text)
      if (kicker) variants.push(variant(kicker.rest, 'kicker'))
    }
    return variants
  }

  /**
   * Whether the end of a headline is a site name: one the site's titles end
   * with, or words that are part of no title of the site (a headline's own
   * last clause usually shares its words with the title it belongs to).
   */
  #isSiteSuffix(split: HeadlineSplit): boolean {
    const words = this.#words(split.affix)
    if (this.#siteSuffixes.has(words.join(' '))) return true
    return !this.#containsRun(words)
  }

  /** Whether some headline of the site has these words in a row. */
  #containsRun(words: readonly string[]): boolean {
    let rarest: number[] | undefined
    for (const word of words) {
      const posting = this.#postings.get(word)
      if (!posting) return false
      if (!rarest || posting.length < rarest.length) rarest = posting
    }
    if (!rarest) return false
    return rarest.some((id) => indexOfRun(this.#entries[id]!.words, words) >= 0)
  }

  /** A headline cut off with an ellipsis: the start of exactly one title. */
  #prefix(text: string, from: string | undefined): Found {
    const kept = splitTruncation(text)
    if (kept === undefined) return undefined
    const words = this.#words(kept)
    if (words.length < linkThresholds.prefixWords) return undefined
    if (words.join('').length < linkThresholds.prefixLetters) return undefined
    const last = words.length - 1
    const partial = words[last]!
    const targets: LinkTarget[] = []
    for (const id of this.#starts.get(startKey(words)) ?? []) {
      const entry = this.#entries[id]!
      if (entry.words.length <= last) continue
      let same = true
      for (let index = 0; index < last && same; index++) same = entry.words[index] === words[index]
      if (!same) continue
      const word = entry.words[last]!
      // The cut may fall inside the last word (`academics 'treat…`), but a
      // number cut short is another number.
      if (word === partial || (!/\p{N}/u.test(word) && word.startsWith(partial))) targets.push(entry.target)
    }
    return decide(targets, from)
  }

  /**
   * Headlines with the same words but for one or two respelled (Svetlana,
   * Sviatlana) or reinflected (`says`, `said`) ones, and the same numbers.
   */
  #fuzzy(variants: readonly Variant[], from: string | undefined): LinkResolution {
    const best = new Map<LinkTarget, number>()
    for (const {words} of variants) {
      if (words.length < linkThresholds.fuzzyWords) continue
      const numbers = headlineNumbers(words)
      for (const id of this.#candidates(words)) {
        const entry = this.#entries[id]!
        if (entry.numbers !== numbers) continue
        const score = headlineSimilarity(words, entry.words)
        if (score < linkThresholds.fuzzyScore) continue
        if (score > (best.get(entry.target) ?? 0)) best.set(entry.target, score)
      }
    }
    const ranked = [...best].sort((a, b) => b[1] - a[1])
    const [first, second] = ranked
    if (!first) return {target: undefined, match: 'none', score: 0}
    if (first[0].inputPath === from) return {target: undefined, match: 'none', score: 0}
    if (second && first[1] - second[1] < linkThresholds.fuzzyMargin) {
      return {target: undefined, match: 'ambiguous', score: first[1]}
    }
    return {target: first[0], match: 'fuzzy', score: first[1]}
  }

  /**
   * Entries with as many words as the headline that share one of its rarest
   * words. A fuzzy match changes at most two words, so one of the three
   * rarest is shared with the page it names; rare words have short lists, so
   * the cost does not grow with the site.
   */
  #candidates(words: readonly string[]): Set<number> {
    const byWord = this.#postingsByLength.get(words.length)
    if (!byWord) return new Set()
    const postings = [...new Set(words)]
      .map((word) => byWord.get(word))
      .filter((posting): posting is number[] => posting !== undefined)
      .sort((a, b) => a.length - b.length)
      .slice(0, linkThresholds.candidateWords)
    return new Set(postings.flat())
  }
}

/**
 * How alike two headlines of as many words are, in [0, 1]: the mean of their
 * word similarities weighted by word length (a changed long word matters more
 * than a changed `a`), or 0 when a word is another word, when too many words
 * changed or too few stayed.
 */
export function headlineSimilarity(left: readonly string[], right: readonly string[]): number {
  if (left.length !== right.length) return 0
  const allowed = Math.max(1, Math.floor(left.length / 4))
  let changed = 0
  let weighted = 0
  let total = 0
  for (const [index, word] of left.entries()) {
    const other = right[index]!
    const similarity = wordSimilarity(word, other)
    if (similarity === 0) return 0
    if (similarity < 1 && ++changed > allowed) return 0
    const weight = Math.max(word.length, other.length)
    weighted += similarity * weight
    total += weight
  }
  if (changed === 0 || total === 0) return changed === 0 ? 1 : 0
  return weighted / total
}

function resolution(found: Exclude<Found, undefined>, match: MatchKind, score: number): LinkResolution {
  if (found.kind === 'link') return {target: found.target, match, score}
  if (found.kind === 'ambiguous') return {target: undefined, match: 'ambiguous', score: 0}
  return {target: undefined, match: 'none', score: 0}
}

/**
 * One page: link; several: ambiguous; the page itself: it names itself, so
 * no other page is looked for.
 */
function decide(targets: readonly LinkTarget[], from: string | undefined): Found {
  const distinct = [...new Set(targets)]
  if (distinct.length === 0) return undefined
  if (distinct.some((target) => target.inputPath === from)) return {kind: 'self'}
  if (distinct.length > 1) return {kind: 'ambiguous'}
  return {kind: 'link', target: distinct[0]!}
}

/** Count who ends with a possible site name. */
function addOwner(counts: Map<string, Set<string>>, key: string, owner: string): void {
  let owners = counts.get(key)
  if (!owners) counts.set(key, (owners = new Set()))
  owners.add(owner)
}

function startKey(words: readonly string[]): string {
  return words.slice(0, linkThresholds.prefixWords - 1).join(' ')
}

function indexOfRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let start = 0; start + run.length <= words.length; start++) {
    for (const [index, word] of run.entries()) if (words[start + index] !== word) continue outer
    return start
  }
  return -1
}

/**
 * Append to a list of the map. Values come in order of insertion (entry ids
 * grow, a target's titles are added together), so a repeat can only be the
 * last value: checking it keeps building the index linear.
 */
function addTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (list.at(-1) !== value) list.push(value)
}
