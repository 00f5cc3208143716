import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Preset} from '../presets/types.js'
import {builtinPresets, generic} from '../presets/index.js'
import {getArticleState, matchRule, remove} from './article-state.js'
import {literalPrefilter} from './rule-prefilter.js'

/**
 * Choose the presets that apply and remove page furniture.
 *
 * Presets: `generic` always; presets named in options or front matter
 * (`preset:`); and every other preset one of whose `detect` patterns matches
 * a line. Then every line that a `remove` rule of an active preset matches is
 * removed with that rule's id, wherever it stands, and every exact repeat of
 * an earlier line (case-insensitive) is removed as `duplicate-line`: pages
 * print captions, share rows, teasers and pull quotes twice, articles do not
 * repeat their paragraphs.
 */
export function remarkBoilerplate() {
  return function (_tree: Root, file: VFile): undefined {
    const state = getArticleState(file)
    state.presets = selectPresets(state.options.forced, state.options.detectable, state.frontmatter, state.lines, file)

    for (const line of state.lines) {
      if (line.fate) continue
      const removal = matchRule(state.presets, 'remove', line.text)
      if (removal) {
        remove(line, removal.rule.id)
      } else if (line.repeats !== undefined) {
        remove(line, 'duplicate-line')
      }
    }
    return undefined
  }
}

function selectPresets(
  forced: readonly Preset[],
  detectable: readonly Preset[],
  frontmatter: Record<string, unknown>,
  lines: ReadonlyArray<{text: string; line: number}>,
  file: VFile
): Preset[] {
  const active: Preset[] = [generic]
  const add = (preset: Preset) => {
    if (!active.includes(preset)) active.push(preset)
  }
  const named = frontmatter['preset']
  for (const name of typeof named === 'string' ? [named] : Array.isArray(named) ? named : []) {
    const preset = typeof name === 'string' ? builtinPresets.get(name) : undefined
    if (preset) add(preset)
    else {
      file.message(
        `Unexpected preset \`${String(name)}\` in front matter, expected one of ${[...builtinPresets.keys()].join(', ')}`,
        {place: {line: 1, column: 1}, ruleId: 'unknown-preset', source: 'eleventy-plugin-wire'}
      )
    }
  }
  for (const preset of forced) {
    if (!preset.detect || detected(preset, lines)) add(preset)
  }
  for (const preset of detectable) {
    if (detected(preset, lines)) add(preset)
  }
  return active
}

/**
 * Each preset's `detect` patterns, made multiline, so they test every line
 * of a text in one search, each with the literal search that must succeed
 * first (see `literalPrefilter`).
 */
const multilineDetect = new WeakMap<Preset, Array<{pattern: RegExp; prefilter: RegExp | undefined}>>()

/** The lines of each list joined by newlines, computed once for all presets. */
const joinedLines = new WeakMap<ReadonlyArray<{text: string}>, string>()

/**
 * Whether one of a preset's `detect` patterns matches a line. The patterns
 * run once over the joined lines with the `m` flag (`^` and `$` at each
 * line), rather than once per line: testing every line against every
 * pattern of every preset was a hot spot. A pattern whose required string
 * the text lacks (`euronews` for `\beuronews\b`, which tries every
 * position of the text) is not run at all.
 */
function detected(preset: Preset, lines: ReadonlyArray<{text: string}>): boolean {
  let patterns = multilineDetect.get(preset)
  if (!patterns) {
    patterns = (preset.detect ?? []).map((pattern) => ({
      pattern: new RegExp(pattern.source, pattern.flags.replace(/[gym]/gu, '') + 'm'),
      prefilter: literalPrefilter(pattern)
    }))
    multilineDetect.set(preset, patterns)
  }
  let joined = joinedLines.get(lines)
  if (joined === undefined) {
    // Joined by hand: a `map` result's array kind depends on whether `map`
    // ran compiled, and `join` compiled for one kind is thrown away on the other.
    joined = ''
    for (let index = 0; index < lines.length; index++) joined += index === 0 ? (lines[index]?.text ?? '') : `\n${lines[index]?.text ?? ''}`
    joinedLines.set(lines, joined)
  }
  const text = joined
  return patterns.some(({pattern, prefilter}) => (!prefilter || prefilter.test(text)) && pattern.test(text))
}
