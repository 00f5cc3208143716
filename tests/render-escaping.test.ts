/**
 * Pages are written as strings; their escaping must be exactly what
 * `hast-util-to-html` does with its defaults (which the pages were first
 * built with), for text and for double-quoted attribute values.
 */
import {toHtml} from 'hast-util-to-html'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {escapeAttribute, escapeText} from '../src/render/html.js'
import {payloads} from './hostile/payloads.js'

/** Hostile payloads, every ASCII character alone, and seeded random strings of the characters that matter. */
function samples(): string[] {
  const result = [...payloads, '', 'plain text', '\u00a0', '😀\ud800 &amp; &#x3C;']
  for (let code = 0; code < 128; code++) result.push(`a${String.fromCharCode(code)}b`)
  const alphabet = ['<', '>', '&', '"', "'", '`', '=', '\0', ' ', 'a', '/', ';', '#', 'x', '\n', 'é', '\ud83d']
  let seed = 20200914
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let index = 0; index < 5000; index++) {
    let value = ''
    const length = Math.floor(random() * 12)
    for (let at = 0; at < length; at++) value += alphabet[Math.floor(random() * alphabet.length)]
    result.push(value)
  }
  return result
}

test('text is escaped as hast-util-to-html escapes it', () => {
  for (const value of samples()) {
    assert.is(escapeText(value), toHtml({type: 'text', value}), JSON.stringify(value))
  }
})

test('attribute values are escaped as hast-util-to-html escapes them', () => {
  for (const value of samples()) {
    const expected = toHtml({type: 'element', tagName: 'a', properties: {title: value}, children: []})
    assert.is(`<a title="${escapeAttribute(value)}"></a>`, expected, JSON.stringify(value))
  }
})

test.run()
