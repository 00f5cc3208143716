import type {Preset} from './types.js'

/**
 * Associated Press wire copy: `CITY, Country (AP) —` datelines, a `___` rule
 * before contributor notes, and follow-us lines.
 */
export const associatedPress: Preset = {
  name: 'associated-press',
  detect: [/\(AP\)\s?[—–-]/u, /\bAssociated Press\b/u],
  remove: [
    {id: 'associated-press-follow', pattern: /^Follow AP(?:['’]s)? (?:coverage|news) .{1,200}$/u}
  ],
  datelines: [
    {
      id: 'associated-press-dateline',
      pattern: /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:, [\p{L}\p{M} .'’-]{1,40})? \(AP\) ?[—–-])/u
    }
  ]
}
