import type {Preset} from './types.js'

/**
 * Agence France-Presse wire copy: `PARIS, Jan 1 (AFP) -` datelines.
 */
export const agenceFrancePresse: Preset = {
  name: 'agence-france-presse',
  detect: [/\(AFP\)\s?[—–-]/u],
  datelines: [
    {
      id: 'agence-france-presse-dateline',
      pattern: /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:, [\p{L}\p{M} .0-9]{1,40})? \(AFP\) ?[—–-])/u
    }
  ]
}
