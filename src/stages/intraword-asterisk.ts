import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types'
import {characterClass, letterClass, numberClass} from '../character-class.js'

/** `*`. */
const asterisk = 42

/**
 * Whether the UTF-16 code unit `code` of `text` at `at` is a letter or a
 * digit (`\p{L}`, `\p{N}`); an astral character's halves are not, as micromark
 * reads a text by code units too.
 */
export function isWordCharacter(text: string, at: number): boolean {
  return (characterClass(text, at) & (letterClass | numberClass)) !== 0
}

/** Whether a micromark character code is a letter or a digit (line endings, the end and virtual spaces are not). */
function isWordCode(code: Code): boolean {
  return code !== null && code >= 0 && isWordCharacter(String.fromCharCode(code), 0)
}

/**
 * A run of `*` with a letter or digit right before and right after it is
 * text, not emphasis: in copied prose it is a gender star
 * (`Bürger*innen und Arbeitnehmer*innen`) or a censored word (`f**k`), and
 * CommonMark, which lets `*` open and close emphasis inside a word, would
 * read two of them on a line as emphasis and drop both stars. micromark
 * tries this before its own attention construct; a run it declines is
 * emphasis as CommonMark reads it.
 */
export const intrawordAsterisk: Construct = {name: 'intrawordAsterisk', tokenize: tokenizeIntrawordAsterisk}

function tokenizeIntrawordAsterisk(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const previous = this.previous
  return start

  function start(code: Code): State | undefined {
    if (code !== asterisk || !isWordCode(previous)) return nok(code)
    effects.enter('data')
    return run(code)
  }

  function run(code: Code): State | undefined {
    if (code === asterisk) {
      effects.consume(code)
      return run
    }
    effects.exit('data')
    return isWordCode(code) ? ok(code) : nok(code)
  }
}
