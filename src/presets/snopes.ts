import type {Preset} from './types.js'

/**
 * Snopes fact checks: the reader-support appeal that every page prints
 * inside and under the fact check (`Do you rely on Snopes reporting?`, `A
 * Word to Our Loyal Readers`, then the staff list and the letter).
 */
export const snopes: Preset = {
  name: 'snopes',
  detect: [/^Do you rely on Snopes reporting\?/u, /^Support Snopes\b/u],
  remove: [{id: 'snopes-support', pattern: /^Do you rely on Snopes reporting\? Click here to support it\.?$/u}],
  endMarkers: [{id: 'snopes-appeal', pattern: /^(?:Snopes\.com|A Word to Our Loyal Readers|Support Snopes and make a difference for readers everywhere\.)$/u}]
}
