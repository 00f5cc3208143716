import type {Preset} from './types.js'

/**
 * The Guardian: the `Topics` tag list and `Reuse this content` under the
 * story, and the `Sign up to …` newsletter boxes inside it.
 */
export const guardian: Preset = {
  name: 'guardian',
  detect: [/^Reuse this content$/u, /\bLast modified on \p{Lu}\p{Ll}{2} \d{1,2} \p{Lu}\p{Ll}{2} \d{4}\b/u],
  remove: [
    {id: 'guardian-reuse', pattern: /^Reuse this content$/u},
    {id: 'guardian-newsletter', pattern: /^Sign up to (?:the )?[\p{L}\p{N} ’'&-]{1,60}$/u}
  ],
  endMarkers: [{id: 'guardian-topics', pattern: /^Topics$/u}]
}
