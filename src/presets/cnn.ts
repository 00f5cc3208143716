import type {Preset} from './types.js'

/**
 * CNN: `WASHINGTON (CNN) —` datelines, `Related: headline` links inside the
 * story and the `CNNMoney (New York) First published …` line that closes it.
 */
export const cnn: Preset = {
  name: 'cnn',
  detect: [/\(CNN(?:Money|Business)?\)/u, /^CNN(?:Money|Business)?(?: \([^)]{1,40}\))? First published\b/u],
  remove: [{id: 'cnn-related-link', pattern: /^Related: \S.{0,200}$/u}],
  endMarkers: [{id: 'cnn-first-published', pattern: /^CNN(?:Money|Business)?(?: \([^)]{1,40}\))? First published\b.{0,80}$/u}],
  datelines: [
    {
      id: 'cnn-dateline',
      pattern: /^((?:\p{Lu}[\p{Lu}\p{M} .,'’-]{1,50} )?\(CNN(?:Money|Business)?\)) ?[—–-]?/u
    }
  ]
}
