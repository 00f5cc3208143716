import {countWordsAnyScript, endsLikeSentence} from '../text.js'
import {allStopWords} from './language-data.js'

/**
 * What a line looks like as text, before anyone knows where it stands:
 * `content` is running prose (long, punctuated or rich in stop words),
 * `short` is everything else (menu items, button labels, headlines of link
 * lists, subheadings, captions cut short).
 */
export type LineKind = 'content' | 'short'

/**
 * Shallow text features of a line (jusText, boilerpipe).
 */
export interface LineFeatures {
  /** Words, two unspaced-script characters counting as one. */
  words: number
  /** Share of the line's words that are stop words of some language. */
  stopRatio: number
  /** Whether the line ends like a sentence. */
  sentence: boolean
  /** Prose or not. */
  kind: LineKind
}

/** Fewest words of a punctuated line that reads as prose. */
const minimumSentenceWords = 8

/** Fewest words of an unpunctuated line that reads as prose when its stop words say so. */
const minimumUnpunctuatedWords = 20

/** Share of stop words above which an unpunctuated long line is prose. */
const minimumStopRatio = 0.15

/** Words, as `countWords` reads them, for counting and stop-word lookup. */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu

/** Han, kana, Hangul and Thai blocks: scripts written without spaces. */
const unspacedHint = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u

/**
 * Measure a line.
 */
export function lineFeatures(text: string): LineFeatures {
  // One pass counts words and stop words; the unspaced-script count only
  // runs on lines that have such characters at all.
  const words = unspacedHint.test(text) ? countWordsAnyScript(text) : undefined
  let total = 0
  let stops = 0
  wordPattern.lastIndex = 0
  let match = wordPattern.exec(text)
  while (match) {
    total++
    if (allStopWords.has(match[0].toLowerCase())) stops++
    match = wordPattern.exec(text)
  }
  const stopRatio = total === 0 ? 0 : stops / total
  const sentence = endsLikeSentence(text)
  const count = words ?? total
  const content =
    (sentence && count >= minimumSentenceWords) || (count >= minimumUnpunctuatedWords && stopRatio >= minimumStopRatio)
  return {words: count, stopRatio, sentence, kind: content ? 'content' : 'short'}
}
