import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {parseArticle} from '../src/parse-article.js'
import {headlineText} from '../src/stages/headline-shape.js'

const paragraphs = [
  'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago, ending a long dispute.',
  'Supporters said the pier was part of the town and that visitors came for it, while opponents asked whether the money should go to the school.',
  'Work is expected to begin in the spring and to take about a year, the mayor said, adding that local carpenters would be hired where possible.'
]

function titleOf(lines: readonly string[]): string {
  return parseArticle([...lines, ...paragraphs].join('\n'), {inputPath: 'page.txt'}).title
}

test('a headline in guillemets is a headline, a breadcrumb with one is not', () => {
  assert.is(titleOf(['»Rebuild the pier, and soon!«', '12. März 2021']), '»Rebuild the pier, and soon!«')
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'Home » Town » Harbour']), 'Harbour town votes to rebuild its old pier')
})

test('a link to the previous post, a credited caption and a byline are not headlines', () => {
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', '← Ferry timetable changes again next month']), 'Harbour town votes to rebuild its old pier')
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'The pier after the storm © Jane Example']), 'Harbour town votes to rebuild its old pier')
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'von Erika Muster']), 'Harbour town votes to rebuild its old pier')
})

test('a menu row glued into one word is not a headline', () => {
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'NewsTownHarbour pier rebuilt']), 'Harbour town votes to rebuild its old pier')
})

test('a headline may open with a word that labels bylines', () => {
  assert.is(titleOf(['Von der Leyen visits the harbour town and its pier', '12. März 2021']), 'Von der Leyen visits the harbour town and its pier')
})


test('the first line of a page stays a headline candidate far above the prose', () => {
  const facts = Array.from({length: 30}, (_, index) => `${index + 2} cups of flour (${index} g)`)
  const text = ['Grandmother’s harbour pier cake with plums', ...facts, ...paragraphs].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.title, 'Grandmother’s harbour pier cake with plums')
  // What stands between is not the article's opening.
  assert.not.ok(article.body.some((block) => block.includes('cups of flour')))
})

test('a headline right over its first paragraph wins though a table of contents cuts that paragraph off from the prose', () => {
  const lines = [
    'Harbour News',
    'Town and Sea',
    'How the harbour town will rebuild its old pier',
    'In this article, I explain how the town will rebuild the wooden pier, what the works cost and who will pay for them.',
    'The article consists of these parts:',
    'Costs of the works',
    'Timeline of the works',
    'Carpenters from the town',
    'Questions from readers',
    'Carpenters from the harbour town wanted'
  ]
  const article = parseArticle([...lines, ...paragraphs].join('\n'), {inputPath: 'page.txt'})
  assert.is(article.title, 'How the harbour town will rebuild its old pier')
  assert.is(article.lead, lines[3])
})

test('a headline stands right over a meta row with its date among the fields', () => {
  const lines = ['Harbour News', 'Town and Sea', 'Why the harbour town wants its old pier back', 'Jane Example – 14.09.2022 – Column, Town, Harbour', 'Pier works start in spring']
  assert.is(titleOf(lines), 'Why the harbour town wants its old pier back')
})

test('a line like prose in the block is the headline over a meta line naming the author, a notice above it lost', () => {
  const lines = [
    'Harbour News',
    'Town and Sea',
    'Our harbour town has waited two winters for this day, and the whole town came out to the quay to hear it.',
    'The town will rebuild its old pier after two winters of storms and a long debate in the council!',
    '1.11.23 20:19 von Jane Example Lesezeit: 4 Min.'
  ]
  assert.is(titleOf(lines), lines[3])
})

test('a line like prose in the block is the headline where a breadcrumb opening the block ends in it', () => {
  const headline = 'The town will rebuild its old pier after two winters of storms and a long debate in the council!'
  const lines = ['Harbour News', 'Town and Sea', `home / Town / Harbour / ${headline}`, headline, 'Related topics:', 'Harbour and town']
  assert.is(titleOf(lines), headline)
})

test('a kicker of a few words gives way to the headline under it, a headline over its standfirst stays', () => {
  assert.is(titleOf(['Harbour works', 'Council votes to rebuild the old wooden pier by spring', '12. März 2021']), 'Council votes to rebuild the old wooden pier by spring')
  // A standfirst ends like a sentence.
  assert.is(titleOf(['Pier rebuilt', 'The council voted to rebuild the old wooden pier by spring.', '12. März 2021']), 'Pier rebuilt')
})

test('a headline that the page echoes (page title with the site name, a comment count quoting it) wins over a nearer line', () => {
  const lines = [
    'Harbour town votes to rebuild its old pier | The Harbour Gazette',
    'Harbour town votes to rebuild its old pier',
    'Local carpenters to be hired where possible for the works'
  ]
  assert.is(titleOf(lines), 'Harbour town votes to rebuild its old pier')
  const text = ['Harbour news', 'Town backs its new pier', 'Carpenters wanted for the harbour works', ...paragraphs, '2 comments on “Town backs its new pier”'].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Town backs its new pier')
})

test('a headline over its standfirst stays the headline; a tag list or a caption over the headline does not', () => {
  assert.is(
    titleOf(['Council votes to rebuild the old harbour pier', 'Supporters say the harbour pier brings visitors, while opponents ask about the school budget']),
    'Council votes to rebuild the old harbour pier'
  )
  assert.is(titleOf(['Town, Harbour, Council, Politics', 'Council votes to rebuild the old harbour pier']), 'Council votes to rebuild the old harbour pier')
  assert.is(titleOf(['« Ferry timetable changes again next month', 'Council votes to rebuild the old harbour pier']), 'Council votes to rebuild the old harbour pier')
})


test('a headline under a teaser that opens the prose run is found inside it', () => {
  const text = [
    'Weather 14°C',
    'Read our guide to the ferries, the beaches and the cafés of the bay before you travel there this summer.',
    'Harbour town votes to rebuild its old pier',
    'By Jane Example | 3 May 2021',
    ...paragraphs
  ].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.title, 'Harbour town votes to rebuild its old pier')
  assert.is(article.byline, 'Jane Example')
})

test('a tag list and a line cut off at a comma are not headlines', () => {
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'Politics, Harbour, Jane Example']), 'Harbour town votes to rebuild its old pier')
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'Reviews, news, the pier and the harbour,']), 'Harbour town votes to rebuild its old pier')
})

test('a headline may hold a brand glued from words, two short sentences, or titles in quotes between commas', () => {
  assert.is(titleOf(['Blog', 'Insights', 'Three findings from our 2021 DevSecOps survey', 'Published on: 3 May 2021']), 'Three findings from our 2021 DevSecOps survey')
  assert.is(titleOf(['HARBOUR', 'Storms wrecked this pier for a decade. Now, it is being rebuilt.', '3 May 2021']), 'Storms wrecked this pier for a decade. Now, it is being rebuilt.')
  assert.is(titleOf(['On screens this week', 'Review: «The Pier», «Tides», «Harbour Lights»…', 'By Jane Example — 3 May 2021']), 'Review: «The Pier», «Tides», «Harbour Lights»…')
  // Menu items glued across words stay a menu.
  assert.is(titleOf(['TopicsHarbour worksTown PoliticsCouncil', 'Council votes to rebuild the old harbour pier', '3 May 2021']), 'Council votes to rebuild the old harbour pier')
})

test('the line right over the byline is the headline, not a kicker or an overline further up', () => {
  assert.is(
    titleOf(['Harbour works', 'Council votes to rebuild the old wooden pier by spring', 'By Jane Example', '3 May 2021']),
    'Council votes to rebuild the old wooden pier by spring'
  )
  // A longer line over a shorter one is an overline, not a headline over its standfirst.
  assert.is(
    titleOf([
      'Everything is ready for the march that the harbour unions, the ferry workers and the fishing families called for',
      '"The pier belongs to the town, not to the council"',
      'By Jane Example',
      '3 May 2021'
    ]),
    '"The pier belongs to the town, not to the council"'
  )
})

test('a headline right over its byline is found past a notice that opens the prose run, or under a breadcrumb', () => {
  const notice = 'Your browser is out of date, so some parts of this site may not work as they should until you update it.'
  const article = parseArticle(['Menu', 'Search', notice, 'Harbour town votes to rebuild its old pier', 'By Jane Example', ...paragraphs].join('\n'), {
    inputPath: 'page.txt'
  })
  assert.is(article.title, 'Harbour town votes to rebuild its old pier')
  assert.is(article.body.join(' ').includes('out of date'), false)
  const crumbs = ['Home / Town / Harbour / Council votes to rebuild the old harbour pier by spring', 'Harbour works', 'Council votes to rebuild the old harbour pier by spring']
  assert.is(titleOf(crumbs), 'Council votes to rebuild the old harbour pier by spring')
})

test('a teaser in a list with a byline under each is no headline, the headline over the article is', () => {
  const text = [
    'Ferry timetable changes again next month',
    'By John Example',
    'Beach cafés open early this year after a mild spring',
    'By Erika Muster',
    'Fishing families ask for a new slipway',
    'By Max Muster',
    'Harbour town votes to rebuild its old pier',
    'By Jane Example',
    '3 May 2021',
    ...paragraphs
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Harbour town votes to rebuild its old pier')
})

test('a headline may hold a date; a meta line with a date, a time or a byline label is none', () => {
  assert.is(
    titleOf(['Report on the harbour works of 22.04.2021 – what is the council waiting for?', 'By Jane Example']),
    'Report on the harbour works of 22.04.2021 – what is the council waiting for?'
  )
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'Harbour (1 / 1) 06.11.2021 13:30 von Erika']), 'Harbour town votes to rebuild its old pier')
})

test('a caption over its credit and a labelled meta line are no headlines', () => {
  assert.is(
    titleOf(['Harbour town votes to rebuild its old pier', 'By Jane Example', 'The old pier after the storm of 2019', 'Photo: John Example', 'Updated: 20 hours ago']),
    'Harbour town votes to rebuild its old pier'
  )
})

test('a headline broken after its colon is one headline of two lines; a label over a quotation is not', () => {
  const text = ['Dance at the old harbour depot:', 'Washed with all the waters', 'By Jane Example', ...paragraphs].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.title, 'Dance at the old harbour depot: Washed with all the waters')
  assert.not.ok(article.body.some((block) => block.includes('Washed')))
  assert.is(titleOf(['And once more about the water:', '»Keep the harbour clean!«', 'By Jane Example']), '»Keep the harbour clean!«')
})

test('a short headline right over the prose wins over the menu above it; a comment prompt is no headline', () => {
  const text = ['Home', 'About us', 'Ferry times', 'Contact', 'Harbour history', ...paragraphs, 'Leave a reply'].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Harbour history')
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'Leave a reply']), 'Harbour town votes to rebuild its old pier')
})

test('a heading printed twice in a row far above the prose is the headline of a shop or recipe page', () => {
  const facts = Array.from({length: 30}, (_, index) => `${index + 2} cups of flour (${index} g)`)
  const text = ['Shop', 'Cart', 'Grandmother’s plum cake with almonds', 'Grandmother’s plum cake with almonds', ...facts, ...paragraphs].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Grandmother’s plum cake with almonds')
})

test('a meta row of pipes and a label over a name are no headlines', () => {
  assert.is(titleOf(['26 | 01 | 2022 Harbour | Town | Video', 'Harbour town votes to rebuild its old pier']), 'Harbour town votes to rebuild its old pier')
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'Columnist: Jane Example']), 'Harbour town votes to rebuild its old pier')
})


test('a table of contents whose entries come back as subheadings is no headline', () => {
  const text = [
    'Why the harbour town wants its pier back',
    'Contents',
    'Why did the storms destroy the wooden pier?',
    'Did the council vote for the school?',
    'Will local carpenters rebuild the pier?',
    'Town, News',
    '12. März 2021',
    paragraphs[0],
    'Why did the storms destroy the wooden pier?',
    paragraphs[1],
    'Did the council vote for the school?',
    paragraphs[2],
    'Will local carpenters rebuild the pier?',
    paragraphs[0]
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Why the harbour town wants its pier back')
})

test('a headline over a meta line naming its author wins over a subheading nearer the prose', () => {
  const lines = ['A happy start into the new year for the harbour town', '1. Januar 2016 von Erika Muster Ein Kommentar', 'creation / pixelio.de', 'First things first: a wonderful new year to all of you, with luck and joy 🙂']
  assert.is(titleOf(lines), 'A happy start into the new year for the harbour town')
})

test('a headline measured as prose stands over its byline, a name alone over the date', () => {
  const lines = [
    'The Harbour Weekly',
    'Portrait',
    'Press Enter to start the search, or Escape to leave the search window.',
    'We are gone now (and this headline must go too! Or?)',
    'How is it when the end is near? A look at the last days of the newsroom.',
    'Jane Example',
    '16.11.2018, 03:00'
  ]
  assert.is(titleOf(lines), 'We are gone now (and this headline must go too! Or?)')
})
test('a breadcrumb of pipes without spaces and a name over the date are no headlines', () => {
  assert.is(titleOf(['Home|Town|Harbour|Pier works', 'Harbour town votes to rebuild its old pier']), 'Harbour town votes to rebuild its old pier')
  assert.is(titleOf(['Jane Example', '2. Okt. 2022', 'Harbour town votes to rebuild its old pier']), 'Harbour town votes to rebuild its old pier')
})

test('a headline printed again with soft hyphens is its copy, not a headline under a kicker', () => {
  const lines = ['Harbour news', '2022', 'Piers are no lawless place', 'Piers are no law\u00ADless pla\u00ADce']
  assert.is(titleOf(lines), 'Piers are no lawless place')
})

test('what copying glued before a headline is left out of the title, a kicker with a colon stays', () => {
  assert.is(headlineText('Harbour works – „We will rebuild the pier“'), '„We will rebuild the pier“')
  assert.is(headlineText('Wormery Wormery built at home'), 'Wormery built at home')
  assert.is(headlineText('Jun 17 The most beautiful end of the harbour'), 'The most beautiful end of the harbour')
  assert.is(headlineText('Climate: Drilling until it gets hot'), 'Climate: Drilling until it gets hot')
  assert.is(headlineText('Libre cours : Raoult, les nazis et moi'), 'Libre cours : Raoult, les nazis et moi')
  assert.is(titleOf(['Harbour works – „We will rebuild the pier“', '12. März 2021']), '„We will rebuild the pier“')
})

test('a caption with its credit after a slash and a meta line with a label inside are no headlines', () => {
  assert.is(titleOf(['Harbour town rebuilds', 'Jane Example', 'The council of the harbour town votes on the wooden pier / AFP']), 'Harbour town rebuilds')
  assert.is(titleOf(['Harbour town rebuilds', 'Jane Example', 'The wooden pier. Agency / Jane Example']), 'Harbour town rebuilds')
  assert.is(titleOf(['Pier rebuilt', 'Jane Example', 'Issue 2022/3 Category: Harbour works']), 'Pier rebuilt')
})

test('a line wholly in parentheses and a meta line with its date between separators are no headlines', () => {
  assert.is(titleOf(['Pier vote', 'Harbour news', 'Old pier returns', '(Jane Example / Harbour Gazette)']), 'Old pier returns')
  assert.is(titleOf(['Pier vote', 'Old pier returns', 'Jane Example – 14.09.2022 – Column, Harbour town, Wooden pier, Council']), 'Old pier returns')
})

test('a byline label alone under a headline stands for its byline', () => {
  const lines = ['New pier does a superior job for the harbour', 'By', 'Jane Example', 'Date', 'February 5, 2020', 'Share', 'Facebook', 'Twitter', 'Email', 'A first look at the plans for the new wooden pier of the town']
  assert.is(titleOf(lines), 'New pier does a superior job for the harbour')
})

test('a name over a button over the date is a byline under the headline', () => {
  const lines = ['Rebuilding the harbour pier in production (without downtime)', 'Jane Example', 'Follow', 'Oct 18, 2019 · 8 min read', 'Why is the pier important?']
  assert.is(titleOf(lines), 'Rebuilding the harbour pier in production (without downtime)')
})

test('a line with a web address is a site\'s name or a link more often than a headline', () => {
  assert.is(titleOf(['Harbour town votes to rebuild its old pier', 'via harbour-gazette.example https://harbour-gazette.example']), 'Harbour town votes to rebuild its old pier')
})


test('a short headline stands over a standfirst longer than headlines run', () => {
  const lines = ['Pier rebuilt', 'The harbour town council voted to rebuild the wooden pier that storms destroyed, ending a long dispute between neighbours']
  assert.is(titleOf(lines), 'Pier rebuilt')
})

test('a control’s prompt is not a headline', () => {
  assert.is(titleOf(['Skip to the main content', 'Harbour pier']), 'Harbour pier')
  assert.is(titleOf(['Pier news', 'Toggle navigation menu']), 'Pier news')
  assert.is(titleOf(['Hinterlasse jetzt einen Kommentar', 'Pier']), 'Pier')
  // News about the controls is no prompt.
  assert.is(titleOf(['Harbour', 'Why browser cookies are dying']), 'Why browser cookies are dying')
})

test('a headline printed twice around a line is the headline, the line between its furniture', () => {
  const lines = ['Harbour plans approved', 'Council votes to rebuild the wooden pier that storms destroyed', 'Harbour plans approved']
  assert.is(titleOf(lines), 'Harbour plans approved')
})

test('a quotation alone over the headline is a pull quote', () => {
  const lines = ['“The harbour town needs its wooden pier back”', 'Council votes to rebuild the wooden pier', 'Work on the new pier will begin in spring.', 'By Jane Example', '12 March 2021']
  assert.is(titleOf(lines), 'Council votes to rebuild the wooden pier')
})

test('the line under a date that opens the text stays a headline candidate far above the prose', () => {
  const facts = Array.from({length: 30}, (_, index) => `${index + 2} cups of flour (${index} g)`)
  const text = ['12 March 2021', 'Council votes to rebuild the wooden pier', ...facts, ...paragraphs].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Council votes to rebuild the wooden pier')
})


test('a headline printed twice over its date is the headline however deep the prose above it runs', () => {
  const introduction = [
    'Welcome to the harbour weekly, where the people of the town have written about their boats, their fish and their weather since the year the old lighthouse was built.',
    'Our readers send us their stories every week, and our small team of volunteers checks each of them before it goes to print on Friday morning.'
  ]
  const teasers = Array.from({length: 14}, (_, index) => [
    `Boat number ${index + 1} returns to the harbour`,
    `The crew of boat number ${index + 1} came home on a calm morning after ${index + 3} weeks at sea, and their families waited on the quay.`
  ]).flat()
  const headline = 'Harbour town votes to rebuild its old pier'
  const text = ['Harbour Weekly', 'About us', ...introduction, ...teasers, 'Latest news', headline, headline, '12. März 2021', ...paragraphs].join('\n')
  const article = parseArticle(text, {inputPath: 'page.txt'})
  assert.is(article.title, headline)
  // The teasers above the header are not the article's opening.
  assert.not.ok([article.lead ?? '', ...article.body].some((block) => block.includes('boat number')))
})


test('a kicker glued before the headline goes when the page prints the headline without it', () => {
  assert.is(
    titleOf(['Harbour works Town votes to rebuild its old pier', 'Town votes to rebuild its old pier - Harbour works', '12. März 2021']),
    'Town votes to rebuild its old pier'
  )
  // Set off by a colon or a dash, or ending in a function word, it is part of the headline.
  assert.is(titleOf(['Harbour works: Town votes to rebuild its old pier', 'Town votes to rebuild its old pier', '12. März 2021']), 'Harbour works: Town votes to rebuild its old pier')
  assert.is(titleOf(['Best of harbour town piers', 'Harbour town piers', '12. März 2021']), 'Best of harbour town piers')
})

test('a teaser of a grid printed twice, as each of its neighbours is, is no headline printed twice', () => {
  const grid = ['Ferry timetable: what changes in the spring?', 'Lighthouse keepers: who still does the job?', 'Fish market: why prices rise again this year']
  const lines = ['Harbour News', 'Home', 'Town', 'Pier', 'Harbour town votes to rebuild its old pier', 'Read more', 'Share this article', ...grid.flatMap((teaser) => [teaser, teaser])]
  assert.is(titleOf(lines), 'Harbour town votes to rebuild its old pier')
})

test('a headline over its date deep in the block pays for its depth no more than a line eight lines in', () => {
  const introduction = [
    'Welcome to the harbour weekly, where the people of the town have written about their boats, their fish and their weather since the year the old lighthouse was built.',
    'Our readers send us their stories every week, and our small team of volunteers checks each of them before it goes to print on Friday morning.'
  ]
  const topics = ['Boats', 'Fishing', 'Weather', 'Ferries', 'Lighthouse', 'Markets', 'Schools', 'Sports', 'Culture', 'Letters', 'Archive', 'Contact']
  assert.is(titleOf(['Harbour Weekly', 'Home', ...introduction, ...topics, 'Harbour town votes to rebuild its old pier', '12. März 2021']), 'Harbour town votes to rebuild its old pier')
})

test('an author\'s name with the date after it under a headline is its byline row', () => {
  const lines = [
    'Harbour Weekly of the North Sea',
    'Harbour Weekly of the North Sea',
    'Harbour town votes to rebuild the old pier after a long dispute',
    'The mayor says the works begin in spring',
    'Jane Mary Example 3/5/2022 22:41'
  ]
  assert.is(titleOf(lines), 'Harbour town votes to rebuild the old pier after a long dispute')
})

test('a byline\'s label alone over the author\'s name is no headline', () => {
  assert.is.not(titleOf(['Harbour Weekly', 'Weather', 'Sign out', 'By', 'Jane Example', '6 OCT 2020']), 'By')
})


test('a first line over its lead paragraph stays the headline over a subheading standing over denser prose', () => {
  const ads = Array.from({length: 24}, (_, index) => (index % 2 === 0 ? `Harbour carpenter number ${index} (m/w/d) Example Yard GmbH` : `Harbourtown ${index} Zum Job`))
  const text = [
    'Harbours 12.12.2022, 08:30 Uhr',
    'Harbour town: can a new pier bring the visitors back?',
    '',
    'The council of a small harbour town wants to rebuild its pier, and the vote on Tuesday settled a dispute that had lasted two winters.',
    '',
    ...ads,
    'What exactly did the council decide on Tuesday about the pier?',
    '',
    ...paragraphs
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Harbour town: can a new pier bring the visitors back?')
})

test('a heading that a numbered table of contents lists heads a section, not the article', () => {
  const text = [
    'A buyer’s guide to harbour piers and what they cost',
    '12. März 2021 Erika Muster Guides, Harbours, Piers 0',
    'Most harbour towns want a pier. This guide tells you what to look for before the council votes on one.',
    '',
    'Contents',
    '1 What is a pier anyway?',
    '2 Why a harbour town needs a pier',
    '3 What a pier costs',
    '',
    ...Array.from({length: 12}, (_, index) => `Pier model ${index + 1}\n${index + 10},99 EUR`),
    'What is a pier anyway?',
    ...paragraphs
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'A buyer’s guide to harbour piers and what they cost')
})

test('a short headline that a breadcrumb glued into one word ends in is the headline, far above the prose', () => {
  const facts = ['Details', 'Category: First tries', 'Camera: Example 60', 'Focal length in mm: 180', 'ISO: 640', 'Exposure: 60 x 3 minutes', 'Place: Harbour hill', 'Time zone: CET', 'Filter: none', 'Mount: Example EQ']
  const text = [
    'Search for:',
    'HomePicturesHarbour pier, M45',
    'Harbour pier, M45',
    'September 17, 2019 Erika Muster 0',
    'The pier at night, with the lights of the harbour town behind it and a long exposure that shows the stars turning over the water.',
    ...facts,
    ...paragraphs
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Harbour pier, M45')
})

test('a caption opening with the echoed name of the page is not the headline', () => {
  const text = [
    'You are here: Home » Towns » Harbourtown-West',
    'Harbourtown-West',
    'Harbourtown-West The old boat shed at the end of the pier, now a museum',
    '',
    'Overview',
    'Harbourtown-West View over the harbour basin and the new pier at dusk',
    ...paragraphs
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Harbourtown-West')
})

test('the last item of a list broken over lines is not the headline', () => {
  const text = [
    '“Harbour Life” brings the old pier back to the town',
    'A joint press release with the Harbour Society and the town council',
    'Press•',
    'Coast programme•',
    'Piers and harbours',
    '13.01.2022',
    '•',
    'Harbourtown on the coast',
    ...paragraphs
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, '“Harbour Life” brings the old pier back to the town')
})

test('the heading of a timeline far above the prose is not taken for a headline over its date', () => {
  const facts = Array.from({length: 40}, (_, index) => `Harbour fact ${index} ${index * 7} km2`)
  const text = [
    'New Harbourtown',
    'From the town wiki, the free encyclopedia',
    'Coordinates: 42°S 174°E',
    'New Harbourtown',
    ...facts.slice(0, 6),
    'Stages of independence from the county council',
    'Charter of the harbour',
    '6 February 1840',
    'Town council',
    '7 May 1856',
    'Free port',
    '26 September 1907',
    ...facts.slice(6),
    ...paragraphs
  ].join('\n')
  assert.is.not(parseArticle(text, {inputPath: 'page.txt'}).title, 'Stages of independence from the county council')
})

test('a headline between its date and its lead deep in a page beats a subheading over denser prose', () => {
  const menu = Array.from({length: 40}, (_, index) => [`Home`, `Towns`, `Harbours`, `Boats`, `Weather`][index % 5] ?? `Home`)
  const ads = Array.from({length: 30}, (_, index) => (index % 2 === 0 ? `Harbour carpenter number ${index} (m/w/d) Example Yard GmbH` : `Harbourtown ${index} Zum Job`))
  const text = [
    ...menu,
    'Harbours 12.12.2022, 08:30 Uhr',
    'Harbour town: can a new pier bring the visitors back?',
    '',
    'The council of a small harbour town wants to rebuild its pier, and the vote on Tuesday settled a dispute that had lasted two winters.',
    '',
    ...ads,
    'What exactly did the council decide on Tuesday about the pier?',
    '',
    ...paragraphs
  ].join('\n')
  assert.is(parseArticle(text, {inputPath: 'page.txt'}).title, 'Harbour town: can a new pier bring the visitors back?')
})

test.run()
