import {normalizeHeadline, stripSiteSuffix} from './normalize-headline.js'

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
 */
export type MatchKind = 'exact' | 'normalized' | 'suffix' | 'ambiguous' | 'none'

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
 * An index of a build's pages by headline, built once per build, so that
 * resolving a headline costs the same whatever the number of pages.
 */
export class LinkIndex {
  readonly #exact = new Map<string, LinkTarget[]>()
  readonly #normalized = new Map<string, LinkTarget[]>()

  /**
   * @param targets
   *   Pages that may be linked to.
   */
  constructor(targets: Iterable<LinkTarget>) {
    for (const target of targets) {
      for (const title of [target.title, ...target.aliases]) {
        add(this.#exact, title.trim(), target)
        add(this.#normalized, normalizeHeadline(title), target)
      }
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
    const tiers: Array<[Exclude<MatchKind, 'ambiguous' | 'none'>, Map<string, LinkTarget[]>, string]> = [
      ['exact', this.#exact, headline.trim()],
      ['normalized', this.#normalized, normalizeHeadline(headline)],
      ['suffix', this.#normalized, normalizeHeadline(stripSiteSuffix(headline))]
    ]
    for (const [match, map, key] of tiers) {
      const found = unique(map.get(key), from)
      if (found.length === 1) return {target: found[0], match, score: 1}
      if (found.length > 1) return {target: undefined, match: 'ambiguous', score: 0}
    }
    return {target: undefined, match: 'none', score: 0}
  }
}

function add(map: Map<string, LinkTarget[]>, key: string, target: LinkTarget): void {
  const list = map.get(key)
  if (!list) map.set(key, [target])
  else if (!list.includes(target)) list.push(target)
}

function unique(list: readonly LinkTarget[] | undefined, from: string | undefined): LinkTarget[] {
  return (list ?? []).filter((target) => target.inputPath !== from)
}
