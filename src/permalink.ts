/**
 * Slugs and permalinks that cannot leave the output folder.
 */

/** Longest slug, in characters; cut at a hyphen. */
const maximumSlugLength = 80

/** Rounds of percent-decoding before a permalink counts as obfuscated. */
const maximumDecodeRounds = 8

/**
 * Slug of a headline: letters and digits of any script, lowercased,
 * diacritics dropped, everything else one hyphen. Never empty, never a dot
 * segment, so it is always one safe path segment.
 */
export function slugify(title: string): string {
  let slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
  if (slug.length > maximumSlugLength) {
    const cut = slug.lastIndexOf('-', maximumSlugLength)
    slug = slug.slice(0, cut > 20 ? cut : maximumSlugLength).replace(/-+$/u, '')
  }
  return slug === '' ? 'article' : slug
}

/**
 * Check a permalink from front matter or the `permalink` option: it must be
 * a URL path inside the output folder. Returns the reason it is not, in the
 * “expected” form, or `undefined` when it is fine.
 *
 * Percent-escapes are decoded (repeatedly, as a chain of servers might)
 * before segments are checked, so `%2e%2e` and `%252e%252e` count as `..`.
 * A `%` that starts no escape is an ordinary character (Eleventy writes it
 * as is), and a permalink still changing after many rounds is refused.
 */
export function checkPermalink(permalink: string): string | undefined {
  let decoded = permalink
  let stable = false
  for (let round = 0; round < maximumDecodeRounds; round++) {
    // Byte by byte: only ASCII (`.`, `/`, `\`, controls) matters to the checks
    // below, and a lone or malformed escape cannot make decoding throw.
    const next = decoded.replace(/%([\da-f]{2})/giu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    if (next === decoded) {
      stable = true
      break
    }
    decoded = next
  }
  if (!stable) return 'a permalink without nested percent-escapes'
  if (decoded.trim() === '') return 'a non-empty path'
  if (/[\u0000-\u001f\u007f]/u.test(decoded)) return 'a path without control characters'
  if (decoded.includes('\\')) return 'a path with `/` separators, not `\\`'
  if (/^[a-z]:/iu.test(decoded) || /^[a-z][a-z\d+.-]*:\/\//iu.test(decoded)) return 'a path inside the output folder, not a drive or a URL'
  if (decoded.startsWith('//')) return 'a path inside the output folder, not a network path'
  for (const segment of decoded.split('/')) {
    // Only dots (and spaces, which Windows drops from the end of a name):
    // `.`, `..`, and `...` or `.. ` that some file systems read as `..`.
    if (/^[. ]+$/u.test(segment) && segment.includes('.')) return 'a path without `.` or `..` segments'
  }
  return undefined
}
