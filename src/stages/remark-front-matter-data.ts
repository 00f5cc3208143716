import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {isMap, isScalar, LineCounter, parseDocument} from 'yaml'
import {createArticleState} from './article-state.js'

const source = 'eleventy-plugin-wire'

/**
 * Front matter keys the plugin reads, with the type each must have.
 * Other keys pass through to the data cascade untouched.
 */
const expectedTypes: Record<string, {test: (value: unknown) => boolean; expected: string}> = {
  title: {test: (value) => typeof value === 'string' && value.trim() !== '', expected: 'a non-empty string'},
  permalink: {test: (value) => typeof value === 'string' || value === false, expected: 'a string or `false`'},
  date: {
    test: (value) => (typeof value === 'string' && !Number.isNaN(Date.parse(value))) || value instanceof Date,
    expected: 'a date such as `2020-09-14`'
  },
  tags: {
    test: (value) => typeof value === 'string' || (Array.isArray(value) && value.every((tag) => typeof tag === 'string')),
    expected: 'a string or a list of strings'
  },
  aliases: {
    test: (value) => Array.isArray(value) && value.every((alias) => typeof alias === 'string'),
    expected: 'a list of strings'
  },
  preset: {
    test: (value) => typeof value === 'string' || (Array.isArray(value) && value.every((name) => typeof name === 'string')),
    expected: 'a preset name or a list of them'
  },
  layout: {test: (value) => typeof value === 'string' || value === false, expected: 'a layout name or `false`'}
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date'
  if (typeof value === 'object') return 'a mapping'
  const text = String(value)
  // Quote enough to recognise the value, never a whole pasted document.
  return `${typeof value} \`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\``
}

/**
 * Read the YAML front matter into `file.data.article.frontmatter` and create
 * the state the later stages share. Broken YAML, a document that is not a
 * mapping, and known keys of the wrong type become fatal messages at the
 * place in the file where they are.
 */
export function remarkFrontMatterData() {
  return function (tree: Root, file: VFile): undefined {
    const options = file.data.parseOptions
    if (!options) throw new Error('eleventy-plugin-wire: `file.data.parseOptions` must be set before the stages run')
    const state = createArticleState(tree, options)
    file.data.article = state
    const yaml = tree.children.find((node) => node.type === 'yaml')
    if (!yaml || yaml.type !== 'yaml') return undefined
    // The YAML starts on the line after the opening `---`.
    const firstLine = (yaml.position?.start.line ?? 1) + 1
    const lineCounter = new LineCounter()
    const document = parseDocument(yaml.value, {lineCounter, prettyErrors: false, uniqueKeys: true})
    const place = (offset: number) => {
      const point = lineCounter.linePos(offset)
      return {line: firstLine + point.line - 1, column: point.col}
    }

    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const reason = error.message.split('\n')[0] ?? error.message
        const message = file.message(`Unexpected YAML in front matter (${reason}), expected a mapping of keys to values`, {
          place: place(error.pos[0]),
          ruleId: 'front-matter-yaml',
          source
        })
        message.fatal = true
      }
      return undefined
    }

    let value: unknown
    try {
      // Aliases are capped so that a “billion laughs” document cannot blow up.
      value = document.toJS({maxAliasCount: 100})
    } catch (error) {
      const message = file.message(
        `Unexpected YAML in front matter (${String((error as Error).message).split('\n')[0]}), expected a mapping of plain values`,
        {place: {line: firstLine, column: 1}, ruleId: 'front-matter-yaml', source}
      )
      message.fatal = true
      return undefined
    }
    if (value === null || value === undefined) return undefined
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
      const message = file.message(`Unexpected ${describe(value)} as front matter, expected a mapping of keys to values`, {
        place: {line: firstLine, column: 1},
        ruleId: 'front-matter-type',
        source
      })
      message.fatal = true
      return undefined
    }

    const data = value as Record<string, unknown>
    for (const [key, check] of Object.entries(expectedTypes)) {
      if (!(key in data) || check.test(data[key])) continue
      const node = isMap(document.contents)
        ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === key)?.value
        : undefined
      const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? node.range[0] : 0
      const message = file.message(
        `Unexpected ${describe(data[key])} for \`${key}\` in front matter, expected ${check.expected}`,
        {place: place(typeof offset === 'number' ? offset : 0), ruleId: 'front-matter-type', source}
      )
      message.fatal = true
    }
    state.frontmatter = data
    return undefined
  }
}
