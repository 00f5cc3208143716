/**
 * Recognise a line that is only a publication date (`Published 14 September
 * 2020, 18:40`, `Sept. 14, 2020`, `14.09.2020 um 18:40 Uhr`, `2020-09-14`).
 */

import {classesAdjacent, lowercaseClass, uppercaseClass} from '../character-class.js'

/** Month names and abbreviations by language; the index is the month. */
const monthNames: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'января', 'январь', 'stycznia', 'يناير', 'جانفي'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'февраля', 'февраль', 'lutego', 'فبراير', 'فيفري'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'mrt', 'марта', 'март', 'marca', 'مارس'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апреля', 'апрель', 'kwietnia', 'أبريل', 'أفريل'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'мая', 'май', 'maja', 'مايو', 'ماي'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'июня', 'июнь', 'czerwca', 'يونيو', 'جوان'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'июля', 'июль', 'lipca', 'يوليو', 'جويلية'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'августа', 'август', 'sierpnia', 'أغسطس', 'أوت'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'сентября', 'сентябрь', 'września', 'سبتمبر'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'октября', 'октябрь', 'października', 'أكتوبر'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'listopada', 'نوفمبر'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'декабря', 'декабрь', 'grudnia', 'ديسمبر']
]

const monthIndex = new Map<string, number>()
for (const [index, names] of monthNames.entries()) for (const name of names) monthIndex.set(name, index + 1)

const monthPattern = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|')

/**
 * No digit after the year, unless copying glued a time (`202200:00`) or the
 * next date's day (`28. Juni 201914. Januar 2020`) to it.
 */
const gluedAfterYear = '(?!\\d(?!\\d?[:.h]\\d{2}|\\d?\\.\\s?\\p{L}))'

/**
 * `14 September 2020`, `14. September 2020`, `14 de septiembre de 2020`; a
 * time that copying glued to the year (`202200:00`) does not hide it.
 */
const dayMonthYear = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(${monthPattern})\\.?,?\\s+(?:de\\s+)?(\\d{4})${gluedAfterYear}`, 'iu')
/** `September 14, 2020`, `Sept. 14 2020`. */
const monthDayYear = new RegExp(`(?<![\\p{L}])(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${gluedAfterYear}`, 'iu')
/** `2020-09-14`, with an optional time. */
const isoDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u
/** `14.09.2020`, `14/09/2020`. */
const numericDate = new RegExp(`(?<!\\d)(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${gluedAfterYear}`, 'u')

/** Weekday names by language. */
const weekdayNames: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'maandag', 'dinsdag', 'woensdag', 'donderdag',
  'vrijdag', 'zaterdag', 'zondag'
]

const weekdays: ReadonlySet<string> = new Set(weekdayNames)

/** Words that may stand around a date on a date line. */
const dateWords = new RegExp(
  `(?<![\\p{L}])(?:${[
    'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'am', 'um', 'uhr', 'veröffentlicht', 'aktualisiert',
    'stand', 'zuletzt', 'publié', 'publie', 'le', 'mis', 'à', 'a', 'jour', 'actualizado', 'publicado', 'el', 'pubblicato',
    'aggiornato', 'il', 'gepubliceerd', 'bijgewerkt', 'op', 'gmt', 'utc', 'cet', 'cest', 'et', 'edt', 'est', 'bst', 'pm',
    'às', 'em', 'atualizado', 'de', 'del', 'of', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'mo', 'di', 'mi', 'do',
    'fr', 'sa', 'so', 'erstellt', 'geändert', 'created', 'edited', 'publiée', 'publicada', 'actualizada', 'julkaistu',
    'päivitetty', 'publikováno', 'aktualizováno', 'opublikowano', 'zaktualizowano'
  ].join('|')}|${weekdayNames.join('|')})(?![\\p{L}])`,
  'giu'
)

/**
 * Whether a word is a month or weekday name (any case, trailing period ignored).
 */
export function isDateWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.,]$/u, '')
  return monthIndex.has(lower) || weekdays.has(lower)
}



/** Days of each month in a common year. */
const monthDays: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * A calendar date as `YYYY-MM-DD`, or `undefined` when there is no such day
 * (`31.04.2020`). Worked out by hand, as a `Date` would (Gregorian leap
 * years, four-digit years only): building a `Date` and its ISO string was a
 * hot spot of a parse.
 */
function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return undefined
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (day > (monthDays[month - 1] ?? 0) + (leap && month === 2 ? 1 : 0)) return undefined
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/**
 * Whether a text holds four digits in a row (`\d{4}`): the year that every
 * date form below requires. Counted by hand, which is cheaper than the
 * pattern on every line.
 */
export function hasFourDigits(text: string): boolean {
  let run = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 48 && code <= 57) {
      run++
      if (run === 4) return true
    } else run = 0
  }
  return false
}

/** A calendar date found in a text: `YYYY-MM-DD`, and the text's part that gave it. */
export interface FoundDate {
  date: string
  match: string
}

/**
 * Find a calendar date in text; returns `YYYY-MM-DD` and the matched part.
 */
export function findDate(text: string): FoundDate | undefined {
  // Each of the four forms below holds a four-digit year: a line without
  // four digits in a row (most lines) skips the month-name alternations,
  // which were a hot spot of a parse.
  if (!hasFourDigits(text)) return shortYearDate(text)
  const found = findFullDate(text)
  if (found || !(classesAdjacent(text, lowercaseClass, uppercaseClass) ?? gluedCapital.test(text))) return found
  // Copying may glue the month to the word before it (`Associated PressDecember 2, 2016`).
  const parted = findFullDate(text.replace(gluedCapitals, '$1 $2'))
  return parted && text.includes(parted.match) ? parted : undefined
}

/** A capital right after a small letter, where copying glued two words. */
const gluedCapital = /\p{Ll}\p{Lu}/u
const gluedCapitals = /(\p{Ll})(\p{Lu})/gu

function findFullDate(text: string): FoundDate | undefined {
  let match = isoDate.exec(text)
  if (match) {
    const date = iso(Number(match[1]), Number(match[2]), Number(match[3]))
    if (date) return {date, match: match[0]}
  }
  match = dayMonthYear.exec(text)
  if (match) {
    const date = iso(Number(match[3]), monthIndex.get((match[2] ?? '').toLowerCase()) ?? 0, Number(match[1]))
    if (date) return {date, match: match[0]}
  }
  match = monthDayYear.exec(text)
  if (match) {
    const date = iso(Number(match[3]), monthIndex.get((match[1] ?? '').toLowerCase()) ?? 0, Number(match[2]))
    if (date) return {date, match: match[0]}
  }
  match = numericDate.exec(text)
  if (match) {
    const first = Number(match[1])
    const second = Number(match[3])
    // Day first, as most of the world writes it, unless that cannot be.
    const date = second > 12 && match[2] === '/' ? iso(Number(match[4]), first, second) : iso(Number(match[4]), second, first)
    if (date) return {date, match: match[0]}
  }
  return undefined
}

/**
 * `19.10.19, 18:56`, `1.11.23 20:19`: a day, a month and a two-digit year
 * with dots, read only where a time of day follows, so that version and
 * chapter numbers (`1.11.23`) stay what they are.
 */
const shortYearNumericDate = /(?<![\d./\p{L}])(\d{1,2})([./])(\d{1,2})\2(\d{2}),?\s+\d{1,2}:\d{2}(?![\d.])(\s?[ap]\.?m\b)?/iu

function shortYearDate(text: string): FoundDate | undefined {
  // The form needs a time's colon, which most lines lack.
  if (!text.includes(':')) return undefined
  const match = shortYearNumericDate.exec(text)
  if (!match) return undefined
  const first = Number(match[1])
  const second = Number(match[3])
  // Slashes with a 12-hour time are American, month first (`9/11/13 10:00AM`).
  const monthFirst = match[2] === '/' && match[5] !== undefined && first <= 12
  const date = monthFirst ? iso(2000 + Number(match[4]), first, second) : iso(2000 + Number(match[4]), second, first)
  // The match is the date without its time, as the other forms match.
  return date ? {date, match: `${match[1]}${match[2]}${match[3]}${match[2]}${match[4]}`} : undefined
}

/** Longest line read as a date line. */
export const maximumDateLineLength = 120

/**
 * The date of a line that is only a date (with a time, a weekday and words
 * such as `Published`), as `YYYY-MM-DD`; `undefined` for any other line.
 * `known` is what `findDate(text)` returned (`null` for nothing), when the
 * caller has asked already: the line is then not searched again.
 */
export function parseDateLine(text: string, known?: FoundDate | null): string | undefined {
  if (text.length > maximumDateLineLength) return undefined
  // A line that is only a day, a month and a two-digit year (`23.09.22`) is a date line.
  const bare = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2})\s*$/u.exec(text)
  if (bare) return iso(2000 + Number(bare[3]), Number(bare[2]), Number(bare[1]))
  const found = known === undefined ? findDate(text) : (known ?? undefined)
  if (!found) return undefined
  const rest = text
    .replace(found.match, ' ')
    .replace(/\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?/gu, ' ')
    .replace(dateWords, ' ')
    .replace(/[\p{P}\p{S}\d]+/gu, ' ')
    .trim()
  return rest.split(/\s+/u).filter(Boolean).length <= 2 ? found.date : undefined
}

/**
 * Words of relative times and reading times, by language, as data: the
 * units (`minutes`, `Stunden`), and the words around them (`ago`, `vor`,
 * `read`, `Lesezeit`).
 */
const timeUnits =
  'sec(?:ond)?s?|min(?:ute)?s?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sekunden|minuten|min\\.?|stunden?|std\\.?|tagen?|wochen?|monate?n?|jahren?|secondes?|heures?|jours?|semaines?|mois|ans?|segundos?|minutos?|horas?|días?|semanas?|meses|años?|secondi|minuti|ore|giorni|settimane|mesi|anni|uur|dagen|weken|maanden|jaar|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem|měsíci|měsícem|lety|rokem|минуту|минуты|минут|час|часа|часов|день|дня|дней|недели|недель|месяца|месяцев|minuty|minutę|godzinę|godziny|godzin|dni|dzień|tygodnie|tygodni|miesiące|miesięcy|minuuttia|tuntia|tunti|päivää|päivä|viikkoa|kuukautta'

/**
 * A line that is only a time of day (`1:39 PM ET`), a relative time
 * (`3 hours ago`, `vor 4 Monaten`, `il y a 2 jours`) or a reading time
 * (`8 min read`, `Lesedauer 4 Minuten`), possibly with separators: header
 * furniture that carries no date.
 */
const timeLine = new RegExp(
  `^(?:(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[a-z]{1,4}\\s?)?(?:${'et|gmt|utc|cet|cest|edt|est|bst|pt|pst|pdt|uhr|h'}))?)|(?:(?:vor|il y a|hace|há|ha|před)\\s+)?(?:\\d{1,3}|an?|one|einem|einer)\\s+(?:${timeUnits})(?:\\s+(?:ago|fa|geleden|atrás|назад|temu|sitten|read|reading time|lesezeit|lesedauer|de lecture|de lectura|di lettura|leestijd))?|(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)\\s*:?\\s*(?:ca\\.?\\s*)?\\d{1,3}\\s+(?:${timeUnits}))$`,
  'iu'
)

/**
 * Whether a line is only a time of day, a relative time or a reading time,
 * with separators (`·`, `|`) around it.
 */
export function isTimeLine(text: string): boolean {
  if (text.length > 60) return false
  // Each form holds a digit or a word of one (`an hour ago`): most lines hold neither.
  if (!hasDigit(text) && !numberWord.test(text)) return false
  const bare = text.replace(/^[\s|·•—–-]+|[\s|·•—–-]+$/gu, '')
  if (timeLine.test(bare)) return true
  // A date word may label the time (`Erstellt: vor 4 Stunden`, `Publicado hace 3 horas`).
  const label = /^(\p{L}+)\s*:?\s+/u.exec(bare)
  return label !== null && isDateLineWord(label[1] ?? '') && timeLine.test(bare.slice(label[0].length))
}

/** Whether a text holds a digit (`\d`: ASCII only), counted by hand. */
function hasDigit(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

/**
 * The words that stand for a number in `timeLine` (`a`, `an`, `one`,
 * `einem`, `einer`) before a space: a line with no digit needs one. No other
 * character case-folds to their letters.
 */
const numberWord = /(?:an?|one|einem|einer)\s/iu

/** Times of day (`16:14`, `3.46 PM`, `10h30`). */
const timeOfDay = /\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?/giu

/**
 * A line without its dates and times, for reading what else a meta line
 * holds (`12.03.2021, 16:14 Uhr Jane Doe` → ` Uhr Jane Doe`). Dates that copying printed twice are all taken out;
 * `separator` stands where a date or a time stood. `known` is what
 * `findDate(text)` returned (`null` for nothing), when the caller has asked
 * already: the line is then not searched again for its first date.
 */
export function withoutDates(text: string, separator = ' ', known?: FoundDate | null): string {
  let rest = text
  for (let round = 0; round < 3; round++) {
    const found = round === 0 && known !== undefined ? (known ?? undefined) : findDate(rest)
    if (!found) break
    rest = rest.replace(found.match, separator)
  }
  return rest.replace(timeOfDay, separator)
}

/** One word that date lines print around a date. */
const dateLineWord = new RegExp(`^${dateWords.source}$`, 'iu')

/**
 * Whether a word is one that date lines print around a date (`Published`,
 * `Uhr`, `am`, a weekday), any case.
 */
export function isDateLineWord(word: string): boolean {
  return dateLineWord.test(word.replace(/[.,:]$/u, ''))
}
