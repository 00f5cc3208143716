import type {Heading, ListItem, Paragraph, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ResolvedParseOptions} from '../options.js'
import type {LineRule, Preset} from '../presets/types.js'
import type {Field, RelatedHeadline} from '../types.js'
import {toString} from 'mdast-util-to-string'
import type {LineFeatures} from './line-features.js'
import {collapseWhitespace} from '../text.js'
import {CharacterTable, findCandidates, gateOpen, recordSize, ruleIndex} from './rule-prefilter.js'

/**
 * What became of a line: a field of the article, or removed by a rule.
 */
export type Fate =
  | {kind: 'field'; field: Field; rule?: undefined}
  | {kind: 'removed'; rule: string; field?: Field | undefined}

/**
 * A block of the input (one non-blank line) as the stages see it.
 */
export interface ArticleLine {
  /** Index in `state.lines`. */
  index: number
  /** 1-based line number in the input. */
  line: number
  /**
   * 1-based number of the block's last input line: `line` itself, unless the
   * block joins the lines of a hard-wrapped paragraph (`remarkLineBlocks`).
   */
  lastLine: number
  /** Plain text, whitespace collapsed. */
  text: string
  /** The block in the tree. */
  node: Heading | ListItem | Paragraph
  /** What became of it; `undefined` until a stage decides. */
  fate: Fate | undefined
  /** Index of the earlier line this one repeats exactly, if any. */
  repeats: number | undefined
}

/**
 * Shared state of the stages, in `file.data.article`.
 */
export interface ArticleState {
  /** Validated parse options. */
  options: ResolvedParseOptions
  /** Presets that apply to this text, generic first. */
  presets: Preset[]
  /** Parsed front matter. */
  frontmatter: Record<string, unknown>
  /** Non-blank lines after the front matter. */
  lines: ArticleLine[]
  /** Index of the headline line, when the headline is a line of the text. */
  titleIndex: number | undefined
  /** Index of the first line after the header block. */
  bodyStart: number
  title: string
  byline: string | undefined
  dateline: string | undefined
  date: string | undefined
  caption: string | undefined
  credit: string | undefined
  lead: string | undefined
  /** Lines (indices) whose text starts with the dateline, with the dateline's length. */
  datelineCut: {index: number; length: number} | undefined
  related: RelatedHeadline[]
  /** Text features of each line, by index (set by `remarkArticleRegion`). */
  features: LineFeatures[]
  /** First and last index of the densest run of prose, when there is one. */
  region: {start: number; end: number} | undefined
  /** The input's lines as written (tabs kept), when known. */
  sourceLines: string[] | undefined
  /** Index of the line that `remarkArticleRegion` takes for the headline. */
  headlineHint: number | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** State of the article stages. */
    article: ArticleState
    /** Parse options, set by `parseArticle` before running the stages. */
    parseOptions: ResolvedParseOptions
  }
}

/**
 * Set each line's `repeats`: the first earlier line with the same text,
 * case aside. Two texts are the same only if their lowercase is as long:
 * a line whose lowercase length no other line has (most paragraphs) repeats
 * none and is repeated by none, and is not lowercased and looked up, which
 * cost every parse a copy and a hash of its whole text.
 */
function markRepeats(lines: ArticleLine[]): void {
  const keyLengths: number[] = []
  const linesOfLength = new Map<number, number>()
  for (const line of lines) {
    const length = lowercaseLength(line.text)
    keyLengths.push(length)
    linesOfLength.set(length, (linesOfLength.get(length) ?? 0) + 1)
  }
  const seen = new Map<string, number>()
  for (const line of lines) {
    if ((linesOfLength.get(keyLengths[line.index] ?? 0) ?? 0) < 2) continue
    const key = line.text.toLowerCase()
    const first = seen.get(key)
    if (first === undefined) seen.set(key, line.index)
    else line.repeats = first
  }
}

/**
 * The length of a text's lowercase, without lowercasing it where that
 * keeps its length: `İ` (U+0130, lowercase `i̇`) is the one character whose
 * lowercase is longer (tests/invariant-text.test.ts checks every code point).
 */
function lowercaseLength(text: string): number {
  return text.includes('\u0130') ? text.toLowerCase().length : text.length
}

/**
 * Create the state from the tree of `remarkLineBlocks`.
 */
export function createArticleState(tree: Root, options: ResolvedParseOptions): ArticleState {
  const lines: ArticleLine[] = []
  for (const node of tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'listItem') continue
    const text = collapseWhitespace(toString(node))
    const line = node.position?.start.line ?? 0
    const lastLine = Math.max(line, node.position?.end.line ?? line)
    lines.push({index: lines.length, line, lastLine, text, node, fate: undefined, repeats: undefined})
  }
  markRepeats(lines)
  return {
    options,
    presets: [],
    frontmatter: {},
    lines,
    titleIndex: undefined,
    bodyStart: 0,
    title: '',
    byline: undefined,
    dateline: undefined,
    date: undefined,
    caption: undefined,
    credit: undefined,
    lead: undefined,
    datelineCut: undefined,
    related: [],
    features: [],
    region: undefined,
    sourceLines: undefined,
    headlineHint: undefined
  }
}

/**
 * Get the state, failing loudly when the stages are used out of order.
 */
export function getArticleState(file: VFile): ArticleState {
  const state = file.data.article
  if (!state) throw new Error('eleventy-plugin-wire: article stages must run after `remarkFrontMatterData`')
  return state
}

/** Kinds of line rules a preset has. */
export type RuleKind =
  | 'remove'
  | 'relatedHeaders'
  | 'endMarkers'
  | 'authorLinks'
  | 'commentHeaders'
  | 'trailers'
  | 'credits'
  | 'bylines'
  | 'datelines'

/** A rule that matched a line, and its match. */
export type RuleMatch = {rule: LineRule; match: RegExpExecArray}

/** Each kind's place in a text's answers. */
const kindSlots: Record<RuleKind, number> = {
  remove: 0,
  relatedHeaders: 1,
  endMarkers: 2,
  commentHeaders: 3,
  trailers: 4,
  credits: 5,
  bylines: 6,
  datelines: 7,
  authorLinks: 8
}

/**
 * What is known of the texts asked about with one list of presets (one
 * parse: the stages ask the same kinds of the same lines again and again):
 * their characters, read once, and the answer of each kind asked, at
 * `record × kinds + kind` (`null` for no match). Rule patterns are never
 * global or sticky (options refuse them), so testing one keeps no state and
 * an answer does not change.
 */
interface Known {
  characters: CharacterTable
  answers: Array<RuleMatch | null | undefined>
}

const known = new WeakMap<readonly Preset[], Known>()

/** Most texts kept for one list of presets: a list reused across many texts must not grow without end. */
const maximumTexts = 20_000

/** Kinds of rules, for the place of an answer. */
const kinds = Object.keys(kindSlots).length

/**
 * The first rule of a kind, over the active presets, that matches `text`.
 */
export function matchRule(presets: readonly Preset[], kind: RuleKind, text: string): RuleMatch | undefined {
  let entry = known.get(presets)
  if (!entry || entry.characters.size >= maximumTexts) {
    entry = {characters: new CharacterTable(), answers: []}
    known.set(presets, entry)
  }
  const characters = entry.characters
  const at = characters.record(text)
  const first = (at / recordSize) * kinds
  // Grown a record at a time, never written past its end: a holey array in some parses and not in others throws away compiled code.
  const answers = entry.answers
  while (answers.length < first + kinds) answers.push(undefined)
  const slot = first + kindSlots[kind]
  const answer = answers[slot]
  if (answer !== undefined) return answer ?? undefined
  const found = firstMatch(presets, kind, text, characters, at)
  answers[slot] = found ?? null
  return found
}

function firstMatch(presets: readonly Preset[], kind: RuleKind, text: string, characters: CharacterTable, at: number): RuleMatch | undefined {
  const data = characters.data
  for (const preset of presets) {
    const rules = preset[kind]
    if (!rules) continue
    // Only rules keyed on the line's letter pairs and its start are candidates; their gates then decide.
    const index = ruleIndex(rules)
    const candidates = findCandidates(index, data, at)
    for (let word = 0; word < index.width; word++) {
      let bits = candidates[word] ?? 0
      while (bits !== 0) {
        const low = bits & -bits
        bits ^= low
        const position = (word << 5) + 31 - Math.clz32(low)
        const gate = index.gates[position]
        if (gate && !gateOpen(gate, characters, at)) continue
        const rule = rules[position]
        if (!rule) continue
        const match = rule.pattern.exec(text)
        if (match) return {rule, match}
      }
    }
  }
  return undefined
}

/**
 * Mark a line removed by a rule.
 */
export function remove(line: ArticleLine, rule: string, field?: Field): void {
  // Both kinds of fate have the same fields in the same order: the stages
  // read `fate.kind` on every line, and code compiled for one shape was
  // thrown away when the other first came by.
  line.fate = {kind: 'removed', field, rule}
}

/**
 * Mark a line as (part of) a field.
 */
export function keep(line: ArticleLine, field: Field): void {
  line.fate = {kind: 'field', field, rule: undefined}
}
