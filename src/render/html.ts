/**
 * Escaping for the HTML the plugin writes as strings.
 *
 * The pages were first built as hast and serialised by `hast-util-to-html`;
 * building strings directly makes the same bytes without a tree per page
 * (a tenth of a warm build went to making and walking those trees). These
 * functions escape exactly what `hast-util-to-html` escapes with its default
 * options, in the same form (upper-case hexadecimal references), so that
 * pages did not change a byte.
 */

/** What text content escapes: `<` and `&`, nothing else. */
const textSpecial = /[<&]/gu

/** What a double-quoted attribute value escapes: NUL, `"`, `&`, `'` and `` ` ``. */
const attributeSpecial = /[\0"&'`]/gu

function reference(character: string): string {
  return `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`
}

/**
 * Escape text content: input can never open a tag or a character reference.
 */
export function escapeText(value: string): string {
  // Most text has neither character: two plain searches are several times
  // faster than running the pattern over it.
  if (value.indexOf('<') === -1 && value.indexOf('&') === -1) return value
  return value.replace(textSpecial, reference)
}

/**
 * Escape an attribute value for double quotes: input can never close the
 * value or open a character reference.
 */
export function escapeAttribute(value: string): string {
  return value.replace(attributeSpecial, reference)
}
