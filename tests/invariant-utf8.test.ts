/**
 * `decodeText` lets a strict `TextDecoder` decide whether bytes are UTF-8
 * and looks for the first bad byte by hand (`firstInvalidUtf8`) only when it
 * refuses them. The two must agree on every input: bytes the decoder takes
 * have no bad byte by hand, and bytes it refuses have one. Checked on
 * every boundary of the UTF-8 table and on seeded random bytes dense in
 * multi-byte sequences.
 */
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {firstInvalidUtf8} from '../src/decode.js'
import {seededRandom} from './seeded-random.js'

const strict = new TextDecoder('utf-8', {fatal: true})

function decoderTakes(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes)
    return true
  } catch {
    return false
  }
}

function agree(bytes: Uint8Array): void {
  if (decoderTakes(bytes) !== (firstInvalidUtf8(bytes) === -1)) {
    assert.unreachable(`decoder and firstInvalidUtf8 disagree on ${[...bytes].map((byte) => byte.toString(16)).join(' ')}`)
  }
}

test('every lead byte with every second byte, and the three- and four-byte edges', () => {
  for (let lead = 0; lead < 256; lead++) {
    agree(Uint8Array.of(lead))
    for (let second = 0; second < 256; second++) {
      agree(Uint8Array.of(lead, second))
      agree(Uint8Array.of(0x61, lead, second, 0x62))
      // Only three- and four-byte leads read a third byte.
      if (lead < 0xe0) continue
      for (const third of [0x00, 0x7f, 0x80, 0xbf, 0xc0, 0xff]) {
        agree(Uint8Array.of(lead, second, third))
        for (const fourth of [0x00, 0x80, 0xbf, 0xc0]) agree(Uint8Array.of(lead, second, third, fourth))
      }
    }
  }
})

test('seeded random bytes, mostly well-formed sequences with a few flaws', () => {
  const random = seededRandom(8_192)
  const pieces = [[0x61], [0x20], [0xc3, 0xa9], [0xe2, 0x80, 0x99], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0x9f, 0xbf], [0xef, 0xbb, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf]]
  let refused = 0
  for (let index = 0; index < 50_000; index++) {
    const bytes: number[] = []
    const length = 1 + Math.floor(random() * 12)
    for (let piece = 0; piece < length; piece++) {
      if (random() < 0.05) bytes.push(Math.floor(random() * 256))
      else bytes.push(...(pieces[Math.floor(random() * pieces.length)] ?? []))
    }
    const array = Uint8Array.from(bytes)
    if (!decoderTakes(array)) refused++
    agree(array)
  }
  assert.ok(refused > 1000 && refused < 49_000, `${refused} refused: the input must hold both kinds`)
})

test.run()
