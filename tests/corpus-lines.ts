/**
 * Lines of the development corpus (`../shared/corpus/dev.jsonl`, beside the
 * project), for invariant tests that compare a fast hand-written scanner
 * with the pattern it replaces on real text. Empty when the corpus is not
 * there (a clone without `../shared`), so those tests then check only their
 * own awkward cases.
 */
import {existsSync, readFileSync} from 'node:fs'

const corpusPath = new URL('../../shared/corpus/dev.jsonl', import.meta.url)

/** Every line of every page text of the corpus, as written (not trimmed). */
export function corpusPageLines(): string[] {
  const lines: string[] = []
  if (!existsSync(corpusPath)) return lines
  for (const row of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (!row.trim()) continue
    const page = JSON.parse(row) as {page_text?: string | null}
    for (const line of (page.page_text ?? '').split('\n')) lines.push(line)
  }
  return lines
}
