import type {PhrasingContent} from 'mdast'
import {escapeAttribute, escapeText} from './html.js'
import {safeUrl} from './safe-url.js'

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
      case 'emphasis': {
        html += `<em>${phrasingToHtml(node.children)}</em>`
        break
      }
      case 'strong': {
        html += `<strong>${phrasingToHtml(node.children)}</strong>`
        break
      }
      case 'delete': {
        html += `<del>${phrasingToHtml(node.children)}</del>`
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
