/**
 * Literal prefilters of line rules, derived from the rules' patterns.
 *
 * Every line is tested against every `remove` rule, and many rules scan the
 * line for a phrase (`.{0,250}?(?:©|shutterstock|…)`), so running them all
 * on every line was the hottest spot of a parse. Most rules cannot match
 * unless the line holds one of a few literal strings (`cookie`,
 * `newsletter`, `©`). This module reads each pattern once, works out such
 * strings, and finds which of them a line holds in one scan of the line, so
 * that only rules whose strings are there run. The strings are derived from
 * the patterns in code: presets stay data, and a rule this reading does not
 * understand simply always runs.
 *
 * Soundness: a rule is skipped only when one of its required sets has no
 * string in the line, and a string is looked for with the rule's own flags
 * (`i`, `u`), so case-insensitive matching is exactly the rule's.
 */

import type {LineRule} from '../presets/types.js'

/**
 * What a pattern (or a part of it) says about the text it matches:
 * `exact`, the strings it matches exactly (when few); `required`, sets of
 * which each must have one string in the line (a conjunction of disjunctions).
 */
interface Analysis {
  exact: string[] | undefined
  required: string[][]
  /** Literal runs inside the part, required too, looked at only when the other sets are too many strings. */
  runs: string[][] | undefined
  /** How the text the part matches starts. */
  start: Start
}

/**
 * How the text a part matches starts: `heads`, strings one of which every
 * match starts with (ASCII, lower case: a head ends before any other
 * character), each `open` when the match may go on past it, else the whole
 * match; `anchored` when a match can only start at the start of the line
 * (`^` without the `m` flag); `zeroWidth` when the part matches no text
 * (an assertion, a lookaround).
 */
interface Start {
  heads: Heads
  anchored: boolean
  zeroWidth: boolean
}

/*
 * Analyses and starts are made only by `analysisOf` and `startOf`, so that
 * every one has the same fields in the same order: the reading runs over
 * thousands of pattern characters once per process, and objects of one
 * shape keep its hot functions compiled once instead of thrown away and
 * compiled again each time a differently built object reaches them.
 */
function analysisOf(exact: string[] | undefined, required: string[][], start: Start, runs?: string[][]): Analysis {
  return {exact, required, runs, start}
}

function startOf(heads: Heads, anchored: boolean, zeroWidth: boolean): Start {
  return {heads, anchored, zeroWidth}
}

/** Heads that are a whole match, and heads a match may go on past. */
interface Heads {
  complete: ReadonlySet<string>
  open: ReadonlySet<string>
}

/** Characters of a line's start that start tests compare. */
export const headLength = 3

/** Most heads a part may have; past it, the part says nothing of its start. */
const maximumHeads = 512

/** Any text at all. */
const anyHeads: Heads = {complete: new Set(), open: new Set([''])}

/** Only the empty text. */
const emptyHeads: Heads = {complete: new Set(['']), open: new Set()}

/** Whether heads allow any text. */
function saysNothing(heads: Heads): boolean {
  return heads.open.has('')
}

/** Most strings an exact set may have; past it, the set stops being exact. */
const maximumExact = 64

/** A pattern part this reading does not understand: the whole rule then always runs. */
class Unsupported extends Error {}

/** Reads a pattern's source far enough to find its literal strings. */
class PatternReader {
  private at = 0

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
    private readonly multiline = false
  ) {}

  read(): Analysis {
    const analysis = this.alternation()
    if (this.at !== this.source.length) throw new Unsupported('unbalanced')
    return analysis
  }

  private peek(): string | undefined {
    // `undefined` past the end without reading there: a read out of bounds throws the compiled reader away.
    return this.at < this.source.length ? this.source[this.at] : undefined
  }

  private alternation(): Analysis {
    const branches: Analysis[] = [this.sequence()]
    while (this.peek() === '|') {
      this.at++
      branches.push(this.sequence())
    }
    if (branches.length === 1) return branches[0] as Analysis
    return alternative(branches)
  }

  private sequence(): Analysis {
    const parts: Analysis[] = []
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.quantified(this.atom()))
    }
    return sequence(parts)
  }

  private atom(): Analysis {
    const character = this.peek()
    if (character === '(') return this.group()
    if (character === '[') return this.characterClass()
    if (character === '\\') return this.escape()
    if (character === '^' || character === '$') {
      this.at++
      return assertion(character === '^' && !this.multiline)
    }
    if (character === '.') {
      this.at++
      return unknown()
    }
    if (character === undefined || '*+?{})]|'.includes(character)) throw new Unsupported(`unexpected ${character}`)
    return literal(this.literalCharacter())
  }

  private literalCharacter(): string {
    const code = this.source.codePointAt(this.at) ?? 0
    const character = this.unicode ? String.fromCodePoint(code) : (this.source[this.at] as string)
    this.at += character.length
    return character
  }

  private group(): Analysis {
    this.at++
    let kind: 'group' | 'lookahead' | 'assertion' = 'group'
    if (this.source.startsWith('?:', this.at)) this.at += 2
    else if (this.source.startsWith('?=', this.at)) {
      this.at += 2
      kind = 'lookahead'
    } else if (this.source.startsWith('?!', this.at) || this.source.startsWith('?<=', this.at) || this.source.startsWith('?<!', this.at)) {
      this.at += this.source[this.at + 1] === '<' ? 3 : 2
      kind = 'assertion'
    } else if (this.source.startsWith('?<', this.at)) {
      const close = this.source.indexOf('>', this.at)
      if (close === -1) throw new Unsupported('group name')
      this.at = close + 1
    } else if (this.peek() === '?') throw new Unsupported('group modifier')
    const inner = this.alternation()
    if (this.peek() !== ')') throw new Unsupported('unclosed group')
    this.at++
    // A lookahead's text is the line's too: what it requires, the line holds.
    if (kind === 'lookahead') return analysisOf([''], requirements(inner), assertion().start)
    if (kind === 'assertion') return assertion()
    return inner
  }

  private characterClass(): Analysis {
    this.at++
    const negated = this.peek() === '^'
    if (negated) this.at++
    const members: string[] = []
    let plain = !negated
    while (this.at < this.source.length && this.peek() !== ']') {
      if (this.peek() === '\\') {
        const escaped = this.classEscape()
        if (escaped === undefined) plain = false
        else members.push(escaped)
      } else {
        members.push(this.literalCharacter())
      }
      // A range (`a-z`) is many characters: not a small literal set.
      if (this.peek() === '-' && this.source[this.at + 1] !== ']') {
        this.at++
        plain = false
      }
    }
    if (this.peek() !== ']') throw new Unsupported('unclosed class')
    this.at++
    if (!plain || members.length === 0 || members.length > 8) return unknown()
    return analysisOf([...new Set(members)], [], startOf(characterHeads(members), false, false))
  }

  /** An escape inside a class: the character, or `undefined` for a class escape (`\s`, `\p{L}`). */
  private classEscape(): string | undefined {
    const next = this.source[this.at + 1]
    if (next === undefined) throw new Unsupported('escape at end')
    if ('dDsSwWpP'.includes(next)) {
      this.skipEscape()
      return undefined
    }
    return this.escapedCharacter()
  }

  private escape(): Analysis {
    const next = this.source[this.at + 1]
    if (next === undefined) throw new Unsupported('escape at end')
    if (next === 'b' || next === 'B') {
      this.at += 2
      return assertion()
    }
    if ('dDsSwWpP'.includes(next) || /[1-9k]/u.test(next)) {
      this.skipEscape()
      if (next === 'd' || next === 's') {
        return analysisOf(undefined, [], startOf(characterHeads(next === 'd' ? digitCharacters : spaceCharacters), false, false))
      }
      return unknown()
    }
    return literal(this.escapedCharacter())
  }

  private skipEscape(): void {
    const next = this.source[this.at + 1] ?? ''
    this.at += 2
    if ((next === 'p' || next === 'P' || next === 'k') && (this.peek() === '{' || this.peek() === '<')) {
      const close = this.source.indexOf(this.peek() === '{' ? '}' : '>', this.at)
      if (close === -1) throw new Unsupported('unclosed escape')
      this.at = close + 1
    } else if (/[1-9]/u.test(next)) {
      while (/[0-9]/u.test(this.peek() ?? '')) this.at++
    }
  }

  /** The character an escape stands for (`\.`, `\u00a0`, `\n`). */
  private escapedCharacter(): string {
    const next = this.source[this.at + 1] ?? ''
    const controls: Record<string, string> = {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0'}
    if (next in controls && !(next === '0' && /[0-9]/u.test(this.source[this.at + 2] ?? ''))) {
      this.at += 2
      return controls[next] as string
    }
    if (next === 'u' && this.source[this.at + 2] === '{' && this.unicode) {
      const close = this.source.indexOf('}', this.at)
      const code = Number.parseInt(this.source.slice(this.at + 3, close), 16)
      if (close === -1 || Number.isNaN(code)) throw new Unsupported('code point escape')
      this.at = close + 1
      return String.fromCodePoint(code)
    }
    if (next === 'u' || next === 'x') {
      const digits = next === 'u' ? 4 : 2
      const hex = this.source.slice(this.at + 2, this.at + 2 + digits)
      if (!/^[0-9a-fA-F]+$/u.test(hex) || hex.length !== digits) throw new Unsupported('hex escape')
      this.at += 2 + digits
      // A surrogate pair written as two escapes is left alone.
      const code = Number.parseInt(hex, 16)
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported('surrogate escape')
      return String.fromCharCode(code)
    }
    if (next === 'c') throw new Unsupported('control escape')
    // Identity escapes: only syntax characters and `/`, `-` stand for themselves.
    if (!/[\^$\\.*+?()[\]{}|/-]/u.test(next)) throw new Unsupported(`escape \\${next}`)
    this.at += 2
    return next
  }

  private quantified(atom: Analysis): Analysis {
    const character = this.peek()
    let minimum: number
    let maximum: number
    if (character === '*' || character === '+' || character === '?') {
      this.at++
      minimum = character === '+' ? 1 : 0
      maximum = character === '?' ? 1 : Number.POSITIVE_INFINITY
    } else if (character === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at))
      if (!bounds) throw new Unsupported('brace')
      this.at += bounds[0].length
      minimum = Number(bounds[1])
      maximum = bounds[2] === undefined ? minimum : bounds[3] === '' ? Number.POSITIVE_INFINITY : Number(bounds[3])
    } else return atom
    if (this.peek() === '?') this.at++
    // Repeated, a match starts with the part's own match and may go on.
    const heads = maximum === 1 ? atom.start.heads : openHeads(atom.start.heads)
    if (minimum === 0) {
      // Optional: its strings may be missing; exactly, it is itself or nothing.
      const start = startOf(unionHeads(heads, emptyHeads), false, atom.start.zeroWidth)
      return analysisOf(maximum === 1 && atom.exact ? [...new Set([...atom.exact, ''])] : undefined, [], start)
    }
    if (minimum === 1 && maximum === 1) return atom
    return analysisOf(undefined, requirements(atom), startOf(heads, atom.start.anchored, atom.start.zeroWidth))
  }
}

/** Analyses of single characters, shared: patterns are mostly such characters, and no analysis is changed once made. */
const literals = new Map<string, Analysis>()

function literal(character: string): Analysis {
  let analysis = literals.get(character)
  if (!analysis) {
    analysis = analysisOf([character], [], startOf(characterHead(character), false, false))
    literals.set(character, analysis)
  }
  return analysis
}

function assertion(anchored = false): Analysis {
  return analysisOf([''], [], startOf(emptyHeads, anchored, true))
}

function unknown(): Analysis {
  return analysisOf(undefined, [], startOf(anyHeads, false, false))
}

/**
 * Stands in a head for a character outside ASCII that matches no ASCII
 * character: the line has a character outside ASCII there. A head ends
 * with it.
 */
export const otherCharacter = '\u0080'

/**
 * Heads of one character of a set: ASCII in lower case (lines are compared
 * in lower case, whatever the flags: that only lets more lines through); a
 * character outside ASCII is `otherCharacter`, unless it matches an ASCII
 * letter under case-insensitive matching (`ſ` is `s`): then it may be
 * anything.
 */
function characterHeads(characters: readonly string[]): Heads {
  const complete = new Set<string>()
  const open = new Set<string>()
  for (const character of characters) {
    if (character.length === 1 && character.charCodeAt(0) < 128) complete.add(character.toLowerCase())
    else if (foldsToAsciiLetter.test(character)) return anyHeads
    else open.add(otherCharacter)
  }
  return {complete, open}
}

/** Heads of one character, shared: patterns are mostly such characters. */
const singleHeads = new Map<string, Heads>()

function characterHead(character: string): Heads {
  let heads = singleHeads.get(character)
  if (!heads) {
    heads = characterHeads([character])
    singleHeads.set(character, heads)
  }
  return heads
}

/** Heads of either of two parts; past the most, anything. */
function unionHeads(first: Heads, second: Heads): Heads {
  if (saysNothing(first)) return first
  if (saysNothing(second)) return second
  const complete = new Set([...first.complete, ...second.complete])
  const open = new Set([...first.open, ...second.open])
  return complete.size + open.size > maximumHeads ? anyHeads : {complete, open}
}

/** The heads of a part that may be followed by more of itself: each match starts with them, and may go on. */
function openHeads(heads: Heads): Heads {
  if (heads.complete.size === 0) return heads
  if (heads.complete.has('')) return anyHeads
  return {complete: new Set(), open: new Set([...heads.open, ...heads.complete])}
}

/** The heads of two parts in a row. */
function followHeads(first: Heads, second: Heads): Heads {
  // Only whole matches shorter than a head go on: the rest are heads already.
  if (first.complete.size === 0) return first
  // After the empty text, the second part's heads as they are (every sequence starts so): no sets to copy.
  if (first === emptyHeads) return saysNothing(second) ? anyHeads : second
  const complete = new Set<string>()
  const open = new Set(first.open)
  for (const head of first.complete) {
    if (head.length >= headLength) {
      open.add(head.slice(0, headLength))
      continue
    }
    if (saysNothing(second) && head === '') return anyHeads
    for (const next of second.complete) {
      const text = head + next
      if (text.length >= headLength) open.add(text.slice(0, headLength))
      else complete.add(text)
    }
    for (const next of second.open) open.add((head + next).slice(0, headLength))
    if (complete.size + open.size > maximumHeads) return anyHeads
  }
  return {complete, open}
}

/** The characters `\d` matches. */
const digitCharacters = [...'0123456789']

/** The ASCII characters `\s` matches, and one outside ASCII (it matches no-break and other spaces too). */
const spaceCharacters = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0']

/**
 * What a part requires of the line: its required sets, its exact strings
 * when none is empty, and the start or end all its exact strings share
 * (`unterstützen sie ` for `unterstützen sie (?:diese[ns]? )?(?:form|arbeit)`):
 * a line that holds one of the strings holds that part of it, so one string
 * narrows where dozens would be too many to look for.
 */
function requirements(analysis: Analysis): string[][] {
  const required = [...analysis.required]
  if (analysis.exact && analysis.exact.every((string) => string !== '')) {
    required.push(shortest(analysis.exact))
    const shared = sharedEnd(analysis.exact)
    if (shared !== '' && analysis.exact.length > 1) required.push([shared])
  }
  return required
}

/** The longer of the start and the end that all strings share (`''` when none). */
function sharedEnd(strings: readonly string[]): string {
  let start = strings[0] ?? ''
  let end = start
  for (const string of strings) {
    let length = 0
    while (length < start.length && length < string.length && start[length] === string[length]) length++
    start = start.slice(0, length)
    length = 0
    while (length < end.length && length < string.length && end[end.length - 1 - length] === string[string.length - 1 - length]) length++
    end = end.slice(end.length - length)
  }
  return start.length >= end.length ? start : end
}

/**
 * A set without the strings that hold another of its strings: a line that
 * holds `share this` holds `share`, whatever the flags, so looking for
 * `share` alone says the same with less to scan.
 */
function shortest(strings: readonly string[]): string[] {
  // Plain loops: sets of up to `maximumExact` strings, each against each, mostly in cold code where a callback per pair is slow.
  const kept: string[] = []
  for (let position = 0; position < strings.length; position++) {
    const string = strings[position] as string
    let held = false
    for (let at = 0; at < strings.length && !held; at++) {
      const other = strings[at] as string
      held = at !== position && other.length <= string.length && string.includes(other) && (other !== string || at < position)
    }
    if (!held) kept.push(string)
  }
  return kept
}

/** Past this length, a string is rare enough: a set of fewer such strings narrows more. */
const rareLength = 6

/** How much a required set narrows: longer strings are rarer, fewer strings too. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const shortestA = Math.min(rareLength, ...a.map((string) => string.length))
  const shortestB = Math.min(rareLength, ...b.map((string) => string.length))
  return shortestA !== shortestB ? shortestA > shortestB : a.length < b.length
}

/** The set that narrows most, if any. */
function best(sets: readonly string[][]): string[] | undefined {
  let chosen: string[] | undefined
  for (const set of sets) if (!chosen || better(set, chosen)) chosen = set
  return chosen
}

/** Fewest characters of a literal run inside a sequence that is worth requiring on its own. */
const minimumRun = 4

function sequence(parts: readonly Analysis[]): Analysis {
  // Plain loops and no closures: this runs for every group and branch of
  // every pattern, mostly while the process is cold, where each iterator
  // step and closure is an allocation.
  //
  // Runs of single strings (` access to ` in `(?:instant|unlimited) access to
  // (?:all|this)`) are required wherever the sequence matches: one string
  // where the products may be too many to look for.
  const runs: string[][] = []
  let run = ''
  for (let index = 0; index < parts.length; index++) {
    const strings = (parts[index] as Analysis).exact
    if (strings !== undefined && strings.length === 1 && strings[0] !== '') {
      run += strings[0]
      continue
    }
    if (run.length >= minimumRun) runs.push([run])
    run = ''
  }
  if (run.length >= minimumRun) runs.push([run])
  const required: string[][] = []
  let current: string[] = ['']
  let exact = true
  // One string after distinct strings gives distinct strings, as many: a run
  // of single characters (`newsletter`) is appended to the heads once, as one
  // string, not character by character.
  let pending = ''
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as Analysis
    const partRequired = part.required
    for (let set = 0; set < partRequired.length; set++) required.push(partRequired[set] as string[])
    const strings = part.exact
    if (strings !== undefined && strings.length === 1) {
      pending += strings[0]
      continue
    }
    if (pending !== '') {
      current = appended(current, pending)
      pending = ''
    }
    if (strings === undefined) {
      flushExact(required, current)
      exact = false
      current = ['']
      continue
    }
    const unique = products(current, strings)
    if (unique) current = unique
    else {
      flushExact(required, current)
      exact = false
      current = strings.length <= maximumExact ? strings : ['']
    }
  }
  if (pending !== '') current = appended(current, pending)
  const start = sequenceStart(parts)
  if (exact) return analysisOf(current, required, start, runs)
  flushExact(required, current)
  return analysisOf(undefined, required, start, runs)
}

/** Require one of the exact strings of a sequence so far, unless one is empty (then nothing is required). */
function flushExact(required: string[][], current: readonly string[]): void {
  for (let index = 0; index < current.length; index++) if (current[index] === '') return
  required.push(shortest(current))
}

/** Each head with `tail` after it. */
function appended(heads: readonly string[], tail: string): string[] {
  const result: string[] = new Array(heads.length)
  for (let index = 0; index < heads.length; index++) result[index] = (heads[index] as string) + tail
  return result
}

/** The distinct strings of a head then a tail, in order; `undefined` past `maximumExact`. */
function products(heads: readonly string[], tails: readonly string[]): string[] | undefined {
  const unique = new Set<string>()
  for (let head = 0; head < heads.length; head++) {
    for (let tail = 0; tail < tails.length; tail++) {
      unique.add((heads[head] as string) + (tails[tail] as string))
      if (unique.size > maximumExact) return undefined
    }
  }
  return Array.from(unique)
}

/**
 * How a sequence's match starts: its parts' heads in a row; anchored when a
 * part that is anchored comes before any part that matches text.
 */
function sequenceStart(parts: readonly Analysis[]): Start {
  let heads = emptyHeads
  let anchored = false
  let leading = true
  let zeroWidth = true
  for (let index = 0; index < parts.length; index++) {
    const start = (parts[index] as Analysis).start
    if (leading && start.anchored) anchored = true
    if (!start.zeroWidth) {
      leading = false
      zeroWidth = false
    }
    // Heads with no whole match go on as they are (see `followHeads`).
    if (heads.complete.size !== 0) heads = followHeads(heads, start.heads)
  }
  return startOf(heads, anchored, zeroWidth)
}

function alternative(branches: readonly Analysis[]): Analysis {
  const start = startOf(
    branches.map((branch) => branch.start.heads).reduce(unionHeads),
    branches.every((branch) => branch.start.anchored),
    branches.every((branch) => branch.start.zeroWidth)
  )
  if (branches.every((branch) => branch.exact && branch.required.length === 0)) {
    const union = [...new Set(branches.flatMap((branch) => branch.exact ?? []))]
    if (union.length <= maximumExact) return analysisOf(union, [], start)
  }
  // One branch matches: the line holds a string of that branch's best set.
  const union: string[] = []
  const fewest: string[] = []
  const fewestAtAll: string[] = []
  for (const branch of branches) {
    const sets = requirements(branch)
    const chosen = best(sets)
    if (!chosen) return analysisOf(undefined, [], start)
    union.push(...chosen)
    const candidates = [...sets, ...(branch.runs ?? [])]
    fewest.push(...(smallest(candidates, false) ?? chosen))
    fewestAtAll.push(...(smallest(candidates, true) ?? chosen))
  }
  const narrowest = shortest([...new Set(union)])
  // Many branches of many strings each make more strings than a gate looks
  // for; the fewest strings of each branch then still make one, of strings
  // of a few letters at least if they are few enough, else of any.
  if (narrowest.length <= maximumGateStrings) return analysisOf(undefined, [narrowest], start)
  const few = shortest([...new Set(fewest)])
  if (few.length <= maximumGateStrings) return analysisOf(undefined, [few], start)
  return analysisOf(undefined, [shortest([...new Set(fewestAtAll)])], start)
}

/**
 * Shortest string of a set that `smallest` takes while another set has
 * longer ones: one or two letters (`s`, the end that `updates` and `news`
 * share) are in nearly every line, and in a union over branches a string
 * held by the others (`shortest`) leaves the rule gated on that letter alone.
 */
const minimumFewestLength = 3

/**
 * The set of fewest strings, longer strings first among equals; unless
 * `anyLength`, a set of very short strings only when there is no other.
 */
function smallest(sets: readonly string[][], anyLength: boolean): string[] | undefined {
  let chosen: string[] | undefined
  let chosenShort = false
  for (const set of sets) {
    const short = !anyLength && set.some((string) => string.length < minimumFewestLength)
    if (!chosen || (chosenShort && !short) || (short === chosenShort && (set.length < chosen.length || (set.length === chosen.length && better(set, chosen))))) {
      chosen = set
      chosenShort = short
    }
  }
  return chosen
}

/**
 * The literal strings one of which a line must hold for `pattern` to match
 * it, or `undefined` when the pattern says nothing that narrows (or uses
 * syntax this reading does not know).
 */
export function requiredStrings(pattern: RegExp): string[] | undefined {
  const analysis = analyse(pattern)
  return analysis ? best(requirements(analysis)) : undefined
}

/** Every set of literal strings of which `pattern` needs one in a line it matches (see `requiredStrings`). */
export function requiredSets(pattern: RegExp): string[][] {
  const analysis = analyse(pattern)
  return analysis ? requirements(analysis) : []
}

/** Each pattern's analysis, read once for its gate and its start test; `null` when it cannot be read. */
const analyses = new WeakMap<RegExp, Analysis | null>()

/** What a pattern says, or `undefined` when this reading does not understand it. */
function analyse(pattern: RegExp): Analysis | undefined {
  let analysis = analyses.get(pattern)
  if (analysis === undefined) {
    analysis = null
    // A global or sticky pattern keeps state between tests: skipping one would change what the next test does.
    if (!/[^dimsu]/u.test(pattern.flags)) {
      try {
        analysis = new PatternReader(pattern.source, pattern.flags.includes('u'), pattern.flags.includes('m')).read()
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error
      }
    }
    analyses.set(pattern, analysis)
  }
  return analysis ?? undefined
}

/**
 * How the lines a pattern matches start, when every match starts at the
 * start of the line (`^` in each branch, no `m` flag): the heads (at most
 * `headLength` characters, ASCII, lower case) one of which each such line
 * starts with, and every shorter start of a head, or a head that goes on
 * with a character outside ASCII (for lines that have such a character
 * within their first `headLength`: it may stand for any letter), as
 * `startKey`s. `undefined` when the pattern says nothing of its start.
 * Many rules read whole lines that start with a label
 * (`^(?:advertisement|anzeige|…)$`): most lines start otherwise.
 */
interface StartTest {
  heads: Set<number>
  starts: Set<number>
}

/** A number for a string of at most `headLength` ASCII characters: their codes, and the length in the low bits. */
function startKey(text: string): number {
  let key = 0
  for (let at = 0; at < text.length; at++) key = key * 128 + text.charCodeAt(at)
  return key * 4 + text.length
}

/** The start test of a pattern (see `StartTest`). */
function startTest(pattern: RegExp): StartTest | undefined {
  const start = analyse(pattern)?.start
  if (!start || !start.anchored || start.heads.open.has('') || start.heads.complete.has('')) return undefined
  const heads = new Set<number>()
  const starts = new Set<number>()
  for (const head of [...start.heads.complete, ...start.heads.open]) {
    const other = head.indexOf(otherCharacter)
    const text = other === -1 ? head : head.slice(0, other)
    if (other === -1) heads.add(startKey(text))
    else starts.add(startKey(text))
    for (let length = 0; length < text.length; length++) starts.add(startKey(text.slice(0, length)))
  }
  return {heads, starts}
}

/**
 * Bits of a line's character mask: one per ASCII letter (either case), then
 * digits and a few punctuation marks that required strings hold.
 */
const digitBit = 1 << 26
const punctuationBits: ReadonlyMap<number, number> = new Map([
  [0x3a, 1 << 27], // :
  [0x2f, 1 << 28], // /
  [0x28, 1 << 29], // (
  [0xa9, 1 << 30], // ©
  [0x2e, 1 << 31] // .
])
const allLetterBits = (1 << 26) - 1

/** The mask bit of each ASCII character. */
const asciiBits = new Int32Array(128)
for (let code = 0; code < 128; code++) {
  if (code >= 0x61 && code <= 0x7a) asciiBits[code] = 1 << (code - 0x61)
  else if (code >= 0x41 && code <= 0x5a) asciiBits[code] = 1 << (code - 0x41)
  else if (code >= 0x30 && code <= 0x39) asciiBits[code] = digitBit
  else asciiBits[code] = punctuationBits.get(code) ?? 0
}

/**
 * A character outside ASCII that matches an ASCII letter under
 * case-insensitive Unicode matching (`ſ` is `s`, the Kelvin sign is `k`):
 * asked of the regular expression engine itself, so the mask agrees with
 * the rules' own matching whatever its Unicode tables.
 */
const foldsToAsciiLetter = /^[a-z]$/iu

/** Mask bits of characters outside ASCII, found once each; cleared when large. */
const foldedBits = new Map<number, number>()

function nonAsciiBits(code: number): number {
  let bits = foldedBits.get(code)
  if (bits === undefined) {
    // Such a character may stand for any letter: it sets them all.
    bits = (punctuationBits.get(code) ?? 0) | (foldsToAsciiLetter.test(String.fromCodePoint(code)) ? allLetterBits : 0)
    if (foldedBits.size > 4096) foldedBits.clear()
    foldedBits.set(code, bits)
  }
  return bits
}

/**
 * The characters of a text as mask bits: each ASCII letter (either case,
 * or a character that folds to it), digits, and a few marks. A string can
 * match in the text, with any flags, only if its own mask is in the text's.
 */
export function characterMask(text: string): number {
  let mask = 0
  const length = text.length
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at)
    if (code < 128) {
      mask |= asciiBits[code] ?? 0
      continue
    }
    // A surrogate pair is one code point; a lone surrogate stands for itself.
    const point = text.codePointAt(at) ?? code
    if (point > 0xffff) at++
    mask |= nonAsciiBits(point)
  }
  return mask
}

/** The mask a string needs: its ASCII letters, digits and marks; characters outside ASCII need nothing. */
function stringMask(value: string): number {
  let mask = 0
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code < 128) mask |= asciiBits[code] ?? 0
    else if (code === 0xa9) mask |= punctuationBits.get(code) ?? 0
  }
  return mask
}

/** Number of letter pairs (`aa` to `zz`) a line's pair bitmap holds. */
const letterPairs = 26 * 26

/** Words of a line's letter pair bitmap. */
const pairWords = Math.ceil(letterPairs / 32)

/*
 * What the prefilter reads of a line is a record of 32-bit words in a
 * `CharacterTable`: its character mask (`characterMask`); its code points
 * (a rule bounded to shorter lines cannot match it); flags; its head (see
 * `StartTest`): how many of its first characters make it and its starts of
 * each length as `startKey`s; and its letter pairs: bit `26 × first +
 * second` is set when the ASCII letters `first` and `second` (either case)
 * stand next to each other. A string's letters stand next to each other
 * wherever it matches, so a line lacking one of its pairs cannot hold it:
 * far rarer than lacking a letter, so most lines skip most rules on this.
 */
const maskField = 0
const pointsField = 1
const flagsField = 2
const headSizeField = 3
const prefixesField = 4
const pairsField = prefixesField + headLength + 1
/**
 * Then its letter trigrams, hashed into `trigramBuckets` bits (see
 * `trigramBucket`): three letters in a row are far rarer than two, so a
 * string keyed on one of its trigrams is looked at on far fewer lines (a
 * bucket shared by two trigrams only lets more lines through).
 */
const trigramsField = pairsField + pairWords
const trigramBucketBits = 12
const trigramBuckets = 1 << trigramBucketBits
const trigramWords = trigramBuckets / 32
/** Words of one record. */
export const recordSize = trigramsField + trigramWords

/** The bucket of the trigram of letters `first`, `second`, `third` (each 0 to 25): the top bits of a multiplicative hash. */
function trigramBucket(first: number, second: number, third: number): number {
  return Math.imul(first * 676 + second * 26 + third, 0x9e3779b1) >>> (32 - trigramBucketBits)
}

/**
 * Flag: a character outside ASCII matches an ASCII letter here (`ſ`): letter
 * pairs then say nothing and every gate is open.
 */
const wildFlag = 1

/** Flag: the head stops at a character outside ASCII (rather than at `headLength` or the line's end). */
const headCutFlag = 2

/** Flag: every character of the line is ASCII or one of `plainOthers`. */
const plainFlag = 4

/** Flag: the line is not plain: the one flag a gate string is keyed on (see `stringKey`), so it is set when the line may hold the string. */
const rareFlag = 8

/**
 * Characters outside ASCII that lines in any language hold (typographic
 * quotes, dashes, spaces, bullets). A line with no other character outside
 * ASCII is plain: it cannot hold a string with a character that none of
 * these nor any ASCII character matches (`é`, `б`, see `needsRareCharacter`).
 */
const plainOthers: ReadonlySet<number> = new Set(
  [...'\u00a0«»·–—‘’‚“”„•…‹›\u2009\u202f°€£'].map((character) => character.codePointAt(0) ?? 0)
)

/**
 * The characters of the lines one parse asks about, each read once: records
 * in one growing array, so that a line costs no allocation of its own.
 */
export class CharacterTable {
  data = new Int32Array(recordSize * 64)
  private readonly records = new Map<string, number>()
  /** Each record's text, and its lower case once asked for, by record number (`at / recordSize`). */
  private readonly texts: string[] = []
  private readonly lowerCase: Array<string | undefined> = []
  private used = 0

  /** Offset of the record of `text`, read on first use. */
  record(text: string): number {
    let at = this.records.get(text)
    if (at === undefined) {
      at = this.used
      if (at + recordSize > this.data.length) {
        const grown = new Int32Array(this.data.length * 2)
        grown.set(this.data)
        this.data = grown
      }
      this.used += recordSize
      readCharacters(text, this.data, at)
      this.records.set(text, at)
      this.texts.push(text)
      // Kept as long as `texts`, so that it is never a holey array: written
      // at scattered places it was holey in some parses and not in others,
      // and each switch threw away the compiled code that reads it.
      this.lowerCase.push(undefined)
    }
    return at
  }

  /** The text of the record at `at`. */
  text(at: number): string {
    return this.texts[at / recordSize] ?? ''
  }

  /** The text of the record at `at` in lower case, made on first use. */
  lowered(at: number): string {
    const number = at / recordSize
    let lower = this.lowerCase[number]
    if (lower === undefined) {
      lower = (this.texts[number] ?? '').toLowerCase()
      this.lowerCase[number] = lower
    }
    return lower
  }

  /** How many texts it holds. */
  get size(): number {
    return this.records.size
  }
}

/** Write the record of `text` at `at` in `data`. */
function readCharacters(text: string, data: Int32Array, at: number): void {
  const pairs = at + pairsField
  const trigrams = at + trigramsField
  data.fill(0, pairs, trigrams + trigramWords)
  let mask = 0
  let wild = false
  let previous = -1
  let beforePrevious = -1
  let points = 0
  let plain = true
  const length = text.length
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    points++
    if (code < 128) {
      mask |= asciiBits[code] ?? 0
      const letter = code >= 0x61 && code <= 0x7a ? code - 0x61 : code >= 0x41 && code <= 0x5a ? code - 0x41 : -1
      if (letter >= 0 && previous >= 0) {
        const pair = previous * 26 + letter
        data[pairs + (pair >> 5)] = (data[pairs + (pair >> 5)] ?? 0) | (1 << (pair & 31))
        if (beforePrevious >= 0) {
          const bucket = trigramBucket(beforePrevious, previous, letter)
          data[trigrams + (bucket >> 5)] = (data[trigrams + (bucket >> 5)] ?? 0) | (1 << (bucket & 31))
        }
      }
      beforePrevious = previous
      previous = letter
      continue
    }
    beforePrevious = -1
    previous = -1
    if (plain && !plainOthers.has(code)) plain = false
    // A surrogate pair is one code point; a lone surrogate stands for itself.
    const point = text.codePointAt(index) ?? code
    if (point > 0xffff) index++
    const bits = nonAsciiBits(point)
    if ((bits & allLetterBits) !== 0) wild = true
    mask |= bits
  }
  let headSize = 0
  let key = 0
  data[at + prefixesField] = 0
  while (headSize < headLength && headSize < length) {
    let code = text.charCodeAt(headSize)
    if (code >= 128) break
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    key = key * 128 + code
    headSize++
    data[at + prefixesField + headSize] = key * 4 + headSize
  }
  const headCut = headSize < headLength && headSize < length
  data[at + maskField] = mask
  data[at + pointsField] = points
  data[at + flagsField] = (wild ? wildFlag : 0) | (headCut ? headCutFlag : 0) | (plain ? plainFlag : rareFlag)
  data[at + headSizeField] = headSize
}

/**
 * A gate of a rule: for each required string, the character mask it needs
 * and its letter trigrams and pairs. The rule may match a line only if
 * some string has all of them in the line.
 */
export interface RuleGate {
  masks: Int32Array
  /**
   * Line features (see `featureOf`) of string `n`, its letter trigrams then
   * its letter pairs: `pairs[starts[n]]` up to `pairs[starts[n + 1]]`. A
   * trigram's bucket is far less often there by chance than a pair, so most
   * lines without the string fail on one, before the string is searched for.
   */
  starts: Int32Array
  pairs: Int32Array
  /** Most code points of a line the rule can match (`Infinity` when unbounded). */
  longest: number
  /** Whether the rule's best set of required strings says nothing: only its length bound and `also` gate it. */
  anyText: boolean
  /**
   * The strings by the line feature each is keyed on (see `stringKey`):
   * the distinct key features, and the strings keyed on feature
   * `keyFeatures[k]`, `keyStrings[keyStarts[k]]` up to `keyStrings[keyStarts[k + 1]]`.
   * Only the strings whose key the line has are looked at, and the `loose`
   * strings, which have no key.
   */
  keyFeatures: Int32Array
  keyStarts: Int32Array
  keyStrings: Int32Array
  loose: Int32Array
  /** The key feature of each string, `-1` for none. */
  keys: Int32Array
  /** About the share of lines that have a key of some string (the sum of each key's share; `Infinity` when a string has none): a rule is indexed by its set of least. */
  keyCost: number
  /**
   * What is looked for in the line once string `n`'s mask and pairs are
   * there: `literals[n]` itself in the line as written when the rule tells
   * case apart; else its longest run of ASCII characters, in lower case, in
   * the line in lower case (see `literalPresent`).
   */
  literals: readonly string[]
  /** Whether the rule ignores case (`i`): its literals are looked for in the line in lower case. */
  caseless: boolean
  /** Whether string `n` has a character that no character of a plain line matches (see `plainFlag`): a plain line cannot hold it. */
  needsRare: Uint8Array
  /**
   * For such a string of a rule that ignores case, the string as a pattern
   * with the rule's `i` and `u` flags: the engine's own case-insensitive
   * search, for what a lower-case line cannot tell (`все права защищены`,
   * whose ASCII run is a space).
   */
  otherPatterns: ReadonlyArray<RegExp | undefined>
  /** The rule's other required sets, fewest strings first, as gates (their own `longest` and `also` unused): the line must hold a string of each too. */
  also: readonly RuleGate[]
}

/** ASCII letters from the most to the least frequent in the languages of the presets' prose. */
const letterFrequency = 'eainrstolducmhgpbfvkwzyjxq'

/** About the share of each letter among the letters of prose, from its rank: 12% for `e`, falling by a seventh a rank (0.3% for `q`). */
const letterShares = Float64Array.from({length: 26}, (_, letter) => 0.12 * 0.86 ** letterFrequency.indexOf(String.fromCharCode(0x61 + letter)))

/** Letters of a typical line, for how likely a line is to have a key. */
const typicalLetters = 80

/** About how many times a typical line holds each mark of the mask besides letters. */
const markExpectations: ReadonlyMap<number, number> = new Map([
  [digitBit, 0.7],
  [punctuationBits.get(0x3a) ?? 0, 0.25],
  [punctuationBits.get(0x2f) ?? 0, 0.1],
  [punctuationBits.get(0x28) ?? 0, 0.1],
  [punctuationBits.get(0xa9) ?? 0, 0.01],
  [punctuationBits.get(0x2e) ?? 0, 1.2]
])

/** About how often a typical line is not plain. */
const rareExpectation = 0.3

/** A line feature: bit `feature & 31` of word `feature >> 5` of the line's record. */
function featureOf(word: number, bit: number): number {
  return word * 32 + bit
}

/** Whether the line whose record is at `at` has a feature. */
function hasFeature(data: Int32Array, at: number, feature: number): boolean {
  return ((data[at + (feature >> 5)] ?? 0) & (1 << (feature & 31))) !== 0
}

/**
 * The feature of the line that a string is keyed on: of those that every
 * line holding the string has (a trigram or a pair of its letters, a
 * character of its mask, and when `rare` the line not being plain), the one
 * a typical line is least likely to have; and about the share of lines
 * that have it (`-1` and 1 when there is none). Wild lines, which may hold
 * a string without its letters, open every gate anyway.
 */
function stringKey(value: string, mask: number, rare: boolean): {feature: number; share: number} {
  let feature = -1
  let expected = Number.POSITIVE_INFINITY
  const consider = (candidate: number, expectation: number) => {
    if (expectation < expected) {
      feature = candidate
      expected = expectation
    }
  }
  let previous = -1
  let beforePrevious = -1
  for (let at = 0; at < value.length; at++) {
    const letter = letterIndex(value.charCodeAt(at))
    if (letter >= 0 && previous >= 0) {
      const pairShare = (letterShares[previous] ?? 1) * (letterShares[letter] ?? 1)
      consider(featureOf(pairsField, 0) + previous * 26 + letter, typicalLetters * pairShare)
      if (beforePrevious >= 0) {
        // A bucket holds other trigrams too: a typical line fills one in `trigramBuckets / typicalLetters`.
        const expectation = typicalLetters * pairShare * (letterShares[beforePrevious] ?? 1) + typicalLetters / trigramBuckets
        consider(featureOf(trigramsField, 0) + trigramBucket(beforePrevious, previous, letter), expectation)
      }
    }
    beforePrevious = previous
    previous = letter
  }
  for (let bit = 0; bit < 32; bit++) {
    if ((mask & (1 << bit)) === 0) continue
    consider(featureOf(maskField, bit), bit < 26 ? typicalLetters * (letterShares[bit] ?? 1) : (markExpectations.get(1 << bit) ?? 1))
  }
  if (rare) consider(featureOf(flagsField, 31 - Math.clz32(rareFlag)), rareExpectation)
  return {feature, share: 1 - Math.exp(-expected)}
}

/** A gate's strings by key feature, and those without one (see `RuleGate.keyFeatures`). */
function keyFeatures(keys: Int32Array): Pick<RuleGate, 'keyFeatures' | 'keyStarts' | 'keyStrings' | 'loose'> {
  const byFeature = new Map<number, number[]>()
  const loose: number[] = []
  for (let string = 0; string < keys.length; string++) {
    const key = keys[string] ?? -1
    if (key === -1) {
      loose.push(string)
      continue
    }
    const keyed = byFeature.get(key)
    if (keyed) keyed.push(string)
    else byFeature.set(key, [string])
  }
  const keyStarts = new Int32Array(byFeature.size + 1)
  const keyStrings: number[] = []
  let position = 0
  for (const keyed of byFeature.values()) {
    keyStarts[position++] = keyStrings.length
    keyStrings.push(...keyed)
  }
  keyStarts[position] = keyStrings.length
  return {keyFeatures: Int32Array.from(byFeature.keys()), keyStarts, keyStrings: Int32Array.from(keyStrings), loose: Int32Array.from(loose)}
}

/** Gates of a rule list, `undefined` for a rule that always runs. */
export type RuleGates = ReadonlyArray<RuleGate | undefined>

/**
 * Most required strings a rule is gated on, and so most strings of the set
 * an alternation of many branches makes of its branches' best sets (see
 * `alternative`): a gate looks only at the strings whose key the line has,
 * so a set of many keyed strings costs little, while falling back to fewer
 * but commoner strings (` of `, ` in `) opened gates on most lines, and
 * rules of a hundred phrases (menu labels, related headers) ran on every
 * line without a gate.
 */
const maximumGateStrings = 160

/** Gates of each rule list, built on first use. */
const gates = new WeakMap<readonly LineRule[], RuleGates>()

function letterIndex(code: number): number {
  return code >= 0x61 && code <= 0x7a ? code - 0x61 : code >= 0x41 && code <= 0x5a ? code - 0x41 : -1
}

function buildGate(strings: readonly string[], flags: string): RuleGate | undefined {
  const caseless = flags.includes('i')
  const literals = strings.map((value) => (caseless ? longestAsciiRun(value).toLowerCase() : value))
  const needsRare = Uint8Array.from(strings, (value) => (caseless && needsRareCharacter(value, flags) ? 1 : 0))
  const masks = Int32Array.from(strings, stringMask)
  const starts = new Int32Array(strings.length + 1)
  const pairs: number[] = []
  for (const [position, value] of strings.entries()) {
    starts[position] = pairs.length
    for (let at = 2; at < value.length; at++) {
      const first = letterIndex(value.charCodeAt(at - 2))
      const second = letterIndex(value.charCodeAt(at - 1))
      const third = letterIndex(value.charCodeAt(at))
      if (first >= 0 && second >= 0 && third >= 0) pairs.push(featureOf(trigramsField, 0) + trigramBucket(first, second, third))
    }
    for (let at = 1; at < value.length; at++) {
      const first = letterIndex(value.charCodeAt(at - 1))
      const second = letterIndex(value.charCodeAt(at))
      if (first >= 0 && second >= 0) pairs.push(featureOf(pairsField, 0) + first * 26 + second)
    }
    // A string that needs no character, no pair, nothing to find and no rare character says nothing: the rule always runs.
    if ((masks[position] ?? 0) === 0 && pairs.length === starts[position] && literals[position] === '' && needsRare[position] === 0) return undefined
  }
  starts[strings.length] = pairs.length
  const keys = new Int32Array(strings.length)
  let keyCost = 0
  for (const [position, value] of strings.entries()) {
    // A rule that tells case apart matches a character outside ASCII and `plainOthers` only in a line that is not plain.
    const rare = needsRare[position] === 1 || (!caseless && hasRareCharacter(value))
    const {feature, share} = stringKey(value, masks[position] ?? 0, rare)
    keys[position] = feature
    keyCost += feature === -1 ? Number.POSITIVE_INFINITY : share
  }
  return gateOf({
    masks,
    starts,
    pairs: Int32Array.from(pairs),
    longest: Number.POSITIVE_INFINITY,
    anyText: false,
    ...keyFeatures(keys),
    keys,
    keyCost,
    literals,
    caseless,
    needsRare,
    otherPatterns: strings.map((value, position) =>
      needsRare[position] === 1 ? new RegExp(escapeLiteral(value), flags.replace(/[^iu]/gu, '')) : undefined
    ),
    also: []
  })
}

/**
 * A gate as one object literal, fields in one order, whichever way it was
 * put together: gates built three ways (spread, with and without key
 * pairs) had three shapes, and each shape first met by the compiled
 * `gateOpen`, `stringsOpen` and `stringPresent` threw their code away.
 */
/**
 * A copy of a list as a packed array: `map` hands back a holey one when its
 * callback is thrown out of compiled code halfway, and one holey list among
 * packed ones throws away the compiled code that reads them.
 */
function packed<Value>(list: readonly Value[]): Value[] {
  const copy: Value[] = []
  for (let index = 0; index < list.length; index++) copy.push(list[index] as Value)
  return copy
}

function gateOf(gate: RuleGate): RuleGate {
  return {
    masks: gate.masks,
    starts: gate.starts,
    pairs: gate.pairs,
    longest: gate.longest,
    anyText: gate.anyText,
    keyFeatures: gate.keyFeatures,
    keyStarts: gate.keyStarts,
    keyStrings: gate.keyStrings,
    loose: gate.loose,
    keys: gate.keys,
    keyCost: gate.keyCost,
    literals: packed(gate.literals),
    caseless: gate.caseless,
    needsRare: gate.needsRare,
    otherPatterns: packed(gate.otherPatterns),
    also: gate.also
  }
}

/**
 * The longest run of ASCII characters of a string (`tous droits r` of
 * `tous droits réservés`). Where a case-insensitive rule matches the
 * string, the line holds this run, each letter in either case: an ASCII
 * character matches only ASCII characters, outside lines with a character
 * like `ſ` (see `wildFlag`), whose gates are open anyway.
 */
function longestAsciiRun(value: string): string {
  let longest = ''
  for (const run of value.split(/[^\u0000-\u007f]+/u)) if (run.length > longest.length) longest = run
  return longest
}

/** Whether a string has a character outside ASCII and `plainOthers`: as written, a plain line cannot hold it. */
function hasRareCharacter(value: string): boolean {
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code >= 128 && !plainOthers.has(code)) return true
  }
  return false
}

/** Whether each character outside ASCII matches a character of plain lines under given flags, asked once of the engine itself. */
const matchesPlain = new Map<string, boolean>()

/** The characters a plain line is made of: ASCII, and `plainOthers`. */
const plainCharacters = [
  ...Array.from({length: 128}, (_, code) => String.fromCharCode(code)),
  ...[...plainOthers].map((code) => String.fromCodePoint(code))
]

/** The characters of a plain line, in one string. */
const plainText = plainCharacters.join('')

/**
 * Whether a string has a character outside ASCII that no character of a
 * plain line matches under `flags` (`é`, `б`, `©`; not the Kelvin sign,
 * which is `k` under `iu`): a plain line cannot hold the string.
 */
function needsRareCharacter(value: string, flags: string): boolean {
  const characters = flags.includes('u') ? [...value] : value.split('')
  const testFlags = flags.replace(/[^iu]/gu, '')
  for (const character of characters) {
    if (character.length === 1 && character.charCodeAt(0) < 128) continue
    const key = `${testFlags} ${character}`
    let matches = matchesPlain.get(key)
    if (matches === undefined) {
      // One search of all of them at once: the character is one character of the text wherever it matches.
      matches = new RegExp(escapeLiteral(character), testFlags).test(plainText)
      matchesPlain.set(key, matches)
    }
    if (!matches) return true
  }
  return false
}

/**
 * A line rule's length bound: `^(?=.{0,300}$)…` (the rules write one where
 * they scan a line for a phrase) matches lines of at most 300 code points
 * (`.` is one code point under the `u` flag, one unit without it, and a line
 * has no line breaks), so a longer line skips the rule before its strings
 * are looked for. `Infinity` for a pattern without such a lookahead.
 */
function longestLine(pattern: RegExp): number {
  if (pattern.flags.includes('m')) return Number.POSITIVE_INFINITY
  const bound = /^\^\(\?=\.\{(?:\d+,)?(\d+)\}\$\)/u.exec(pattern.source)
  // The lookahead bounds only its own branch: `^(?=.{0,80}$)a|^.{0,200}?b` matches longer lines by its second.
  return bound && !hasTopLevelBranch(pattern.source) ? Number(bound[1]) : Number.POSITIVE_INFINITY
}

/** Whether a pattern's source has a `|` outside every group and character class. */
function hasTopLevelBranch(source: string): boolean {
  let depth = 0
  let inClass = false
  for (let at = 0; at < source.length; at++) {
    const character = source[at]
    if (character === '\\') at++
    else if (inClass) inClass = character !== ']'
    else if (character === '[') inClass = true
    else if (character === '(') depth++
    else if (character === ')') depth--
    else if (character === '|' && depth === 0) return true
  }
  return false
}

/**
 * The gates of a rule list, derived once from its patterns.
 */
export function ruleGates(rules: readonly LineRule[]): RuleGates {
  let built = gates.get(rules)
  if (!built) {
    built = rules.map((rule) => {
      const strings = requiredStrings(rule.pattern)
      const longest = longestLine(rule.pattern)
      const flags = rule.pattern.flags
      const gate = strings && strings.length <= maximumGateStrings ? buildGate(strings, flags) : undefined
      // The other sets the pattern requires, each tried once the best one is found (`: ` of `X said:` after ` said`).
      const also: RuleGate[] = []
      for (const set of requiredSets(rule.pattern)) {
        if (set.length > maximumGateStrings || (strings && sameStrings(set, strings))) continue
        const other = buildGate(set, flags)
        if (other) also.push(other)
      }
      also.sort((first, second) => first.masks.length - second.masks.length)
      if (gate) return gateOf({...gate, longest, also})
      if (longest === Number.POSITIVE_INFINITY && also.length === 0) return undefined
      return gateOf({
        masks: new Int32Array(0),
        starts: new Int32Array(1),
        pairs: new Int32Array(0),
        longest,
        anyText: true,
        keyFeatures: new Int32Array(0),
        keyStarts: new Int32Array(1),
        keyStrings: new Int32Array(0),
        loose: new Int32Array(0),
        keys: new Int32Array(0),
        keyCost: Number.POSITIVE_INFINITY,
        literals: [],
        caseless: false,
        needsRare: new Uint8Array(0),
        otherPatterns: [],
        also
      })
    })
    gates.set(rules, built)
  }
  return built
}

/** Whether two sets hold the same strings. */
function sameStrings(first: readonly string[], second: readonly string[]): boolean {
  return first.length === second.length && first.every((string) => second.includes(string))
}

/**
 * Whether the line whose record is at `at` may hold one of a gate's
 * strings: its length is within the rule's bound, and some string has its
 * characters and letter pairs in the line and then is found there (see
 * `RuleGate.literals`).
 */
export function gateOpen(gate: RuleGate, table: CharacterTable, at: number): boolean {
  const data = table.data
  if ((data[at + pointsField] ?? 0) > gate.longest) return false
  if (((data[at + flagsField] ?? 0) & wildFlag) !== 0) return true
  // Sets of fewer strings first (`:` before ` said`, ` says`, …): the line must hold a string of each, and a small set fails for less.
  let best = gate.anyText
  const also = gate.also
  for (let set = 0; set < also.length; set++) {
    const other = also[set]
    if (!other) continue
    if (!best && other.masks.length > gate.masks.length) {
      if (!stringsOpen(gate, table, at)) return false
      best = true
    }
    if (!stringsOpen(other, table, at)) return false
  }
  return best || stringsOpen(gate, table, at)
}

/** Whether the line whose record is at `at` (not a wild one) may hold one of the strings of a gate. */
function stringsOpen(gate: RuleGate, table: CharacterTable, at: number): boolean {
  const data = table.data
  const {keyFeatures: features, keyStarts, keyStrings, loose} = gate
  for (let string = 0; string < loose.length; string++) if (stringPresent(gate, loose[string] ?? 0, table, at)) return true
  for (let key = 0; key < features.length; key++) {
    if (!hasFeature(data, at, features[key] ?? 0)) continue
    const end = keyStarts[key + 1] ?? 0
    for (let keyed = keyStarts[key] ?? 0; keyed < end; keyed++) if (stringPresent(gate, keyStrings[keyed] ?? 0, table, at)) return true
  }
  return false
}

/** Whether the line holds string `string` of a gate: its characters, its letter trigrams and pairs, then the string itself (see `literalPresent`). */
function stringPresent(gate: RuleGate, string: number, table: CharacterTable, at: number): boolean {
  const data = table.data
  const mask = gate.masks[string] ?? 0
  if ((mask & (data[at + maskField] ?? 0)) !== mask) return false
  const {starts, pairs} = gate
  const end = starts[string + 1] ?? 0
  for (let feature = starts[string] ?? 0; feature < end; feature++) if (!hasFeature(data, at, pairs[feature] ?? 0)) return false
  return literalPresent(gate, string, table, at)
}

/**
 * Whether the line holds string `string` of a gate as the rule would match
 * it: as written, for a rule that tells case apart. For a rule that ignores
 * case: its longest ASCII run in the line in lower case (`toLowerCase` puts
 * each ASCII letter of the line in lower case where it stands, so a run
 * that matched case-insensitively is there in lower case; lines where a
 * character outside ASCII matches an ASCII letter are wild and never get
 * here); and when the string has a rare character (`все права защищены`,
 * whose ASCII run is a space), a line that is not plain, where the string
 * is then searched for with the rule's `i` and `u` flags.
 */
function literalPresent(gate: RuleGate, string: number, table: CharacterTable, at: number): boolean {
  const literal = gate.literals[string] ?? ''
  if (!gate.caseless) return table.text(at).includes(literal)
  const other = gate.otherPatterns[string]
  if (other && ((table.data[at + flagsField] ?? 0) & plainFlag) !== 0) return false
  if (literal !== '' && !table.lowered(at).includes(literal)) return false
  return !other || other.test(table.text(at))
}

/**
 * The rules of a list that a line may match, found from what the line
 * holds instead of by asking every rule: each string of a gate is keyed on
 * the feature of its that lines have least (see `stringKey`), and a gated
 * rule is a candidate only when the line has the key of one of the strings
 * of one of its required sets (the set whose keys lines have least); a rule with a start test is a
 * candidate only when the line starts with one of its heads (both looked up
 * from the line's side, in a few probes). Most lines hold few keys and
 * start as few rules require, so most rules are never looked at; the
 * candidates' gates are then opened as before, so the rules that run are
 * exactly those whose gates and start tests are open.
 */
export interface RuleIndex {
  gates: RuleGates
  /** 32-bit words of a set of the list's rules. */
  width: number
  /** Rules whose gate needs no key: ungated, gated on length only, or with a string in each set that has no key. */
  unkeyed: Int32Array
  /** The features that key some rule, as bits of a record. */
  keys: Int32Array
  /** The words of `keys` that hold a key: the only ones a line's record is read at. */
  keyWords: Int32Array
  /** The rules keyed on feature `f`: words `f × width` up to `(f + 1) × width`. */
  postings: Int32Array
  /** Rules without a start test. */
  unanchored: Int32Array
  /** The rules a line whose head (or one of its starts) has a `startKey` may start as: its heads, as a set of rules. */
  headRules: Map<number, Int32Array>
  /** The rules a line whose head is cut where it has a `startKey` may start as. */
  cutRules: Map<number, Int32Array>
  /** Every rule of the list, for lines on which letters say nothing (wild ones). */
  every: Int32Array
  /** Candidates of the line being matched, reused from line to line. */
  candidates: Int32Array
  /** Rules the line starts as, reused from line to line. */
  started: Int32Array
}

/** Indexes of each rule list, built on first use. */
const indexes = new WeakMap<readonly LineRule[], RuleIndex>()

/** Add a rule to the set of rules under `key`. */
function addRule(map: Map<number, Int32Array>, key: number, width: number, position: number): void {
  let set = map.get(key)
  if (!set) {
    set = new Int32Array(width)
    map.set(key, set)
  }
  set[position >> 5] = (set[position >> 5] ?? 0) | (1 << (position & 31))
}

/** The index of a rule list, derived once from its patterns. */
export function ruleIndex(rules: readonly LineRule[]): RuleIndex {
  let index = indexes.get(rules)
  if (index) return index
  const gateList = ruleGates(rules)
  const width = Math.ceil(rules.length / 32)
  const unkeyed = new Int32Array(width)
  const unanchored = new Int32Array(width)
  const every = new Int32Array(width)
  const keys = new Int32Array(recordSize)
  const postings = new Int32Array(recordSize * 32 * width)
  const headRules = new Map<number, Int32Array>()
  const cutRules = new Map<number, Int32Array>()
  for (const [position, rule] of rules.entries()) {
    const word = position >> 5
    const bit = 1 << (position & 31)
    every[word] = (every[word] ?? 0) | bit
    const test = startTest(rule.pattern)
    if (test) {
      for (const key of test.heads) addRule(headRules, key, width, position)
      for (const key of test.starts) addRule(cutRules, key, width, position)
    } else {
      unanchored[word] = (unanchored[word] ?? 0) | bit
    }
    const gate = gateList[position]
    // Any set the rule requires will do: the one whose keys lines have least.
    let keyed: RuleGate | undefined
    for (const set of gate ? (gate.anyText ? gate.also : [gate, ...gate.also]) : []) {
      if (set.keyCost < (keyed?.keyCost ?? Number.POSITIVE_INFINITY)) keyed = set
    }
    if (!keyed) {
      unkeyed[word] = (unkeyed[word] ?? 0) | bit
      continue
    }
    for (const feature of keyed.keys) {
      keys[feature >> 5] = (keys[feature >> 5] ?? 0) | (1 << (feature & 31))
      postings[feature * width + word] = (postings[feature * width + word] ?? 0) | bit
    }
  }
  const keyWords: number[] = []
  for (let keyWord = 0; keyWord < keys.length; keyWord++) if (keys[keyWord] !== 0) keyWords.push(keyWord)
  index = {
    gates: gateList,
    width,
    unkeyed,
    keys,
    keyWords: Int32Array.from(keyWords),
    postings,
    unanchored,
    headRules,
    cutRules,
    every,
    candidates: new Int32Array(width),
    started: new Int32Array(width)
  }
  indexes.set(rules, index)
  return index
}

/** Add the rules of `set`, if any, to `into`. */
function orInto(into: Int32Array, set: Int32Array | undefined, width: number): void {
  if (!set) return
  for (let word = 0; word < width; word++) into[word] = (into[word] ?? 0) | (set[word] ?? 0)
}

/**
 * Set `index.candidates` to the rules the line whose record is at `at` may
 * match: those that start as the line does (or have no start test), and
 * whose gate needs no key or is keyed on a feature of the line (every
 * rule's gate when the line's pairs say nothing). Read the candidates in
 * order of their bits: rule order is kept.
 */
export function findCandidates(index: RuleIndex, data: Int32Array, at: number): Int32Array {
  const {candidates, started, width} = index
  // Plain loops: the sets are a word or two, where `set` costs a call into the runtime.
  const unanchored = index.unanchored
  for (let word = 0; word < width; word++) started[word] = unanchored[word] ?? 0
  if (index.headRules.size > 0) {
    const headSize = data[at + headSizeField] ?? 0
    for (let length = 0; length <= headSize; length++) orInto(started, index.headRules.get(data[at + prefixesField + length] ?? 0), width)
    if (((data[at + flagsField] ?? 0) & headCutFlag) !== 0) orInto(started, index.cutRules.get(data[at + prefixesField + headSize] ?? 0), width)
  }
  if (((data[at + flagsField] ?? 0) & wildFlag) !== 0) {
    const every = index.every
    for (let word = 0; word < width; word++) candidates[word] = (every[word] ?? 0) & (started[word] ?? 0)
    return candidates
  }
  const unkeyed = index.unkeyed
  for (let word = 0; word < width; word++) candidates[word] = unkeyed[word] ?? 0
  const {keys, keyWords, postings} = index
  for (let key = 0; key < keyWords.length; key++) {
    const word = keyWords[key] ?? 0
    let bits = (keys[word] ?? 0) & (data[at + word] ?? 0)
    while (bits !== 0) {
      const low = bits & -bits
      bits ^= low
      const start = ((word << 5) + 31 - Math.clz32(low)) * width
      for (let rule = 0; rule < width; rule++) candidates[rule] = (candidates[rule] ?? 0) | (postings[start + rule] ?? 0)
    }
  }
  for (let word = 0; word < width; word++) candidates[word] = (candidates[word] ?? 0) & (started[word] ?? 0)
  return candidates
}

/** Escape a string for a regular expression source, `u` flag or not. */
function escapeLiteral(value: string): string {
  return value.replace(/[\^$\\.*+?()[\]{}|/]/gu, '\\$&')
}

/**
 * A cheap search for the strings `pattern` requires, with its flags (so it
 * finds them exactly where the pattern could), or `undefined` when the
 * pattern requires none: a text it does not match, the pattern cannot match.
 * A literal search skips through a long text where a pattern opening with
 * `\b` tries every position.
 */
export function literalPrefilter(pattern: RegExp): RegExp | undefined {
  const strings = requiredStrings(pattern)
  if (!strings || strings.length === 0) return undefined
  return new RegExp(strings.map((value) => escapeLiteral(value)).join('|'), pattern.flags.replace(/[gy]/gu, ''))
}
