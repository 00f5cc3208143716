/**
 * Letter and number classes of characters, looked up by hand. A pattern
 * with Unicode property classes (`/\p{Ll}\p{Lu}/u`) tests each character
 * against long range tables, which on lines outside Latin-1 (Cyrillic,
 * Greek, CJK) cost microseconds a line: such patterns were hot spots of the
 * headline finder, the header and the text helpers. Each code unit is
 * classed once by the same property patterns, so the answers are the
 * patterns' own.
 */

/** A letter (`\p{L}`). */
export const letterClass = 1

/** A lowercase letter (`\p{Ll}`). */
export const lowercaseClass = 2

/** An uppercase letter (`\p{Lu}`). */
export const uppercaseClass = 4

/** A number (`\p{N}`). */
export const numberClass = 8

/** Half of a surrogate pair: an astral character, which only a pattern reads as one. */
export const surrogateClass = 16

/** Set on every classed code unit, so that 0 means not classed yet. */
const classedBit = 32

const letter = /^\p{L}$/u
const lowercase = /^\p{Ll}$/u
const uppercase = /^\p{Lu}$/u
const number = /^\p{N}$/u

/** Classes of each BMP code unit, filled in as characters are met. */
const classes = new Uint8Array(0x10000)

/** Class bits of the code unit at `at` of `text` (0 past its end). */
export function characterClass(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (Number.isNaN(code)) return 0
  let value = classes[code] ?? 0
  if (value === 0) {
    if (code >= 0xd800 && code <= 0xdfff) value = surrogateClass
    else {
      const character = String.fromCharCode(code)
      if (letter.test(character)) value |= letterClass
      if (lowercase.test(character)) value |= lowercaseClass
      if (uppercase.test(character)) value |= uppercaseClass
      if (number.test(character)) value |= numberClass
    }
    value |= classedBit
    classes[code] = value
  }
  return value & ~classedBit
}

/**
 * Whether a character of one of the `first` classes stands right before one
 * of the `second` classes (`/[\p{Ll}\p{N}]\p{Lu}/u` is `lowercaseClass |
 * numberClass` before `uppercaseClass`); `undefined` when the text holds a
 * surrogate, for the caller to ask its pattern, which reads astral characters.
 */
export function classesAdjacent(text: string, first: number, second: number): boolean | undefined {
  let previous = 0
  for (let at = 0; at < text.length; at++) {
    const current = characterClass(text, at)
    if ((current & surrogateClass) !== 0) return undefined
    if ((previous & first) !== 0 && (current & second) !== 0) return true
    previous = current
  }
  return false
}

/** Whether a text holds half of a surrogate pair (an astral character, or a broken one). */
export function hasSurrogate(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 0xd800 && code <= 0xdfff) return true
  }
  return false
}
