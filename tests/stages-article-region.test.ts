import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {explainArticle, parseArticle} from '../src/parse-article.js'
import {lineFeatures} from '../src/stages/line-features.js'
import {stopWords} from '../src/stages/language-data.js'

/** A made-up page as a browser copies it: menus, the article, a footer. */
const page = [
  'Skip to content',
  'Home',
  'World',
  'Business',
  'Sport',
  'Culture',
  'Newsletter',
  'Harbour town votes to rebuild its old wooden pier',
  'By Jane Example',
  '12 March 2021',
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute over its cost.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school instead.',
  'Reconstruction',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.',
  'Most read',
  'Ten walks along the northern coast this summer',
  'Why the ferry timetable is changing again next month',
  'A baker who has opened at dawn for forty years retires',
  'Impressum',
  'Datenschutz',
  '© 2021 Example Media'
].join('\n')

test('the headline is found under the menu, the body between menus and footer', () => {
  const article = parseArticle(page, {inputPath: 'page.txt'})
  assert.is(article.title, 'Harbour town votes to rebuild its old wooden pier')
  assert.is(article.byline, 'Jane Example')
  assert.ok(article.lead?.startsWith('The council of a small harbour town'))
  assert.equal(
    article.body.map((text) => text.slice(0, 20)),
    ['Supporters said the ', 'Reconstruction', 'Work is expected to ']
  )
  assert.equal(
    article.related.map((related) => related.title),
    [
      'Ten walks along the northern coast this summer',
      'Why the ferry timetable is changing again next month',
      'A baker who has opened at dawn for forty years retires'
    ]
  )
})

test('every non-blank line is in a field or removed by a named rule', () => {
  const {article, lines} = explainArticle(page, {inputPath: 'page.txt'})
  assert.is(lines.length, page.split('\n').length)
  for (const line of lines) assert.ok(line.field !== undefined || line.rule !== undefined, `line ${line.line}`)
  const rules = new Map(article.removed.map((removed) => [removed.text, removed.rule]))
  assert.is(rules.get('Skip to content'), 'navigation-label')
  assert.is(rules.get('Impressum'), 'navigation-label')
  assert.is(rules.get('Most read'), 'related-header')
  for (const rule of rules.values()) assert.match(rule, /^[a-z]+(?:-[a-z\d]+)*$/)
})

test('prose is recognised in any language with stop words, menus are not', () => {
  assert.is(lineFeatures('Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke bis zum Sommer zu erneuern.').kind, 'content')
  assert.is(lineFeatures('Le conseil municipal a décidé mardi de rénover le vieux pont avant l’été prochain.').kind, 'content')
  assert.is(lineFeatures('Home Politik Wirtschaft Sport Kultur').kind, 'short')
  for (const language of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru']) assert.ok((stopWords[language]?.length ?? 0) > 20, language)
})

test('a text without menus keeps its first line as the headline', () => {
  const article = parseArticle(
    'Short headline here\n\nA first paragraph that is long enough to read as prose, with a full stop at the end.\n\nA second paragraph follows it, also long enough and also ending like a sentence does.'
  )
  assert.is(article.title, 'Short headline here')
  assert.is(article.body.length, 1)
})

test('an article of short steps between its paragraphs is kept whole', () => {
  const steps = (name: string) => [`${name} one`, 'Whisk two eggs', `${name} two`, 'Warm the pan', `${name} three`, 'Pour and wait']
  const source = [
    'Harbour cafe shares its omelette',
    'The cafe by the harbour has served the same omelette for forty years, and its cook agreed to explain how it is made.',
    ...steps('Step'),
    'The cook said that the only secret was patience, and that most people turned the heat up far too high for eggs.',
    ...steps('Stage'),
    'She added that the recipe had come from her grandmother, who had run the same kitchen before the war began.',
    ...steps('Part'),
    'Regulars said they came back for the view of the boats as much as for the food, and some had come for decades.'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.title, 'Harbour cafe shares its omelette')
  assert.ok(article.body.includes('Stage two'))
  assert.ok(article.body.some((text) => text.startsWith('Regulars said')))
})

test('a table inside the article does not cut it in two', () => {
  const rows = Array.from({length: 30}, (_, index) => `${index + 1}\tRunner ${index + 1}\t${100 - index}`)
  const source = [
    'Harbour race results',
    'Three hundred runners took part in the harbour race on Sunday, the largest field since the race began in the seventies.',
    'Pos.\tName\tPoints',
    ...rows,
    'The organisers thanked the volunteers who had closed the roads along the harbour front for the whole morning.'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.some((text) => text.startsWith('The organisers')))
  assert.ok(article.body.some((text) => text.startsWith('1\tRunner') || text.startsWith('1 Runner')))
})

test('a headline is never looked for past the second paragraph of the article', () => {
  const source = [
    'T',
    'he council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago.',
    'Supporters said the pier was part of the town and that visitors came for it, while opponents asked about the cost.',
    'Work is expected to begin in the spring and to take about a year, the mayor said, adding that carpenters would be hired.',
    'Topics',
    'Harbour news'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.body.length + (article.lead ? 1 : 0), 3)
})

test('a contact box is not prose, an article that gives one number is', () => {
  const box =
    'Our customer service centre answers questions and requests: Telephone 03-555-0199, Fax 03-555-0198, E-mail help@harbour.example. The centre is open on weekdays.'
  assert.is(lineFeatures(box).kind, 'short')
  const story =
    'Residents who want to comment on the plans for the pier can call the town hall on 03-555-0199 until the end of the month, the mayor said.'
  assert.is(lineFeatures(story).kind, 'content')
  const seasons = 'She won the overall title in the seasons 2004/2005 and 2006/2007, and again in 2010 after a long break from racing.'
  assert.is(lineFeatures(seasons).kind, 'content')
})

test('ingredient lines are the article\'s data, not short headline-like lines', async () => {
  const {isQuantityLine} = await import('../src/stages/line-features.js')
  for (const text of ['50 gr de manteiga', '1 tablespoon ground cinnamon', '65 g Margarine oder Butter', '½ cup sugar', '200g Mehl']) assert.ok(isQuantityLine(text), text)
  for (const text of ['50 years of the harbour', '3 killed as storm hits the coast', '2 cups of tea a day keep the doctor away, a study says.']) assert.not.ok(isQuantityLine(text), text)
})

test('a standfirst under the headline is the article’s, a meta line there is not', () => {
  const standfirst = 'Carpenters from the town will do the work before the summer season starts'
  const meta = 'Tuesday 12 May 2020 10:45 | Harbour news | 3 comments'
  for (const second of [standfirst, meta]) {
    const lines = page.split('\n')
    const at = lines.indexOf('By Jane Example')
    lines.splice(at, 0, second)
    const article = parseArticle(lines.join('\n'), {inputPath: 'page.txt'})
    const scored = [article.lead, ...article.body]
    assert.is(scored.includes(second), second === standfirst, second)
    assert.is(article.byline, 'Jane Example')
  }
})


test('a list of dated entries above a short note is the article, not a menu', () => {
  const text = [
    'Harbour regatta calendar 2022',
    '12 January 2022',
    'Share this',
    'Regatta dates',
    'Race 1: 10 April – North pier',
    'Race 2: 8 May – Old harbour',
    'Race 3: 22 May – Lighthouse bay',
    'Race 4: 6 June – North pier',
    'Race 5: 20 June – Old harbour',
    'The dates may still change, the sailing club says, should the weather or the tides make a race unsafe for the crews.'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('Race 1: 10 April – North pier'))
  assert.ok(kept.includes('Race 5: 20 June – Old harbour'))
  assert.ok(kept.includes('Regatta dates'))
  assert.not.ok(kept.includes('Share this'))
})

test('the opening paragraph over a table of contents too long for the headline to reach is the article’s, the table is not', () => {
  const topics = ['The storms', 'The vote', 'The cost', 'The timbers', 'The carpenters', 'The school', 'The visitors', 'The mayor', 'The ferry', 'The fishermen', 'The tides', 'The lighthouse', 'The harbour', 'The spring']
  const contents = topics.flatMap((topic, index) => [`${index + 1}. ${topic}`, `${index + 1}.1 What changes for ${topic.toLowerCase()}`])
  const sections = [
    'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
    'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
    'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.',
    'The old pier had stood for more than a century before the storms, and many in the town remember fishing from its end as children.'
  ]
  const text = [
    'Harbour town votes to rebuild its old wooden pier',
    'By Jane Example',
    'Advertisement',
    'Why a town of fishermen and carpenters cares so much about a few hundred metres of old timber, and what the new pier will cost.',
    'Contents',
    ...contents,
    ...sections
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('Why a town of fishermen'))
  assert.not.ok(kept.includes('The carpenters'))
  assert.ok(kept.includes('The old pier had stood'))
})

test('the ingredient list over a recipe’s steps is the article’s', () => {
  const text = [
    'Harbour plum cake with almonds',
    '4 stars of 5',
    'Ingredients',
    'For 12 pieces',
    '500 g plums',
    '250 g flour',
    '150 g sugar',
    '2 tbsp milk',
    'Salt',
    '100 g almonds',
    'Baking paper',
    'Method',
    '1.',
    'Halve the plums and take out the stones, then mix the flour, sugar and milk with a pinch of salt to a smooth dough.',
    '2.',
    'Press the dough into a tin lined with baking paper, lay the plums on it and bake the cake for forty minutes at 180 degrees.',
    '3.',
    'Toast the almonds in a dry pan, scatter them over the warm cake and let it cool before you cut it into twelve pieces.'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('500 g plums'))
  assert.ok(kept.includes('100 g almonds'))
  assert.ok(kept.includes('Baking paper'))
  assert.not.ok(kept.includes('4 stars of 5'))
})

test('a short sentence between the header and the article block opens the article, a label there does not', () => {
  const text = [
    'Harbour town votes to rebuild its old wooden pier',
    'By Jane Example',
    '2 responses',
    'Summary:',
    'Our pier year in review!',
    'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute over its cost.',
    'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school instead.',
    'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('Our pier year in review!'))
  assert.not.ok(kept.includes('2 responses'))
  assert.not.ok(kept.includes('Summary:'))
})

test('a closing paragraph ending in a German closing quote is prose, not a footer line', () => {
  const text = [
    'Hafenstadt baut ihren alten Holzsteg wieder auf',
    'Der Rat einer kleinen Hafenstadt hat am Dienstag beschlossen, den hölzernen Steg wieder aufzubauen, den Stürme vor zwei Wintern zerstört hatten.',
    'Befürworter sagten, der Steg gehöre zur Stadt und die Gäste kämen seinetwegen, während Gegner fragten, ob das Geld nicht besser in die Schule fließe.',
    'Die Bürgermeisterin sagte nach der Sitzung: „Wir bauen ihn so, wie er war.“',
    'Teilen',
    'Drucken',
    'Impressum'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('Wir bauen ihn so, wie er war.'))
  assert.not.ok(kept.includes('Impressum'))
})

test('a closing paragraph that ends in an emoji instead of a full stop is prose', () => {
  const text = [
    'Why I now run in the cold and the dark',
    'Last winter, running outside in the dark was about the last thing on my mind, and a long run on a Saturday morning was all I managed.',
    'Twelve months later it is the other way round: I rather like it when it is wet, cold and dark outside, as long as it does not pour.',
    'You feel a bit like a hero afterwards and I really like that 😉',
    'Post views: 1,234',
    'Share:',
    'Facebook'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('I really like that'))
  assert.not.ok(kept.includes('Post views'))
})

test('a short sentence right over the article block opens it, under furniture far from the headline', () => {
  const settings = ['Reader settings', 'Font size', '12px', '14px', '16px', '18px', '20px', '22px', 'Font', 'Default', 'Serif', 'Sans', 'Mono', 'Rounded', 'Width', 'Narrow', 'Medium', 'Wide', 'Full', 'Background', 'Light', 'Dark', 'Sepia', 'Grey', 'Contrast', 'Low', 'Normal', 'High', 'Previous chapter', 'Next chapter']
  const text = [
    'Chapter one: the white room',
    'By Jane Example',
    ...settings,
    'I opened my eyes.',
    'A pure white room stretched out around me in every direction, without a wall, a door or a window that I could see from where I stood.',
    'Somewhere behind me a voice cleared its throat, and when I turned round a tall man in a grey coat was standing there, looking at me.',
    'He said nothing for a long time, and then asked whether I remembered how I had come to be there, which I did not.'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('I opened my eyes.'))
  assert.not.ok(kept.includes('Next chapter'))
})

test('a quotation over the article block opens the article without a full stop', () => {
  const text = [
    'Bakery brings back its old crisp biscuit with a cream filling',
    'By Jane Example',
    '12 comments',
    '„Crisp outside, creamy inside“',
    'That is how the bakery describes the biscuit it sold until the factory closed, and which it now brings back for a month.',
    'The recipe was found in a drawer of the old office, the owner said, written by her grandfather on the back of an invoice.',
    'Shops in the town will sell the biscuit from Monday, and the first thousand packets will be given away to those who ask.'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('Crisp outside, creamy inside'))
  assert.not.ok(kept.includes('12 comments'))
})

test('the writer’s sign-off or a quoted post’s attribution under the last paragraph is the article’s, a menu under it is not', () => {
  const paragraphs = [
    'The bakery in the old town gives away a thousand packets of its new biscuit next week to anyone who comes by before noon.',
    'You only need to sign up on Monday, and if you are one of the lucky ones you get a coupon for a free packet a week later.',
    'Good luck to all of you!'
  ]
  for (const {signOff, footer} of [
    {signOff: 'Yours, Jane', footer: 'Redaktion'},
    {signOff: 'Jane Doe, the editors', footer: 'Contact'},
    {signOff: 'Euer Jan', footer: 'Impressum'},
    {signOff: '— Jane Doe (@janedoe) May 2, 2020', footer: 'Newsletter'}
  ]) {
    const text = ['Bakery gives away its new biscuit', ...paragraphs, signOff, footer, 'Privacy', 'Terms'].join('\n')
    const article = parseArticle(text, {inputPath: 'page.txt'})
    const kept = [article.lead, ...article.body].join('\n')
    assert.ok(kept.includes(signOff), signOff)
    assert.not.ok(kept.includes(footer), footer)
  }
})

test('the start of a sentence that the article block’s first line goes on with is the article’s', () => {
  const text = [
    'Keep our harbour clean',
    'Share',
    'The poster contest for children',
    'takes place for the sixth time this year. Children between six and twelve are asked to draw what a clean harbour means to them.',
    'The best posters will hang in the ferry terminal all summer, and the winners will be invited on a boat trip round the bay.',
    'Entries can be handed in at the harbour office until the end of April, with the name and age of the artist on the back.'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.ok(kept.includes('The poster contest for children'))
  assert.not.ok(kept.includes('Share'))
})

test('an ingredient over a recipe’s steps is no headline, and its list is the article’s', () => {
  const menu = Array.from({length: 30}, (_, index) => `Recipe category ${index + 1}`)
  const text = [
    'Roast chicken with spiced rice',
    ...menu,
    '2 tablespoons vegetable oil',
    '1 medium onion, chopped',
    '250 g minced lamb',
    '1 tablespoon ground cinnamon',
    '3 cubes chicken stock',
    '2 cups rice, soaked in water for an hour',
    'Heat the oil in a large pot and fry the onion until golden, then add the lamb and the cinnamon and cook until the meat is brown.',
    'Add the rice and the stock with four cups of water, bring it to the boil and let it simmer under a lid for twenty minutes.',
    'Roast the chicken in a hot oven for an hour and a half, basting it now and then, and serve it on the rice.'
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  const kept = [article.lead, ...article.body].join('\n')
  assert.is(article.title, 'Roast chicken with spiced rice')
  assert.ok(kept.includes('3 cubes chicken stock'))
  assert.ok(kept.includes('2 cups rice'))
  assert.not.ok(kept.includes('Recipe category'))
})


test('a standfirst under the date line is the article’s, a row of tags there is not', () => {
  const standfirst = 'Winners of the regional youth science contest show their inventions at the trade fair in the city'
  const prose = [
    'Five young inventors present three projects at the fair from tomorrow, among them a fire extinguisher that rolls into burning rooms on its own.',
    'A sixteen-year-old from the coast built a stove that burns pressed nut shells instead of charcoal, and she hopes to sell it to campsites next year.'
  ]
  const title = 'Young inventors bring a rolling extinguisher and a nut-shell stove to the fair'
  const article = parseArticle([title, 'Hamburg, 2 November 2021', standfirst, ...prose].join('\n'), {inputPath: 'page.txt'})
  assert.ok([article.lead, ...article.body].includes(standfirst))
  const tags = 'Inventions Science Contest Fair Hamburg Stove Extinguisher'
  const tagged = parseArticle([title, 'Hamburg, 2 November 2021', tags, ...prose].join('\n'), {inputPath: 'page.txt'})
  assert.not.ok([tagged.lead, ...tagged.body].includes(tags))
})

test('under an article of a sentence or two, its data lines are the article’s, a share row’s label is not', () => {
  const source = [
    'Two jars of instant coffee for the price of one',
    'Buy two jars at the supermarket, send in the receipt and get a voucher of six euros back.',
    'Offer period: 21.10.2019 – 27.10.2019',
    'Closing date: 03.11.2019 (postmark)',
    'Share with others',
    'Facebook',
    'Twitter'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.includes('Closing date: 03.11.2019 (postmark)'))
  assert.not.ok(article.body.includes('Share with others'))
})

test('soft hyphens do not part the words of a line', () => {
  const hinted = lineFeatures('Die Stein\u00adar\u00adte\u00adfakte der Alt\u00adstein\u00adzeit wurden in der Höhle gefunden.')
  const plain = lineFeatures('Die Steinartefakte der Altsteinzeit wurden in der Höhle gefunden.')
  assert.equal(hinted, plain)
})

test.run()
