import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ArticleState} from './article-state.js'
import {getArticleState, keep, matchRule, remove} from './article-state.js'
import {allBiographyVerbs} from './language-data.js'

/**
 * Take the dateline and the lead.
 *
 * The first paragraph after the header block opens the story: a dateline
 * that a `datelines` rule matches at its start (`MINSK, Belarus (AP) —`) goes
 * to `dateline`, and the paragraph (without it) is the lead, provided more
 * body follows and the `lead` option is on; otherwise it stays in the body.
 */
export function remarkLead() {
  return function (_tree: Root, file: VFile): undefined {
    const state = getArticleState(file)
    const lines = state.lines
    markBylineBiographies(state)
    skipToDateline(state)
    let first: number | undefined
    let second: number | undefined
    for (let index = state.bodyStart; index < lines.length; index++) {
      const line = lines[index]
      if (!line || line.fate) continue
      if (first === undefined) first = index
      else {
        second = index
        break
      }
    }
    if (first === undefined) return undefined
    const line = lines[first]
    if (!line || line.node.type !== 'paragraph') return undefined

    const dateline = matchRule(state.presets, 'datelines', line.text)
    let text = line.text
    if (dateline) {
      const value = (dateline.match[1] ?? '').trim()
      state.dateline = value
      state.datelineCut = {index: first, length: dateline.match[0].length}
      text = line.text.slice(dateline.match[0].length).trim()
    }
    if (state.options.lead && second !== undefined && text !== '') {
      state.lead = text
      keep(line, 'lead')
    }
    return undefined
  }
}

/**
 * A wire story opens with its dateline (`HANOI, Vietnam (AP) —`): when a
 * paragraph of the article block opens with one, the open lines between
 * the header and it are the page's (a gallery's captions and counters, a
 * menu of teasers), not the story's, and are removed as `before-dateline`.
 */
function skipToDateline(state: ArticleState): void {
  const region = state.region
  if (!region) return
  const lines = state.lines
  for (let index = Math.max(state.bodyStart, region.start); index <= region.end; index++) {
    const line = lines[index]
    if (!line || line.fate || line.node.type !== 'paragraph') continue
    if (!matchRule(state.presets, 'datelines', line.text)) continue
    for (let at = state.bodyStart; at < index; at++) {
      const before = lines[at]
      if (before && !before.fate) remove(before, 'before-dateline')
    }
    return
  }
}

/** The word after a name: a biography verb is lowercase. */
const nextWord = /^\s(\p{Ll}+)\s/u

/**
 * Remove each paragraph of the article block that opens with the byline's
 * name and a biography verb (`Jane Doe is a reporter …`, `Jana Beispiel
 * leitet das Ressort …`), as `author-biography`: the author's box, which
 * pages print under the byline as well as under the article. An article
 * does not tell of its own author that way. Before the lead is taken, so
 * that a box under the byline does not become the lead.
 */
function markBylineBiographies(state: ArticleState): void {
  const region = state.region
  const name = state.byline?.toLowerCase()
  if (!region || !name?.includes(' ')) return
  for (let index = Math.max(state.bodyStart, region.start); index <= region.end; index++) {
    const line = state.lines[index]
    if (!line || line.fate || state.features[index]?.kind !== 'content' || line.text.length <= name.length) continue
    if (line.text.slice(0, name.length).toLowerCase() !== name) continue
    const verb = nextWord.exec(line.text.slice(name.length))
    if (verb && allBiographyVerbs.has(verb[1] ?? '')) remove(line, 'author-biography')
  }
}
