import type {Preset} from './types.js'
import {agenceFrancePresse} from './agence-france-presse.js'
import {associatedPress} from './associated-press.js'
import {euronews} from './euronews.js'
import {generic} from './generic.js'
import {reuters} from './reuters.js'

/**
 * Presets that ship with the plugin, by name. `generic` always applies; the
 * others apply when their `detect` patterns match a line, or when named.
 */
export const builtinPresets: ReadonlyMap<string, Preset> = new Map(
  [generic, euronews, associatedPress, reuters, agenceFrancePresse].map((preset) => [preset.name, preset])
)

export {generic} from './generic.js'
