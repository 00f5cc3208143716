import type {LinkTarget} from '../src/link/link-index.js'
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {LinkIndex} from '../src/link/link-index.js'

// Headlines written for these tests; none is from a real page.
function target(name: string, title: string, aliases: readonly string[] = []): LinkTarget {
  return {inputPath: `articles/${name}.md`, url: `/${name}/`, title, aliases}
}

const site = [
  target('harbour', 'Harbour cranes stand idle as dock workers strike for a second week'),
  target('orchard', 'Orchard growers count losses after late frost in Południe valley'),
  target('council', 'Town council says new bridge will open before winter'),
  target('choir', 'Svetlana Morozova leads the children’s choir on its first tour abroad'),
  target('marathon', 'Marathon day 30: runners cross the desert in record heat'),
  target('zürich', 'Zürich tram network gets forty new low-floor vehicles'),
  target('library', 'Library reopens with a reading room for night owls', ['Library to reopen with a reading room for night owls']),
  target('ferry-a', 'Ferry timetable changes for the island route this summer'),
  target('ferry-b', 'Ferry timetables change for the island route this summer'),
  target('museum', 'Museum returns bronze masks to the village they were taken from'),
  target('hub', 'Weekly roundup of the region’s news')
]

const index = new LinkIndex(site)

function resolve(headline: string): {target: string | null; match: string} {
  const result = index.resolve(headline, 'articles/hub.md')
  return {target: result.target?.url ?? null, match: result.match}
}

test('exact: the headline as is', () => {
  assert.equal(resolve('Town council says new bridge will open before winter'), {target: '/council/', match: 'exact'})
})

test('normalized: quotes, case, spaces, dashes and diacritics folded', () => {
  assert.equal(resolve("Svetlana Morozova Leads The Children's Choir On Its First Tour Abroad"), {target: '/choir/', match: 'normalized'})
  assert.equal(resolve('Town\u00a0council  says new bridge will open before winter '), {target: '/council/', match: 'normalized'})
  assert.equal(resolve('Marathon day 30 – runners cross the desert in record heat'), {target: '/marathon/', match: 'normalized'})
  assert.equal(resolve('Zurich tram network gets forty new low-floor vehicles'), {target: '/zürich/', match: 'normalized'})
  // Letters decomposition keeps whole: ł is folded to l.
  assert.equal(resolve('Orchard growers count losses after late frost in Poludnie valley'), {target: '/orchard/', match: 'normalized'})
})

test('suffix: a site name after the headline', () => {
  assert.equal(resolve('Harbour cranes stand idle as dock workers strike for a second week | Coastal Courier'), {target: '/harbour/', match: 'suffix'})
  assert.equal(resolve('Museum returns bronze masks to the village they were taken from — Daily Lantern'), {target: '/museum/', match: 'suffix'})
})

test('suffix: a clause that is part of a title is not a site name', () => {
  // `dock workers strike` is in a title of the site: not taken for a site name.
  assert.equal(resolve('Library reopens with a reading room for night owls - dock workers strike').target, null)
})

test('suffix: learned from the site’s own titles', () => {
  const withSuffix = new LinkIndex([
    target('a', 'Rain expected all weekend | Valley Post'),
    target('b', 'Bakery wins regional bread prize | Valley Post'),
    target('c', 'Cyclists ask for safer crossings | Valley Post')
  ])
  const result = withSuffix.resolve('Bakery wins regional bread prize', 'articles/hub.md')
  assert.is(result.target?.url, '/b/')
  assert.is(result.match, 'suffix')
})

test('suffix: learned from related headlines when a title mentions the site', () => {
  const targets = [target('a', 'Valley Post editor retires after forty years'), target('b', 'Bakery wins regional bread prize')]
  const headlines = ['Bakery wins regional bread prize - Valley Post', 'Something else entirely happens - Valley Post']
  assert.is(new LinkIndex(targets).resolve(headlines[0]!, 'hub').target, undefined)
  assert.is(new LinkIndex(targets, {headlines}).resolve(headlines[0]!, 'hub').target?.url, '/b/')
})

test('kicker: a short leading label', () => {
  assert.equal(resolve('WATCH: Harbour cranes stand idle as dock workers strike for a second week'), {target: '/harbour/', match: 'kicker'})
  assert.equal(resolve('Analysis: Town council says new bridge will open before winter'), {target: '/council/', match: 'kicker'})
  assert.equal(resolve('LIVE - Marathon day 30: runners cross the desert in record heat'), {target: '/marathon/', match: 'kicker'})
  assert.equal(resolve('Opinion: Museum returns bronze masks to the village they were taken from | Daily Lantern'), {target: '/museum/', match: 'kicker'})
})

test('prefix: a headline cut off with an ellipsis', () => {
  assert.equal(resolve('Museum returns bronze masks to the…'), {target: '/museum/', match: 'prefix'})
  assert.equal(resolve('Harbour cranes stand idle as dock...'), {target: '/harbour/', match: 'prefix'})
  // The cut may fall inside the last word.
  assert.equal(resolve('Orchard growers count losses after late fro…'), {target: '/orchard/', match: 'prefix'})
})

test('prefix: too few words, or the start of two titles, stays unlinked', () => {
  assert.is(resolve('Museum returns…').target, null)
  assert.equal(resolve('Ferry timetable changes for…'), {target: '/ferry-a/', match: 'prefix'})
  assert.equal(resolve('Ferry timetable…').target, null)
})

test('prefix: a number cut short is another number', () => {
  assert.is(resolve('Marathon day 3…').target, null)
})

test('fuzzy: a name spelled another way', () => {
  const result = index.resolve('Sviatlana Morozova leads the children’s choir on its first tour abroad', 'articles/hub.md')
  assert.is(result.target?.url, '/choir/')
  assert.is(result.match, 'fuzzy')
  assert.ok(result.score > 0.9 && result.score < 1)
})

test('fuzzy: a headline updated after publication', () => {
  assert.equal(resolve('Town council said new bridge would open before winter'), {target: '/council/', match: 'fuzzy'})
  assert.equal(resolve('Harbour cranes stood idle as dock workers strike for a second week').target, null)
  assert.equal(resolve('Harbour cranes stands idle as dock workers strike for a second week'), {target: '/harbour/', match: 'fuzzy'})
})

test('fuzzy: respelling with a kicker and a site name', () => {
  assert.equal(resolve('Explainer: Museum returns bronze masks to the vyllage they were taken from'), {target: '/museum/', match: 'fuzzy'})
})

test('aliases match like titles', () => {
  assert.equal(resolve('Library to reopen with a reading room for night owls'), {target: '/library/', match: 'exact'})
  assert.equal(resolve('WATCH: Library To Reopen With A Reading Room For Night Owls'), {target: '/library/', match: 'kicker'})
})

test('trap: another number is another article', () => {
  assert.equal(resolve('Marathon day 31: runners cross the desert in record heat'), {target: null, match: 'none'})
  assert.equal(resolve('Marathon day 30: runers cross the desert in record heat').target, '/marathon/')
})

test('trap: another name is another article', () => {
  assert.equal(resolve('Natalia Morozova leads the children’s choir on its first tour abroad'), {target: null, match: 'none'})
  assert.equal(resolve('Town council says new tunnel will open before winter'), {target: null, match: 'none'})
})

test('trap: two near-identical titles on the site stay unlinked', () => {
  assert.equal(resolve('Ferry timetable change for the island route this summer'), {target: null, match: 'ambiguous'})
})

test('trap: a headline from elsewhere', () => {
  assert.equal(resolve('Parliament debates the new fishing quotas'), {target: null, match: 'none'})
  assert.equal(resolve('Harbour pilots strike for a second week'), {target: null, match: 'none'})
})

test('a page never links to itself', () => {
  assert.equal(index.resolve('Weekly roundup of the region’s news', 'articles/hub.md'), {target: undefined, match: 'none', score: 0})
  assert.equal(index.resolve('Weekly roundup of the regions news', 'articles/other.md').target?.url, '/hub/')
  // Naming itself with a typo does not send the reader to a neighbour.
  assert.is(index.resolve('Ferry timetable changes for the island route this sommer', 'articles/ferry-a.md').target, undefined)
})

test('duplicate headlines are ambiguous', () => {
  const twins = new LinkIndex([target('a', 'Storm closes mountain pass'), target('b', 'Storm Closes Mountain Pass')])
  assert.is(twins.resolve('Storm closes mountain pass', 'hub').match, 'exact')
  assert.is(twins.resolve('storm closes mountain pass', 'hub').match, 'ambiguous')
})

test.run()
