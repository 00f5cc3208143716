import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {explainArticle, parseArticle} from '../src/parse-article.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.'
]

function fates(source: string): Map<string, string | undefined> {
  return new Map(explainArticle(source, {inputPath: 'page.txt'}).lines.map((line) => [line.text, line.rule ?? line.field]))
}

test('two comment headers after the article start the comments, which end the body', () => {
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    'Sam Reader on March 12, 2021 at 4:47 pm said:',
    'I walked on that pier as a child, and I am glad that it will be rebuilt at last.',
    'Alex Other says:',
    'The school needs the money more than the tourists need a pier, in my opinion.'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
  const rules = fates(source)
  assert.is(rules.get('Sam Reader on March 12, 2021 at 4:47 pm said:'), 'comment-header')
  assert.is(rules.get('Alex Other says:'), 'after-end-marker')
})

test('one line ending in `says:` introduces a quote and ends nothing', () => {
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'The mayor says:', ...paragraphs.slice(1)].join('\n')
  assert.ok(parseArticle(source, {inputPath: 'page.txt'}).body.includes('The mayor says:'))
})

test('a blog post footer ends the body', () => {
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'This entry was posted in Harbour news.', 'An unrelated line of the sidebar that is long enough to be prose, with a full stop.'].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
  assert.is(fates(source).get('This entry was posted in Harbour news.'), 'post-footer')
})

test('captions with a credit glued on and single related links are removed from the body', () => {
  const caption = 'The old pier in the winter of 1950.Foto: Jane Example/Harbour Archive'
  const link = 'Read also: Ferry timetable changes again next month'
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], caption, paragraphs[1], link, paragraphs[2]].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.not.ok(article.body.includes(caption))
  assert.not.ok(article.body.includes(link))
  const rules = fates(source)
  assert.is(rules.get(caption), 'caption-credit')
  assert.is(rules.get(link), 'inline-related')
})

test('a sentence naming its source in the middle stays', () => {
  const sentence = 'Figures from the harbour office (source: annual report) show that visits doubled after the pier first opened.'
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, sentence].join('\n')
  assert.ok(parseArticle(source, {inputPath: 'page.txt'}).body.includes(sentence))
})

test('an interview asks each guest the same question: the repeats stay in the body, a caption printed twice does not', () => {
  const question = 'What made you start cooking for other people?'
  const caption = 'The old ferry kitchen, now a museum'
  const source = [
    'Three harbour cooks on their favourite dishes',
    'We asked three cooks of the harbour town how they came to cook and what they make when guests arrive late in the evening.',
    'Anna Berg',
    question,
    'My grandmother ran the kitchen of the old ferry, and I spent every summer there peeling potatoes and listening to the sailors.',
    caption,
    caption,
    'Tom Lind',
    question,
    'I was a fisherman first, and I started cooking on the boat because nobody else wanted to do it when the weather turned bad.',
    'Mia Holm',
    question,
    'A friend opened a small restaurant by the pier and asked me to help for one weekend, and I never left the kitchen again.'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.body.filter((block) => block === question).length, 3)
  assert.is(article.body.filter((block) => block === caption).length, 1)
})

const morePier = [
  'The old pier was built in 1911 and served fishing boats for most of the century, until the fleet moved to the new harbour in the seventies.',
  'A petition to rebuild it gathered more than two thousand signatures last summer, almost half of the town, the organisers said on Tuesday.'
]

test('a row of buttons in the tail closes the article: the short paragraph after it is not the story', () => {
  const appeal = 'The author has written about the coast for twenty years and lives in the old town by the sea.'
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...morePier, 'Share', 'Tweet', 'Print', appeal].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, [...paragraphs.slice(1), ...morePier])
  assert.ok(fates(source).get(appeal)?.startsWith('outside') || fates(source).get(appeal) === 'short-line-run', fates(source).get(appeal))
})

test('subheadings between paragraphs are no closing gap, nor is a gap with much prose after it', () => {
  const withSubheads = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...morePier.slice(0, 1), 'The vote', 'Who pays', 'What comes next', morePier[1] ?? ''].join('\n')
  assert.equal(parseArticle(withSubheads, {inputPath: 'page.txt'}).body, [...paragraphs.slice(1), morePier[0], 'The vote', 'Who pays', 'What comes next', morePier[1]])
  const withButtons = ['Harbour town votes to rebuild its old pier', ...paragraphs.slice(0, 2), 'Share', 'Tweet', 'Print', paragraphs[2] ?? '', ...morePier].join('\n')
  assert.equal(parseArticle(withButtons, {inputPath: 'page.txt'}).body, [paragraphs[1], paragraphs[2], ...morePier])
})


test('a list that the last paragraph announces with a colon is the article’s, up to the next removed line', () => {
  const items = ['Harbour Day with the brass band', 'Boat tours along the new wall', 'Fish market on the quay', 'Lantern walk at dusk']
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    'The programme of the opening weekend, as the council published it:',
    ...items,
    'Share',
    'Contact us',
    'Imprint'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const item of items) assert.ok(article.body.includes(item), item)
  assert.not.ok(article.body.includes('Imprint'))
})

test('a short label with a colon after the last paragraph announces a list too', () => {
  const items = ['Harbour Day with the brass band', 'Boat tours along the new wall', 'Fish market on the quay']
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Opening weekend:', ...items].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.includes('Opening weekend:'))
  for (const item of items) assert.ok(article.body.includes(item), item)
})

test('without a colon, a run of short lines after the article stays out', () => {
  const menu = ['Harbour Day with the brass band', 'Boat tours along the new wall', 'Fish market on the quay']
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const item of menu) assert.not.ok(article.body.includes(item), item)
})

test('a short closing sentence before the furniture under the article stays, what follows the furniture goes', () => {
  const more = [
    'The harbour master said the old timbers would be kept in the museum, where children can see how the pier was built a century ago.',
    'Fishermen, who tie up their boats at the pier in summer, said they hoped the work would be over before the season starts again.',
    'The council will publish the final plans next month and invites residents to comment on them at the town hall until the end of May.'
  ]
  const teaser = 'Lighthouse keepers meet in the harbour town for their yearly gathering, with talks and a boat parade in the bay.'
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    ...more,
    'See you at the pier!',
    'Share',
    'Advertisement',
    'Newsletter',
    teaser
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.includes('See you at the pier!'))
  assert.not.ok(article.body.includes(teaser))
})

test('a list of teasers after the furniture under the article is not the article', () => {
  const more = [
    'The harbour master said the old timbers would be kept in the museum, where children can see how the pier was built a century ago by the town.',
    'Fishermen, who tie up their boats at the pier in summer, said they hoped the work would be over before the season starts again next year.'
  ]
  const teasers = [
    ['Ferry timetable changes again', 'The ferry company moves its first crossing to seven.'],
    ['Lighthouse keepers meet in town', 'Talks, a parade of boats and a dinner on the quay.'],
    ['School roof repaired at last', 'The council found the money in this year’s budget.'],
    ['Storm warning for the weekend', 'Winds of up to ninety kilometres an hour are expected.'],
    ['New bakery opens on the square', 'Its owners come from the next town along the coast.'],
    ['Beach cleaning on Saturday', 'Volunteers meet at nine at the harbour office.']
  ]
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...more, 'Share', 'Advertisement', 'Tweet', ...teasers.flat()].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, [...paragraphs.slice(1), ...more])
})

test('a related list’s header in the gap under the article announces teasers, however long their summaries', () => {
  const summary =
    'The ferry company said on Monday that it would move the first crossing of the day to seven in the morning from next month, because too few passengers travel earlier, and that the last crossing stays as it is for the summer.'
  const teasers = [1, 2, 3, 4, 5].flatMap((number) => [`Harbour story number ${number} of the week`, `${summary} Story ${number}.`])
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Share', 'Read these next', 'Advertisement', ...teasers].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
})

test('under a related list’s header, teasers parted only by share rows are not the article', () => {
  const teasers = [
    'The ferry company said on Monday that it would move the first crossing of the day to seven in the morning from next month.',
    'The last keeper of the lighthouse on the point handed over the keys on Monday, and the light will be run from the harbour office.',
    'Volunteers cleared the beach of nets and bottles on Saturday morning and will meet again next month at the harbour office at nine.',
    'The bakery on the square opens again after a fire in the summer, with the same bakers and a new oven that the town helped to pay for.'
  ]
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    'Harbour news, Town council',
    'You might also like',
    ...teasers.flatMap((teaser) => ['Share Tweet Email', teaser])
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
})

test('a related box between paragraphs does not end the article', () => {
  const more = [
    'The harbour master said the old timbers would be kept in the museum, where children can see how the pier was built a century ago by the town.',
    'Fishermen, who tie up their boats at the pier in summer, said they hoped the work would be over before the season starts again next year.',
    'The council will publish the final plans next month and invites residents to comment on them at the town hall until the end of May.'
  ]
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    'Related',
    'Ferry timetable changes again next month',
    'Lighthouse keepers meet in the harbour town',
    'Advertisement',
    ...more
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const paragraph of more) assert.ok(article.body.includes(paragraph), paragraph)
})

test('an author box closed by a link to the author’s posts ends the body, biography included', () => {
  const biography = 'Jane Example writes about harbours, boats and the sea, and has lived in the town for twenty years with her two dogs.'
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    'About Jane Example',
    biography,
    'View all posts by Jane Example →',
    'Previous post'
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
  const rules = fates(source)
  assert.is(rules.get(biography), 'author-biography')
  assert.is(rules.get('About Jane Example'), 'author-biography')
  assert.ok(rules.get('View all posts by Jane Example →') !== 'body')
})

test('a wide gap of furniture ends the article even when several paragraphs follow it', () => {
  const more = [
    'The harbour master said the old timbers would be kept in the museum, where children can see how the pier was built a century ago by the town.',
    'Fishermen, who tie up their boats at the pier in summer, said they hoped the work would be over before the season starts again next year.',
    'The council will publish the final plans next month and invites residents to comment on them at the town hall until the end of May.'
  ]
  const blurbs = [
    'Our newsroom has covered the coast for forty years and is owned by the people who read it every morning.',
    'We publish every weekday and our journalists live in the towns they write about, from the harbour to the hills.',
    'Readers can reach the editors at any time, and we answer every letter that we receive from them.',
    'Our photographers sell prints of their best pictures in the shop on the square, next to the bakery.',
    'The paper was founded by fishermen who wanted to know the prices at the markets before they sailed.'
  ]
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    ...more,
    'Share',
    'Advertisement',
    'Tweet',
    ...blurbs
  ].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const blurb of blurbs) assert.not.ok(article.body.includes(blurb), blurb)
})

test('a wire dateline opens the story: what stands between the header and it is the page’s', () => {
  const caption = 'Harbour workers lift a new crane onto the old pier on Monday morning, as the first part of the works begins.'
  const gallery = ['Image 1 of 12', caption]
  const story = [
    'PORT EXAMPLE, Examplia (AP) — The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed.',
    ...paragraphs.slice(1)
  ]
  const source = ['Harbour town votes to rebuild its old pier', 'By Jane Example', ...gallery, ...story].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.is(article.dateline, 'PORT EXAMPLE, Examplia (AP) —')
  for (const line of gallery) assert.not.ok(article.body.includes(line), line)
  assert.is(fates(source).get(caption), 'before-dateline')
})

test('a list written to one template after the article is the article’s, a menu is not', () => {
  const dates = [
    'June 9 – Harbour Town, EX @ The Old Pier',
    'June 10 – Lighthouse Bay, EX @ Fish Market Hall',
    'June 14 – Northcliff, EX @ Sea Wall Arena (formerly Ferry Hall)',
    'June 17 – Southport, EX @ Dock Theatre'
  ]
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Summer Tour Dates', ...dates].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const line of ['Summer Tour Dates', ...dates]) assert.ok(article.body.includes(line), line)
  const menu = ['Harbour news', 'Ferry times', 'Weather', 'Contact the newsroom']
  const other = parseArticle(['Harbour town votes to rebuild its old pier', ...paragraphs, ...menu].join('\n'), {inputPath: 'page.txt'})
  for (const line of menu) assert.not.ok(other.body.includes(line), line)
})

test('a long run of short lines under the article closes it, however many paragraphs follow', () => {
  const more = [
    'The harbour master said the old timbers would be kept in the museum, where children can see how the pier was built a century ago by the town.',
    'Fishermen, who tie up their boats at the pier in summer, said they hoped the work would be over before the season starts again next year.',
    'The council will publish the final plans next month and invites residents to comment on them at the town hall until the end of May.',
    'A first part of the money comes from the county, which pays for half of the works on the harbour wall, the mayor added on Tuesday.'
  ]
  const footer = ['Harbour Weekly on the radio', 'Advertisement', 'Jobs in Harbour Town', 'Flats in Harbour Town', 'The newsroom', 'Quay Street 4', 'Office hours']
  const blurbs = [
    'We print the tides and the weather every day.',
    'Our office on the quay is open on weekdays.',
    'Readers send us the pictures on the back page.',
    'The paper was founded by fishermen in 1920.',
    'We have won prizes for our pictures of storms.',
    'Our reporters live in the towns they cover.'
  ]
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...more, ...footer, ...blurbs].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, [...paragraphs.slice(1), ...more])
})

test('a short closing sentence right under the last paragraph stays without a gap of furniture, a closing question does not', () => {
  const menu = ['Home', 'Harbour news', 'Weather', 'Contact', 'Imprint']
  const closing = 'Good luck to all the crews!'
  const kept = parseArticle(['Harbour town votes to rebuild its old pier', ...paragraphs, closing, ...menu].join('\n'), {inputPath: 'page.txt'})
  assert.is(kept.body.at(-1), closing)
  const question = 'Will the ferry come back?'
  const left = parseArticle(['Harbour town votes to rebuild its old pier', ...paragraphs, question, ...menu].join('\n'), {inputPath: 'page.txt'})
  assert.not.ok(left.body.includes(question))
})

test('the tags under a bare tag label are a tag list, and a comment rule in Portuguese is no sentence of the story', () => {
  const source = [
    'Harbour town votes to rebuild its old pier',
    ...paragraphs,
    'Tags',
    'harbour pier, town council, storms, carpenters, harbour town budget, spring works, old wooden pier',
    'ATENÇÃO: Comentários com ofensas ao autor ou a outros leitores não serão aprovados pelo moderador.'
  ].join('\n')
  const rules = fates(source)
  assert.is(rules.get('harbour pier, town council, storms, carpenters, harbour town budget, spring works, old wooden pier'), 'tag-list')
  assert.is(rules.get('ATENÇÃO: Comentários com ofensas ao autor ou a outros leitores não serão aprovados pelo moderador.'), 'comment-policy')
  assert.equal(parseArticle(source, {inputPath: 'page.txt'}).body, paragraphs.slice(1))
})

test('the sections after the article block that close with the same buttons as those inside are the article’s', () => {
  const section = (name: string, price: string, features: string[]) => [
    name,
    `We liked the ${name.toLowerCase()} best of all the offers we looked at this week, and the price has never been lower than it is now in the harbour shops.`,
    ...features,
    `${name} (latest model)`,
    price,
    'Available from Harbour Shop',
    'Buy Now'
  ]
  const source = [
    'The best deals on harbour gear this week',
    'By Jane Example',
    'Spring is the time to get a boat ready, and a few of the harbour shops have cut their prices on the gear that sailors need most this season.',
    'We looked at the offers of the week and picked the ones that are worth it, from life jackets to lanterns, and list them below with their prices.',
    ...section('Harbour lantern', '$24.99', ['Bright LED light that lasts for twelve hours on one charge of its battery.', 'Water resistant case']),
    ...section('Deck shoes', '$59.00', ['Soles that grip on wet wooden decks and on the stones of the old pier.', 'Three colours']),
    ...section('Life jacket', '$89.00', ['Approved for adults, with a whistle and a reflective strip on both shoulders.', 'Fits over a coat']),
    'Rope kit',
    'Braided, with two clips',
    'Red or blue',
    'Marked every metre so that sailors can measure the anchor line quickly.',
    'Rope kit (latest model)',
    '$19.50',
    'Available from Harbour Shop',
    'Buy Now',
    'Follow @HarbourDeals for the latest offers',
    'Tags: Deals'
  ].join('\n')
  const body = parseArticle(source, {inputPath: 'page.txt'}).body
  assert.ok(body.includes('Marked every metre so that sailors can measure the anchor line quickly.'))
  assert.ok(body.includes('$19.50'))
  assert.not.ok(body.includes('Follow @HarbourDeals for the latest offers'))
})

test('the facts between the last paragraph and the share buttons are the article’s, teasers there are not', () => {
  const facts = ['Harbour Theatre Summer Series', 'June 4 ~ August 30', 'Tue – Sat 8PM', 'Tickets', 'Front row : 40 €', 'Balcony : 25 €', 'Box office', '0123-456-789', 'Share this entry']
  const source = ['Harbour town stages its old pier play again', ...paragraphs, ...facts, 'Share on Facebook', 'Share on Twitter'].join('\n')
  const body = parseArticle(source, {inputPath: 'page.txt'}).body
  assert.ok(body.includes('Balcony : 25 €'))
  assert.ok(body.includes('0123-456-789'))
  assert.not.ok(body.includes('Share this entry'))
  const teasers = ['Ten walks along the northern coast this summer', 'Why the ferry timetable is changing again next month', 'A baker who has opened at dawn for forty years retires', 'The lighthouse keeper who counted 2 million waves']
  const other = ['Harbour town stages its old pier play again', ...paragraphs, ...teasers, 'Share on Facebook', 'Share on Twitter'].join('\n')
  assert.not.ok(parseArticle(other, {inputPath: 'page.txt'}).body.some((block) => block.startsWith('Ten walks')))
})

test('a list of facts right under the last paragraph is the article’s, a list of titles with colons is not', () => {
  const facts = ['Colour: green', 'Thickener: lithium soap', 'Temperature range: -40 to +120 °C', 'Sizes: 12 ml, 125 ml, 450 ml']
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...facts].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const fact of facts) assert.ok(article.body.includes(fact), fact)
  const titles = ['Episode 64: Ships of the Line', 'Podcast: The Harbour Hour', 'Wiki: Piers of the World']
  const linked = parseArticle(['Harbour town votes to rebuild its old pier', ...paragraphs, ...titles].join('\n'), {inputPath: 'page.txt'})
  for (const title of titles) assert.not.ok(linked.body.includes(title), title)
})

test('footnotes that link back to the text are the article’s, however alike their years make them', () => {
  const notes = [
    'Jane Roe, The harbour and its piers, a history of the timber building on the northern coast and of the people who built it, Harbour Press, 1991 ↩',
    'Jane Roe, 1991, p. 169 ↩',
    'John Doe, Ships that sank in the bay and the timbers that the town took from them for its piers and its houses, in the town yearbook of 1988 ↩',
    'Jane Roe, 1991, p. 177 ↩',
    'Jane Roe, 1991, p. 182 ↩',
    'Town council, Minutes of the meeting on the pier and of the vote on its rebuilding, with the letters that residents sent to the council, 2021 ↩'
  ]
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, ...notes].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  for (const note of notes) assert.ok(article.body.includes(note), note)
})


test('a title with nothing of the article under it, after the last paragraph, is not body', () => {
  const teaser = 'Best of the Coast: The ten finest piers of 2024'
  const comments = [
    '40 pictures »',
    '120 comments',
    'SamReader',
    'member since 12/2006',
    'I walked on that pier as a child, and I am glad that it will be rebuilt at last, really.',
    'AlexOther',
    'member since 03/2011',
    'The school needs the money more than the tourists need a pier, in my opinion anyway.'
  ]
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, teaser, ...comments].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
  assert.is(fates(source).get(teaser), 'trailing-heading')
})

test('a subheading with its paragraph under it, and a sign-off under the last paragraph, stay', () => {
  const subheading = 'What happens next'
  const next = 'The council will meet again in May to choose a builder, and residents may speak at that meeting before the vote.'
  const withParagraph = ['Harbour town votes to rebuild its old pier', ...paragraphs, subheading, next].join('\n')
  assert.ok(parseArticle(withParagraph, {inputPath: 'page.txt'}).body.includes(subheading))
  for (const signOff of ['Euer Jan', '— Jane Doe (@janedoe) May 2, 2020']) {
    const signed = ['Harbour town votes to rebuild its old pier', ...paragraphs, signOff, 'Newsletter', 'Privacy', 'Terms'].join('\n')
    assert.ok(parseArticle(signed, {inputPath: 'page.txt'}).body.includes(signOff), signOff)
  }
})

test('a teaser card under the article goes, cards that make up a page of them stay', () => {
  const title = 'Sailing courses this summer'
  const teaser = 'Our sailing school teaches beginners on the bay every weekend from June, and the first lesson is free.'
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, title, teaser, 'Learn more'].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.equal(article.body, paragraphs.slice(1))
  const rules = fates(source)
  assert.is(rules.get(teaser), 'teaser-card')
  assert.is(rules.get(title), 'teaser-card')
  const hub = ['Harbour news of the week', paragraphs[0], 'Learn more', 'Pier vote', paragraphs[1], 'Learn more', 'Works plan', paragraphs[2], 'Learn more'].join('\n')
  assert.ok(parseArticle(hub, {inputPath: 'page.txt'}).body.includes(paragraphs[1] ?? ''))
})

test('the title of a teaser with its more link glued on goes with it', () => {
  const title = 'What the harbour master says'
  const teaser = 'Every week the harbour master answers the questions of readers about the bay. mehr'
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], title, teaser, ...paragraphs.slice(1)].join('\n')
  const rules = fates(source)
  assert.is(rules.get(teaser), 'teaser-more-link')
  assert.is(rules.get(title), 'teaser-card')
  assert.equal(parseArticle(source, {inputPath: 'page.txt'}).body, paragraphs.slice(1))
})

test('a caption printed in one block with its credit goes, a paragraph over a blank line and a credit stays', () => {
  const caption = 'The old pier in the winter of 1950, seen from the harbour wall.'
  const source = ['Harbour town votes to rebuild its old pier', '', paragraphs[0], '', caption, '© Jane Example', '', paragraphs[1], '', paragraphs[2]].join('\n')
  const rules = fates(source)
  assert.is(rules.get(caption), 'credited-caption')
  assert.equal(parseArticle(source, {inputPath: 'page.txt'}).body, paragraphs.slice(1))
  const apart = ['Harbour town votes to rebuild its old pier', '', paragraphs[0], '', paragraphs[1], '', '© Jane Example', '', paragraphs[2]].join('\n')
  assert.is(fates(apart).get(paragraphs[1] ?? ''), 'body')
})

test('a paragraph over a paywall\'s continue link or over a link label with a colon stays', () => {
  const cut = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Weiterlesen', 'Ferry timetable changes again next month', 'Harbour festival moves to June'].join('\n')
  assert.is(fates(cut).get(paragraphs[2] ?? ''), 'body')
  const label = ['Harbour town votes to rebuild its old pier', ...paragraphs, 'Mehr lesen:', 'Ferry timetable changes again next month'].join('\n')
  assert.is(fates(label).get(paragraphs[2] ?? ''), 'body')
})

test('titles over credited pictures in every section stay, a caption with its photographer glued on goes', () => {
  const titles = ['Will the pier last longer?', 'Does the town need a pier?', 'Who pays for the pier?']
  const sections = [paragraphs[1] ?? '', paragraphs[2] ?? '', 'The council will pay half of the cost, and the harbour trust and a fund of the region will share the rest of it.']
  const lines = ['Harbour town votes to rebuild its old pier', '', paragraphs[0] ?? '', '']
  for (const [index, title] of titles.entries()) lines.push(title, '© Jane Example', '', sections[index] ?? '', '')
  lines.push('The mayor said the decision was final and that the works would start in spring, whatever the weather.')
  const rules = fates(lines.join('\n'))
  for (const title of titles) assert.is(rules.get(title), 'body', title)
  const caption = 'Die alte Mole im Winter 1950: Baden verbotenThomas Example'
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], caption, ...paragraphs.slice(1)].join('\n')
  assert.is(fates(source).get(caption), 'caption-glued-name')
  const product = 'The harbour app now also runs on the new PlayStation Plus'
  assert.is(fates(['Harbour town votes to rebuild its old pier', paragraphs[0], product, ...paragraphs.slice(1)].join('\n')).get(product), 'body')
})

test('a figure of a title, a credit and a caption, printed as one block, goes whole', () => {
  const title = 'Looking for the ospreys'
  const caption = 'Fans online worried when the birds stopped sending their positions.'
  const source = ['Harbour town votes to rebuild its old pier', '', paragraphs[0], '', title, '© Jane Example', caption, '', paragraphs[1], '', paragraphs[2]].join('\n')
  const rules = fates(source)
  assert.is(rules.get(title), 'credited-caption')
  assert.is(rules.get(caption), 'credited-caption')
})

test('a paragraph that a box above the headline quoted stays in the body', () => {
  const quoted = 'In the glass the wine shows a delicate pink, and its nose opens with fresh strawberries and a hint of rose petals.'
  const box = ['Skip to content', 'Home', 'Wines', 'Pink wine from the coast', quoted, 'Add to basket', 'Price: 9.90 €']
  const header = ['Harbour town votes to rebuild its old pier', 'By Jane Example', '12 March 2021']
  const source = [...box, ...header, paragraphs[0], paragraphs[1], quoted, paragraphs[2]].join('\n')
  const article = parseArticle(source, {inputPath: 'page.txt'})
  assert.ok(article.body.includes(quoted))
})

test('a short closing sentence with a credit in brackets after it is the article’s last line', () => {
  const closing = 'The pier will open again next summer. (Harbour News Agency)'
  const source = ['Harbour town votes to rebuild its old pier', ...paragraphs, closing, 'Share', 'Advertisement', 'Newsletter'].join('\n')
  assert.ok(parseArticle(source, {inputPath: 'page.txt'}).body.includes(closing))
})

test('another article embedded in the body, headline and byline over its paragraphs, goes down to the furniture that closes it', () => {
  const embedded = ['Ferry line to close for the winter', 'By Sam Example for Harbour Online', 'The ferry to the islands stops in November, the operator said on Monday, and will sail again in April.']
  const more = 'The mayor said the new pier would also serve the ferry once the line sails again, and that the harbour would pay for the landing stage.'
  const source = ['Harbour town votes to rebuild its old pier', 'By Jane Example', paragraphs[0], paragraphs[1], paragraphs[2], ...embedded, 'Advertisement', more, paragraphs[0]?.replace('Tuesday', 'Wednesday'), paragraphs[2]?.replace('spring', 'summer')].join('\n')
  const rules = fates(source)
  for (const line of embedded) assert.is(rules.get(line), 'embedded-article', line)
  assert.is(rules.get(more), 'body')
})

test.run()
