/**
 * Fixture runner: every `tests/fixtures/<case>/input.txt` is parsed and
 * compared with `article.json` (the article, `messages` aside) and
 * `messages.txt` (one `line:column reason [ruleId]` per message).
 * `UPDATE=1 npm test` rewrites the expectations; review the diff.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {parseArticle} from '../src/index.js'

const root = new URL('fixtures/', import.meta.url)
const update = process.env['UPDATE'] === '1'

for (const name of readdirSync(root).sort()) {
  const folder = new URL(`${name}/`, root)
  if (!existsSync(new URL('input.txt', folder))) continue
  test(name, () => {
    const article = parseArticle(readFileSync(new URL('input.txt', folder)), {inputPath: `${name}/input.txt`})
    const {messages, ...rest} = article
    const actualArticle = `${JSON.stringify(rest, null, 2)}\n`
    const actualMessages = messages
      .map((message) => `${message.line ?? 1}:${message.column ?? 1} ${message.reason} [${message.ruleId}]${message.fatal ? ' (error)' : ''}\n`)
      .join('')
    const articlePath = new URL('article.json', folder)
    const messagesPath = new URL('messages.txt', folder)
    if (update || !existsSync(articlePath)) {
      writeFileSync(articlePath, actualArticle)
      writeFileSync(messagesPath, actualMessages)
    }
    assert.fixture(actualArticle, readFileSync(articlePath, 'utf8'), 'article')
    assert.fixture(actualMessages, readFileSync(messagesPath, 'utf8'), 'messages')
  })
}

test.run()
