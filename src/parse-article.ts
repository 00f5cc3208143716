import type {PhrasingContent} from 'mdast'
import type {ParseOptions, ResolvedParseOptions} from './options.js'
import type {ArticleState} from './stages/article-state.js'
import type {Article, ArticleMessage, BodyBlock, Field, RemovedLine} from './types.js'
import {VFile} from 'vfile'
import {decodeText} from './decode.js'
import {resolveParseOptions} from './options.js'
import {articleProcessor} from './processor.js'
import {collapseWhitespace} from './text.js'

/**
 * A body block with its inline markup (emphasis, links), for renderers.
 * `children` is only there when the block has markup beyond plain text.
 */
export interface RichBodyBlock extends BodyBlock {
  /** mdast phrasing content, positions removed. */
  children?: PhrasingContent[]
}

const resolvedCache = new WeakMap<object, ResolvedParseOptions>()

/**
 * Parse a copied article text into a structured article.
 *
 * Synchronous and pure: the same text and options give the same article.
 * Content problems (empty text, binary data, no headline, broken front
 * matter) never throw: they are in `messages`, errors with `fatal: true`.
 * Misused options throw a `TypeError` naming the option.
 *
 * @param value
 *   The text, or the file's bytes (UTF-8, or UTF-16 with a BOM).
 * @param options
 *   Parse options; `inputPath` names the file in messages.
 */
export function parseArticle(value: string | Uint8Array, options?: ParseOptions | null): Article {
  return runArticle(value, options).article
}

/**
 * What became of one input line, for `explain`.
 */
export interface LineExplanation {
  /** 1-based line number in the input. */
  line: number
  /** The line as written (trailing whitespace trimmed). */
  text: string
  /** Field the line went to, or that a removed line fed. */
  field?: Field
  /** Id of the rule that removed the line; absent for lines in a field. */
  rule?: string
}

/**
 * An article with the fate of every non-blank input line.
 */
export interface ArticleExplanation {
  /** The article, as `parseArticle` returns it. */
  article: Article
  /** Every non-blank line in input order. */
  lines: LineExplanation[]
}

/**
 * Parse like `parseArticle` and also say, for every non-blank input line,
 * which field it went to or which rule removed it: what the `explain`
 * command prints.
 *
 * @param value
 *   The text, or the file's bytes.
 * @param options
 *   Parse options.
 */
export function explainArticle(value: string | Uint8Array, options?: ParseOptions | null): ArticleExplanation {
  const {article, file} = runArticle(value, options)
  const source = file.data.sourceLines?.lines ?? []
  const fates = new Map<number, {field?: Field; rule?: string}>()
  for (const line of file.data.article?.lines ?? []) {
    const fate = line.fate
    if (!fate) continue
    const explained = fate.kind === 'field' ? {field: fate.field} : fate.field ? {field: fate.field, rule: fate.rule} : {rule: fate.rule}
    // A joined hard-wrapped paragraph gives its fate to each of its lines.
    for (let number = line.line; number <= line.lastLine; number++) fates.set(number, explained)
  }
  const lines: LineExplanation[] = []
  for (const [index, raw] of source.entries()) {
    const text = raw.trim()
    if (text === '') continue
    // Lines the stages never saw are front matter (or a refused file's text).
    const fate = fates.get(index + 1) ?? (file.data.article ? {field: 'frontmatter' as const} : {rule: 'unparsed'})
    lines.push({line: index + 1, text, ...fate})
  }
  return {article, lines}
}

function runArticle(value: string | Uint8Array, options?: ParseOptions | null): {article: Article; file: VFile} {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw new TypeError(`eleventy-plugin-wire: unexpected ${typeof value} for \`value\`, expected a string or bytes`)
  }
  let resolved = options ? resolvedCache.get(options) : undefined
  if (!resolved) {
    resolved = resolveParseOptions(options)
    if (options) resolvedCache.set(options, resolved)
  }
  const file = new VFile({path: options?.inputPath})
  const text = decodeText(value, file)
  if (text === undefined) return {article: emptyArticle(file), file}
  file.value = text
  file.data.parseOptions = resolved
  const tree = articleProcessor.parse(file)
  articleProcessor.runSync(tree, file)
  return {article: assembleArticle(file), file}
}

function emptyArticle(file: VFile): Article {
  return {
    title: '',
    body: [],
    blocks: [],
    related: [],
    removed: [],
    frontmatter: {},
    presets: [],
    messages: collectMessages(file)
  }
}

function collectMessages(file: VFile): ArticleMessage[] {
  // Most texts have no message: an empty array of one kind for them. The
  // array `map` hands back is of another kind when `map` runs compiled,
  // and reading it threw the compiled `assembleArticle` away.
  if (file.messages.length === 0) return []
  const messages = file.messages.map((message) => ({
    reason: message.reason,
    line: message.line,
    column: message.column,
    ruleId: message.ruleId ?? 'unknown',
    source: message.source ?? 'eleventy-plugin-wire',
    fatal: message.fatal === true,
    file: file.path || undefined
  }))
  // Errors first, then by place: stable, so output is deterministic.
  return messages.sort(
    (a, b) => Number(b.fatal) - Number(a.fatal) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  )
}

function assembleArticle(file: VFile): Article {
  const state = file.data.article
  if (!state) return emptyArticle(file)
  const removed: RemovedLine[] = []
  const blocks: RichBodyBlock[] = []

  for (const line of state.lines) {
    const fate = line.fate
    if (fate?.kind === 'removed') {
      // `removed` lists input lines: a joined hard-wrapped paragraph is each of its lines.
      const source = file.data.sourceLines?.lines
      for (let number = line.line; number <= line.lastLine; number++) {
        const text = line.lastLine === line.line || !source ? line.text : collapseWhitespace(source[number - 1] ?? '')
        const entry: RemovedLine = {line: number, text, rule: fate.rule}
        if (fate.field) entry.field = fate.field
        removed.push(entry)
      }
    } else if (fate?.kind === 'field' && fate.field === 'body') {
      blocks.push(bodyBlock(state, line.index))
    }
  }

  const article: Article = {
    title: state.title,
    body: blocks.map((block) => block.text),
    blocks,
    related: state.related,
    removed,
    frontmatter: state.frontmatter,
    presets: state.presets.map((preset) => preset.name),
    messages: collectMessages(file)
  }
  if (state.byline) article.byline = state.byline
  if (state.dateline) article.dateline = state.dateline
  const date = frontmatterDate(state.frontmatter['date']) ?? state.date
  if (date) article.date = date
  if (state.caption || state.credit) {
    article.image = {}
    if (state.caption) article.image.caption = state.caption
    if (state.credit) article.image.credit = state.credit
  }
  if (state.lead) article.lead = state.lead
  return article
}

function frontmatterDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value
  return undefined
}

function bodyBlock(state: ArticleState, index: number): RichBodyBlock {
  const line = state.lines[index]
  if (!line) throw new Error('unreachable: body line out of range')
  const cut = state.datelineCut?.index === index ? state.datelineCut.length : 0
  const node = line.node
  const type = node.type
  const block: RichBodyBlock = {type, text: cut ? line.text.slice(cut).trim() : line.text, line: line.line}
  const paragraph = node.type === 'listItem' ? node.children[0] : node
  const children = paragraph && 'children' in paragraph ? (paragraph.children as PhrasingContent[]) : []
  const plain = children.length === 1 && children[0]?.type === 'text'
  if (!plain && !cut) block.children = children.map((child) => stripPositions(child))
  return block
}

function stripPositions<Node extends PhrasingContent>(node: Node): Node {
  // A copy without the key, not a copy with the key deleted: `delete` turns
  // the object into a slow dictionary, for every later read and for the
  // cache's and the workers' serialization. The keys keep their order.
  const {position, ...rest} = node
  const copy = rest as Node
  if ('children' in copy && Array.isArray(copy.children)) {
    ;(copy as {children: PhrasingContent[]}).children = copy.children.map((child: PhrasingContent) => stripPositions(child))
  }
  if (copy.type === 'text' || copy.type === 'inlineCode') {
    ;(copy as {value: string}).value = copy.type === 'text' ? copy.value.replace(/[\r\n]+/g, ' ') : copy.value
  }
  return copy
}
