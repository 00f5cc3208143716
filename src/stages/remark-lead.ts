import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {getArticleState, keep, matchRule} from './article-state.js'

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
