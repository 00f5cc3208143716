import type {Preset} from './types.js'
import {agenceFrancePresse} from './agence-france-presse.js'
import {alJazeera} from './al-jazeera.js'
import {associatedPress} from './associated-press.js'
import {bbc} from './bbc.js'
import {cnn} from './cnn.js'
import {euronews} from './euronews.js'
import {generic} from './generic.js'
import {guardian} from './guardian.js'
import {medium} from './medium.js'
import {newYorkTimes} from './new-york-times.js'
import {reuters} from './reuters.js'
import {snopes} from './snopes.js'

/**
 * Presets that ship with the plugin, by name. `generic` always applies; the
 * others apply when their `detect` patterns match a line, or when named.
 */
export const builtinPresets: ReadonlyMap<string, Preset> = new Map(
  [generic, euronews, associatedPress, reuters, agenceFrancePresse, bbc, guardian, cnn, newYorkTimes, alJazeera, medium, snopes].map(
    (preset) => [preset.name, preset]
  )
)

export {generic} from './generic.js'
