import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'

/*
 * Eleventy 3 does three things per template by scanning an array of all
 * templates, which makes a build quadratic in its number of templates:
 *
 * - `TemplateMap#getMapEntryForInputPath` finds a template's map entry by
 *   linear search, three times per template (half a second of a
 *   4,000-article build, over a minute of a 40,000-article one);
 * - its dependency graph (`dependency-graph`'s `DepGraph`, circular mode)
 *   checks each new edge against the node's whole edge list, and the layout
 *   and the first collection stage have an edge to every template;
 * - ordering that graph looks each node up in the order built so far.
 *
 * The plugin gives these the indexes they lack, with the same answers in the
 * same order. Only the implementations of Eleventy 3.x and
 * `dependency-graph` 1.x are replaced, recognised by their source; anything
 * else is left as it is.
 */

interface MapEntry {
  inputPath: string
}

interface TemplateMapLike {
  map: MapEntry[]
}

type Lookup = (this: TemplateMapLike, inputPath: string) => MapEntry | undefined

/** What `DepGraph` keeps (dependency-graph 1.x). */
export interface GraphLike {
  nodes: Map<string, unknown>
  outgoingEdges: Map<string, string[]>
  incomingEdges: Map<string, string[]>
  circular: boolean
  hasNode(node: string): boolean
  addNode(node: string): void
}

interface Prototype {
  [name: string]: unknown
}

interface Constructor {
  prototype?: Prototype
}

/** The positions of a map's input paths, while the map has this length (entries are only ever appended). */
const mapIndexes = new WeakMap<MapEntry[], {length: number; positions: Map<string, number>}>()

function position(map: MapEntry[], path: string): number {
  let index = mapIndexes.get(map)
  if (!index || index.length !== map.length) {
    const positions = new Map<string, number>()
    for (const [at, entry] of map.entries()) if (!positions.has(entry.inputPath)) positions.set(entry.inputPath, at)
    index = {length: map.length, positions}
    mapIndexes.set(map, index)
  }
  return index.positions.get(path) ?? Number.POSITIVE_INFINITY
}

/**
 * The first entry of `map` whose input path is `inputPath` or
 * `absoluteInputPath`: what `map.find` answers, by index.
 */
export function findEntry<Entry extends MapEntry>(map: Entry[], inputPath: string, absoluteInputPath: string): Entry | undefined {
  const first = Math.min(position(map, inputPath), position(map, absoluteInputPath))
  return Number.isFinite(first) ? map[first] : undefined
}

/** Members of an edge list, while the list has this length (a removal changes it). */
const edgeIndexes = new WeakMap<string[], {length: number; members: Set<string>}>()

/**
 * Append `node` to an edge list unless it is there: what
 * `list.indexOf(node) === -1 && list.push(node)` does, by index.
 */
export function addEdge(list: string[], node: string): void {
  let index = edgeIndexes.get(list)
  if (!index || index.length !== list.length) {
    index = {length: list.length, members: new Set(list)}
    edgeIndexes.set(list, index)
  }
  if (index.members.has(node)) return
  list.push(node)
  index.members.add(node)
  index.length = list.length
}

/**
 * `DepGraph#overallOrder` of dependency-graph 1.0: depth-first, in the
 * same order, with the nodes already ordered kept in a set rather than
 * searched for in the order.
 */
export function overallOrder(graph: GraphLike, leavesOnly?: boolean): string[] {
  const result: string[] = []
  const keys = [...graph.nodes.keys()]
  if (keys.length === 0) return result
  if (!graph.circular) {
    const cycles = depthFirst(graph.outgoingEdges, false, [], graph.circular)
    for (const node of keys) cycles(node)
  }
  const search = depthFirst(graph.outgoingEdges, leavesOnly === true, result, graph.circular)
  for (const node of keys.filter((item) => graph.incomingEdges.get(item)?.length === 0)) search(node)
  if (graph.circular) {
    const ordered = new Set(result)
    for (const node of keys.filter((item) => !ordered.has(item))) search(node)
  }
  return result
}

/** dependency-graph 1.0's `createDFS`. */
function depthFirst(edges: Map<string, string[]>, leavesOnly: boolean, result: string[], circular: boolean): (start: string) => void {
  const visited = new Set<string>()
  return (start) => {
    if (visited.has(start)) return
    const inCurrentPath = new Set<string>()
    const currentPath: string[] = []
    const todo: Array<{node: string; processed: boolean}> = [{node: start, processed: false}]
    while (todo.length > 0) {
      const current = todo[todo.length - 1] as {node: string; processed: boolean}
      const node = current.node
      if (!current.processed) {
        if (visited.has(node)) {
          todo.pop()
          continue
        } else if (inCurrentPath.has(node)) {
          if (circular) {
            todo.pop()
            continue
          }
          currentPath.push(node)
          throw new CycleError(currentPath)
        }
        inCurrentPath.add(node)
        currentPath.push(node)
        const nodeEdges = edges.get(node) ?? []
        for (let index = nodeEdges.length - 1; index >= 0; index--) todo.push({node: nodeEdges[index] as string, processed: false})
        current.processed = true
      } else {
        todo.pop()
        currentPath.pop()
        inCurrentPath.delete(node)
        visited.add(node)
        if (!leavesOnly || edges.get(node)?.length === 0) result.push(node)
      }
    }
  }
}

/** As dependency-graph's `DepGraphCycleError` (only reached for graphs that are not circular; Eleventy's are). */
class CycleError extends Error {
  readonly cyclePath: string[]
  constructor(cyclePath: string[]) {
    super(`Dependency Cycle Found: ${cyclePath.join(' -> ')}`)
    this.name = 'DepGraphCycleError'
    this.cyclePath = cyclePath
  }
}

/** Whether a function's source, without white space, holds every one of `parts`. */
function written(value: unknown, parts: string[]): value is (...parameters: never[]) => unknown {
  if (typeof value !== 'function') return false
  const source = value.toString().replace(/\s+/gu, '')
  return parts.every((part) => source.includes(part))
}

/** Name of the environment variable that, set to `0`, leaves Eleventy's own lookups as they are. */
export const indexEleventyVariable = 'ELEVENTY_PLUGIN_WIRE_INDEX_ELEVENTY'

/** Eleventy source folders already indexed, so that each is patched once per process. */
const patched = new Set<string>()

/**
 * Index the Eleventy that `from` (a folder) resolves, once per process.
 * Never throws: when anything is not as expected, Eleventy keeps its own code.
 */
export async function indexEleventy(from: string): Promise<void> {
  let folder: string
  try {
    folder = dirname(createRequire(join(from, 'index.js')).resolve('@11ty/eleventy'))
  } catch {
    return
  }
  if (patched.has(folder)) return
  patched.add(folder)
  await Promise.all([indexTemplateMap(folder), indexDependencyGraph(folder)])
}

async function indexTemplateMap(folder: string): Promise<void> {
  try {
    const file = join(folder, 'TemplateMap.js')
    const utils = createRequire(file)('@11ty/eleventy-utils') as {TemplatePath?: {absolutePath?: unknown}}
    const absolutePath = utils.TemplatePath?.absolutePath
    const module = (await import(pathToFileURL(file).href)) as {default?: Constructor}
    const prototype = module.default?.prototype
    const original = prototype?.['getMapEntryForInputPath']
    if (!prototype || typeof absolutePath !== 'function') return
    if (!written(original, ['this.map.find(', 'entry.inputPath===inputPath||entry.inputPath===absoluteInputPath'])) return
    const lookup: Lookup = function (inputPath) {
      if (!Array.isArray(this.map)) return (original as Lookup).call(this, inputPath)
      return findEntry(this.map, inputPath, (absolutePath as (path: string) => string)(inputPath))
    }
    prototype['getMapEntryForInputPath'] = lookup
  } catch {
    // Another layout of Eleventy's files: its own search stays.
  }
}

async function indexDependencyGraph(folder: string): Promise<void> {
  try {
    const module = (await import(pathToFileURL(join(folder, 'Util', 'TemplateDepGraph.js')).href)) as {TemplateDepGraph?: Constructor}
    const prototype = module.TemplateDepGraph?.prototype
    if (!prototype) return
    const base = Object.getPrototypeOf(prototype) as Prototype | null
    if (!base) return
    const ownAdd = written(prototype['addDependency'], ['this.addNode(from)', 'this.addNode(to)', 'super.addDependency(from,to)'])
    const baseAdd = written(base['addDependency'], ['this.outgoingEdges.get(from).indexOf(to)===-1', 'this.incomingEdges.get(to).indexOf(from)===-1'])
    if (ownAdd && baseAdd && written(base['removeDependency'], ['.splice(idx,1)'])) {
      prototype['addDependency'] = function (this: GraphLike, from: string, to: string): void {
        if (!this.hasNode(from)) this.addNode(from)
        if (!this.hasNode(to)) this.addNode(to)
        addEdge(this.outgoingEdges.get(from) as string[], to)
        addEdge(this.incomingEdges.get(to) as string[], from)
      }
    }
    if (written(base['overallOrder'], ['createDFS(', 'result.indexOf(node)===-1'])) {
      // Between Eleventy's graph and `DepGraph`, so that Eleventy's
      // `super.overallOrder()` finds it and no other user of `DepGraph` does.
      const between = Object.create(base) as Prototype
      between['overallOrder'] = function (this: GraphLike, leavesOnly?: boolean): string[] {
        return overallOrder(this, leavesOnly)
      }
      Object.setPrototypeOf(prototype, between)
    }
  } catch {
    // Another layout of Eleventy's files: its own graph stays.
  }
}
