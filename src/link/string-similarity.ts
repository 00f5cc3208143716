/**
 * Jaro–Winkler similarity of two words, in [0, 1].
 *
 * Suited to respellings: it rewards a shared start (names and words keep
 * their first letters when transliterated: Svetlana, Sviatlana) and forgives
 * a vowel changed or doubled in the middle.
 */
export function jaroWinkler(left: string, right: string): number {
  if (left === right) return 1
  const a = [...left]
  const b = [...right]
  if (a.length === 0 || b.length === 0) return 0
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const matchedA = new Array<boolean>(a.length).fill(false)
  const matchedB = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let index = 0; index < a.length; index++) {
    const start = Math.max(0, index - window)
    const end = Math.min(b.length - 1, index + window)
    for (let other = start; other <= end; other++) {
      if (matchedB[other] || a[index] !== b[other]) continue
      matchedA[index] = true
      matchedB[other] = true
      matches++
      break
    }
  }
  if (matches === 0) return 0
  let transpositions = 0
  let other = 0
  for (let index = 0; index < a.length; index++) {
    if (!matchedA[index]) continue
    while (!matchedB[other]) other++
    if (a[index] !== b[other]) transpositions++
    other++
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

/**
 * Dice coefficient of the character bigrams of two words, in [0, 1].
 */
export function bigramDice(left: string, right: string): number {
  if (left === right) return 1
  const a = bigrams(left)
  const b = bigrams(right)
  if (a.length === 0 || b.length === 0) return 0
  const counts = new Map<string, number>()
  for (const gram of a) counts.set(gram, (counts.get(gram) ?? 0) + 1)
  let shared = 0
  for (const gram of b) {
    const count = counts.get(gram) ?? 0
    if (count > 0) {
      shared++
      counts.set(gram, count - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}

function bigrams(value: string): string[] {
  const characters = [...value]
  const result: string[] = []
  for (let index = 0; index + 1 < characters.length; index++) result.push(characters[index]! + characters[index + 1]!)
  return result
}

/**
 * Edit distance of two words (insertions, deletions, substitutions and
 * swaps of two neighbours), or `limit + 1` as soon as it exceeds `limit`:
 * a respelling changes one or two letters, so the search stops early.
 */
export function editDistance(left: string, right: string, limit: number): number {
  const a = [...left]
  const b = [...right]
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previousPrevious: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let row = 1; row <= a.length; row++) {
    const current = [row]
    let best = row
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1
      let value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost)
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, previousPrevious[column - 2]! + 1)
      }
      current.push(value)
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    previousPrevious = previous
    previous = current
  }
  return Math.min(previous[b.length]!, limit + 1)
}
