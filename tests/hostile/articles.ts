/**
 * Article texts that carry a payload in every place the parser reads: the
 * headline, byline, caption, credit, lead, body and related headlines, or in
 * front matter.
 */

/** The places a payload can stand. */
export type Position = 'text' | 'frontmatter' | 'multiline'

/** A YAML double-quoted scalar: JSON strings are valid YAML. */
function yamlString(value: string): string {
  return JSON.stringify(value)
}

/**
 * An article with `payload` in each of its text fields at once.
 */
export function articleWithPayloadInText(payload: string): string {
  return [
    `Storm closes harbour ${payload} in the north`,
    `By Jane Doe ${payload}`,
    '14 September 2020',
    '',
    `Boats wait at the quay ${payload}`,
    `Copyright Harbour Photo Agency ${payload}`,
    '',
    `The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said. ${payload}`,
    '',
    `Fishermen said they had never seen waves so high, and that the repairs would take many weeks to finish. ${payload}`,
    '',
    payload,
    '',
    'The authority said it would publish a plan for the repairs before the end of the month.',
    '',
    'Related articles',
    `Harbour wall repairs to cost millions ${payload}`,
    payload,
    'Fishing fleet moves south for the winter months',
    ''
  ].join('\n')
}

/**
 * An article whose front matter carries `payload` as its title, a free key
 * and a tag, and whose text is ordinary.
 */
export function articleWithPayloadInFrontMatter(payload: string): string {
  return [
    '---',
    `title: ${yamlString(`Storm ${payload}`)}`,
    `description: ${yamlString(payload)}`,
    `tags: [${yamlString(payload)}]`,
    '---',
    'Storm closes harbour in the north',
    'By Jane Doe',
    '',
    'The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.',
    '',
    'Fishermen said they had never seen waves so high, and that the repairs would take many weeks to finish.',
    ''
  ].join('\n')
}

/**
 * An article with a payload that spans lines in its body.
 */
export function articleWithMultilinePayload(payload: string): string {
  return [
    'Storm closes harbour in the north',
    'By Jane Doe',
    '',
    'The harbour authority closed the port on Monday after the storm damaged the outer wall, officials said.',
    '',
    payload,
    '',
    'Fishermen said they had never seen waves so high, and that the repairs would take many weeks to finish.',
    ''
  ].join('\n')
}
