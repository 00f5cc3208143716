/**
 * The README documents what the code does: every rule a built-in preset
 * can report, every option, every message rule id.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {builtinPresets} from '../src/presets/index.js'
import {resolveOptions} from '../src/options.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test('every built-in preset and its rules are documented', () => {
  for (const [name, preset] of builtinPresets) {
    assert.ok(readme.includes(`\`${name}\``), `preset ${name}`)
    for (const value of Object.values(preset)) {
      if (!Array.isArray(value)) continue
      for (const rule of value as Array<{id?: unknown}>) {
        if (typeof rule.id === 'string') assert.ok(readme.includes(`\`${rule.id}\``), `rule ${rule.id} of ${name}`)
      }
    }
  }
})

test('every option is documented', () => {
  const options = Object.keys(resolveOptions({})).filter((key) => key !== 'parse')
  for (const option of [...options, 'presets', 'lead']) {
    assert.ok(readme.includes(`| \`${option}\` |`), `option ${option}`)
  }
})

test('every message rule id in the source is documented', () => {
  const folder = new URL('../src/', import.meta.url)
  const ids = new Set<string>()
  const walk = (url: URL) => {
    for (const entry of readdirSync(url, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, url))
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(new URL(entry.name, url), 'utf8')
        // `ruleId: 'x'`, `ruleId: a ? 'x' : 'y'`, `refuse(file, 'x', …)`, and `… [x]` in formatted messages.
        const patterns = /ruleId: '([a-z\d-]+)'|ruleId: [^,'\n]+\? '([a-z\d-]+)' : '([a-z\d-]+)'|refuse\(\s*\w+,\s*'([a-z\d-]+)'|\[([a-z\d]+(?:-[a-z\d]+)+)\]`/gu
        for (const match of text.matchAll(patterns)) for (const id of match.slice(1)) if (id) ids.add(id)
      }
    }
  }
  walk(folder)
  assert.ok(ids.size >= 8, `found ${ids.size} rule ids`)
  for (const id of ids) assert.ok(readme.includes(`\`${id}\``), `message ${id}`)
})

test.run()
