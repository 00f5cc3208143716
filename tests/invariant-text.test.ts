/**
 * `collapseWhitespace` and `endsLikeSentence` decide by character code for
 * speed: they must answer what their patterns do, on awkward text (every
 * kind of Unicode space, zero-width characters, closing quotes) and on every
 * line of the development corpus.
 */
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {corpusPageLines} from './corpus-lines.js'
import {collapseWhitespace, endsLikeSentence} from '../src/text.js'
import {lineTemplate, templateStart} from '../src/stages/line-features.js'

/** The full collapse, as `collapseWhitespace` did it for every line before its one-pass check. */
function collapseByPattern(value: string): string {
  return value
    .replace(/[\u200b-\u200d\u2060]/gu, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu, ' ')
    .trim()
}

/** Sentence punctuation, then closing quotes (English, German, French, Nordic) or brackets, at the end. */
const sentenceEnd = /[.!?…。！？:;]["'”’“‘»«›‹」』）)\]]*$/u

/** Every code unit below U+3100 and the other spaces, alone, between letters, and at either end. */
function awkward(): string[] {
  const texts = ['', ' ', '  ', 'a', 'a b', 'a  b', ' a', 'a ', 'End.', 'End.”', 'End.“', 'Ende!«', 'Ende.‘', '終わり。」', '何？』', '好！）', 'End.)]', '»', '.', 'a.b', '“Quoted”', 'Why?»', 'Done…', '終わり。', '何？', '¿Qué!', 'x\uD83D']
  const extra = [0x3000, 0x300d, 0x300f, 0xff09, 0x303f, 0xfeff, 0xff01, 0xff1f, 0xd800, 0xdc00, 0xfffd]
  const codes: number[] = [...extra]
  for (let code = 0; code < 0x3100; code++) codes.push(code)
  for (const code of codes) {
    const character = String.fromCharCode(code)
    texts.push(character, `a${character}b`, `${character}a`, `a${character}`, `a${character}${character}b`, `a.${character}`, `a${character}.`)
  }
  return texts
}

test('collapseWhitespace returns what the full collapse makes', () => {
  for (const line of [...awkward(), ...corpusPageLines()]) assert.is(collapseWhitespace(line), collapseByPattern(line), JSON.stringify(line))
})

test('endsLikeSentence answers what the sentence-end pattern does', () => {
  for (const line of [...awkward(), ...corpusPageLines()]) assert.is(endsLikeSentence(line), sentenceEnd.test(line), JSON.stringify(line))
})

test('templateStart gives the start of the line template', () => {
  const astral = ['😀1 2a', '𝐀𝐁 9', 'a\u0301 1', '1 2 3–x', '\uD800x1', 'x\uDC00 1', '½ cup', 'June 9 – Tampa, FL', '٣ أيام']
  for (const line of [...awkward(), ...astral, ...corpusPageLines()]) {
    const template = lineTemplate(line)
    for (const symbols of [1, 3, 5]) assert.is(templateStart(line, symbols), template.slice(0, symbols), JSON.stringify(line))
  }
})

test('lowercasing keeps every code point its length but U+0130 (createArticleState relies on it)', () => {
  for (let code = 0; code < 0x110000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    const character = String.fromCodePoint(code)
    assert.is(character.toLowerCase().length === character.length, code !== 0x130, code.toString(16))
  }
})

test.run()
