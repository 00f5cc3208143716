import type {Preset} from './types.js'

/**
 * The New York Times: `Continue reading the main story` and `Supported by`
 * between paragraphs, and the `A version of this article appears in print`
 * line that closes the story.
 */
export const newYorkTimes: Preset = {
  name: 'new-york-times',
  detect: [/^Continue reading the main story$/u, /^A version of this article appears in print on\b/u],
  remove: [
    {id: 'new-york-times-continue', pattern: /^(?:Continue reading the main story|Supported by|Share full article|Site Index|Site Information Navigation)$/u}
  ],
  endMarkers: [{id: 'new-york-times-print-edition', pattern: /^A version of this article appears in print on\b.{0,300}$/u}]
}
