import {escapeText} from './html.js'

/**
 * Data the default layout reads.
 */
export interface ArticleLayoutData {
  /** Rendered article (Eleventy's `content`). */
  content?: unknown
  /** Page title. */
  title?: unknown
  /** Page language (front matter `lang`). */
  lang?: unknown
}

/** Minimal, readable styles; users who want more bring their own layout. */
const styles = `body{margin:0;font:1.05rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}
.wire-byline,.wire-date{margin:.25rem 0;color:#555}
.wire-image{margin:1.25rem 0;padding:.5rem .75rem;border-left:3px solid #ccc;color:#444}
.wire-credit{display:block;color:#666}
.wire-lead{font-size:1.15rem;font-weight:600}
.wire-dateline{font-weight:700}
nav{margin-top:2rem;border-top:1px solid #ddd}
nav h2{font-size:1.1rem}
a{color:#0645ad}`

/** The head around the escaped title; styles are raw text, as in any `<style>`. */
const headStart = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>'
const headEnd = `</title><style>${styles}</style>`

/**
 * The plugin's default layout, as an Eleventy JavaScript template: a whole
 * HTML document around the rendered article. Title and language are
 * escaped; `content` is the article HTML that `renderArticle` made safe.
 */
export const articleLayout = {
  render(data: ArticleLayoutData): string {
    const title = typeof data.title === 'string' ? data.title : ''
    const lang = typeof data.lang === 'string' && /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/iu.test(data.lang) ? data.lang : 'en'
    const content = typeof data.content === 'string' ? data.content : ''
    // `content` is already safe HTML: it is placed, not parsed or escaped again.
    return `<!doctype html>\n<html lang="${lang}"><head>${headStart}${escapeText(title)}${headEnd}</head><body><main>${content}</main></body></html>\n`
  }
}
