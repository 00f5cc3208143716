#!/usr/bin/env node
/**
 * `eleventy-plugin-wire explain [--json] FILE…`: print every input line with
 * what became of it (the field it went to, or the rule that removed it), so
 * that a wrong extraction can be traced to the rule that made it.
 */
import type {ArticleExplanation, LineExplanation} from '../parse-article.js'
import {readFileSync, realpathSync} from 'node:fs'
import process from 'node:process'
import {pathToFileURL} from 'node:url'
import {explainArticle} from '../parse-article.js'

const usage = `Usage: eleventy-plugin-wire explain [--json] FILE…

Print each non-blank line of each article text with its fate: the field it
went to (title, byline, body…) or the rule that removed it.

Options:
  --json     one JSON object per file: {file, article, lines}
  --no-color no colours (also when NO_COLOR is set or output is not a terminal)
  --help     this text`

/** ANSI colours by fate, only used on a terminal. */
const colours = {field: '\u001B[32m', related: '\u001B[36m', removed: '\u001B[2m', rule: '\u001B[33m', reset: '\u001B[0m'}

/**
 * Run the command line; returns the exit code.
 *
 * @param argv
 *   Arguments after the program name.
 */
export function main(argv: readonly string[]): number {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(usage + '\n')
    return command === undefined ? 1 : 0
  }
  if (command !== 'explain') {
    process.stderr.write(`Unexpected command \`${command}\`, expected \`explain\`\n\n${usage}\n`)
    return 1
  }
  const json = rest.includes('--json')
  const colour = !json && !rest.includes('--no-color') && process.stdout.isTTY === true && !process.env['NO_COLOR']
  const files = rest.filter((argument) => !argument.startsWith('--'))
  if (files.length === 0) {
    process.stderr.write(`Unexpected end of arguments, expected a file to explain\n\n${usage}\n`)
    return 1
  }
  let code = 0
  for (const file of files) {
    let value: Uint8Array
    try {
      value = readFileSync(file)
    } catch (error) {
      process.stderr.write(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})\n`)
      code = 1
      continue
    }
    const explanation = explainArticle(value, {inputPath: file})
    if (explanation.article.messages.some((message) => message.fatal)) code = 1
    process.stdout.write(json ? JSON.stringify({file, ...explanation}) + '\n' : formatText(file, explanation, colour))
  }
  return code
}

/**
 * Human-readable explanation: a header, then one line per input line.
 */
function formatText(file: string, explanation: ArticleExplanation, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? code + text + colours.reset : text)
  const width = String(explanation.lines.at(-1)?.line ?? 1).length
  const out = [paint(colours.field, file)]
  for (const line of explanation.lines) {
    const label = `${fateLabel(line)} `.padEnd(25)
    const number = String(line.line).padStart(width)
    if (line.rule) out.push(`${number}  ${paint(colours.rule, label)}${paint(colours.removed, line.text)}`)
    else out.push(`${number}  ${paint(line.field === 'related' ? colours.related : colours.field, label)}${line.text}`)
  }
  for (const message of explanation.article.messages) {
    out.push(`${file}:${message.line ?? 1}:${message.column ?? 1}: ${message.fatal ? 'error' : 'warning'} ${message.reason} (${message.ruleId})`)
  }
  return out.join('\n') + '\n\n'
}

function fateLabel(line: LineExplanation): string {
  if (line.rule) return `✗ ${line.rule}${line.field ? ` → ${line.field}` : ''}`
  return line.field ?? ''
}

// Run only as a program (through the `bin` symlink too), not when imported.
const entry = process.argv[1]
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) process.exitCode = main(process.argv.slice(2))
