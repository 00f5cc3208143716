import type {ElementContent} from 'hast'
import type {PhrasingContent} from 'mdast'
import {safeUrl} from './safe-url.js'

/**
 * Turn inline markdown of article text into hast, safely: text stays text
 * (raw HTML is never produced, `hast-util-to-html` escapes it), links keep an
 * `href` only when `safeUrl` allows it, and images become their alt text so
 * that a page never loads anything an input names.
 */
export function phrasingToHast(nodes: readonly PhrasingContent[]): ElementContent[] {
  const result: ElementContent[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'html': {
        result.push({type: 'text', value: node.value})
        break
      }
      case 'inlineCode': {
        result.push(element('code', {}, [{type: 'text', value: node.value}]))
        break
      }
      case 'emphasis': {
        result.push(element('em', {}, phrasingToHast(node.children)))
        break
      }
      case 'strong': {
        result.push(element('strong', {}, phrasingToHast(node.children)))
        break
      }
      case 'delete': {
        result.push(element('del', {}, phrasingToHast(node.children)))
        break
      }
      case 'break': {
        result.push(element('br', {}, []))
        break
      }
      case 'link': {
        const href = safeUrl(node.url)
        const children = phrasingToHast(node.children)
        if (href === undefined) result.push(...children)
        else result.push(element('a', {href, rel: ['nofollow']}, children))
        break
      }
      case 'image': {
        if (node.alt) result.push({type: 'text', value: node.alt})
        break
      }
      default: {
        // References, footnotes and other constructs are off in the parser;
        // should one appear, its text is kept.
        if ('children' in node) result.push(...phrasingToHast(node.children as PhrasingContent[]))
        else if ('value' in node && typeof node.value === 'string') result.push({type: 'text', value: node.value})
      }
    }
  }
  return result
}

function element(
  tagName: string,
  properties: Record<string, string | string[]>,
  children: ElementContent[]
): ElementContent {
  return {type: 'element', tagName, properties, children}
}
