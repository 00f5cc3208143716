import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {parseArticle} from '../src/parse-article.js'
import {cleanName, isAgencyCredit} from '../src/stages/byline.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.'
]

/** The byline `parseArticle` reads in a text. */
function bylineOf(text: string): string | undefined {
  return parseArticle(text, {inputPath: 'page.txt'}).byline
}

const menu = ['Home', 'Town', 'Harbour', 'Weather', 'Sport', 'Culture', 'Events', 'Contact']

test('a labelled name far above the headline is the byline when none stands near it', () => {
  const text = ['Posted by Jane Example', ...menu, 'Harbour town votes to rebuild its old pier', ...paragraphs].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Jane Example')
})

test('a clause ending in a capitalised word after `by` is no byline, and a meta line in the body stays there', () => {
  const list = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'The pier is expected to be opened by Easter', 'Carpenters from the harbour town and the villages around it will be hired first, the council said in a statement.']
  assert.is(parseArticle(list.join('\n'), {inputPath: 'page.txt'}).byline, undefined)
  const signed = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'Gespeichert von Jane Example am 3. Mai 2021 - 18:55', ...paragraphs.slice(1)]
  const article = parseArticle(signed.join('\n'), {inputPath: 'page.txt'})
  assert.is(article.byline, 'Jane Example')
})

test('a handle or a note in brackets after the name is not part of it', () => {
  const text = ['Harbour town votes to rebuild its old pier', 'By Jane Example @janeexample', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
  const noted = ['Harbour town votes to rebuild its old pier', 'By Jane Example (reporting) and John Example (photography)', ...paragraphs].join('\n')
  assert.is(bylineOf(noted), 'Jane Example')
})

test('a name under a lone label far from the headline is the byline, a menu tab under a bare noun is not', () => {
  const labelled = ['Published by', 'harbourblog Redaktion', ...menu, 'Harbour town votes to rebuild its old pier', ...paragraphs].join('\n')
  assert.is(bylineOf(labelled), 'harbourblog Redaktion')
  const dated = ['12.03.2021 18:27 von', 'Jane Example/dpa', ...menu, 'Harbour town votes to rebuild its old pier', ...paragraphs].join('\n')
  assert.is(bylineOf(dated), 'Jane Example')
  const tabs = ['Autor', 'Lebenslauf', ...menu, 'Harbour town votes to rebuild its old pier', ...paragraphs].join('\n')
  assert.is(bylineOf(tabs), undefined)
})

test('a label glued to the name by copying is read', () => {
  const text = ['Veröffentlicht vonJane Example 28. Februar 2016', ...menu, 'Harbour town votes to rebuild its old pier', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('a capitalised label glued to the name by copying is read', () => {
  const text = ['Harbour town votes to rebuild its old pier', 'PorJane Example', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('pictures credited with a label are no byline, nor is a button after a bare noun label', () => {
  const credit = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Alle Bilder von Jane Example', ...menu].join('\n')
  assert.is(bylineOf(credit), undefined)
  const button = ['Harbour town votes to rebuild its old pier', 'teilen  Mail  Autor kontaktieren', ...paragraphs].join('\n')
  assert.is(bylineOf(button), undefined)
})

test('a phrase beside a date is no name: it opens with a function word, joins words with an article, or has no two letters in a row', () => {
  for (const meta of ['Aus der Region 6. November 2023 15:00', 'Buch der Woche 30.11.2023', 'Themen von A-Z']) {
    const text = ['Harbour town votes to rebuild its old pier', meta, ...paragraphs].join('\n')
    assert.is(bylineOf(text), undefined, meta)
  }
})

test('an undated heading with a label and one word is no byline, a meta label and one word is', () => {
  const heading = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Leasing von Fischerbooten', ...menu].join('\n')
  assert.is(bylineOf(heading), undefined)
  const meta = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Publié par Janedoe à 08:00', ...menu].join('\n')
  assert.is(bylineOf(meta), 'Janedoe')
})

test('a list of names beside a date is the byline', () => {
  const text = ['Harbour town votes to rebuild its old pier', 'Jane Example, John Sample', 'November 8 2023, 3:18 p.m.', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example, John Sample')
})

test('a newsroom signs beside a date, and sections after the name stay out of it', () => {
  const team = ['Harbour town votes to rebuild its old pier', 'Redaktion - 31. Januar 2022', ...paragraphs].join('\n')
  assert.is(bylineOf(team), 'Redaktion')
  const sections = ['Harbour town votes to rebuild its old pier', '30. Oktober 2023 Jane Example Kultur', ...paragraphs].join('\n')
  assert.is(bylineOf(sections), 'Jane Example')
})

test('a byline ends before a credit, furniture, an e-mail address or a job title', () => {
  for (const line of ['von Jane Example  Foto: © Agentur', 'Von Jane Example Kategorien: Mode 6. November 2023', 'Por Jane Example jexample@example.com', 'By Jane Example, AP Sports Writer', 'By Jane Example@janeexample Nov 18, 2019']) {
    const text = ['Harbour town votes to rebuild its old pier', line, ...paragraphs].join('\n')
    assert.is(bylineOf(text), 'Jane Example', line)
  }
  const glued = ['Harbour town votes to rebuild its old pier', 'Jane Example , 01. Dez. 2017, 12:01 Uhr 3 min LesezeitKommentare4', ...paragraphs].join('\n')
  assert.is(bylineOf(glued), 'Jane Example')
})

test('a region that starts below the headline still gives its byline and date', () => {
  const text = [paragraphs[0], 'Jane Example', 'miércoles, 4 de mayo de 202200:00 hs', ...paragraphs.slice(1)].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Jane Example')
  assert.is(article.date, '2022-05-04')
})

test('share buttons left between the header and the byline do not hide it', () => {
  const text = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'Twittern', 'Pinnen', 'Teilen', 'Mail', 'Drucken', 'Merken', 'Jane Example,', 'am Sonntag, 11.12.2022 - 05:00 (1 Kommentar)', ...paragraphs.slice(1)].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('author labels beyond the prepositions are read, with co-authors', () => {
  const cases: Array<[string, string]> = [
    ['Kolumnist*in: Jane Example', 'Jane Example'],
    ['Text & Fotos: Jane Example', 'Jane Example'],
    ['About the Author - Jane Example', 'Jane Example'],
    ['Autoren Jane Example und John Sample', 'Jane Example und John Sample'],
    ['Words: Jane Example, John Sample Photos: John Sample', 'Jane Example, John Sample'],
    ['Das Gespräch führte Jane Example.', 'Jane Example']
  ]
  for (const [line, name] of cases) {
    const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, line, ...menu].join('\n')
    assert.is(bylineOf(text), name, line)
  }
})

test('a labelled author line well below the article is read', () => {
  const signed = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, ...menu, 'Text: Jane Example', ...menu].join('\n')
  assert.is(bylineOf(signed), 'Jane Example')
})

test('a noun before a label makes it a phrase, a date or a meta word before it does not', () => {
  for (const line of ['Sonderaktion von Harbour Council', 'Ein Video geteilt von Jane Example', 'Abrechnung von Übergangsfällen seit 1.1.2021']) {
    const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, line, ...menu].join('\n')
    assert.is(bylineOf(text), undefined, line)
  }
  for (const line of ['Stars (1 / 1) 06.11.2023 13:30 von Jane', 'Posted in Harbour by janeexample on August 3, 2019', 'Gepostet von Jane Example | Wohnen']) {
    const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, line, ...menu].join('\n')
    assert.ok(bylineOf(text), line)
  }
})

test('a name beside a relative time is the byline', () => {
  const text = ['Harbour town votes to rebuild its old pier', 'Jane Example', 'Erstellt: vor 4 Stunden', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
  const row = ['Harbour town votes to rebuild its old pier', 'Jane Example | Publicado hace 3 horas', ...paragraphs].join('\n')
  assert.is(bylineOf(row), 'Jane Example')
})

test('a bare name of a given name and a surname right under the headline is the byline, two other words are not', () => {
  const named = ['Harbour town votes to rebuild its old pier', 'Sandra Example', ...paragraphs].join('\n')
  assert.is(bylineOf(named), 'Sandra Example')
  const kicker = ['Harbour town votes to rebuild its old pier', 'Wooden Piers', ...paragraphs].join('\n')
  assert.is(bylineOf(kicker), undefined)
  const credited = ['Harbour town votes to rebuild its old pier', 'Sandra Example', 'Von Jane Example', ...paragraphs].join('\n')
  assert.is(bylineOf(credited), 'Jane Example')
})

test('a region that opens with the byline under a headline it left out takes it as the byline', () => {
  const text = ['von Jane Example', ...paragraphs].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Jane Example')
  assert.is.not(article.title, 'von Jane Example')
})

test('a short labelled author line is no headline', () => {
  const text = ['Eine Kolumne von Jane Example', 'Harbour town votes to rebuild its old pier', ...paragraphs].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.title, 'Harbour town votes to rebuild its old pier')
  assert.is(article.byline, 'Jane Example')
})

test('a Han label and name, glued to the words around them, are read', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, '来源：港口日报作者：责任编辑：王小明', ...menu].join('\n')
  assert.is(bylineOf(text), '王小明')
})

test('a blog signs with its copyright line when nothing else names the author, a picture credit does not', () => {
  const signed = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, '© 2009-2012 Jane Example. Impressum'].join('\n')
  assert.is(bylineOf(signed), 'Jane Example')
  const credit = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, '© Jane Example'].join('\n')
  assert.is(bylineOf(credit), undefined)
})

test('a name ends before an illustration credit, a role word before it is dropped, a forum thread names its starter', () => {
  const cases: Array<[string, string]> = [
    ['Text von Jane Example     Illustration von John Sample', 'Jane Example'],
    ['Themenstarter Janedoe', 'Janedoe']
  ]
  for (const [line, name] of cases) {
    const text = ['Harbour town votes to rebuild its old pier', line, ...paragraphs].join('\n')
    assert.is(bylineOf(text), name, line)
  }
  const role = ['Harbour town votes to rebuild its old pier', 'Hafen-Experte Jane Example', 'Freitag, 06.07.2018, 10:29', ...paragraphs].join('\n')
  assert.is(bylineOf(role), 'Jane Example')
})

test('a name under a gendered noun label, with a note in brackets, is the byline', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Autor*in', 'Jane Example (Redakteurin)', ...menu].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('a short labelled line that reads like a sentence is a byline, a long one stays prose', () => {
  const short = ['Harbour town votes to rebuild its old pier', 'Ein Interview von Jane Example mit John Sample.', ...paragraphs].join('\n')
  assert.is(bylineOf(short), 'Jane Example')
})

test('an author box names the author at the start of the biography', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Über die Autorin:', 'Jane Example (37) ist Hafenmeisterin und schreibt seit zehn Jahren über Häfen, Schiffe und die Menschen, die dort arbeiten.', ...menu].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('a job title glued to the name or after it, without a comma, is no part of it and vouches for it', () => {
  const region = [paragraphs[0], 'JANE EXAMPLESTAFF WRITER', ...paragraphs.slice(1)].join('\n')
  assert.is(bylineOf(region), 'JANE EXAMPLE')
  const after = ['Harbour town votes to rebuild its old pier', 'Jane Example education editor', 'Tue 3 Mar 2020 06.00 GMT', ...paragraphs].join('\n')
  assert.is(bylineOf(after), 'Jane Example')
})

test('a region that opens with a bare name over its prose takes it as the byline', () => {
  const text = ['Jane Example', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('co-authors after the name a byline rule took stay, a desk after a comma does not', () => {
  const cases: Array<[string, string]> = [
    ['von Jane Example, Simon Sample', 'Jane Example, Simon Sample'],
    ['von Jane Example, Redaktion', 'Jane Example, Redaktion'],
    ['By Jane Example, Harbour Project Marketing', 'Jane Example'],
    ['ByJ.R. Example', 'J.R. Example']
  ]
  for (const [line, name] of cases) {
    const text = ['Harbour town votes to rebuild its old pier', line, ...paragraphs].join('\n')
    assert.is(bylineOf(text), name, line)
  }
})

test('section headings and labels are no names', () => {
  for (const line of ['RECENT POSTS', 'Filter Suche']) {
    const text = ['Harbour town votes to rebuild its old pier', line, '12 March 2021', ...paragraphs].join('\n')
    assert.is(bylineOf(text), undefined, line)
  }
  const label = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'BY CUISINE:', ...menu].join('\n')
  assert.is(bylineOf(label), undefined)
})

test('a label glued after a date and a short date beside a name are read', () => {
  const glued = ['Harbour town votes to rebuild its old pier', 'Posted on 25. Januar 2022Author Redaktion', ...paragraphs].join('\n')
  assert.is(bylineOf(glued), 'Redaktion')
  const short = ['Harbour town votes to rebuild its old pier', 'Jane Example | 06.11.23', ...paragraphs].join('\n')
  assert.is(bylineOf(short), 'Jane Example')
})

test('a bare name over its own biography is the byline', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Jane Example', 'Jane Example lehrt Geschichte an der Universität und schreibt über Häfen.', ...menu].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('a bare name over a date line inside the article is the byline when the headline stands elsewhere', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...menu, 'Piers in the region', paragraphs[0], 'Thomas Example', '27.04.2020 - 18:50 Uhr 3 Kommentare', ...paragraphs.slice(1)].join('\n')
  assert.is(bylineOf(text), 'Thomas Example')
})

test('a byline that the page repeats elsewhere is still read under the headline', () => {
  const text = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'by Jane Example', 'November 5, 2023', ...paragraphs.slice(1), 'More stories', 'Storms hit the coast again', 'by Jane Example'].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('an opener word far before a label leaves it a phrase', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Bericht zur Lage vom 23.09.2021: Antwort auf die Post von Harbour', ...menu].join('\n')
  assert.is(bylineOf(text), undefined)
})

test('a name whose date stands past the newsroom line, an e-mail address or under a gendered label is the byline', () => {
  const cases: Array<[readonly string[], string]> = [
    [['Jane Example', 'Redaktion Hafenblatt', '25.01.2022 14:47 Uhr'], 'Jane Example'],
    [['Jane Example', 'jane.example@example.com', '04.05.2022, 05:45:00'], 'Jane Example'],
    [['AUTOR/IN', 'Jane Example'], 'Jane Example'],
    [['harbour-news.example', 'November 6, 2023'], 'harbour-news.example']
  ]
  for (const [header, name] of cases) {
    const text = ['Harbour town votes to rebuild its old pier', ...header, ...paragraphs].join('\n')
    assert.is(bylineOf(text), name, header.join(' / '))
  }
})

test('a meta line split by slashes keeps its name, not its picture credit', () => {
  const text = ['Harbour town votes to rebuild its old pier', 'Jane Example / 22.04.2020 / 06:15 / Foto: Hafenblatt / 150 /', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('a copyright year before a label leaves it a label', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, 'Archiv – RSS – Impressum – Datenschutz – 2009-2020 by Jane Example – Powered by Harbour'].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('a name with a relative time on its line, and a name with its title below the article, are bylines', () => {
  const relative = ['Harbour town votes to rebuild its old pier', 'Jane Example 1 day ago', ...paragraphs].join('\n')
  assert.is(bylineOf(relative), 'Jane Example')
  const titled = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, 'Jane Example Autorin', ...menu].join('\n')
  assert.is(bylineOf(titled), 'Jane Example')
})

test('a name over its own handle, and a capitalised acronym in a name, are read', () => {
  const handle = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'Jane Example', 'janeexample', 'janeexample@example.com', ...paragraphs.slice(1)].join('\n')
  assert.is(bylineOf(handle), 'Jane Example')
  const acronym = ['Harbour town votes to rebuild its old pier', 'ET Online|', '09 Jun 2020, 02:32 PM IST', ...paragraphs].join('\n')
  assert.is(bylineOf(acronym), 'ET Online')
})

test('a short sentence opening with an author label below the article is the byline', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, 'Autorin: Jane Example, Projektleiterin der Hafenstiftung in Tunis.', ...menu].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('an author link and a long signed tag line below the article name the author', () => {
  const link = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, 'Jane Example', 'Alles von Jane Example', ...menu].join('\n')
  assert.is(bylineOf(link), 'Jane Example')
  const tags = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu, 'Posted by Jane Example at 18:52  Tagged with: harbour, pier, council, storms, carpenters, wood, town, vote, dispute, school, money, visitors, spring', ...menu].join('\n')
  assert.is(bylineOf(tags), 'Jane Example')
})

test('a region that opens with a name over a date line takes both, neither as the headline', () => {
  const text = ['Harbour Example', '9/11/13 10:00AM', ...paragraphs].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.byline, 'Harbour Example')
  assert.is(article.date, '2013-09-11')
})


test('a blog footer that closes the post names its writer, not a widget under it', () => {
  const text = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    'Posted by harbourwriter at 10:52',
    'Labels: Town, Pier',
    ...paragraphs.slice(0, 2),
    'Privacy notice:',
    'von Widgetmaker',
    'Older posts'
  ].join('\n')
  assert.is(bylineOf(text), 'harbourwriter')
})

test('a user name under a lone label may hold digits, and one of two letters before a date is a name', () => {
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'by', 'harbour42', ...paragraphs].join('\n')), 'harbour42')
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'by oz on December 4, 2006', ...paragraphs].join('\n')), 'oz')
  // A phrase after `by` goes on past the short word: no name.
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'by far the largest pier of the coast', ...paragraphs].join('\n')), undefined)
})

test('a category after `under` closes the name of a post line', () => {
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Posted by Harbourwriter under Town, Pier | Tags: council', ...paragraphs].join('\n')), 'Harbourwriter')
})

test('a news agency alone over the date under the headline signs the article', () => {
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'KYODO', 'Feb 18, 2020', ...paragraphs].join('\n')), 'KYODO')
})

test('a region that opens with a name over a link to the author page opens with its byline', () => {
  assert.is(bylineOf(['Jane Example', 'All articles', ...paragraphs].join('\n')), 'Jane Example')
})

test('a long row of meta parts names its author, with a note of co-authors in brackets', () => {
  const meta = 'The Harbour Gazette | 04.05.2015 at 13:36 • Updated on 05.05.2015 at 20:13 | By Jane Example (with John Roe and Erika Muster)'
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', meta, ...paragraphs].join('\n')), 'Jane Example (with John Roe and Erika Muster)')
})

test('the name the article writes wins over the account that saved the post', () => {
  const text = ['Harbour town votes to rebuild its old pier', 'Posted by harbouradmin on 7 July 2019 - 18:44', 'A post by Jane Example', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('under a lone label a newsroom signs with its paper name, header words and all', () => {
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Von', 'Presse Harbourtown', '-', '6. November 2023', ...paragraphs].join('\n')), 'Presse Harbourtown')
})

test('the header at the first copy of a headline printed twice is read', () => {
  const text = [
    'Harbour town votes to rebuild its old pier',
    'Jane Example',
    'jane.example@example.com',
    '04.05.2022, 05:45',
    ...menu,
    'Jobs',
    'Shop',
    'Podcasts',
    'Video',
    'Harbour town votes to rebuild its old pier',
    ...paragraphs
  ].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
})

test('a byline that runs on into the site name printed above the headline ends before it', () => {
  const text = ['Harbour Gazette International', ...menu, 'Harbour town votes to rebuild its old pier', 'Published on 03.02.2022 by Jane Example Harbour Gazette International', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Jane Example')
  // A co-author whom an author box prints alone stays in the byline.
  const authors = ['Harbour town votes to rebuild its old pier', 'Published on 03.02.2022 by Jane Example and John Roe', ...paragraphs, 'John Roe'].join('\n')
  assert.is(bylineOf(authors), 'Jane Example and John Roe')
})

test('a reporter named before a photographed-by mark took the picture', () => {
  const text = ['港口小镇投票决定重建旧码头', '码头在两年前的冬季风暴中被毁。新华社记者 王小明 摄', '责任编辑：李华', ...paragraphs].join('\n')
  assert.is.not(bylineOf(text), '王小明')
})

test('a commenter over the date of a comment does not sign the article', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, '4 Comments. Leave new', 'Robert Example', 'December 14, 2019 8:44 pm', 'I asked the council about the pier and got no answer at all, which I found rather strange to be honest.', ...paragraphs.slice(0, 2)].join('\n')
  assert.is(bylineOf(text), undefined)
})

test('Russian labels are data, and a separator glued to the name ends it', () => {
  const text = ['Harbour town votes to rebuild its old pier', 'Текст: Анна Смирнова·24 сентября 2018', ...paragraphs].join('\n')
  assert.is(bylineOf(text), 'Анна Смирнова')
})

test('a name ends before a date word, an agency, a second copy of itself and a closing period', () => {
  assert.is(cleanName('Jane Example Updated Nov 13, 2019, 10:28am EST'), 'Jane Example')
  assert.is(cleanName('Jane Example publiziert am 25. September 2018'), 'Jane Example')
  assert.is(cleanName('Jane Example Associated Press'), 'Jane Example')
  assert.is(cleanName('Jane Example Jane Example'), 'Jane Example')
  assert.is(cleanName('Jane Example.'), 'Jane Example')
  // Particles and initials stay.
  assert.is(cleanName('Ana de la Torre'), 'Ana de la Torre')
  assert.is(cleanName('Juan Carlos Muñoz C.'), 'Juan Carlos Muñoz C.')
})

test('a line that is only a gendered label names no one', () => {
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', 'Autor:innen', 'Jane Example', ...paragraphs].join('\n')), 'Jane Example')
})

test('a name alone under the last paragraph signs the article', () => {
  const page = (...after: string[]) => ['Harbour town votes to rebuild its old pier', ...paragraphs, ...after].join('\n\n')
  assert.is(bylineOf(page('Jane Example', 'Impressum')), 'Jane Example')
  assert.is(bylineOf(page('Jane Example', '(1) The figures are the council\'s own.')), 'Jane Example')
  // A word that is no given name signs over its date only.
  assert.is(bylineOf(page('Harbourfan', '10. September 2017')), 'Harbourfan')
  assert.is(bylineOf(page('Harbourfan')), undefined)
  // A name over a paragraph opens a section, a name the article speaks of is its subject, a row of names are tags.
  assert.is(bylineOf(page('Jane Example', 'She has sailed out of the harbour every morning for thirty years and knows the pier better than anyone.')), undefined)
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', ...paragraphs, 'The pier was built by the grandfather of Anna Example a century ago, as the town remembers.', 'Anna Example', 'Impressum'].join('\n\n')), undefined)
  assert.is(bylineOf(page('Jane Example', 'Harbour', 'Town Council')), undefined)
  // Under a quotation, the name is its speaker's; under every comment, a commenter's.
  assert.is(bylineOf(page('"We will rebuild it stone by stone, as our grandparents did."', 'Jane Example', 'Harbour Master')), undefined)
  assert.is(bylineOf(page('Jane Example', 'Impressum', 'I asked the council about the pier and got no answer at all, which I found strange.', 'John Example', 'Kontakt')), undefined)
})

test('an author box names the author over a link to the author\'s page', () => {
  const page = (...after: string[]) => ['Harbour town votes to rebuild its old pier', ...paragraphs, ...after].join('\n\n')
  assert.is(bylineOf(page('About the author', 'All articles', 'Jane', 'Jane sails and writes about the harbour.')), 'Jane')
  assert.is(bylineOf(page('Recipe and photos:', 'Jane Example', 'More recipes by this author')), 'Jane Example')
  // The label over the link is no name.
  assert.is.not(bylineOf(page('About the author', 'View all posts', 'Kontakt')), 'About the author')
})

test('agency copy signs with the newsroom\'s credit, over the date or in brackets at its end', () => {
  assert.ok(isAgencyCredit('dpa'))
  assert.ok(isAgencyCredit('HG mit dpa'))
  assert.ok(isAgencyCredit('AFP/The Harbour Gazette'))
  assert.not.ok(isAgencyCredit('The Harbour Gazette'))
  assert.not.ok(isAgencyCredit('AP Photo/Jane Example'))
  const dated = ['Harbour town votes to rebuild its old pier', 'AFP/The Harbour Gazette - news@example.com', 'Published: 28 Apr, 2020', ...paragraphs].join('\n\n')
  assert.is(bylineOf(dated), 'AFP/The Harbour Gazette')
  const closing = ['Harbour town votes to rebuild its old pier', ...paragraphs.slice(0, 2), `${paragraphs[2]} (HG mit dpa)`].join('\n\n')
  assert.is(bylineOf(closing), 'HG mit dpa')
})

test('an official signs under the last paragraph over the office, a credits box under the writer\'s role', () => {
  const page = (...after: string[]) => ['Harbour town votes to rebuild its old pier', ...paragraphs, ...after].join('\n\n')
  assert.is(bylineOf(page('Ola Nordmann', 'Harbour-Vorsitzender', 'Twittern')), 'Ola Nordmann')
  assert.is(bylineOf(page('Interview', 'OLA NORDMANN', 'FOTOGRAF', 'JANE EXAMPLE')), 'OLA NORDMANN')
  // Without a role under it, a kicker's `Interview` over a name is the interviewee's.
  assert.is(bylineOf(page('Interview', 'Ola Nordmann', 'Kontakt')), undefined)
})

test('a footer\'s years by a person name the writer; a byline ends before a publication\'s name', () => {
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', ...paragraphs, '(Creative Commons) 2006-2008 by Jane Example'].join('\n\n')), 'Jane Example')
  assert.is(cleanName('Jane Example Harbourrevue International'), 'Jane Example')
  assert.is(cleanName('Jane Example International'), 'Jane Example International')
})

test('a user name over the headline with its date under it, and a name on the text\'s last line, sign the article', () => {
  assert.is(bylineOf(['Home', 'jane.example', 'Harbour town votes to rebuild its old pier', '23.09.22', ...paragraphs].join('\n\n')), 'jane.example')
  // Two capitalised words over the headline stay a kicker.
  assert.is(bylineOf(['Home', 'Wooden Piers', 'Harbour town votes to rebuild its old pier', '23.09.22', ...paragraphs].join('\n\n')), undefined)
  assert.is(bylineOf(['Harbour town votes to rebuild its old pier', ...paragraphs, 'The Harbour Book', 'Harbour Press, 216 pages', 'Jane Example'].join('\n\n')), 'Jane Example')
})

test('an author box names the writer by the full name its biography opens with', () => {
  const text = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Jane', 'Jane Example – sailor, carpenter and reporter. On the harbour since 2002.', 'More articles by Jane'].join('\n\n')
  assert.is(bylineOf(text), 'Jane Example')
  // An abbreviation over its description is no name.
  assert.is.not(bylineOf(['Harbour town votes to rebuild its old pier', ...paragraphs, 'H.A.R. Harbour', 'H.A.R. Harbour – the harbour authority of the region.'].join('\n\n')), 'H.A.R. Harbour')
})

test('a nickname signs over the writer\'s biography, a footer\'s last line names its holder', () => {
  const page = (...after: string[]) => ['Harbour town votes to rebuild its old pier', ...paragraphs, ...after].join('\n\n')
  assert.is(bylineOf(page('Janie', 'Jane Example, carpenter from the harbour town and founder of its sailing club.', 'I love boats of every kind.')), 'Janie')
  assert.is(bylineOf(page('Impressum', 'jane example photography', 'Kontakt', '© Jane Example')), 'Jane Example')
  // Elsewhere a picture's credit without a year names no writer.
  assert.is(bylineOf(page('© Jane Example', 'Impressum')), undefined)
})

test('the text\'s last full name signs it over the footer, a press contact does not', () => {
  const page = (...after: string[]) => ['Harbour town votes to rebuild its old pier', ...paragraphs, ...after].join('\n\n')
  assert.is(bylineOf(page('The Harbour Book', 'Harbour Press, 216 pages', 'Jane Example', 'About us', 'Back issues to order', 'Imprint')), 'Jane Example')
  assert.is(bylineOf(page('Contact', 'Jane Example', 'Press officer', '030 1234-5678', 'press@example.com')), undefined)
})

test.run()
