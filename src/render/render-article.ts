import type {PhrasingContent} from 'mdast'
import type {Labels} from '../options.js'
import type {Article, BodyBlock} from '../types.js'
import {escapeAttribute, escapeText} from './html.js'
import {phrasingToHtml} from './phrasing-to-html.js'

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
 * `<h2>`. Every piece of input goes through `escapeText` or
 * `escapeAttribute`, so no input reaches the page as markup.
 */
export function renderArticle(article: Article, options: RenderArticleOptions): string {
  const idPrefix = options.idPrefix ?? 'wire'
  let html = `<article class="wire-article"><header class="wire-header"><h1>${escapeText(article.title)}</h1>`
  if (article.byline) {
    html += `<p class="wire-byline">${escapeText(`${options.labels.by} `)}<span class="wire-author">${escapeText(article.byline)}</span></p>`
  }
  if (article.date) {
    const day = article.date.slice(0, 10)
    html += `<p class="wire-date"><time datetime="${escapeAttribute(article.date)}">${escapeText(formatDay(day))}</time></p>`
  }
  html += '</header>'

  const image = article.image
  if (image && (image.caption || image.credit)) {
    html += '<figure class="wire-image"><figcaption>'
    if (image.caption) html += escapeText(image.caption)
    if (image.credit) html += `${image.caption ? ' ' : ''}<small class="wire-credit">${escapeText(image.credit)}</small>`
    html += '</figcaption></figure>'
  }

  if (article.lead || article.dateline) {
    html += '<p class="wire-lead">'
    if (article.dateline) html += `<span class="wire-dateline">${escapeText(article.dateline)}</span> `
    if (article.lead) html += escapeText(article.lead)
    html += '</p>'
  }

  html += renderBody(article.blocks)

  if (options.related.length > 0) {
    html += linkList('wire-related', `${idPrefix}-related`, options.labels.related, options.related)
  }
  if (options.linkedFrom.length > 0) {
    html += linkList('wire-linked-from', `${idPrefix}-linked-from`, options.labels.linkedFrom, options.linkedFrom)
  }
  return `${html}</article>`
}

function renderBody(blocks: readonly BodyBlock[]): string {
  let html = ''
  let inList = false
  for (const block of blocks) {
    const rich = (block as BodyBlock & {children?: PhrasingContent[]}).children
    const content = rich ? phrasingToHtml(rich) : escapeText(block.text)
    if (block.type === 'listItem') {
      // Consecutive list items share one list.
      if (!inList) html += '<ul>'
      inList = true
      html += `<li>${content}</li>`
      continue
    }
    if (inList) html += '</ul>'
    inList = false
    // The page's `<h1>` is the headline, so subheads start at `<h2>`.
    html += block.type === 'heading' ? `<h2>${content}</h2>` : `<p>${content}</p>`
  }
  return inList ? `${html}</ul>` : html
}

function linkList(
  className: string,
  id: string,
  label: string,
  items: ReadonlyArray<{title: string; href: string | undefined}>
): string {
  // `aria-labelledby` is a token list, written trimmed (as hast did).
  let html = `<nav class="${className}" aria-labelledby="${escapeAttribute(id.trim())}"><h2 id="${escapeAttribute(id)}">${escapeText(label)}</h2><ul>`
  for (const item of items) {
    html += item.href === undefined ? `<li>${escapeText(item.title)}</li>` : `<li><a href="${escapeAttribute(item.href)}">${escapeText(item.title)}</a></li>`
  }
  return `${html}</ul></nav>`
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day)
  const month = match ? months[Number(match[2]) - 1] : undefined
  // Formatted by hand, not by the runtime's locale data: the same input
  // builds the same bytes on every machine.
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : day
}
