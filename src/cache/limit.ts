/**
 * Run at most `limit` of the given tasks at a time, the rest in call order.
 *
 * Eleventy asks for every template's data at once, so 40,000 article texts
 * would otherwise be opened together and hit the open-file limit (`EMFILE`).
 *
 * @param limit
 *   Tasks running at once.
 * @returns
 *   A function that runs a task when a slot is free and gives its result.
 */
export function createLimit(limit: number): <Result>(task: () => Promise<Result>) => Promise<Result> {
  let running = 0
  const waiting: Array<() => void> = []
  return async function <Result>(task: () => Promise<Result>): Promise<Result> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}
