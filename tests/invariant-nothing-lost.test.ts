/**
 * Nothing is lost: every non-blank input line is in an article field, in
 * the front matter, or in `removed` with the rule that removed it. Checked
 * over every text of `../shared/corpus/dev.jsonl` (page and region text),
 * the fixtures and the hostile texts.
 *
 * The check does not trust the parser's own bookkeeping: a line that is not
 * in `removed` must be found, letters and digits in order, in the fields;
 * or, when a field holds a value derived from the line (a byline without its
 * `By`, a date as ISO 8601, a credit without its label), `explainArticle`
 * must name that field and the field's value must come from the line.
 */
import type {Article} from '../src/types.js'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {parseArticle} from '../src/index.js'
import {explainArticle} from '../src/parse-article.js'
import {hostileFiles} from './hostile/site.js'

const corpusPath = new URL('../../shared/corpus/dev.jsonl', import.meta.url)
const fixturesPath = new URL('fixtures/', import.meta.url)

/** A line that broke the invariant. */
interface Loss {
  source: string
  line: number
  text: string
  fatal: boolean
  /** The field `explainArticle` gives the line, if any. */
  field: string | undefined
}

/**
 * Letters and digits only, lowercased: what survives markdown parsing,
 * entity decoding and white space collapsing of a line.
 */
function signature(value: string): string {
  return value
    .replace(/&(?:[a-z]+|#x?[\da-f]+);/giu, ' ')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** A line's signature without what markdown drops: link and image targets, autolinks. */
function markdownSignature(value: string): string {
  return signature(value.replace(/\]\((?:[^()]|\([^()]*\))*\)/gu, ']').replace(/<[a-z][a-z\d+.-]*:[^<>\s]*>/giu, ''))
}

function frontMatterEnd(lines: readonly string[]): number {
  if (!/^---[ \t]*$/u.test(lines[0] ?? '')) return 0
  for (let index = 1; index < lines.length; index++) if (/^---[ \t]*$/u.test(lines[index] ?? '')) return index + 1
  return 0
}

/** Check one text; returns the lines it lost, and counts removals by rule. */
function check(source: string, text: string, rules: Map<string, number>): Loss[] {
  const {article, lines: explained} = explainArticle(text, {inputPath: source})
  const fieldOf = new Map(explained.map((entry) => [entry.line, entry.field]))
  const fatal = article.messages.some((message) => message.fatal)
  const lines = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u)
  const matterEnd = frontMatterEnd(lines)
  const removed = new Map(article.removed.map((entry) => [entry.line, entry]))
  for (const entry of article.removed) {
    assert.ok(entry.rule.length > 0, `${source}:${entry.line} removed without a rule`)
    rules.set(entry.rule, (rules.get(entry.rule) ?? 0) + 1)
  }
  const fields = [
    article.title,
    article.byline,
    // The dateline and the lead are cut from one line: keep them side by side.
    article.dateline,
    article.lead,
    article.image?.caption,
    article.image?.credit,
    ...article.body,
    ...article.related.map((headline) => headline.title),
    JSON.stringify(article.frontmatter)
  ]
  const haystack = fields.map((field) => signature(field ?? '')).join('')
  const losses: Loss[] = []
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '' || index < matterEnd || removed.has(index + 1)) continue
    const plain = signature(raw)
    if (plain === '' && !fatal) continue
    if (!fatal && (haystack.includes(plain) || haystack.includes(markdownSignature(raw)))) continue
    if (!fatal && derivedFrom(article, fieldOf.get(index + 1), plain)) continue
    losses.push({source, line: index + 1, text: raw.trim().slice(0, 120), fatal, field: fieldOf.get(index + 1)})
  }
  return losses
}

/** Whether `field` holds a value taken from a line whose signature is `line`. */
function derivedFrom(article: Article, field: string | undefined, line: string): boolean {
  const value: Record<string, string | undefined> = {
    title: article.title,
    byline: article.byline,
    dateline: article.dateline,
    caption: article.image?.caption,
    credit: article.image?.credit
  }
  // A date line holds the year in four digits, or in two with a time (`19.10.19, 18:56`).
  if (field === 'date') return article.date !== undefined && (line.includes(article.date.slice(0, 4)) || line.includes(article.date.slice(2, 4)))
  const taken = field ? value[field] : undefined
  return taken !== undefined && signature(taken) !== '' && line.includes(signature(taken))
}

function report(losses: readonly Loss[], checked: number, rules: Map<string, number>, label: string): void {
  const byRule = [...rules.entries()].sort((a, b) => b[1] - a[1]).map(([rule, total]) => `${rule} ${total}`).join(', ')
  console.log(`  ${label}: ${checked} texts, ${losses.length} lines lost; removed by rule: ${byRule || 'none'}`)
  for (const loss of losses.slice(0, 20)) console.log(`    ${loss.source}:${loss.line}${loss.fatal ? ' (refused)' : ''} ${JSON.stringify(loss.text)}`)
}

test('the check finds a lost line (it can fail)', () => {
  const text = 'Storm closes harbour in the north\n\nThe harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.\n'
  const article = parseArticle(text)
  assert.ok(signature([article.title, article.lead, ...article.body].join('')).includes(signature('The harbour authority')))
  assert.not.ok(signature([article.title, article.lead, ...article.body].join('')).includes(signature('A line that is not there')))
})

test('every line of the fixtures and hostile texts is in a field or removed with a rule', () => {
  const texts = new Map<string, string>()
  for (const [name, text] of hostileFiles()) texts.set(`hostile/${name}`, text)
  const walk = (folder: string): void => {
    if (!existsSync(folder)) return
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.txt')) texts.set(path, readFileSync(path, 'utf8'))
    }
  }
  walk(fixturesPath.pathname)
  const rules = new Map<string, number>()
  const losses: Loss[] = []
  for (const [source, text] of texts) losses.push(...check(source, text, rules))
  // A refused file says so (a fatal message names it): its lines are not lost silently.
  const silent = losses.filter((loss) => !loss.fatal)
  report(silent, texts.size, rules, 'fixtures')
  assert.equal(silent, [])
})

test('every line of every corpus page and region is in a field or removed with a rule', () => {
  if (!existsSync(corpusPath)) {
    console.log(`  skipped: ${corpusPath.pathname} is not here (it is in CI)`)
    return
  }
  const rules = new Map<string, number>()
  const losses: Loss[] = []
  let checked = 0
  let refused = 0
  for (const row of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (row.trim() === '') continue
    const page = JSON.parse(row) as {id: string; page_text?: string | null; region_text?: string | null}
    for (const [kind, text] of [['page', page.page_text], ['region', page.region_text]] as const) {
      if (typeof text !== 'string') continue
      checked++
      const found = check(`${page.id}#${kind}`, text, rules)
      if (found.some((loss) => loss.fatal)) refused++
      losses.push(...found.filter((loss) => !loss.fatal))
    }
  }
  report(losses, checked, rules, `corpus (${refused} refused with a message)`)
  assert.equal(losses.length, 0, `${losses.length} lines lost`)
})

test.run()
