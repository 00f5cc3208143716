// Synthetic article texts for the benchmark.
//
// Shaped like the seed (`../shared/seed/euronews-belarus-loan.txt`): headline,
// caption and credit lines, byline, share buttons, lead, body paragraphs
// (some with quotes, emphasis or links so that both parser paths run), and a
// `You might also like` list naming other articles of the set, some of them
// unresolved. Words come from the seed and, when it is there, from
// `../shared/corpus/dev.jsonl` (read at bench time, never written to the
// repository). Deterministic: the same count gives the same texts.
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, rm, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {seededRandom} from './seeded-random.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const seedPath = join(here, '../../shared/seed/euronews-belarus-loan.txt')
const corpusPath = join(here, '../../shared/corpus/dev.jsonl')


/** Word pool: letters-only words, so that no generated word is markup by accident. */
function wordPool() {
  const texts = []
  if (existsSync(seedPath)) texts.push(readFileSync(seedPath, 'utf8'))
  if (existsSync(corpusPath)) {
    const lines = readFileSync(corpusPath, 'utf8').split('\n')
    for (const line of lines.slice(0, 300)) {
      if (!line) continue
      const record = JSON.parse(line)
      if (record.region_text) texts.push(record.region_text)
    }
  }
  const words = new Set()
  for (const text of texts) {
    for (const word of text.split(/\s+/u)) {
      if (/^\p{L}{2,14}$/u.test(word)) words.add(word.toLowerCase())
    }
  }
  if (words.size < 200) {
    for (const word of 'the a of to in and on for with by from at minister government said people city report new year week election support country leader talks plan market court police vote law union treaty loan'.split(' ')) {
      words.add(word)
    }
  }
  return [...words]
}

/**
 * Make `count` articles: `{name, headline, text, markdown}`.
 * `text` is the copied-page text the plugin reads; `markdown` is the same
 * article as an author would write it in Markdown, for the baseline.
 */
export function makeArticles(count, seed = 42) {
  const next = seededRandom(seed)
  const words = wordPool()
  const pick = (list) => list[Math.floor(next() * list.length)]
  const phrase = (min, max) => {
    const length = min + Math.floor(next() * (max - min + 1))
    const result = []
    for (let index = 0; index < length; index++) result.push(pick(words))
    return result
  }
  const sentence = () => {
    const parts = phrase(8, 22)
    parts[0] = capitalize(parts[0])
    return `${parts.join(' ')}${next() < 0.1 ? '?' : '.'}`
  }
  const paragraph = () => {
    const sentences = []
    const length = 1 + Math.floor(next() * 3)
    for (let index = 0; index < length; index++) sentences.push(sentence())
    let text = sentences.join(' ')
    const roll = next()
    // Inline syntax about as often as in the development corpus (some 5 % of
    // lines need the Markdown parser): emphasis, underscores, a link; `&` and
    // `!` that are not markup; quotes, which are not syntax at all.
    if (roll < 0.03) text = `${text} *${pick(words)} ${pick(words)}*`
    else if (roll < 0.05) text = `${text} (${pick(words)}_${pick(words)})`
    else if (roll < 0.06) text = `${text} [${pick(words)}](https://example.org/${pick(words)})`
    else if (roll < 0.1) text = `${text} ${capitalize(pick(words))} & ${capitalize(pick(words))}.`
    else if (roll < 0.13) text = `${text} ${capitalize(pick(words))}!`
    else if (roll < 0.2) text = `“${text}” ${pick(words)} said.`
    return text
  }

  const headlines = new Set()
  const articles = []
  for (let index = 0; index < count; index++) {
    let headline
    do {
      const parts = phrase(6, 11)
      parts[0] = capitalize(parts[0])
      parts[2] = capitalize(parts[2])
      headline = `${parts.join(' ')}, ${pick(words)} ${pick(['says', 'announces', 'warns', 'reports'])}`
    } while (headlines.has(headline.toLowerCase()))
    headlines.add(headline.toLowerCase())
    articles.push({name: `article-${String(index).padStart(5, '0')}`, headline})
  }

  for (const [index, article] of articles.entries()) {
    const caption = `${capitalize(phrase(10, 18).join(' '))}, Sept. ${1 + (index % 28)}, 2020.`
    const credit = `${capitalize(pick(words))} ${capitalize(pick(words))} via AP`
    const lead = sentence()
    const body = []
    const length = 14 + Math.floor(next() * 10)
    for (let line = 0; line < length; line++) body.push(paragraph())
    const related = []
    const relatedCount = 2 + Math.floor(next() * 3)
    for (let item = 0; item < relatedCount; item++) {
      if (next() < 0.15) {
        // Names no article of the set: stays text.
        related.push({headline: `${capitalize(phrase(5, 9).join(' '))} tells ${capitalize(pick(words))}`})
      } else {
        const other = articles[(index + 1 + Math.floor(next() * Math.max(1, count - 1))) % count]
        related.push({headline: other.headline, name: other.name})
      }
    }

    article.text = [
      article.headline,
      '',
      caption,
      `${caption} Copyright ${credit}`,
      `Copyright ${credit}`,
      'By Euronews with AP',
      'Share this articleComments',
      'Share this articleClose Button',
      'Copy/paste the article video embed link below:Copy to clipboardCopied',
      '',
      lead,
      '',
      ...body.flatMap((text) => [text, '']),
      'Share this articleComments',
      '',
      'You might also like',
      '',
      ...related.flatMap((item) => [item.headline, '']),
    ].join('\n')

    article.markdown = [
      '---',
      `title: ${JSON.stringify(article.headline)}`,
      '---',
      `# ${escapeMarkdown(article.headline)}`,
      '',
      `*${caption}* ${credit}`,
      '',
      'By Euronews with AP',
      '',
      `**${lead}**`,
      '',
      ...body.flatMap((text) => [text, '']),
      '## You might also like',
      '',
      ...related.map((item) =>
        item.name ? `- [${escapeMarkdown(item.headline)}](/${item.name}/)` : `- ${escapeMarkdown(item.headline)}`
      ),
      ''
    ].join('\n')
  }
  return articles
}

function capitalize(word) {
  return word ? word[0].toUpperCase() + word.slice(1) : word
}

function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>]/gu, (character) => `\\${character}`)
}

/**
 * Write `count` articles to `directory`: `wire/*.txt` for the plugin and
 * `markdown/*.md` (with a layout like the plugin's) for the baseline.
 */
export async function writeArticles(directory, count) {
  const articles = makeArticles(count)
  await rm(directory, {recursive: true, force: true})
  await mkdir(join(directory, 'wire'), {recursive: true})
  await mkdir(join(directory, 'markdown', '_includes'), {recursive: true})
  await writeFile(
    join(directory, 'markdown', '_includes', 'plain.11ty.js'),
    // Comparable to the plugin's default layout: a whole document around the content.
    `export default {render(data) { const title = String(data.title ?? '').replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';'); return '<!doctype html>\\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>' + title + '</title><style>body{margin:0}</style></head><body><main><article>' + data.content + '</article></main></body></html>\\n' }}\n`
  )
  await writeFile(join(directory, 'markdown', 'markdown.json'), `${JSON.stringify({layout: 'plain.11ty.js'})}\n`)
  let bytes = 0
  const pending = []
  for (const article of articles) {
    bytes += Buffer.byteLength(article.text)
    pending.push(writeFile(join(directory, 'wire', `${article.name}.txt`), article.text))
    pending.push(writeFile(join(directory, 'markdown', `${article.name}.md`), article.markdown))
    if (pending.length > 256) await Promise.all(pending.splice(0))
  }
  await Promise.all(pending)
  return {count, bytes, articles}
}
