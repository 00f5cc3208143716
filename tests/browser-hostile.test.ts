/**
 * Load every page of the hostile site in headless Chromium: no dialog opens,
 * no script from the input runs, no request leaves the page. Skipped, saying
 * so, when Debian's Chromium is not installed (CI installs it).
 */
import type {Browser, Dialog, Route} from 'playwright-core'
import {existsSync} from 'node:fs'
import {rm} from 'node:fs/promises'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {buildSite, hostileFiles, userLayouts} from './hostile/site.js'

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

if (!existsSync(executablePath)) {
  console.log(`  browser-hostile: skipped, no Chromium at ${executablePath} (install Debian's \`chromium\`)`)
} else {
  test('every hostile page, default and user layouts, is inert in Chromium', async () => {
    const {chromium} = await import('playwright-core')
    const browser: Browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    })
    const sites = [
      await buildSite(hostileFiles(), {}),
      await buildSite(hostileFiles(), {layout: userLayouts.nunjucks?.file ?? ''}),
      // `WIRE_BROWSER_LIQUID=unescaped` swaps in a Liquid layout with a bare
      // `{{ title }}`: the check then fails, which shows that it can.
      await buildSite(hostileFiles(), {
        layout: userLayouts[process.env['WIRE_BROWSER_LIQUID'] === 'unescaped' ? 'liquidUnescaped' : 'liquid']?.file ?? ''
      })
    ]
    try {
      const context = await browser.newContext({javaScriptEnabled: true})
      const blocked: string[] = []
      const dialogs: string[] = []
      let loaded = 0
      // One page for all files: a new page per file costs more than the check.
      const page = await context.newPage()
      let current = ''
      let currentUrl = ''
      page.on('dialog', (dialog: Dialog) => {
        dialogs.push(`${current}: ${dialog.type()} ${dialog.message()}`)
        void dialog.dismiss()
      })
      // Only the page's own file may load; everything else is recorded and refused.
      await page.route('**/*', (route: Route) => {
        const requested = route.request().url()
        if (requested === currentUrl) return route.continue()
        blocked.push(`${current}: ${requested}`)
        return route.abort()
      })
      for (const site of sites) {
        for (const file of site.files.filter((name) => name.startsWith('output/') && name.endsWith('.html'))) {
          current = file
          currentUrl = pathToFileURL(join(site.root, file)).href
          await page.goto(currentUrl, {waitUntil: 'load'})
          // Give event handlers such as `onerror`, `onload` and `autofocus` a turn.
          await page.evaluate('new Promise((resolve) => setTimeout(resolve, 20))')
          const pwned = await page.evaluate<unknown>('globalThis.wirePwned ?? null')
          assert.is(pwned, null, `${file}: a script from the input ran`)
          // Strings, not functions: they run in the page, and the tests compile without DOM types.
          const active = await page.evaluate<number>(
            "document.querySelectorAll('script, iframe, object, embed, img, svg, form, base, link, meta[http-equiv]').length"
          )
          assert.is(active, 0, `${file}: active elements in the DOM`)
          const handlers = await page.evaluate<string[]>(
            "[...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on')))"
          )
          assert.equal(handlers, [], `${file}: event handler attributes`)
          loaded++
        }
      }
      console.log(`  browser-hostile: ${loaded} pages loaded in Chromium`)
      assert.ok(loaded >= (hostileFiles().size - 2) * 3, `only ${loaded} pages`)
      assert.equal(dialogs, [])
      assert.equal(blocked, [])
    } finally {
      await browser.close()
      for (const site of sites) await rm(site.root, {recursive: true, force: true})
    }
  })
}

test.run()
