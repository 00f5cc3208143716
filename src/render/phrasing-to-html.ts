import type {PhrasingContent} from 'mdast'
import {escapeAttribute, escapeText} from './html.js'
import {safeUrl} from './safe-url.js'

/** Elements that wrap their children, by mdast type. */
const wrapperTags = {emphasis: 'em', strong: 'strong', delete: 'del'} as const

/**
 * Turn inline markdown of article text into HTML, safely: text stays
 * escaped text (raw HTML is never produced), links keep an `href` only when
 * `safeUrl` allows it, and images become their alt text so that a page never
 * loads anything an input names.
 */
export function phrasingToHtml(nodes: readonly PhrasingContent[]): string {
  let html = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'html': {
        html += escapeText(node.value)
        break
      }
      case 'inlineCode': {
        html += `<code>${escapeText(node.value)}</code>`
        break
      }
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const tag = wrapperTags[node.type]
        html += `<${tag}>${phrasingToHtml(node.children)}</${tag}>`
        break
      }
      case 'break': {
        html += '<br>'
        break
      }
      case 'link': {
        const href = safeUrl(node.url)
        const children = phrasingToHtml(node.children)
        html += href === undefined ? children : `<a href="${escapeAttribute(href)}" rel="nofollow">${children}</a>`
        break
      }
      case 'image': {
        if (node.alt) html += escapeText(node.alt)
        break
      }
      default: {
        // References, footnotes and other constructs are off in the parser;
        // should one appear, its text is kept.
        if ('children' in node) html += phrasingToHtml(node.children as PhrasingContent[])
        else if ('value' in node && typeof node.value === 'string') html += escapeText(node.value)
      }
    }
  }
  return html
}
