import type {VFile} from 'vfile'

const source = 'eleventy-plugin-wire'

/**
 * A decoder that throws on bytes that are not UTF-8, shared by all calls
 * (a decode without `stream` starts afresh). It drops a leading BOM as the
 * lenient decoder does.
 */
const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Decode file contents to text, honestly: UTF-8 (a BOM is dropped), and
 * UTF-16 when a BOM says so. Binary data (a known file signature or NUL
 * bytes, UTF-16 without a BOM included) and bytes that are not UTF-8 are
 * refused with a fatal message at their line and column, naming the format
 * or the byte, rather than guessed at. Returns `undefined` when refused.
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

  if (value[0] === 0xff && value[1] === 0xfe) return decodeUtf16(value.subarray(2), 'utf-16le', file)
  if (value[0] === 0xfe && value[1] === 0xff) return decodeUtf16(value.subarray(2), 'utf-16be', file)
  const kind = binaryKind(value)
  if (kind) {
    refuse(file, 'binary-file', `Unexpected ${kind}, expected a UTF-8 text file`, {line: 1, column: 1})
    return undefined
  }
  const bytes = value[0] === 0xef && value[1] === 0xbb && value[2] === 0xbf ? value.subarray(3) : value
  const nul = bytes.indexOf(0)
  // A NUL byte anywhere means binary data or UTF-16, whatever comes first:
  // saying so helps more than naming the first odd byte of an image.
  if (nul !== -1) {
    const reason = looksLikeUtf16(bytes)
      ? 'Unexpected NUL byte, expected UTF-8 text (this looks like UTF-16 without a byte order mark: save it as UTF-8 or with a BOM)'
      : 'Unexpected NUL byte, expected UTF-8 text (is this a binary file?)'
    refuse(file, 'binary-file', reason, placeInBytes(bytes, nul))
    return undefined
  }
  // Valid UTF-8 (nearly every file) is checked and decoded in one native
  // pass; only a refused file is searched by hand for its first bad byte.
  try {
    return strictUtf8.decode(bytes)
  } catch {
    // Not UTF-8: say where.
  }
  const invalid = firstInvalidUtf8(bytes)
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
  // Only if the two disagreed on what UTF-8 is (the tests say they do not): decode as before.
  return new TextDecoder('utf-8').decode(bytes)
}

/** File signatures of binary formats a scraper might save under a text name. */
const signatures: ReadonlyArray<{bytes: readonly number[]; kind: string}> = [
  {bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image'},
  {bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image'},
  {bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image'},
  {bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF document'},
  {bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive (or a Word or OpenDocument file)'},
  {bytes: [0x1f, 0x8b], kind: 'gzip-compressed data'},
  {bytes: [0x52, 0x49, 0x46, 0x46], kind: 'RIFF media (WebP, WAV or AVI)'}
]

/** Name of the binary format `bytes` start with, if they start with a known signature. */
function binaryKind(bytes: Uint8Array): string | undefined {
  return signatures.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte))?.kind
}

/**
 * Whether bytes read like UTF-16 text saved without a BOM: in the first
 * bytes, NULs stand at every other place (the high bytes of ASCII letters).
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 512) & ~1
  if (length < 4) return false
  let even = 0
  let odd = 0
  for (let index = 0; index < length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even++
      else odd++
    }
  }
  const pairs = length / 2
  return (odd >= pairs * 0.5 && even === 0) || (even >= pairs * 0.5 && odd === 0)
}

/**
 * Decode UTF-16 after its BOM, refusing unpaired surrogates and a dangling
 * byte rather than replacing them silently.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: VFile): string | undefined {
  try {
    return decodeText(new TextDecoder(encoding, {fatal: true}).decode(bytes), file)
  } catch {
    // Lenient decoding puts U+FFFD where strict decoding failed: report there.
    const lenient = new TextDecoder(encoding).decode(bytes)
    const at = lenient.indexOf('\ufffd')
    refuse(
      file,
      'invalid-utf16',
      `Unexpected ${bytes.length % 2 === 1 ? 'odd number of bytes' : 'unpaired surrogate'}, expected ${encoding.toUpperCase()} text (the file starts with its byte order mark)`,
      placeInText(lenient, at === -1 ? lenient.length : at)
    )
    return undefined
  }
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
export function firstInvalidUtf8(bytes: Uint8Array): number {
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
