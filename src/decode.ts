import type {VFile} from 'vfile'

const source = 'eleventy-plugin-wire'

/**
 * Decode file contents to text, honestly: UTF-8 (a BOM is dropped), and
 * UTF-16 when a BOM says so. Binary data (NUL bytes) and bytes that are not
 * UTF-8 are refused with a fatal message at their line and column, naming
 * the byte, rather than guessed at. Returns `undefined` when refused.
 */
export function decodeText(value: string | Uint8Array, file: VFile): string | undefined {
  if (typeof value === 'string') {
    const text = value.charCodeAt(0) === 0xfe_ff ? value.slice(1) : value
    const nul = text.indexOf('\u0000')
    if (nul !== -1) {
      refuse(file, 'binary-file', 'Unexpected NUL character, expected text (is this a binary file?)', placeInText(text, nul))
      return undefined
    }
    return text
  }

  if (value[0] === 0xff && value[1] === 0xfe) return decodeText(new TextDecoder('utf-16le').decode(value.subarray(2)), file)
  if (value[0] === 0xfe && value[1] === 0xff) return decodeText(new TextDecoder('utf-16be').decode(value.subarray(2)), file)
  const bytes = value[0] === 0xef && value[1] === 0xbb && value[2] === 0xbf ? value.subarray(3) : value
  const nul = bytes.indexOf(0)
  const invalid = firstInvalidUtf8(bytes)
  if (nul !== -1 && (invalid === -1 || nul < invalid)) {
    refuse(file, 'binary-file', 'Unexpected NUL byte, expected UTF-8 text (is this a binary file?)', placeInBytes(bytes, nul))
    return undefined
  }
  if (invalid !== -1) {
    const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    refuse(
      file,
      'invalid-utf8',
      `Unexpected byte 0x${byte}, expected UTF-8 text (convert the file to UTF-8, for example from Latin-1 or Windows-1252)`,
      placeInBytes(bytes, invalid)
    )
    return undefined
  }
  return new TextDecoder('utf-8').decode(bytes)
}

function refuse(file: VFile, ruleId: string, reason: string, place: {line: number; column: number}): void {
  const message = file.message(reason, {place, ruleId, source})
  message.fatal = true
}

function placeInText(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

function placeInBytes(bytes: Uint8Array, offset: number): {line: number; column: number} {
  let lineStart = 0
  let line = 1
  for (let index = 0; index < offset; index++) {
    const byte = bytes[index]
    if (byte === 10 || (byte === 13 && bytes[index + 1] !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  // Columns count characters, so decode what precedes the offset on its line.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))
  return {line, column: [...before].length + 1}
}

/**
 * Offset of the first byte that does not start or continue a well-formed
 * UTF-8 sequence, or -1.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  const length = bytes.length
  while (index < length) {
    const byte = bytes[index] ?? 0
    if (byte < 0x80) {
      index++
      continue
    }
    let needed: number
    let minimum: number
    if (byte >= 0xc2 && byte <= 0xdf) {
      needed = 1
      minimum = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2
      minimum = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3
      minimum = 0x1_00_00
    } else return index
    let code = byte & (0x3f >> needed)
    for (let next = 1; next <= needed; next++) {
      const continuation = bytes[index + next]
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index
      code = (code << 6) | (continuation & 0x3f)
    }
    if (code < minimum || code > 0x10_ff_ff || (code >= 0xd8_00 && code <= 0xdf_ff)) return index
    index += needed + 1
  }
  return -1
}
