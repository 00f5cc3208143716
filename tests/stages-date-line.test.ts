import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {findDate, isTimeLine, parseDateLine} from '../src/stages/date-line.js'

test('a date whose year copying glued to the next date or a time is still found', () => {
  assert.is(findDate('3. März 202112. April 2022')?.date, '2021-03-03')
  assert.is(parseDateLine('7.5.202209:30 updated 7.5.202209:30'), '2022-05-07')
  assert.is(findDate('Order 12.03.20211'), undefined)
})

test('month names are language data: Russian, Polish and Arabic months are read', () => {
  assert.is(findDate('3 марта 2021, 10:15')?.date, '2021-03-03')
  assert.is(findDate('3 marca 2021')?.date, '2021-03-03')
  assert.is(findDate('3 مارس 2021')?.date, '2021-03-03')
})

test('a two-digit year is read only with a time after it', () => {
  assert.is(parseDateLine('19.10.19, 18:56'), '2019-10-19')
  assert.is(findDate('1.11.23 20:19 von Jane Example')?.date, '2023-11-01')
  assert.is(findDate('Version 1.11.23'), undefined)
  assert.is(parseDateLine('23.09.22'), '2022-09-23')
  assert.is(parseDateLine('9/11/13 10:00AM'), '2013-09-11')
})

test('a month glued to the word before it is still read', () => {
  assert.is(parseDateLine('Associated PressDecember 2, 2016'), '2016-12-02')
})

test('a relative time may carry a date word as its label', () => {
  assert.ok(isTimeLine('Erstellt: vor 4 Stunden'))
  assert.ok(isTimeLine('Publicado hace 3 horas'))
  // Czech relative times are data too (`před 2 hodinami`: two hours ago).
  assert.ok(isTimeLine('před 2 hodinami'))
  // Relative times that put their word after the number are data too.
  assert.ok(isTimeLine('3 ore fa'))
  assert.ok(isTimeLine('2 uur geleden'))
  assert.ok(isTimeLine('5 часов назад'))
  assert.ok(isTimeLine('2 godziny temu'))
  assert.ok(isTimeLine('4 tuntia sitten'))
  assert.ok(isTimeLine('3 horas atrás'))
  assert.not.ok(isTimeLine('Harbour 3 hours ago'))
})

test.run()
