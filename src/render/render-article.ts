import type {Element, ElementContent, Properties} from 'hast'
import type {PhrasingContent} from 'mdast'
import type {Labels} from '../options.js'
import type {Article, BodyBlock} from '../types.js'
import {toHtml} from 'hast-util-to-html'
import {phrasingToHast} from './phrasing-to-hast.js'

/**
 * A related headline ready to render: linked when `href` is set.
 */
export interface RenderedRelated {
  /** The headline as written. */
  title: string
  /** Where it links, path prefix applied; `undefined` shows it as text. */
  href: string | undefined
}

/**
 * A page that links to the article.
 */
export interface RenderedBacklink {
  /** Its headline. */
  title: string
  /** Its URL, path prefix applied. */
  href: string
}

/**
 * What `renderArticle` needs besides the article.
 */
export interface RenderArticleOptions {
  /** Related headlines, resolved. */
  related: readonly RenderedRelated[]
  /** Pages whose related lists link here. */
  linkedFrom: readonly RenderedBacklink[]
  /** Labels of the lists and the byline. */
  labels: Labels
  /** Prefix for element ids, unique on the page. */
  idPrefix?: string
}

/**
 * Render an article to an HTML fragment: an `<article>` with its header
 * (`<h1>` headline, byline, date), the image caption and credit in a
 * `<figure>`, the lead, the body, and the related list in a `<nav>` with an
 * `<h2>`. Built as hast and serialised by `hast-util-to-html`, so every piece
 * of input is escaped text: no input reaches the page as markup.
 */
export function renderArticle(article: Article, options: RenderArticleOptions): string {
  const idPrefix = options.idPrefix ?? 'wire'
  const header: ElementContent[] = [h('h1', {}, [text(article.title)])]
  if (article.byline) {
    header.push(
      h('p', {className: ['wire-byline']}, [text(`${options.labels.by} `), h('span', {className: ['wire-author']}, [text(article.byline)])])
    )
  }
  if (article.date) {
    const day = article.date.slice(0, 10)
    header.push(h('p', {className: ['wire-date']}, [h('time', {dateTime: article.date}, [text(formatDay(day))])]))
  }

  const children: ElementContent[] = [h('header', {className: ['wire-header']}, header)]

  if (article.image && (article.image.caption || article.image.credit)) {
    const caption: ElementContent[] = []
    if (article.image.caption) caption.push(text(article.image.caption))
    if (article.image.credit) {
      if (caption.length > 0) caption.push(text(' '))
      caption.push(h('small', {className: ['wire-credit']}, [text(article.image.credit)]))
    }
    children.push(h('figure', {className: ['wire-image']}, [h('figcaption', {}, caption)]))
  }

  if (article.lead || (article.dateline && !article.lead)) {
    const lead: ElementContent[] = []
    if (article.dateline) lead.push(h('span', {className: ['wire-dateline']}, [text(article.dateline)]), text(' '))
    if (article.lead) lead.push(text(article.lead))
    children.push(h('p', {className: ['wire-lead']}, lead))
  }

  children.push(...renderBody(article.blocks))

  if (options.related.length > 0) {
    children.push(linkList('wire-related', `${idPrefix}-related`, options.labels.related, options.related))
  }
  if (options.linkedFrom.length > 0) {
    children.push(linkList('wire-linked-from', `${idPrefix}-linked-from`, options.labels.linkedFrom, options.linkedFrom))
  }

  const root: Element = h('article', {className: ['wire-article']}, children)
  return toHtml(root)
}

function renderBody(blocks: readonly BodyBlock[]): ElementContent[] {
  const result: ElementContent[] = []
  let list: Element | undefined
  for (const block of blocks) {
    const rich = (block as BodyBlock & {children?: PhrasingContent[]}).children
    const content = rich ? phrasingToHast(rich) : [text(block.text)]
    if (block.type === 'listItem') {
      if (!list) {
        list = h('ul', {}, [])
        result.push(list)
      }
      list.children.push(h('li', {}, content))
      continue
    }
    list = undefined
    // The page's `<h1>` is the headline, so subheads start at `<h2>`.
    result.push(h(block.type === 'heading' ? 'h2' : 'p', {}, content))
  }
  return result
}

function linkList(
  className: string,
  id: string,
  label: string,
  items: ReadonlyArray<{title: string; href: string | undefined}>
): Element {
  return h('nav', {className: [className], ariaLabelledBy: [id]}, [
    h('h2', {id}, [text(label)]),
    h(
      'ul',
      {},
      items.map((item) =>
        h('li', {}, [item.href === undefined ? text(item.title) : h('a', {href: item.href}, [text(item.title)])])
      )
    )
  ])
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day)
  const month = match ? months[Number(match[2]) - 1] : undefined
  // Formatted by hand, not by the runtime's locale data: the same input
  // builds the same bytes on every machine.
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : day
}

function h(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return {type: 'element', tagName, properties, children}
}

function text(value: string): ElementContent {
  return {type: 'text', value}
}
