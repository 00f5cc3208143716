import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'

/**
 * Eleventy 3 finds a template's entry in its template map by a linear
 * search (`TemplateMap#getMapEntryForInputPath`, three times per template
 * in every build): quadratic in the number of templates, half a second of a
 * 4,000-article build and fifteen seconds of a 40,000-article one. This
 * gives it an index with the same answers: the first entry, in map order,
 * whose input path is the one asked or its absolute path.
 *
 * Only Eleventy's own implementation is replaced (recognised by its source);
 * another Eleventy, or one that already indexes, is left as it is.
 */
interface MapEntry {
  inputPath: string
}

interface TemplateMapLike {
  map: MapEntry[]
}

type Lookup = (this: TemplateMapLike, inputPath: string) => MapEntry | undefined

interface TemplateMapModule {
  default?: {prototype?: {getMapEntryForInputPath?: Lookup}}
}

interface EleventyUtils {
  TemplatePath?: {absolutePath?: (path: string) => string}
}

/** The positions of a map's input paths, while the map has this length (entries are only ever appended). */
const indexes = new WeakMap<MapEntry[], {length: number; positions: Map<string, number>}>()

/** Template maps already indexed, by module file, so that each is patched once per process. */
const patched = new Set<string>()

function position(map: MapEntry[], path: string): number {
  let index = indexes.get(map)
  if (!index || index.length !== map.length) {
    const positions = new Map<string, number>()
    for (const [at, entry] of map.entries()) if (!positions.has(entry.inputPath)) positions.set(entry.inputPath, at)
    index = {length: map.length, positions}
    indexes.set(map, index)
  }
  return index.positions.get(path) ?? Number.POSITIVE_INFINITY
}

/**
 * Index the template map of the Eleventy that `from` (a folder) resolves,
 * once per process. Never throws: when anything is not as expected, Eleventy
 * keeps its own search.
 */
export async function indexTemplateMap(from: string): Promise<void> {
  try {
    const require = createRequire(join(from, 'index.js'))
    const file = join(dirname(require.resolve('@11ty/eleventy')), 'TemplateMap.js')
    if (patched.has(file)) return
    patched.add(file)
    const utils = require(createRequire(file).resolve('@11ty/eleventy-utils')) as EleventyUtils
    const absolutePath = utils.TemplatePath?.absolutePath
    const module = (await import(pathToFileURL(file).href)) as TemplateMapModule
    const prototype = module.default?.prototype
    const original = prototype?.getMapEntryForInputPath
    if (!prototype || typeof original !== 'function' || typeof absolutePath !== 'function') return
    // Eleventy 3's linear search, and nothing else.
    const source = original.toString().replace(/\s+/gu, '')
    if (!source.includes('this.map.find(') || !source.includes('entry.inputPath===inputPath||entry.inputPath===absoluteInputPath')) return
    prototype.getMapEntryForInputPath = function (this: TemplateMapLike, inputPath: string): MapEntry | undefined {
      if (!Array.isArray(this.map)) return original.call(this, inputPath)
      const first = Math.min(position(this.map, inputPath), position(this.map, absolutePath(inputPath)))
      return Number.isFinite(first) ? this.map[first] : undefined
    }
  } catch {
    // Another layout of Eleventy's files: its own search stays.
  }
}
