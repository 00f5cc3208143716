import type {Preset} from './types.js'

/**
 * Euronews article pages: share widgets whose labels copying runs together,
 * the video-embed box, and a `You might also like` list.
 */
export const euronews: Preset = {
  name: 'euronews',
  detect: [/\beuronews\b/iu, /^Share this article(?:Comments|Close Button)$/u],
  remove: [
    {id: 'euronews-share', pattern: /^Share this article(?:Comments|Close Button)?$/u},
    {
      id: 'euronews-embed',
      pattern: /^Copy\/paste the article video embed link below:(?:Copy to clipboard)?(?:Copied)?$/u
    },
    {id: 'euronews-views', pattern: /^Now Reading$|^Most viewed$/u}
  ],
  relatedHeaders: [{id: 'euronews-related', pattern: /^You might also like$/u}]
}
