/**
 * Hostile input: markup, script, unsafe URLs and template syntax in every
 * field must reach the page as text or not at all, through `renderArticle`,
 * the default layout and users' Nunjucks and Liquid layouts.
 */
import type {Article} from '../src/types.js'
import {existsSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {parseArticle} from '../src/index.js'
import {resolveOptions} from '../src/options.js'
import {slugify} from '../src/permalink.js'
import {articleLayout} from '../src/render/article-layout.js'
import {renderArticle} from '../src/render/render-article.js'
import {articleWithMultilinePayload, articleWithPayloadInFrontMatter, articleWithPayloadInText} from './hostile/articles.js'
import {findActiveContent} from './hostile/inert.js'
import {multilinePayloads, payloads} from './hostile/payloads.js'
import {buildSite, hostileFiles, userLayouts} from './hostile/site.js'

const labels = resolveOptions(undefined).labels

/** The default layout's own `<style>`, the only one a page may have. */
const defaultStyles = /<style>([^]*?)<\/style>/u.exec(articleLayout.render({content: '', title: ''}))?.[1] ?? ''

function renderPage(article: Article): string {
  const content = renderArticle(article, {
    related: article.related.map((headline) => ({title: headline.title, href: `/${slugify(headline.title)}/`})),
    linkedFrom: [{title: article.title, href: `/${slugify(article.title)}/`}],
    labels
  })
  return articleLayout.render({content, title: article.title, lang: article.frontmatter['lang']})
}

test('at least 60 hostile payloads', () => {
  assert.ok(payloads.length + multilinePayloads.length >= 60, `only ${payloads.length + multilinePayloads.length}`)
})

test('the inertness check finds active content (it can fail)', () => {
  assert.ok(findActiveContent('<p>ok</p><script>alert(1)</script>').length > 0)
  assert.ok(findActiveContent('<img src=x onerror=alert(1)>').length > 0)
  assert.ok(findActiveContent('<a href="java&#x09;script:alert(1)">x</a>').length > 0)
  assert.ok(findActiveContent('<a href="//attacker.invalid/">x</a>').length > 0)
  assert.ok(findActiveContent('<p title="x">1337</p>').length > 0)
  assert.ok(findActiveContent('<title></title><script>alert(1)</script></title>').length > 0)
  assert.equal(findActiveContent('<p class="a">&#x3C;script>alert(1)&#x3C;/script></p><a href="https://example.com/">x</a>'), [])
})

for (const [index, payload] of payloads.entries()) {
  test(`payload ${index} in every text field is inert: ${JSON.stringify(payload).slice(0, 60)}`, () => {
    for (const text of [articleWithPayloadInText(payload), articleWithPayloadInFrontMatter(payload)]) {
      const article = parseArticle(text, {inputPath: `payload-${index}.txt`})
      assert.equal(findActiveContent(renderPage(article), [defaultStyles]), [])
    }
  })
}

for (const [index, payload] of multilinePayloads.entries()) {
  test(`multi-line payload ${index} is inert: ${JSON.stringify(payload).slice(0, 60)}`, () => {
    const article = parseArticle(articleWithMultilinePayload(payload))
    assert.equal(findActiveContent(renderPage(article), [defaultStyles]), [])
  })
}

test('markdown links keep only safe targets, and images load nothing', () => {
  const article = parseArticle(
    articleWithPayloadInText('[a](javascript:alert(1)) [b](https://example.com/ok) [c](data:text/html,x) ![d](https://attacker.invalid/p.png)')
  )
  const html = renderPage(article)
  assert.ok(html.includes('href="https://example.com/ok"'))
  assert.not.ok(html.includes('javascript:'))
  assert.not.ok(html.includes('data:text'))
  assert.not.ok(html.includes('attacker.invalid'))
})

test('text that looks like markup is shown as that text', () => {
  const article = parseArticle(articleWithPayloadInText('<b>bold</b> & <i>'))
  const html = renderPage(article)
  assert.ok(html.includes('&#x3C;b>bold&#x3C;/b> &#x26; &#x3C;i>'), 'escaped text kept')
})

test('Eleventy: every page of the hostile site, default layout, is inert and inside the output folder', async () => {
  // Built when the test runs, not when the file is imported: uvu imports
  // every test file before it runs any, and a build started at import ran
  // beside other files' tests, one of which changes the working directory.
  const site = await buildSite(hostileFiles(), {})
  try {
    const pages = site.files.filter((file) => file.startsWith('output/'))
    // One page per file but the ones with a NUL byte, which are refused.
    assert.ok(pages.length >= hostileFiles().size - 2, `only ${pages.length} pages`)
    for (const file of site.files) {
      assert.ok(file.startsWith('input/') || file.startsWith('output/') || file === 'eleventy.config.mjs', `wrote ${file}`)
    }
    for (const page of pages) {
      assert.not.ok(page.includes('1337'), `evaluated permalink ${page}`)
      const html = await readFile(join(site.root, page), 'utf8')
      assert.equal(findActiveContent(html, [defaultStyles]), [], page)
    }
    assert.ok(pages.some((page) => page.includes('{{ 7*191 }}')), 'template syntax in a front matter permalink stays text')
    assert.not.ok(existsSync('/tmp/wire-pwned'), 'a template reached the file system')
  } finally {
    await rm(site.root, {recursive: true, force: true})
  }
})

for (const name of ['nunjucks', 'liquid'] as const) {
  test(`Eleventy: a user ${name} layout printing title and content keeps every page inert`, async () => {
    const layout = userLayouts[name]
    assert.ok(layout)
    const site = await buildSite(hostileFiles(), {layout: layout.file})
    try {
      const pages = site.files.filter((file) => file.startsWith('output/'))
      assert.ok(pages.length >= hostileFiles().size - 2)
      for (const page of pages) {
        const html = await readFile(join(site.root, page), 'utf8')
        assert.equal(findActiveContent(html), [], page)
      }
    } finally {
      await rm(site.root, {recursive: true, force: true})
    }
  })
}

// A Liquid layout with a bare `{{ title }}` is the site's own escaping
// choice (Liquid does not escape by default): the README tells Liquid users to
// write `{{ title | escape }}`, and the suites above use that form.

test.run()
