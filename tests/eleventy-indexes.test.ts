/**
 * The indexes the plugin gives Eleventy answer as Eleventy's own scans do:
 * the same map entry, the same edges, the same order.
 */
import {execFileSync} from 'node:child_process'
import {DepGraph} from 'dependency-graph'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {seededRandom} from './seeded-random.js'
import {addEdge, findEntry, overallOrder} from '../src/eleventy-indexes.js'
import type {GraphLike} from '../src/eleventy-indexes.js'

test('findEntry finds what a linear search finds, duplicates and absolute paths included', () => {
  const map = ['./a.txt', './b.txt', '/site/c.txt', './c.txt', './a.txt', '/site/b.txt'].map((inputPath, index) => ({inputPath, index}))
  const absolute = (path: string) => path.replace(/^\.\//u, '/site/')
  for (const path of ['./a.txt', './b.txt', './c.txt', './d.txt', '/site/b.txt']) {
    const expected = map.find((entry) => entry.inputPath === path || entry.inputPath === absolute(path))
    assert.is(findEntry(map, path, absolute(path)), expected, path)
  }
  // Entries appended later are found.
  map.push({inputPath: './d.txt', index: map.length})
  assert.is(findEntry(map, './d.txt', '/site/d.txt')?.index, 6)
})

/** Two graphs, Eleventy's way and the indexed way, with the same operations. */
function twin(circular: boolean): {plain: GraphLike & DepGraph<string>; indexed: GraphLike & DepGraph<string>; add(from: string, to: string): void} {
  const plain = new DepGraph<string>({circular}) as GraphLike & DepGraph<string>
  const indexed = new DepGraph<string>({circular}) as GraphLike & DepGraph<string>
  return {
    plain,
    indexed,
    add(from, to) {
      for (const graph of [plain, indexed]) {
        if (!graph.hasNode(from)) graph.addNode(from)
        if (!graph.hasNode(to)) graph.addNode(to)
      }
      plain.addDependency(from, to)
      addEdge(indexed.outgoingEdges.get(from) as string[], to)
      addEdge(indexed.incomingEdges.get(to) as string[], from)
    }
  }
}

test('addEdge and overallOrder match dependency-graph on random graphs, cycles and removals included', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const next = seededRandom(seed)
    const graphs = twin(true)
    const size = 3 + Math.floor(next() * 40)
    const name = () => `n${Math.floor(next() * size)}`
    for (let step = 0; step < size * 3; step++) {
      const roll = next()
      if (roll < 0.8) graphs.add(name(), name())
      else if (roll < 0.9) {
        const [from, to] = [name(), name()]
        if (graphs.plain.hasNode(from) && graphs.plain.hasNode(to)) {
          graphs.plain.removeDependency(from, to)
          graphs.indexed.removeDependency(from, to)
        }
      } else {
        const node = name()
        graphs.plain.removeNode(node)
        graphs.indexed.removeNode(node)
      }
    }
    assert.equal([...graphs.indexed.outgoingEdges], [...graphs.plain.outgoingEdges], `edges, seed ${seed}`)
    assert.equal([...graphs.indexed.incomingEdges], [...graphs.plain.incomingEdges], `edges, seed ${seed}`)
    assert.equal(overallOrder(graphs.indexed), graphs.plain.overallOrder(), `order, seed ${seed}`)
    assert.equal(overallOrder(graphs.indexed, true), graphs.plain.overallOrder(true), `leaves, seed ${seed}`)
  }
})

test('overallOrder of a graph that must not have cycles throws on one, as dependency-graph does', () => {
  const graphs = twin(false)
  graphs.add('a', 'b')
  graphs.add('b', 'c')
  assert.equal(overallOrder(graphs.indexed), graphs.plain.overallOrder())
  graphs.add('c', 'a')
  assert.throws(() => graphs.plain.overallOrder(), /Dependency Cycle Found: a -> b -> c -> a/u)
  assert.throws(() => overallOrder(graphs.indexed), /Dependency Cycle Found: a -> b -> c -> a/u)
})

/**
 * Whether Eleventy's template map looks entries up with its own scan after
 * the plugin is added and a build starts, in a fresh process (indexing is
 * process-wide, once).
 */
function ownLookupAfterBuild(environment: Record<string, string>): boolean {
  const script = `
    import Eleventy from '@11ty/eleventy'
    import plugin from './src/index.ts'
    import {mkdtempSync, rmSync} from 'node:fs'
    import {createRequire} from 'node:module'
    import {tmpdir} from 'node:os'
    import {dirname, join} from 'node:path'
    import {pathToFileURL} from 'node:url'
    const folder = dirname(createRequire(join(process.cwd(), 'index.js')).resolve('@11ty/eleventy'))
    const {default: TemplateMap} = await import(pathToFileURL(join(folder, 'TemplateMap.js')).href)
    const input = mkdtempSync(join(tmpdir(), 'wire-index-'))
    const eleventy = new Eleventy(input, join(input, '_site'), {quietMode: true, config: (config) => config.addPlugin(plugin)})
    await eleventy.toJSON()
    rmSync(input, {recursive: true, force: true})
    process.stdout.write(String(TemplateMap.prototype.getMapEntryForInputPath.toString().includes('this.map.find(')))
  `
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    cwd: new URL('..', import.meta.url),
    env: {...process.env, ...environment},
    encoding: 'utf8'
  })
  return output.trim().endsWith('true')
}

test('ELEVENTY_PLUGIN_WIRE_INDEX_ELEVENTY=0 leaves Eleventy as shipped; unset, the plugin indexes it', () => {
  assert.is(ownLookupAfterBuild({ELEVENTY_PLUGIN_WIRE_INDEX_ELEVENTY: '0'}), true)
  assert.is(ownLookupAfterBuild({ELEVENTY_PLUGIN_WIRE_INDEX_ELEVENTY: ''}), false)
})

test.run()
