/**
 * The public API stays small: a default export (the plugin) and `parseArticle`.
 */
import {test} from 'uvu'
import * as assert from 'uvu/assert'

test('exports', async () => {
  const module = await import('../src/index.js')
  assert.equal(Object.keys(module).sort(), ['default', 'parseArticle'])
  assert.type(module.default, 'function')
  assert.type(module.parseArticle, 'function')
})

test('package entry points at the built module', async () => {
  const {readFileSync} = await import('node:fs')
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: {'.': {default: string; types: string}}
    '11ty': {compatibility: string}
  }
  assert.is(manifest.exports['.'].default, './dist/index.js')
  assert.is(manifest.exports['.'].types, './dist/index.d.ts')
  assert.is(manifest['11ty'].compatibility, '>=3.0.0')
})

test.run()
