/**
 * Reading a person's name from a byline or meta line: shared by the header
 * stage (which takes the byline) and the headline finder (which must not
 * take a byline for a headline).
 */
import {findDate, isDateLineWord, isDateWord, isTimeLine, withoutDates} from './date-line.js'
import {bylineLabels, metaFurniture, newsAgencies, notNameWords, roleWords} from './header-data.js'
import {allAfterNameWords, allAuthorLabels, allCoauthorWords, allBylineOpeners, allContactLabels, allCreditMarks, allCreditNouns, allGivenNames, allJobTitles, allNameConjunctions, allPublicationWords, allSectionWords, allStopWords, allTeamNames} from './language-data.js'
import {trailingLetters} from '../text.js'
import {characterClass, classesAdjacent, hasSurrogate, lowercaseClass, numberClass, surrogateClass, uppercaseClass} from '../character-class.js'

/** Particles inside names (`Alexa von Heyden`), which are stop words elsewhere. */
export const nameParticles = new Set(['van', 'von', 'der', 'den', 'de', 'du', 'da', 'del', 'la', 'le', 'di', 'dos', 'das', 'bin', 'al', 'ibn'])

/**
 * Particles that are articles elsewhere (`der`, `den`): inside a name only
 * after `von` or `van` (`Ute von der Heide`); alone between two capitalised
 * words they join the words of a phrase (`Aus der Region`, `Buch der Woche`).
 */
const articleParticles = new Set(['der', 'den', 'das'])

/** Particles that an article particle may follow. */
const leadingParticles = new Set(['van', 'von', 'vom'])

/** Two to five capitalised words, or particles: the shape of a person's name. */
const nameShape = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s[\p{L}\p{M}'’.-]+){0,4}$/u

/**
 * Whether a line is only a person's name: capitalised words (particles
 * aside), no stop word, no digit. Headlines of two words have this shape
 * too, so callers ask for a date or a `By` label next to it. Under a lone
 * label (`labelled`), a header word may open it: a newsroom signs with
 * its paper's name (`Von` / `Presse Augsburg`).
 */
export function isLoneName(text: string, minimumWords = 2, labelled = false): boolean {
  if (text.length > 50 || !nameShape.test(text)) return false
  const words = text.split(' ')
  if (words.length < minimumWords) return false
  // A header word opens a phrase, not a name (`Letzte Aktualisierung`
  // over a date); inside a name it is a team's (`Jane Doe Redaktion`).
  const first = (words[0] ?? '').toLowerCase()
  if ((notNameWords.has(first) && !labelled) || bylineLabelSet.has(first)) return false
  if (words.some((word) => allSectionWords.has(word.toLowerCase()))) return false
  // Whether the line is all capitals, asked once rather than for each word.
  let allCapitals: boolean | undefined
  for (const word of words) {
    const lower = word.toLowerCase()
    if (nameParticles.has(lower)) continue
    // A stop word in capitals in a line of mixed case is an acronym (`ET Online`).
    const acronym = word.length >= 2 && word === word.toUpperCase() && !(allCapitals ??= text === text.toUpperCase())
    if (!/^\p{Lu}/u.test(word) || (allStopWords.has(lower) && !acronym) || isDateWord(word)) return false
  }
  return true
}

/** Between the parts of a newsroom's credit: a slash, a comma, a conjunction or a word such as `with`. */
const creditPartSeparator = new RegExp(`\\s*[/,]\\s*|\\s+(?:${[...allNameConjunctions, ...allCoauthorWords].join('|')})\\s+`, 'iu')

/** Most parts of a newsroom's credit (`FR mit dpa`, `AFP/The Local`, `dpa/AFP/Reuters`). */
const maximumCreditParts = 4

/** A newsroom's short name: two to five capitals (`FR`, `SZ`, `NZZ`). */
const newsroomInitials = /^\p{Lu}{2,5}$/u

/** A publisher's name beside an agency: one to three capitalised words (`The Local`). */
const publisherName = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}$/u

/**
 * Whether a text is a newsroom's credit: a news agency, alone or with its
 * partner newsroom or publisher (`dpa`, `FR mit dpa`, `AFP/The Local`), as
 * pages sign agency copy where a byline names a person.
 */
export function isAgencyCredit(text: string): boolean {
  if (text.length > 60) return false
  const parts = text.trim().split(creditPartSeparator)
  if (parts.length > maximumCreditParts || !parts.some((part) => newsAgencies.has(part.toLowerCase()))) return false
  return parts.every((part) => newsAgencies.has(part.toLowerCase()) || newsroomInitials.test(part) || (parts.length > 1 && publisherName.test(part) && !allStopWords.has(part.toLowerCase())))
}

/** Between the names of a list: a comma, a conjunction, or both. */
const nameListSeparator = new RegExp(`\\s*,\\s*(?:(?:${[...allNameConjunctions].join('|')})\\s+)?|\\s+(?:${[...allNameConjunctions].join('|')})\\s+`, 'iu')

/** Most names of a list of authors. */
const maximumListNames = 6

/**
 * Whether a line is only a list of two or more names (`Jane Doe, John Roe`,
 * `Jane Doe und John Roe`), each of a name's shape.
 */
export function isNameList(text: string): boolean {
  if (text.length > 50 * maximumListNames) return false
  const names = text.split(nameListSeparator)
  return names.length >= 2 && names.length <= maximumListNames && names.every((name) => isLoneName(name))
}

/** Every label that introduces an author's name, of every language. */
export const allBylineLabels: readonly string[] = [...new Set([...bylineLabels, ...allAuthorLabels])]

/** The labels, to look a word up in. */
const bylineLabelSet: ReadonlySet<string> = new Set(allBylineLabels)

/** A label as a pattern: its letters literal (`kolumnist*in`), its colon optional. */
function labelPattern(label: string): string {
  return label.replace(/:$/u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** An alternation of labels, longest first so that `written by` wins over `by`. */
export function labelAlternation(labels: readonly string[]): string {
  return [...labels].sort((a, b) => b.length - a.length).map(labelPattern).join('|')
}

/** Labels that pages print alone on the line above the author's name. */
export const bylineLabel = new RegExp(
  `^(?:(?:written|posted|published)(?: on .{1,30})? by|by|von|par|por|di|door|av|af|geschrieben von|veröffentlicht von|(?:autor(?:in)?|author|auteur|autore)|${labelAlternation([...allAuthorLabels])})\\s*:?$`,
  'iu'
)

/**
 * A name as captured, without a month or weekday that the capitalised-word
 * run took along (`Jane Doe July 10, 2015`).
 */
export function cleanName(value: string): string {
  // A handle or a note in brackets after the name (`Jane Doe @janedoe`,
  // `Jane Doe (reporting) and …`) ends it.
  // So does an e-mail address, a credit (`Foto: …`) or meta furniture
  // (`Kategorien: …`, `Twitter Account von …`) that a byline rule took along.
  const cut = cutCredit(cutFurniture(unglueLabels(value.trim()))).replace(/\s+\S+@[\p{L}\p{N}-]+\.\S*.*$/u, '')
  // A note of co-authors in brackets (`Jane Doe (with John Roe and Erika
  // Muster)`) is part of the byline as the page prints it.
  const note = coauthorNote.exec(cut)
  const words = (note ? cut.slice(0, note.index) : cut)
    .replace(/\s*[@(].*$/u, '')
    .trim()
    .replace(/^.*$/u, withoutTitle)
    .replace(rolePrefix, '')
    .split(/\s+/u)
  // A date line's word after the name opens the date (`Jane Doe Updated Nov
  // 13, 2019`, `Jane Doe publiziert am 25. September 2018`); short ones are
  // name particles too (`de`, `di`).
  const dated = words.findIndex(
    (word, index) => index >= 2 && word.length > 3 && ((isDateLineWord(word) && !nameParticles.has(word.toLowerCase())) || (/^\p{Ll}/u.test(word) && allBylineOpeners.has(word)))
  )
  if (dated > 0) words.length = dated
  // A month, a weekday or a preposition that the capitalised-word run took
  // along (`Jane Doe On 12 May`, `Jane Doe Vom 3. Mai`).
  while (words.length > 1 && (isDateWord(words.at(-1) ?? '') || allStopWords.has((words.at(-1) ?? '').toLowerCase()))) words.pop()
  // The agency the name writes for, glued to it (`Jane Doe Associated
  // Press`); after a word such as `with` it is part of the byline (`Euronews with AP`).
  const agencyWords = words.length > 3 && newsAgencies.has(words.slice(-2).join(' ').toLowerCase()) ? 2 : words.length > 2 && newsAgencies.has((words.at(-1) ?? '').toLowerCase()) ? 1 : 0
  const beforeAgency = words.at(-1 - agencyWords) ?? ''
  if (agencyWords > 0 && /^\p{Lu}/u.test(beforeAgency) && !allStopWords.has(beforeAgency.toLowerCase())) words.length -= agencyWords
  // A publication's name glued to it (`Jane Doe Harbourrevue International`): the name ends before the word in front of the publication word.
  if (words.length >= 4 && allPublicationWords.has((words.at(-1) ?? '').toLowerCase()) && /^\p{Lu}/u.test(words.at(-2) ?? '')) words.length -= 2
  // A name that copying printed twice (`Jane Doe Jane Doe`) is one name.
  const half = words.length / 2
  if (words.length >= 4 && Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ')) words.length = half
  const name = words.join(' ').replace(/(?<=\p{L}{3})\.$/u, '')
  return note ? `${name} ${note[0].trim()}` : name
}

/** Whether a credit mark follows the name at the start of `text` (`Jane Doe 摄`). */
function creditAfter(text: string, name: string): boolean {
  if (!text.startsWith(name)) return false
  const rest = text.slice(name.length).trimStart()
  return allCreditMarks.some((mark) => rest.startsWith(mark))
}

/**
 * The name with the note of co-authors in brackets that closes the text
 * after it (`Jane Doe (with John Roe)`), as the page prints the byline.
 */
function withCoauthorNote(name: string, text: string): string {
  if (!text.endsWith(')') || !text.startsWith(name)) return name
  const note = coauthorNote.exec(text)
  return note && text.slice(name.length, note.index).trim() === '' ? `${name} ${note[0].trim()}` : name
}

/** Co-authors' names in brackets after the name, opened by `with` in some language and closing the text. */
const coauthorNote = new RegExp(`\\s\\((?:${[...allCoauthorWords].join('|')})\\s+\\p{Lu}[^()@]{2,80}\\)$`, 'iu')

/** Longest meta line read for a name. */
export const maximumMetaLength = 160

/** Most words of a name. */
export const maximumNameWords = 5

/** Labels in Han script, which stand glued to the words around them. */
const hanLabels = allBylineLabels.filter((label) => /\p{Script=Han}/u.test(label))

/** A byline label standing as a word, with an optional colon after it (Han labels glued on). */
export const labelInLine = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${labelAlternation(allBylineLabels)})\\s*(?::|\\s[–—-])?\\s+|(?:${labelAlternation(hanLabels)})\\s*[:：]?\\s*(?=\\p{Script=Han})`,
  'giu'
)

/** Conjunctions between names, as a pattern. */
const conjunctionAlternation = [...allNameConjunctions].join('|')

/**
 * The next name of a list after a name (`, John Roe`, ` und John Roe`, `,
 * and John Roe`): two to four capitalised words or particles.
 */
const nextListName = new RegExp(
  `^(\\s*,\\s*(?:(?:${conjunctionAlternation})\\s+)?|\\s+(?:${conjunctionAlternation})\\s+)(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|${[...nameParticles].join('|')})){0,3}?)(?=\\s*(?:$|[,;|]|\\s(?:${conjunctionAlternation})\\s|\\s\\p{N}))`,
  'iu'
)


/** Furniture after a name: the name ends where one starts. */
const furnitureAlternation = [...metaFurniture].sort((a, b) => b.length - a.length).join('|')
const furnitureInLine = new RegExp(`(?<![\\p{L}])(?:${furnitureAlternation})(?![\\p{L}])`, 'iu')

/** A job title after the name, glued on or after a comma (`Jane DoeStaff Writer`). */
const roleSuffix = new RegExp(
  `\\s*,?\\s*(?:${[...roleWords].sort((a, b) => b.length - a.length).join('|')})$|\\s*,\\s*(?:[\\p{L}.-]+\\s+){0,4}(?:${[...allJobTitles].sort((a, b) => b.length - a.length).join('|')})$`,
  'iu'
)

/**
 * A preposition label glued to the name by copying (`Veröffentlicht
 * vonJane Doe`, `PorJuan Pérez`): a label at a word's start right before a
 * capitalised word.
 */
const gluedLabel = /(?<![\p{L}])(?:[Vv]on|[Bb]y|BY|[Pp]or|[Pp]ar)(?=\p{Lu}[\p{Ll}.])|(?<=\p{N})(?:Author|Autor|Von|By)(?=\s)/gu

/** Meta furniture glued to the word before it (`LesezeitKommentare4`, `Jane DoeComments`). */
const gluedFurniture = new RegExp(
  `(?<=\\p{Ll})(?=(?:${[...metaFurniture].sort((a, b) => b.length - a.length).map((word) => (word[0] ?? '').toUpperCase() + word.slice(1)).join('|')})(?![\\p{Ll}]))`,
  'gu'
)

/** A capital right after a small letter or a digit, where copying glued two words. */
const gluedCapital = /[\p{Ll}\p{N}]\p{Lu}/u

/** A line with a space put back between a glued label and the name, and before glued furniture. */
export function unglueLabels(text: string): string {
  // Every glue sets a capital right after a small letter or a digit: most
  // lines have none. Character classes are looked up by hand: the pattern
  // cost more than a microsecond on a long line.
  if (!(classesAdjacent(text, lowercaseClass | numberClass, uppercaseClass) ?? gluedCapital.test(text))) return text
  const labelled = mayGlueLabel(text) ? text.replace(gluedLabel, (label, offset: number) => (/\d/u.test(text[offset - 1] ?? '') ? ` ${label}` : `${label} `)) : text
  return gluesFurniture(labelled) ? labelled.replace(gluedFurniture, ' ') : labelled
}

/**
 * Whether `gluedLabel` may match: a label's last letter (`n`, `y`, `Y`,
 * `r`) right before a capital, or a number right before a label's first
 * letter (`A`, `V`, `B`). A line with an astral character is left to the pattern.
 */
function mayGlueLabel(text: string): boolean {
  let previous = 0
  let previousCode = 0
  for (let at = 0; at < text.length; at++) {
    const current = characterClass(text, at)
    if ((current & surrogateClass) !== 0) return true
    const code = text.charCodeAt(at)
    if ((current & uppercaseClass) !== 0 && labelEnds.includes(previousCode)) return true
    if ((previous & numberClass) !== 0 && labelStarts.includes(code)) return true
    previous = current
    previousCode = code
  }
  return false
}

/** The last letters of `gluedLabel`'s labels before a capital (`von`, `by`, `BY`, `por`, `par`). */
const labelEnds: readonly number[] = [...'nyYr'].map((letter) => letter.charCodeAt(0))

/** The first letters of `gluedLabel`'s labels after a number (`Author`, `Autor`, `Von`, `By`). */
const labelStarts: readonly number[] = [...'AVB'].map((letter) => letter.charCodeAt(0))

/** The first word of every piece of meta furniture, lowercased. */
const furnitureFirstWords: ReadonlySet<string> = new Set(metaFurniture.map((piece) => piece.split(' ')[0] ?? piece))

/** Whether a capitalised word glued to a small letter opens a piece of furniture (`…2017Kommentare`). */
function gluesFurniture(text: string): boolean {
  // The words are found by hand as `/\p{Ll}(\p{Lu}\p{Ll}*)/gu` finds them,
  // left to right, character classes looked up (the pattern is slow on long
  // lines); a line with an astral character is left to the pattern.
  if (hasSurrogate(text)) return gluesFurnitureByPattern(text)
  let at = 1
  while (at < text.length) {
    if ((characterClass(text, at) & uppercaseClass) === 0 || (characterClass(text, at - 1) & lowercaseClass) === 0) {
      at++
      continue
    }
    let end = at + 1
    while (end < text.length && (characterClass(text, end) & lowercaseClass) !== 0) end++
    if (furnitureFirstWords.has(text.slice(at, end).toLowerCase())) return true
    // The next match starts after this one, as the pattern's would.
    at = end + 1
  }
  return false
}

/** `gluesFurniture` by its pattern, for lines with astral characters. */
function gluesFurnitureByPattern(text: string): boolean {
  for (const match of text.matchAll(/\p{Ll}(\p{Lu}\p{Ll}*)/gu)) if (furnitureFirstWords.has((match[1] ?? '').toLowerCase())) return true
  return false
}

/** A name without the job title glued or set after it (`Jane DoeStaff Writer`), or `undefined` when it has none. */
export function withoutRole(text: string): string | undefined {
  // Every title ends in a role word: most lines end in none, which a set lookup tells.
  if (!roleLastWords.has(trailingLetters(text).toLowerCase()) && !endsWithGluedRole(text)) return undefined
  const bare = withoutTitle(text)
  return bare === text || bare === '' ? undefined : bare
}

/** A name without its job title: whichever reading takes off more (`Jane DoeStaff Writer`, `Jane Doe education editor`). */
function withoutTitle(text: string): string {
  const suffixed = text.replace(roleSuffix, '')
  const trailing = withoutTrailingTitle(text)
  const bare = trailing.length < suffixed.length ? trailing : suffixed
  // A title that leaves one word was the name's (`Rasender Reporter`).
  return !bare.includes(' ') && text.trim().split(/\s+/u).length === 2 ? text : bare
}

/**
 * A name without a job title after it and no comma (`Jane Doe education
 * editor`, `Jane Doe Political Editor`): the title, with one word before it
 * that is not all capitals, after two words of the name at least.
 */
function withoutTrailingTitle(text: string): string {
  const words = text.split(/\s+/u)
  const last = (words.at(-1) ?? '').toLowerCase()
  if (words.length < 3 || !allJobTitles.has(last)) return text
  const modifier = words.at(-2) ?? ''
  // A function word before it makes it a phrase's noun (`Mehr vom Autor`).
  if (allStopWords.has(modifier.toLowerCase())) return text
  const keep = words.length >= 4 && /\p{Ll}/u.test(modifier) && !nameParticles.has(modifier.toLowerCase()) ? words.length - 2 : words.length - 1
  return words.slice(0, keep).join(' ')
}

/** The last word of every job title and role. */
const roleLastWords: ReadonlySet<string> = new Set([...roleWords, ...allJobTitles].map((role) => role.split(' ').at(-1) ?? role))

/** Whether the line's last word ends in a role word glued on (`DOESTAFF WRITER` aside, `DoeRedakteur`). */
function endsWithGluedRole(text: string): boolean {
  const last = trailingLetters(text).toLowerCase()
  for (const length of roleLengths) if (last.length > length && roleLastWords.has(last.slice(-length))) return true
  return false
}

/** The lengths of the role words, for looking up a word's endings. */
const roleLengths: readonly number[] = [...new Set([...roleLastWords].map((role) => role.length))]

/** A job title before the name, as one word (`FOCUS-Online-Experte Jane Doe`, `Reporter Jane Doe`). */
const rolePrefix = new RegExp(`^[\\p{L}-]*(?:${[...allJobTitles].sort((a, b) => b.length - a.length).join('|')})\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})`, 'iu')

/** Separators between the parts of a meta line. */
const metaParts = /\s*[|·•,/–—]\s*|\s+-\s+/u

/**
 * A user name as blogs print it (`uriebe`, `karstenruppert`, `HansEhrlich`,
 * `oz`): after a label, the words after it must still close it (`by oz on
 * May 3`), where `by far the best` goes on as a phrase.
 */
const userName = /^[\p{L}\p{N}][\p{L}\p{N}_./-]{1,30}$/u

/**
 * The name in a meta line: after a byline label (`22. Dezember 2019 von
 * Peter Addor`, `Blog post by Jane Doe | Kategorien: …`), or as the one part
 * left beside a date once dates, times, counts and furniture are taken out
 * (`26. September 2019 Jane Doe Schreibe einen Kommentar`, `JaneDoe
 * 17.10.2019, 13:56 Uhr`), unless `labelledOnly`. `undefined` when the
 * line holds no name.
 */
export function metaLineName(line: string, labelledOnly = false): string | undefined {
  // Tags or categories after the name (`Posted by Jane Doe at 18:52 Tagged
  // with: …`) may make a meta line long.
  const short = line.length > maximumMetaLength ? cutFurniture(line.slice(0, maximumMetaLength * 2)) : line
  if (short.length > maximumMetaLength || short.trim() === '') return undefined
  const text = unglueLabels(short)
  labelInLine.lastIndex = 0
  let match = labelInLine.exec(text)
  while (match) {
    // Han script writes no spaces: the words before a Han label cannot be told apart.
    if (!creditBefore(text, match.index) && (/^\p{Script=Han}/u.test(match[0]) || labelOpensMeta(text.slice(0, match.index)))) {
      // A noun label without a colon (`Autor kontaktieren`) is a button or
      // a tab as often as a label: only a capitalised name follows it.
      const userNames = match[0].includes(':') || !nounLabelWord.test(match[0].trim())
      const after = cutCredit(cutFurniture(text.slice(match.index + match[0].length)))
      const name = nameAt(after, false, userNames)
      if (name && !creditAfter(after, name)) return withCoauthorNote(name, after)
    }
    match = labelInLine.exec(text)
  }
  if (labelledOnly) return undefined
  // A relative time after the name dates it (`Jane Doe 1 day ago`).
  const relative = trailingRelativeTime.exec(text)
  if (relative && isTimeLine(relative[2] ?? '') && isLoneName((relative[1] ?? '').trim())) return cleanName((relative[1] ?? '').trim())
  // A relative time dates a meta line as a date does (`Jane Doe | Publicado hace 3 horas`).
  const pieces = text.split(metaParts)
  const timed = pieces.filter((piece) => isTimeLine(piece))
  // A part that is a short date (`06.11.23`) dates it too.
  const shortDated = pieces.some((piece) => /^\d{1,2}\.\d{1,2}\.\d{2}$/u.test(piece.trim()))
  if (!findDate(text) && !/(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])/u.test(text) && timed.length === 0 && !shortDated) return undefined
  const parts = cutCredit(cutFurniture(withoutDates(timed.length > 0 ? pieces.filter((piece) => !isTimeLine(piece)).join(' | ') : text, ' | ')))
    .split(metaParts)
    .map((part) => trimDateWords(part.replace(/(?<![\p{L}])\d+(?![\p{L}])|[()[\]{}:;!?]/gu, ' ')))
    // Parts of header words only (`3 min`, `Uhr`) are no candidates.
    .filter((part) => /\p{L}{2}/u.test(part) && !part.split(/\s+/u).every((word) => (notNameWords.has(word.toLowerCase()) && !allTeamNames.has(word.toLowerCase())) || isDateLineWord(word)))
  if (parts.length === 1) return nameAt(parts[0] ?? '', true)
  // Beside one-word parts (a section, a category), a full name is the
  // author (`Jane Doe 11/08/2020 Feelings`).
  // A row of many parts is a list of sections (`CSP / Photovoltaik / Top Solar News`).
  const names = parts.filter((part) => part.includes(' '))
  if (parts.length > 3) return undefined
  if (names.length === 1) return isLoneName(names[0] ?? '') ? cleanName(names[0] ?? '') : undefined
  // Beside the publisher's name (`The Guardian 02/10/2020 Jane Doe`), the one with a given name.
  const people = names.filter((part) => isLoneName(part) && allGivenNames.has((part.split(' ')[0] ?? '').toLowerCase()))
  // The other parts are names too (capitalised words), not a sentence's words.
  const named = names.every((part) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(part))
  return people.length === 1 && named ? cleanName(people[0] ?? '') : undefined
}

/** A picture credit's label (`Foto:`, `Photos:`). */
const creditLabel = new RegExp(`(?<![\\p{L}])(?:${[...allCreditNouns].join('|')})\\s*:`, 'iu')

function cutCredit(text: string): string {
  const found = creditLabel.exec(text)
  return found ? text.slice(0, found.index) : text
}

/** Labels that are nouns (`Autor`, `Text`), not prepositions. */
const nounLabelWord = /^(?:text[eo]?|autor(?:in|en)?|authors?|auteur|autore)$/iu

/**
 * Whether a picture noun stands right before the label at `index` (`Fotos
 * von Jane Doe`, `Bilder des Diktators von …`): a credit or a caption, not
 * a byline.
 */
function creditBefore(text: string, index: number): boolean {
  const words = text.slice(0, index).toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean)
  return words.slice(-3).some((word) => allCreditNouns.has(word))
}

/**
 * The co-authors at the start of `rest` with their separators (`, John
 * Roe und Erika Muster`), when a list of full names follows the first name
 * and the words after it close it; else `undefined`.
 */
function coauthors(rest: string): string | undefined {
  let remaining = rest
  let list = ''
  for (let count = 1; count < maximumListNames; count++) {
    const match = nextListName.exec(remaining)
    if (!match) break
    const next = match[2] ?? ''
    // After a bare comma a role or a desk may follow (`Jane Doe, AMP Project
    // Marketing`): a co-author there opens with a given name; a conjunction
    // vouches for any full name.
    const joined = /\p{L}/u.test(match[1] ?? '')
    const named = allGivenNames.has((next.split(/\s+/u)[0] ?? '').toLowerCase())
    if (!(allTeamNames.has(next.toLowerCase()) || (isLoneName(next) && (joined || named)))) break
    list += (match[1] ?? '').replace(/^\s+,/u, ',') + (match[2] ?? '')
    remaining = remaining.slice(match[0].length)
  }
  if (list === '') return undefined
  return closesName(remaining.trim().replace(/^[,;|]\s*/u, '| ').split(/\s+/u).filter(Boolean)) ? list : undefined
}

/** Most words (dates aside) before a label on a meta line. */
const maximumWordsBeforeLabel = 3

/**
 * Whether the words before a label leave it a label: none, dates and
 * times, meta words (`Posted in News`, `Veröffentlicht am`, `Ein Artikel`,
 * `Zum Profil`) or a copyright sign (`© 2019 Jane Doe`), at most three of
 * them. Any other word makes it a preposition of a phrase (`Leasing von
 * Autos`, `Look von Dolce & Gabbana`, `A post shared by …`).
 */
function labelOpensMeta(before: string): boolean {
  if (/©|\(c\)|copyright/iu.test(before)) return true
  // A date right before the label dates the line's post (`Stars 06.11.2023 13:30 von Jane Doe`).
  if (/\d[\s,.:|·•–—-]*$/u.test(before) && findDate(before)) return true
  // So does a copyright's year or years (`2009-2020 by Jane Doe`).
  if (/(?<!\d)\d{4}(?:\s*[-–]\s*\d{4})?\s*$/u.test(before)) return true
  const words = withoutDates(before)
    .split(/[^\p{L}'’*-]+/u)
    .filter((word) => /\p{L}/u.test(word) && !isDateWord(word) && !isDateLineWord(word))
  if (words.length === 0) return true
  if (words.length > maximumWordsBeforeLabel) return false
  if (allBylineOpeners.has((/^[\s|/•·–—-]*(\p{L}+)/u.exec(before)?.[1] ?? '').toLowerCase())) return true
  if (allBylineOpeners.has((words[0] ?? '').toLowerCase())) return true
  return words.every((word) => {
    const lower = word.toLowerCase()
    return allStopWords.has(lower) || notNameWords.has(lower) || allBylineOpeners.has(lower) || (metaFurniture.includes(lower) && !allContactLabels.has(lower))
  })
}

/** A relative time at the end of a line (`1 day ago`, `vor 2 Stunden`, `hace 3 horas`), for `isTimeLine` to confirm. */
const trailingRelativeTime = /^(.{3,60}?)\s+((?:vor|il y a|hace|há|před)\s+\S+\s+\S+|\S+\s+\S+\s+(?:ago|fa|geleden|atrás|назад|temu|sitten))$/iu

/** Whether the words after a name close it: nothing, a number, a date, or a date word before one. */
function closesName(rest: readonly string[]): boolean {
  const [first, second] = rest
  if (first === undefined || /^[\p{N}([|/•·–—-]/u.test(first) || isDateWord(first) || allAfterNameWords.has(first.toLowerCase()) || allCreditNouns.has(first.toLowerCase())) return true
  if (!isDateLineWord(first)) return false
  return second === undefined || /^[\p{N}]/u.test(second) || isDateWord(second)
}

/** A part of a meta line without the date words around it (`Published`, `Uhr`). */
function trimDateWords(part: string): string {
  const words = part.trim().split(/\s+/u)
  while (words.length > 0 && isDateLineWord(words[0] ?? '')) words.shift()
  while (words.length > 0 && isDateLineWord(words.at(-1) ?? '')) words.pop()
  return words.join(' ')
}

function cutFurniture(text: string): string {
  const found = furnitureInLine.exec(text)
  return found ? text.slice(0, found.index) : text
}

/**
 * Read a name at the start of `text`: capitalised words and particles, or a
 * user name (unless `userNames` is false). `whole` asks for a name that is
 * all of the text, as beside a date no label vouches for it.
 */
function nameAt(text: string, whole: boolean, userNames = true): string | undefined {
  const tokens = text.trim().split(/\s+/u).filter(Boolean)
  const taken: string[] = []
  let ended = false
  for (const raw of tokens) {
    // A first word with a colon is a label (`BY CUISINE:`), not a name.
    if (taken.length === 0 && /:$/u.test(raw)) break
    // A separator glued to the word ends the name there (`Jane Doe·24 September 2018`).
    const glued = raw.search(/[·•|]/u)
    const token = (glued > 0 ? raw.slice(0, glued) : raw).replace(/[,;|)\]]+$/u, '')
    const lower = token.toLowerCase()
    const last = token !== raw
    // A newsroom signs as a person does (`Redaktion`, `auto-motor.at Redaktion`).
    if (allTeamNames.has(lower)) {
      taken.push(token)
      ended = true
      break
    }
    // Han script has no capitals: a run of two to four characters after a label is a name.
    if (taken.length === 0 && /^\p{Script=Han}{2,4}$/u.test(token)) {
      taken.push(token)
      ended = true
      break
    }
    if (!/^[\p{L}]/u.test(token) || token.includes('@') || isDateWord(token) || notNameWords.has(lower) || allCreditNouns.has(lower)) break
    // A word of a name has two letters in a row, or is an initial (`J.`):
    // `A-Z` of `Themen von A-Z` is none.
    if (!/\p{L}{2}|^\p{Lu}\.$/u.test(token)) break
    if (articleParticles.has(lower) && !leadingParticles.has((taken.at(-1) ?? '').toLowerCase())) break
    if (/^\p{Lu}/u.test(token)) {
      // A name opens with a name, not a function word (`Aus der Region`).
      if (allStopWords.has(lower) && !nameParticles.has(lower)) break
      taken.push(token)
    } else if (taken.length > 0 && nameParticles.has(lower)) taken.push(token)
    else if (taken.length === 0 && userNames && userName.test(token) && !allStopWords.has(lower)) {
      taken.push(token)
      break
    } else break
    if (last) ended = true
    if (last || taken.length >= maximumNameWords) break
  }
  while (taken.length > 0 && nameParticles.has((taken.at(-1) ?? '').toLowerCase())) taken.pop()
  if (taken.length === 0) return undefined
  // Co-authors after the name (`Jane Doe und John Roe`, `Jane Doe, John
  // Roe`), each a full name: a single word after a comma is an agency.
  const list = tokens.length === taken.length || (ended && !tokens[taken.length - 1]?.endsWith(',')) ? undefined : coauthors((/,$/u.test(tokens[taken.length - 1] ?? '') ? ',' : '') + ' ' + tokens.slice(taken.length).join(' '))
  if (list) return cleanName(taken.join(' ').replace(/,$/u, '') + list)
  // A name ends its part of the line: what follows is a separator, a date
  // or a time (`von Jane Doe | 3. Mai`, `by Jane Doe on May 3`), else the
  // label was a preposition of a phrase (`Hilfe durch sozialen Wandel`).
  // Header words after the name are the post's sections (`3. Mai 2021 Jane
  // Doe Kultur`), which close it as well.
  const rest = tokens.slice(taken.length)
  const sections = rest.length > 0 && rest.every((token) => notNameWords.has(token.replace(/[,;|]+$/u, '').toLowerCase()))
  if (!ended && !sections && !closesName(rest)) return undefined
  if (whole) {
    if (taken.length !== tokens.length && !sections) return undefined
    // One capitalised word beside a date is a place or a section as often as
    // a name; a user name shows itself by a lowercase start or inner capitals.
    const only = taken[0] ?? ''
    if (taken.length === 1 && !/^\p{Ll}|\p{Ll}\p{Lu}/u.test(only) && !allTeamNames.has(only.toLowerCase())) return undefined
  }
  return cleanName(taken.join(' ').replace(/[.:]$/u, ''))
}
