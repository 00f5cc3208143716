import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {resolveOptions, resolveParseOptions} from '../src/options.js'
import {parseArticle} from '../src/index.js'

test('defaults', () => {
  const settings = resolveOptions(undefined)
  assert.is(settings.extension, 'txt')
  assert.is(settings.layout, 'wire-article.11ty.js')
  assert.is(settings.onError, 'fail')
  assert.is(settings.unresolved, 'keep')
  assert.is(settings.permalink({} as never, 'a-slug'), '/a-slug/')
})

const misuse: Array<[string, unknown, RegExp]> = [
  ['extension', {extension: '.txt'}, /option `extension`/],
  ['extension taken', {extension: 'md'}, /option `extension`/],
  ['layout', {layout: 3}, /option `layout`/],
  ['permalink', {permalink: '/x/'}, /option `permalink`/],
  ['onError', {onError: 'ignore'}, /option `onError`/],
  ['unresolved', {unresolved: 'drop'}, /option `unresolved`/],
  ['labels', {labels: {related: 1}}, /option `labels.related`/],
  ['preset name', {presets: ['nope']}, /option `presets\[0\]`/],
  ['preset rule', {presets: [{name: 'mine', remove: [{id: 'Bad Id', pattern: /x/}]}]}, /presets\[0\]\.remove\[0\]\.id/],
  ['global regex', {presets: [{name: 'mine', remove: [{id: 'ok', pattern: /x/g}]}]}, /without the `g` or `y` flag/]
]

for (const [name, options, message] of misuse) {
  test(`throws naming the option: ${name}`, () => {
    assert.throws(() => resolveOptions(options as never), (error: Error) => {
      return error instanceof TypeError && message.test(error.message) && error.message.startsWith('eleventy-plugin-wire:')
    })
  })
}

test('parse options: user preset rules apply', () => {
  const text = 'A headline about a port\n\nSponsored by Example Ferries\n\nThe port opened a new quay on Monday, its first in ten years.\n\nShips began to use it at once.\n'
  const plain = parseArticle(text)
  assert.not.ok(plain.removed.some((line) => line.rule === 'my-site-sponsor'))
  const options = {presets: [{name: 'my-site', remove: [{id: 'my-site-sponsor', pattern: /^Sponsored by /u}]}]}
  const custom = parseArticle(text, options)
  assert.equal(
    custom.removed.filter((line) => line.line === 3).map((line) => line.rule),
    ['my-site-sponsor']
  )
  assert.ok(custom.presets.includes('my-site'))
  assert.equal(resolveParseOptions(options).forced.length, 1)
})

test('parseArticle rejects what is not text', () => {
  assert.throws(() => parseArticle(42 as never), /expected a string or bytes/)
})

test.run()
