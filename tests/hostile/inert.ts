/**
 * A strict reader of built HTML that finds anything active in it: a tag or
 * attribute outside a small allowlist, an event handler, a URL with an unsafe
 * scheme, or the result of evaluated template syntax.
 *
 * It reads the output of `hast-util-to-html` and of the test layouts, where
 * every `<` in text is escaped, so every `<` it meets is markup. It is
 * deliberately stricter than a browser: anything it cannot read is a problem.
 */
import {evaluationMarkers} from './payloads.js'

/** Tags the plugin's renderer and the test layouts produce. */
const allowedTags = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'article', 'header', 'h1', 'h2', 'p', 'span', 'time',
  'figure', 'figcaption', 'small', 'ul', 'li', 'nav', 'a', 'em', 'strong', 'del', 'code', 'br', 'div'
])

/** Attributes they produce. */
const allowedAttributes = new Set(['class', 'href', 'rel', 'datetime', 'id', 'aria-labelledby', 'lang', 'charset', 'name', 'content'])

/** Schemes a link may have. */
const allowedSchemes = new Set(['http', 'https', 'mailto'])

/** Elements whose text is raw: their content is checked separately. */
const rawTextTags = new Set(['style', 'title'])

/**
 * Problems in `html`, as readable strings; empty when it is inert.
 *
 * @param html
 *   A built page or fragment.
 * @param allowedStyles
 *   The only contents a `<style>` may have (the layouts' own styles).
 */
export function findActiveContent(html: string, allowedStyles: readonly string[] = []): string[] {
  const problems: string[] = []
  let index = 0
  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open === -1) break
    if (html.startsWith('<!doctype', open) || html.startsWith('<!DOCTYPE', open)) {
      index = html.indexOf('>', open) + 1
      continue
    }
    if (html.startsWith('<!--', open)) {
      problems.push(`comment at ${open}`)
      const end = html.indexOf('-->', open)
      index = end === -1 ? html.length : end + 3
      continue
    }
    const closing = html[open + 1] === '/'
    const nameMatch = /^[a-zA-Z][a-zA-Z\d-]*/u.exec(html.slice(open + (closing ? 2 : 1), open + 40))
    if (!nameMatch) {
      problems.push(`unreadable \`<\` at ${open}: ${JSON.stringify(html.slice(open, open + 40))}`)
      index = open + 1
      continue
    }
    const tag = nameMatch[0].toLowerCase()
    if (!allowedTags.has(tag)) problems.push(`tag <${closing ? '/' : ''}${tag}> at ${open}`)
    let cursor = open + (closing ? 2 : 1) + nameMatch[0].length
    // Attributes: name, optionally `=` and a quoted or unquoted value.
    for (;;) {
      while (/\s/u.test(html[cursor] ?? '')) cursor++
      const character = html[cursor]
      if (character === undefined) {
        problems.push(`unclosed tag <${tag}> at ${open}`)
        return problems
      }
      if (character === '>') {
        cursor++
        break
      }
      if (character === '/' && html[cursor + 1] === '>') {
        cursor += 2
        break
      }
      const attribute = /^[^\s"'>/=]+/u.exec(html.slice(cursor, cursor + 200))
      if (!attribute) {
        problems.push(`unreadable attribute in <${tag}> at ${cursor}`)
        cursor++
        continue
      }
      const name = attribute[0].toLowerCase()
      cursor += attribute[0].length
      let value = ''
      if (html[cursor] === '=') {
        cursor++
        const quote = html[cursor]
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, cursor + 1)
          if (end === -1) {
            problems.push(`unclosed attribute value in <${tag}> at ${cursor}`)
            return problems
          }
          value = html.slice(cursor + 1, end)
          cursor = end + 1
        } else {
          const unquoted = /^[^\s>]*/u.exec(html.slice(cursor))?.[0] ?? ''
          value = unquoted
          cursor += unquoted.length
        }
      }
      if (closing) problems.push(`attribute on closing tag </${tag}>`)
      if (!allowedAttributes.has(name)) problems.push(`attribute ${name} on <${tag}>`)
      if (name === 'href' && !isSafeHref(decodeEntities(value))) problems.push(`unsafe href ${JSON.stringify(value)}`)
      if (name === 'content' && /url\s*=|javascript/iu.test(decodeEntities(value))) problems.push(`meta content ${JSON.stringify(value)}`)
    }
    index = cursor
    if (!closing && rawTextTags.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, cursor)
      const text = html.slice(cursor, end === -1 ? html.length : end)
      if (tag === 'style' && !allowedStyles.includes(text)) problems.push(`style with unexpected contents ${JSON.stringify(text.slice(0, 80))}`)
      // In `<title>` only `&` and `<` matter; `<` must be escaped.
      if (tag === 'title' && text.includes('<')) problems.push(`markup in <title>: ${JSON.stringify(text.slice(0, 80))}`)
      index = end === -1 ? html.length : end
    }
  }
  for (const marker of evaluationMarkers) {
    if (html.includes(marker)) problems.push(`evaluated template marker ${marker}`)
  }
  return problems
}

/**
 * Whether an `href` is one a browser follows to a harmless place: its scheme,
 * read as browsers read it (control characters and spaces stripped), is
 * `http`, `https` or `mailto`, or it has none and is not protocol-relative.
 */
export function isSafeHref(value: string): boolean {
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '')
  const scheme = /^([a-z][a-z\d+.-]*):/iu.exec(cleaned)
  if (scheme) return allowedSchemes.has((scheme[1] ?? '').toLowerCase())
  if (/^[/\\]{2}/u.test(cleaned)) return false
  // A colon before any `/`, `?` or `#` that did not read as a scheme is
  // something odd (`&colon;` left undecoded): refuse it.
  return !/^[^/?#]*:/u.test(cleaned)
}

/** Decode the character references an attribute value may hold. */
export function decodeEntities(value: string): string {
  const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/'}
  return value.replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));?/giu, (whole, hex?: string, decimal?: string, name?: string) => {
    const code = hex ? Number.parseInt(hex, 16) : decimal ? Number.parseInt(decimal, 10) : undefined
    if (code !== undefined) return code <= 0x10_ff_ff ? String.fromCodePoint(code) : '\ufffd'
    return named[(name ?? '').toLowerCase()] ?? whole
  })
}
