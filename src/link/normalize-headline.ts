/**
 * Fold a headline to a key that survives how pages display it: Unicode
 * compatibility forms, curly quotes, dashes, case and white space
 * (no-break spaces included).
 */
export function normalizeHeadline(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim()
    .toLowerCase()
}

/** A site name appended to a headline: ` | Site`, ` - Site`, ` — Site`. */
const siteSuffix = /\s+[|–—-]\s+[^|–—-]{1,60}$/u

/**
 * Remove a trailing ` | Site` style suffix from a headline.
 */
export function stripSiteSuffix(value: string): string {
  return value.replace(siteSuffix, '')
}
