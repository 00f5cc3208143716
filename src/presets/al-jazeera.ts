import type {Preset} from './types.js'

/**
 * Al Jazeera: the story closes with `SOURCE: Al Jazeera and news agencies`.
 */
export const alJazeera: Preset = {
  name: 'al-jazeera',
  detect: [/^SOURCE: Al Jazeera\b/iu],
  endMarkers: [{id: 'al-jazeera-source', pattern: /^SOURCE: [\p{L} ,&'’-]{2,80}$/iu}],
  // A box of related headlines between paragraphs is headed `More:`.
  relatedHeaders: [{id: 'al-jazeera-more', pattern: /^More:$/u}]
}
