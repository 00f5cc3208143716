/**
 * The read limit: never more tasks at once than allowed, every result given
 * back, failures passed on without losing a slot.
 */
import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {createLimit} from '../src/cache/limit.js'

test('runs at most `limit` tasks at once and gives every result', async () => {
  const limit = createLimit(3)
  let running = 0
  let most = 0
  const results = await Promise.all(
    Array.from({length: 50}, (_, index) =>
      limit(async () => {
        running++
        most = Math.max(most, running)
        await new Promise<void>((resolve) => setImmediate(resolve))
        running--
        return index
      })
    )
  )
  assert.is(most, 3)
  assert.equal(results, Array.from({length: 50}, (_, index) => index))
})

test('a failing task passes its error on and frees its slot', async () => {
  const limit = createLimit(1)
  const failed = limit(async () => {
    throw new Error('boom')
  })
  const error = await failed.then(
    () => undefined,
    (reason: unknown) => reason
  )
  assert.instance(error, Error)
  assert.is(await limit(async () => 'next'), 'next')
})

test.run()
