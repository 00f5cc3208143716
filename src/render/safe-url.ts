/** Schemes a link in article text may use; everything else is dropped. */
const allowedSchemes = new Set(['http', 'https', 'mailto'])

/**
 * Return `url` when it is safe to put in an `href`, else `undefined`.
 *
 * Relative URLs and fragments pass; absolute URLs pass only with an allowed
 * scheme. The scheme is read the way browsers read it (control characters and
 * white space stripped first), so `java\tscript:` and ` javascript:` are
 * caught as well as `javascript:`, `data:` and `vbscript:`.
 */
export function safeUrl(url: string): string | undefined {
  // Browsers drop these characters anywhere in a URL before parsing it.
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '')
  if (cleaned === '') return undefined
  const scheme = /^([a-z][a-z\d+.-]*):/iu.exec(cleaned)
  if (scheme) return allowedSchemes.has((scheme[1] ?? '').toLowerCase()) ? url.trim() : undefined
  // Protocol-relative URLs (`//host`) and backslash forms leave the site.
  if (/^[/\\]{2}/u.test(cleaned)) return undefined
  return url.trim()
}
