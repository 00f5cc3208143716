import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {getArticleState, keep, matchRule, remove} from './article-state.js'
import {isHeadlineShaped} from './headline-shape.js'

/**
 * Find the related-articles list: a line that a `relatedHeaders` rule matches
 * (`You might also like`), then the headline-shaped lines after it, furniture
 * between them skipped. The header line is removed with its rule's id; each
 * headline goes to `related` as written. The list ends at the first line that
 * is not headline-shaped, and what follows is classified as usual, so that
 * article text after a mid-page list is never lost.
 */
export function remarkRelated() {
  return function (_tree: Root, file: VFile): undefined {
    const state = getArticleState(file)
    const lines = state.lines
    // A related list never stands in the header block.
    for (let index = state.bodyStart; index < lines.length; index++) {
      const header = lines[index]
      if (!header || header.fate?.kind === 'field') continue
      const match = matchRule(state.presets, 'relatedHeaders', header.text)
      if (!match) continue
      const headlines = []
      let next = index + 1
      for (; next < lines.length; next++) {
        const line = lines[next]
        if (!line) break
        if (line.fate) continue
        // A copyright line is the page's footer, not a headline.
        if (
          !isHeadlineShaped(line.text) ||
          matchRule(state.presets, 'relatedHeaders', line.text) ||
          matchRule(state.presets, 'credits', line.text)
        ) {
          break
        }
        headlines.push(line)
      }
      // A header with nothing after it is furniture all the same.
      remove(header, match.rule.id)
      for (const line of headlines) {
        keep(line, 'related')
        state.related.push({title: line.text, line: line.line})
      }
      index = next - 1
    }
    return undefined
  }
}
