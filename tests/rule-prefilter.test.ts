import {test} from 'uvu'
import * as assert from 'uvu/assert'
import type {LineRule, Preset} from '../src/presets/types.js'
import {builtinPresets, generic} from '../src/presets/index.js'
import {matchRule} from '../src/stages/article-state.js'
import type {RuleKind} from '../src/stages/article-state.js'
import {requiredStrings, ruleIndex} from '../src/stages/rule-prefilter.js'

const kinds: RuleKind[] = ['remove', 'relatedHeaders', 'endMarkers', 'authorLinks', 'commentHeaders', 'trailers', 'credits', 'bylines', 'datelines']

/** Lines of furniture and of prose, written for this test. */
const lines = [
  'Advertisement',
  'ANZEIGE',
  'Sponsored content',
  '-----',
  '• • •',
  'Home',
  'Über uns',
  'Main menu',
  'Share this article',
  'Share on Facebook | Twitter | Email',
  'Comments',
  '3 of 12',
  'Photo 2 / 7',
  'Read more: The harbour wall is rebuilt after the storms',
  'Lesen Sie auch: Der Hafen bekommt eine neue Mauer',
  'Читайте также: новая стена',
  'You might also like',
  'Related articles',
  'Похожие статьи',
  'Most popular',
  'By Jane Doe',
  'von Chris Jung',
  'Von Anna Schmidt und Ben Weber, 12.03.2021',
  'Posted by harbourwatch on March 3, 2021',
  'Photo: Jane Doe / Harbour Archive',
  'Foto: dpa',
  '© 2021 Harbour Times. All rights reserved.',
  'Alle Rechte vorbehalten',
  'Все права защищены',
  '© 2021 Портовая газета — все права защищены.',
  'Tous droits réservés – Le Port',
  'The council’s vote — “all rights reserved” — was quoted in full.',
  'Tags: harbour, council, storms',
  'Schlagworte: Hafen, Stadtrat',
  'Sign up for our newsletter',
  'Newsletter',
  'Subscribe to continue reading',
  'Already a subscriber? Log in',
  'This website uses cookies to improve your experience. We use cookies for analytics.',
  'Leave a comment',
  'Jane Doe said:',
  'jane on March 3, 2021 at 10:15 am said:',
  'Your cart is empty',
  'Ihr Warenkorb ist leer.',
  'Ich akzeptiere die Datenschutzbestimmungen und die AGB',
  'I agree to the terms of service',
  'HARBOUR TOWN (AP) — The council voted on Tuesday to rebuild the sea wall.',
  'LONDON (Reuters) - The council voted on Tuesday.',
  '(Additional reporting by Jane Doe; Editing by Ben Weber)',
  'Image caption The harbour wall after the storm',
  'The council voted on Tuesday to rebuild the sea wall, which the winter storms had broken in three places.',
  'Der Stadtrat hat am Dienstag beschlossen, die Hafenmauer wieder aufzubauen.',
  'Le conseil a voté mardi pour reconstruire la digue.',
  '港口城镇投票重建海堤',
  'Q&A: what the vote means',
  ''
]

/** Each line as written and changed in ways that case-insensitive matching ignores, or that put other characters first. */
function variants(line: string): string[] {
  return [
    line,
    line.toUpperCase(),
    line.toLowerCase(),
    `Ü${line}`,
    `é ${line}`,
    ` ${line}`,
    // `ſ` is `s` and the Kelvin sign is `k` under the `iu` flags.
    line.replace(/s/gu, 'ſ'),
    line.replace(/k/gu, '\u212a'),
    line.replace(/^(.)/u, 'ſ'),
    // Typographic characters make a line plain yet not ASCII; other letters make it neither.
    `${line} — ’`,
    `“${line}”`,
    line.replace(/ /gu, '\u00a0'),
    line.slice(1),
    line.slice(0, 2),
    `${line} ${line}`
  ]
}

/** The first rule that matches, asking every rule, as the stages did before any prefilter. */
function naive(presets: readonly Preset[], kind: RuleKind, text: string): LineRule | undefined {
  for (const preset of presets) {
    for (const rule of preset[kind] ?? []) {
      if (rule.pattern.test(text)) return rule
    }
  }
  return undefined
}

test('matchRule finds the rule asking every rule finds, whatever the prefilter skips', () => {
  const presets = [generic, ...builtinPresets.values()]
  let matched = 0
  for (const line of lines) {
    for (const text of variants(line)) {
      for (const kind of kinds) {
        // A new list each time: answers are kept per list.
        const found = matchRule([...presets], kind, text)?.rule
        assert.is(found?.id, naive(presets, kind, text)?.id, `${kind}: ${text}`)
        if (found) matched++
      }
    }
  }
  // The lines must exercise the rules, not only their absence.
  assert.ok(matched > 60, `only ${matched} matches`)
})

test('matchRule keeps answering the same for the same list and text', () => {
  const presets = [generic]
  for (const line of lines) {
    const first = matchRule(presets, 'remove', line)
    assert.is(matchRule(presets, 'remove', line), first, line)
  }
})

test('a rule whose string has no ASCII run is tried on lines that may hold it, and only those', () => {
  const rule: LineRule = {id: 'test-rights', pattern: /^(?=.{0,80}$).{0,40}?(?:все права защищены|tous droits réservés)/iu}
  const preset: Preset = {name: 'test', endMarkers: [rule]}
  assert.is(matchRule([preset], 'endMarkers', '© Газета — ВСЕ ПРАВА ЗАЩИЩЕНЫ')?.rule.id, 'test-rights')
  assert.is(matchRule([preset], 'endMarkers', '© Le Port – TOUS DROITS RÉSERVÉS')?.rule.id, 'test-rights')
  assert.is(matchRule([preset], 'endMarkers', 'All rights reserved — “quoted”'), undefined)
  assert.is(matchRule([preset], 'endMarkers', 'Все права'), undefined)
})

test('a length bound at the start of a pattern bounds only its own branch', () => {
  const rule: LineRule = {id: 'test-branches', pattern: /^(?=.{0,20}$)(?:load map|show map)|^(?=.{0,300}$).{0,200}?\bno consent given\b/iu}
  const preset: Preset = {name: 'test', remove: [rule]}
  assert.is(matchRule([preset], 'remove', 'Show map')?.rule.id, 'test-branches')
  assert.is(matchRule([preset], 'remove', 'We would show the harbour map here, but there was no consent given for it.')?.rule.id, 'test-branches')
  assert.is(matchRule([preset], 'remove', 'The council said it would show map after map of the flooded quays.'), undefined)
})

test('the start of anchored rules is read from their patterns', () => {
  const rule: LineRule = {id: 'test-label', pattern: /^(?:advert|werbung|реклама)$/iu}
  const preset: Preset = {name: 'test', remove: [rule]}
  assert.is(matchRule([preset], 'remove', 'ADVERT')?.rule.id, 'test-label')
  assert.is(matchRule([preset], 'remove', 'Реклама')?.rule.id, 'test-label')
  assert.is(matchRule([preset], 'remove', 'Werbung')?.rule.id, 'test-label')
  assert.is(matchRule([preset], 'remove', 'An advert'), undefined)
  assert.equal(requiredStrings(rule.pattern), ['advert', 'werbung', 'реклама'])
})

test('a pattern of many branches is gated on strings of a few letters, not on the letter its words end in', () => {
  // Too many strings for one gate in all: each branch gives its fewest, and
  // `updates|news` share only their last letter, which nearly every line holds.
  const pattern =
    /^(?:(?:get|receive) (?:regular|weekly|daily|monthly) (?:updates|news)\b|.{0,80}?\bwe (?:inform|notify|update) (?:you|readers|subscribers) (?:regularly|weekly|daily)\b|.{0,80}?\b(?:members|subscribers|readers) (?:enjoy|receive|get) exclusive (?:offers|benefits|discounts|content)\b)/iu
  const strings = requiredStrings(pattern) ?? []
  assert.ok(strings.length > 0, 'gated')
  assert.ok(
    strings.every((string) => string.length >= 3),
    `strings of a few letters: ${JSON.stringify(strings)}`
  )
})

test('every built-in rule is gated, so that no rule runs its pattern on every line', () => {
  // A rule's gate is lost without a sound when its pattern gives more
  // required strings than a gate takes; it then runs on every line of
  // every text, which showed only as a slower build.
  const ungated: string[] = []
  for (const preset of builtinPresets.values()) {
    for (const kind of kinds) {
      const rules = preset[kind]
      if (!rules) continue
      const index = ruleIndex(rules)
      for (const [position, rule] of rules.entries()) {
        if (!index.gates[position]) ungated.push(`${preset.name} ${kind} ${rule.id}`)
      }
    }
  }
  assert.equal(ungated, [])
})

test.run()
