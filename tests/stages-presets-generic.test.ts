import {test} from 'uvu'
import * as assert from 'uvu/assert'
import {generic} from '../src/presets/generic.js'
import {bbc} from '../src/presets/bbc.js'
import {alJazeera} from '../src/presets/al-jazeera.js'
import {medium} from '../src/presets/medium.js'
import {snopes} from '../src/presets/snopes.js'
import {explainArticle} from '../src/parse-article.js'
import {matchRule} from '../src/stages/article-state.js'

/** The id of the first generic rule of a kind that matches a line. */
function rule(kind: 'remove' | 'endMarkers' | 'relatedHeaders', text: string): string | undefined {
  return matchRule([generic], kind, text)?.rule.id
}

test('short calls to share are furniture, sentences ending in the verb are not', () => {
  for (const text of ['Diesen Artikel teilen', 'Beitrag teilen:', 'Gefällt dir das? Jetzt teilen...', 'Click to share on Mastodon (Opens in new window)']) {
    assert.is(rule('remove', text), 'share-call', text)
  }
  assert.is(rule('remove', 'Wir wollen unsere Erfahrungen mit allen teilen.'), undefined)
})

test('a server\'s PHP messages above the page are furniture, prose about them is not', () => {
  for (const text of [
    'Deprecated: Assigning the return value of new by reference is deprecated in /srv/harbour/wp-settings.php on line 472',
    'Warning: Cannot modify header information - headers already sent in /srv/harbour/index.php on line 8',
    'Strict Standards: Declaration of Harbour_Walker::start() should be compatible in /srv/harbour/menu.php on line 30'
  ]) {
    assert.is(rule('remove', text), 'server-message', text)
  }
  assert.is(rule('remove', 'Warning: the harbour wall may give way in the next storm, the council said on Monday.'), undefined)
})

test('links to the site on a social network are furniture, sentences about one are not', () => {
  for (const text of ['Harbour Times on Twitter', 'Hafenblatt bei Facebook', 'Der Hafen auf Instagram…']) {
    assert.is(rule('remove', text), 'social-profile', text)
  }
  assert.is(rule('remove', 'The mayor announced the harbour plan on Twitter.'), undefined)
  assert.is(rule('remove', 'The council, which had argued for months over the harbour wall and its cost, finally posted the plan on Facebook'), undefined)
})

test('a blog post\'s footer ends it, related-list titles in more languages open a list', () => {
  for (const text of ['Posted by harbourwatch at 10:52 AM', 'Eingestellt von Hafenblick um 10:52']) {
    assert.is(rule('endMarkers', text), 'post-footer', text)
  }
  for (const text of ['RELACIONADOS:', 'Weitere interessante Themen', 'Entdecke weitere Hafengeschichten', 'Discover more']) {
    assert.is(rule('relatedHeaders', text), 'related-header', text)
  }
})

test('more buttons, rating prompts, inline teasers and related-list titles in more languages are furniture', () => {
  for (const text of ['Kommentieren', 'Artikel merken', 'Guardar', 'Imprimir', 'Ver comentarios', 'Link kopieren']) {
    assert.is(rule('remove', text), 'ui-labels', text)
  }
  assert.is(rule('remove', 'Wie bewerten Sie diesen Artikel? *'), 'feedback-prompt')
  assert.is(rule('remove', 'Lea: El puerto tendrá un muro nuevo'), 'inline-related')
  assert.is(rule('remove', 'Mira: el puerto de noche'), 'inline-related')
  assert.is(rule('relatedHeaders', 'Die Redaktion empfiehlt'), 'related-header')
  assert.is(rule('relatedHeaders', 'Sie könnten auch an folgenden Artikeln interessiert sein'), 'related-header')
  assert.is(rule('remove', 'Guardar la calma fue lo más difícil, dijo el capitán del puerto.'), undefined)
})

test('captions and lone credits pairing a news agency with a photographer are furniture', () => {
  for (const text of [
    'Boats wait out the storm in the old harbour on Tuesday. (AP Photo/Jane Doe)',
    'El muelle viejo durante la tormenta (REUTERS/Juan Pérez)',
    'The harbour wall after the storm, in 2016. (Jane Doe / AP)',
    'dpa/Jane Doe',
    'EPA/JANE DOE'
  ]) {
    assert.is(rule('remove', text), 'caption-agency-photographer', text)
  }
  assert.is(rule('remove', 'The council voted 5/4 to rebuild the wall (AP reported the vote first).'), undefined)
})

test('a teaser with its more link glued on after its last sentence is furniture, a sentence about more is not', () => {
  assert.is(rule('remove', 'What changed at the harbour this winter? The pier master answers questions every week. mehr'), 'teaser-more-link')
  assert.is(rule('remove', 'Der Hafen bekommt eine neue Mauer. Lesen Sie alles über den Bau. Read more'), 'teaser-more-link')
  assert.is(rule('remove', 'The council wants to spend more'), undefined)
  assert.is(rule('remove', 'The storm did damage. And then more'), undefined)
})

test('links back to a list and read-on links are navigation', () => {
  for (const text of ['Zurück zur Übersicht', 'Alle anzeigen']) {
    assert.is(rule('remove', text), 'navigation-link', text)
  }
  for (const text of ['weiterlesen', 'Read more »', 'Lire la suite']) {
    assert.is(rule('remove', text), 'read-more-link', text)
  }
  assert.is(rule('remove', 'Back to the harbour, thirty years later'), undefined)
})

test('newsletter and mail subscription boxes are furniture', () => {
  assert.is(rule('remove', 'Kostenlos zum Harbour-Newsletter anmelden'), 'newsletter-box')
  assert.is(rule('remove', 'Harbour Weekly Newsletter'), 'newsletter-box')
  assert.is(rule('remove', 'Get new posts delivered straight to your inbox'), 'email-subscription')
  assert.is(
    rule('remove', 'The harbour newsletter, which the council has printed for forty years, reported the vote in detail last week.'),
    undefined
  )
})

test('tag lists and captions ending in a copyright or stock agency are furniture', () => {
  assert.is(rule('remove', 'Schlagworte: Hafen, Stadtrat, Holz'), 'tag-list')
  assert.is(rule('remove', 'TAGS:'), 'tag-list')
  assert.is(rule('remove', 'The pier in winter. © Jane Doe / Harbour Archive'), 'caption-copyright')
  assert.is(rule('remove', 'Boats in the old harbour – Foto Studio / Shutterstock.com'), 'caption-copyright')
  assert.is(rule('remove', 'The tag on the boat was red.'), undefined)
})

test('comment prompts, comment counts and author boxes end the body; related headers are known in several languages', () => {
  for (const text of ['Comments (32)', 'Write a comment', 'Kommentieren Sie hier', 'Über den Autor', 'About the author']) {
    assert.is(rule('endMarkers', text), 'comments-section', text)
  }
  for (const text of ['Das könnte Sie auch interessieren:', 'Weitere Artikel zum Thema', 'Notas relacionadas', 'Dans la même rubrique', 'Czytaj też:']) {
    assert.is(rule('relatedHeaders', text), 'related-header', text)
  }
})

test('a comment counter under the standfirst does not end the article', () => {
  const paragraphs = [
    'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago.',
    'Supporters said the pier was part of the town and that visitors came for it, while opponents asked about the school.',
    'Work is expected to begin in the spring and to take about a year, the mayor said, adding that carpenters would be hired.'
  ]
  const source = ['Harbour town votes to rebuild its old pier', paragraphs[0], 'Comments (3)', ...paragraphs.slice(1)].join('\n')
  const explanation = explainArticle(source, {inputPath: 'page.txt'})
  assert.equal(explanation.article.body.slice(-2), paragraphs.slice(1))
  assert.is(explanation.lines.find((line) => line.text === 'Comments (3)')?.rule, 'comments-section')
})



test('a related list in the article tail takes the teasers after it; one boxed link between paragraphs does not', () => {
  const paragraphs = [
    'The council of a small harbour town voted on Tuesday to rebuild the wooden pier that storms destroyed two winters ago.',
    'Supporters said the pier was part of the town and that visitors came for it, while opponents asked about the school.',
    'Work is expected to begin in the spring and to take about a year, the mayor said, adding that carpenters would be hired.',
    'The old pier was built in 1890 and was for a century the longest on the coast, a postcard view that drew day trippers.'
  ]
  const teaser = 'A ferry that has crossed the bay for sixty years will stop in March, the operator said on Monday.'
  const tail = [...paragraphs, 'Related articles', 'Ferry timetable changes again next month', 'Lighthouse keepers return to the cape', teaser]
  const explanation = explainArticle(['Harbour town votes to rebuild its old pier', ...tail].join('\n'), {inputPath: 'page.txt'})
  assert.is(explanation.lines.find((line) => line.text === teaser)?.rule, 'after-related-header')
  const boxed = [...paragraphs.slice(0, 3), 'Related', 'Ferry timetable changes again next month', paragraphs[3]]
  const article = explainArticle(['Harbour town votes to rebuild its old pier', ...boxed].join('\n'), {inputPath: 'page.txt'}).article
  assert.is(article.body.at(-1), paragraphs[3])
})

test('comment widgets in brackets, WordPress post navigation and legal footers end the body', () => {
  for (const text of ['[ 12 comments ]', 'Top Rated Comments', 'View Comments', 'Comments are closed.', 'Join the conversation']) {
    assert.is(rule('endMarkers', text), 'comments-section', text)
  }
  assert.is(rule('endMarkers', 'Post navigation'), 'post-footer')
  assert.is(rule('endMarkers', '© 2020 Harbour Media Ltd. All rights reserved.'), 'legal-footer')
  assert.is(rule('endMarkers', 'Use of this site constitutes acceptance of our terms of use.'), 'legal-footer')
  // In every language it knows, Cyrillic included (a `\b` never stands before a Cyrillic letter).
  assert.is(rule('endMarkers', '© 2020 Гавань Медиа. Все права защищены.'), 'legal-footer')
  assert.is(rule('endMarkers', '© 2020 Médias du Port. Tous droits réservés.'), 'legal-footer')
  assert.is(rule('endMarkers', 'Harbour Mediaall rights reserved'), undefined)
  assert.is(rule('endMarkers', 'The council said the comments were closed to the public on Tuesday.'), undefined)
  for (const text of ['You may also like...', 'Popular Articles', 'Read these next']) {
    assert.is(rule('relatedHeaders', text), 'related-header', text)
  }
})

test('affiliate disclaimers are furniture, a byline that carries one is not', () => {
  for (const text of [
    'Harbour Weekly is supported by its readers. When you buy through links on our site, we may earn an affiliate commission.',
    'This post may contain affiliate links.',
    'Harbour Weekly may receive a commission'
  ]) {
    assert.is(rule('remove', text), 'affiliate-disclaimer', text)
  }
  assert.is(rule('remove', 'By Jane Doe | 3 Comments. This post may contain affiliate links.'), undefined)
  assert.is(rule('remove', 'The harbour commission met on Tuesday to discuss the pier.'), undefined)
})

test('a byline that carries a picture credit is left to the header, a caption with one is furniture', () => {
  for (const text of ['von Jane Doe Foto: © Harbour Press', 'By Jane Doe Photo: Harbour Press']) assert.is(rule('remove', text), undefined, text)
  assert.is(rule('remove', 'The pier in 1950. Foto: Harbour Press'), 'caption-credit')
  assert.is(rule('remove', 'The pier in 1950. © Harbour Press'), 'caption-copyright')
})

test('numbered figure captions and inline related links in more languages are furniture', () => {
  for (const text of ['Abbildung 5: Reif auf einem Nordhang', 'Fig. 2. The pier in 1950', 'Figure 3: Rainfall by month']) assert.is(rule('remove', text), 'figure-caption', text)
  assert.is(rule('remove', 'Figure 3 shows that rainfall doubled.'), undefined)
  for (const text of ['Le puede interesar: El puerto cierra por la tormenta', 'Czytaj też: Port zamknięty po burzy']) assert.is(rule('remove', text), 'inline-related', text)
})

test('paywalls, consent boxes, comment rules and calls to follow or write are furniture', () => {
  const cases: Array<[string, string]> = [
    ['To read the full story, please subscribe to the Harbour Weekly.', 'paywall-prompt'],
    ['Subscribe now to our e-edition for the full story.', 'paywall-prompt'],
    ['Already a subscriber? Log in here.', 'paywall-prompt'],
    ['Wählen Sie Ihren Zugang und lesen Sie weiter:', 'paywall-prompt'],
    ['Ich bin mit der Verarbeitung meiner Daten gemäß der Datenschutzerklärung einverstanden.', 'consent-checkbox'],
    ['I agree to the terms of use and the privacy policy.', 'consent-checkbox'],
    ['Please keep comments civil and on topic.', 'comment-policy'],
    ['Comments are moderated before they appear.', 'comment-policy'],
    ['Weitere Informationen:', 'section-label'],
    ['Quellenangaben', 'section-label'],
    ['Vergrößern Das neue Hafenbecken von oben.', 'enlarge-caption'],
    ['Der Pier im Winter. Zum Vergrößern auf das Bild klicken.', 'enlarge-caption'],
    ['Ein Boot im Hafen (Symbolbild).', 'enlarge-caption'],
    ['Jetzt die aktuelle Ausgabe bestellen!', 'issue-promo'],
    ['Dieser Beitrag stammt aus Ausgabe 3/2020 des Hafenmagazins.', 'issue-promo'],
    ['Dieser Text wurde veröffentlicht unter der Lizenz CC-BY 4.0.', 'license-notice'],
    ['This page is licensed under a Creative Commons Attribution license.', 'license-notice'],
    ['asked Mar 3, 2015 at 10:12', 'qa-meta'],
    ['Sorted by: Highest score', 'qa-meta'],
    ['Diesen Artikel als PDF herunterladen', 'download-prompt'],
    ['Jetzt registrieren', 'download-prompt'],
    ['Folgen Sie uns auf Twitter', 'follow-prompt'],
    ['Follow us on:', 'follow-prompt'],
    ['Submit a letter to the editor or write to us.', 'letters-prompt'],
    ['Leserbrief schreiben', 'letters-prompt'],
    ['Bei den Verlinkungen handelt es sich um Affiliate Links.', 'affiliate-note'],
    ['We may receive compensation when you buy through our links.', 'affiliate-note']
  ]
  for (const [text, id] of cases) assert.is(rule('remove', text), id, text)
  for (const text of [
    'The harbour master said the full story would come out at the hearing.',
    'Die Vergrößerung des Hafens kostet zwei Millionen Euro.',
    'Wir haben weitere Informationen zum Hafen angefragt.',
    'Sie folgten uns bis zum Pier.',
    'The council agreed to the terms after a long debate.',
    'Vergrößern (Bildquelle: Harbour Press)'
  ]) {
    assert.is(rule('remove', text), undefined, text)
  }
})

test('an author box ends the article, a sentence about an author does not', () => {
  for (const text of ['Über den Autor/ die Autorin', 'About the authors', 'Author', 'Autorin:', 'O autorze']) assert.is(rule('endMarkers', text), 'author-box', text)
  assert.is(rule('endMarkers', 'The author of the report spoke to the council.'), undefined)
})

test('cart widgets, app promos, comment box links, support appeals, photographer credits and rating requests are furniture', () => {
  const cases: Array<[string, string]> = [
    ['Ihr Warenkorb ist leer', 'shop-widget'],
    ['Download the Harbour Weekly apps for iOS and Android.', 'app-promo'],
    ['Kommentarfeed | Kommentare geschlossen | Trackback-URL', 'comment-widget'],
    ['Wenn Ihnen der Text gefallen hat: Unterstützen Sie unseren Journalismus.', 'support-appeal'],
    ['Support local journalism with a monthly gift.', 'support-appeal'],
    ['PHOTOGRAPH BY JANE DOE, HARBOUR PRESS', 'photograph-credit'],
    ['War der Artikel hilfreich?', 'feedback-prompt'],
    ['Kostenlos registrieren und weiterlesen', 'paywall-prompt'],
    ['Follow her on Twitter or on Facebook.', 'follow-prompt'],
    ['Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler.', 'affiliate-note'],
    ['Die Texte dieser Seite stehen unter einer Creative Commons Lizenz.', 'license-notice']
  ]
  for (const [text, id] of cases) assert.is(rule('remove', text), id, text)
  for (const text of [
    'By Jane Doe | Published: 3 May 2020 | Comments closed',
    'Die Stadt will den Hafen unterstützen, sagte der Bürgermeister.',
    'Photo by Jane Doe',
    'The harbour app was downloaded ten thousand times in its first week, the council said.'
  ]) {
    assert.is(rule('remove', text), undefined, text)
  }
  assert.is(rule('endMarkers', 'Der Beitrag wurde am Montag, den 3. Mai 2020 um 10:00 Uhr veröffentlicht und wurde unter Hafen abgelegt.'), 'post-footer')
})

test('blog share rows, post navigation and comment form fields are furniture', () => {
  for (const [text, id] of [
    ['Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)', 'new-window-button'],
    ['Teilen Sie dies mit:', 'share-row-label'],
    ['Like this:', 'share-row-label'],
    ['Gefällt mir Lade …', 'share-row-label'],
    ['Vorheriges Weiter', 'navigation-label'],
    ['Neuerer Post Älterer Post', 'navigation-label'],
    ['Next post', 'navigation-label'],
    ['Deine E-Mail (bleibt natürlich unter uns)', 'comment-form'],
    ['E-Mail-Adresse', 'comment-form'],
    ['Quellen ausblenden', 'section-label'],
    ['getaggt mit: Hafen, Stadtrat', 'tag-list'],
    ['Whatsapp Facebook Pint Baixar', 'ui-labels'],
    ['teilen 50', 'ui-labels'],
    ['Liken Lade …', 'share-row-label'],
    ['Benachrichtigung aktivieren Dürfen wir Sie über die wichtigsten Nachrichten informieren?', 'notification-prompt'],
    ['Es werden die Artikel 1 bis 10 von insgesamt 19 angezeigt!', 'pagination-counter'],
    ['Showing 1–10 of 19 results', 'pagination-counter'],
    ['Asked 8 years, 2 months ago', 'qa-meta'],
    ['Gib hier deinen Kommentar ein ...', 'comment-form'],
    ['Filed under harbour , storms', 'tag-list'],
    ['Abbildung: Der Hafen im Winter', 'figure-caption'],
    ['>> Sturm schließt den Hafen <<', 'quoted-link'],
    ['Un grupo de pescadores en el puerto, el 11 de febrero pasado. EFE', 'caption-agency'],
    ['Get the latest news straight to your phone with the Harbour Weekly app.', 'app-promo'],
    ['Zapraszamy też do subskrypcji tygodnika Port.', 'paywall-prompt'],
    ['The council plans to rebuild the pier by 2030. Jane Example/Reuters files', 'caption-agency'],
    ['The old pier in the harbour town.Jane Example / Reuters file', 'caption-agency']
  ] as const) {
    assert.is(rule('remove', text), id, text)
  }
  assert.is(rule('remove', 'The next post office opens in the harbour hall in May.'), undefined)
  assert.is(rule('remove', '»Wie bringe ich Kinder dazu, im Hafen Fragen zu stellen?«'), undefined)
  assert.is(rule('remove', 'The harbour master said so in an interview with AP.'), undefined)
  assert.is(matchRule([generic], 'credits', '(crédito: Jane Example/CB/D.A.Press)')?.match[1], 'Jane Example/CB/D.A.Press')
  assert.is(rule('endMarkers', 'Über Jane Example 257 Artikel'), 'author-box')
  assert.is(rule('endMarkers', 'Über Hafen und Meer'), undefined)
  for (const text of ['Weitere Videos', 'Lesetipps', 'Lue seuraavaksi:', 'Editors’ Recommendations:']) {
    assert.is(rule('relatedHeaders', text), 'related-header', text)
  }
})

test('news agency datelines are read for every publisher', () => {
  for (const text of ['Berlin (dpa) - Der Hafen wird neu gebaut.', 'ROMA (ANSA) – Il porto sarà ricostruito.', 'Madrid (Europa Press) - El puerto será reconstruido.']) {
    assert.is(matchRule([generic], 'datelines', text)?.rule.id, 'agency-dateline', text)
  }
  assert.is(matchRule([generic], 'datelines', 'Berlin (Germany) - a city on the Spree.'), undefined)
})


test('a caption with its credit glued on without a space is furniture, a sentence with a colon is not', () => {
  for (const text of ['Fishermen mend their nets on the quay before the stormCredit: Harbour Press', 'The old pier in the winter after the stormPhoto: Jane Doe / Archive']) {
    assert.is(rule('remove', text), 'caption-glued-credit', text)
  }
  assert.is(rule('remove', 'Kalastajat korjaavat verkkojaan laiturilla. KUVA: JANE DOE'), 'caption-credit')
  assert.is(rule('remove', 'Rybacy naprawiają sieci w porcie. Zdjęcie: Jan Kowalski'), 'caption-credit')
  assert.is(rule('remove', 'Рыбаки чинят сети в порту. Фото: Иван Петров'), 'caption-credit')
  assert.is(rule('remove', 'The harbour master gave his reason in one word: Credit.'), undefined)
  assert.is(rule('remove', 'The council said the pier would open in May, and the mayor added: it will be a fine summer for the town.'), undefined)
})

test('an author box titled with the author’s name ends the article, a subheading about a subject does not', () => {
  for (const text of ['About Jane Example', 'Über Jana Beispiel', 'Sobre Juana Ejemplo-Prueba']) {
    assert.is(rule('endMarkers', text), 'author-box-name', text)
  }
  assert.is(rule('endMarkers', 'Autoreninfo'), 'author-box')
  for (const text of ['About the harbour', 'Über Grenzen', 'About Harbour life in winter', 'About Jane Example and her dogs']) {
    assert.is(rule('endMarkers', text), undefined, text)
  }
})

test('questions and calls to the reader about the site are furniture, sentences that ask the reader about the story are not', () => {
  for (const text of [
    'Like this story? Share it with a friend!',
    'Want more stories like this?',
    'Gefällt dir unser Hafenmagazin? Wir verzichten auf eine Bezahlschranke und bitten dich um Unterstützung.',
    'Sie lesen gern das Hafenblatt?',
    'Verraten Sie gerne in den Kommentaren: Wie gefällt Ihnen der neue Steg?',
    'Let us know in the comments below.'
  ]) {
    assert.is(rule('remove', text), 'reader-appeal', text)
  }
  assert.is(rule('remove', 'The mayor asked: did you like the old pier better?'), undefined)
  assert.is(rule('remove', 'Readers who liked the old pier will find the new one wider and safer, the council said.'), undefined)
})

test('related-list titles naming a section or a site open a list, sentences do not', () => {
  for (const text of ['Most read in world news', 'Most popular on Harbour Times', 'Next Up In Sport', 'More Great Harbour Stories', 'More Harbour Times videos', 'filter_none WEITERE BEITRÄGE ZU DIESEM ARTIKEL', 'Vous aimerez aussi']) {
    assert.is(rule('relatedHeaders', text), 'related-header', text)
  }
  for (const text of ['More than 300 people came to the harbour stories evening.', 'Most readers liked the new pier', 'Next up is the school roof']) {
    assert.is(rule('relatedHeaders', text), undefined, text)
  }
})

test('a newsletter box’s messages and calls to follow a site are furniture, sentences about following are not', () => {
  for (const text of ['Thanks for signing up!', 'Please check the opt-in box to acknowledge that you would like to subscribe.', 'See All Newsletters', 'I agree that Harbour Times can send me the Morning newsletter.']) {
    assert.is(rule('remove', text), 'newsletter-widget', text)
  }
  assert.is(rule('remove', 'Follow Harbour Times Sport on Instagram, Facebook and YouTube.'), 'follow-prompt')
  assert.is(rule('remove', 'Fans of the club follow the team on Twitter and at the harbour every weekend.'), undefined)
  assert.is(rule('remove', 'The council thanked everyone for signing up to help with the beach cleaning.'), undefined)
})

test('what a subscription promises and whose views a text gives are furniture, sentences about them are not', () => {
  const cases: Array<[string, string]> = [
    ['Get regular updates on the latest harbour stories at Harbour Weekly.', 'subscriber-benefit'],
    ['Wir informieren Sie regelmäßig zum Thema Hafen und über unsere Arbeit.', 'subscriber-benefit'],
    ['Abonnieren Sie das Hafenblatt und erhalten Sie exklusive Angebote!', 'subscriber-benefit'],
    ['New subscribers also receive a free tide table.', 'subscriber-benefit'],
    ['Das Hafenblatt gibt es am Bahnhofskiosk, im Abo und als E-Paper.', 'issue-promo'],
    ['Bestellen Sie es im Shop als Abo oder Einzelheft:', 'issue-promo'],
    ['The views expressed in this column are those of the author.', 'views-disclaimer'],
    ['Les opinions exprimées dans ce blog n’engagent que leurs auteurs.', 'views-disclaimer'],
    ['Disclaimer: The responses below are not provided or commissioned by the harbour office.', 'views-disclaimer'],
    ['Der Gastbeitrag gibt nicht unbedingt die Meinung der Redaktion wieder.', 'views-disclaimer'],
    ['Bei diesem Beitrag handelt es sich um ein Blog aus der Hafenblatt-Community.', 'views-disclaimer']
  ]
  for (const [text, id] of cases) assert.is(rule('remove', text), id, text)
  for (const text of [
    'The harbour master said fishermen get regular visits from inspectors.',
    'The council said the views from the new pier were the best in town.',
    'Der Kiosk am Hafen verkauft seit Jahren Zeitungen und Eis.',
    'New members of the club receive a welcome letter, the chair said.'
  ]) {
    assert.is(rule('remove', text), undefined, text)
  }
})

test('a line sending the reader to another text or a more button is furniture, a sentence about reading is not', () => {
  const cases: Array<[string, string]> = [
    ['Lesen Sie hier einen weiteren spannenden Beitrag …', 'read-on-pointer'],
    ['Read another story about the harbour here', 'read-on-pointer'],
    ['Tipp: Auf der Seite Hafenchronik finden Sie alle Meldungen des Jahres.', 'read-on-pointer'],
    ['Weitere Infos unter www.hafenblatt.example.', 'read-on-pointer'],
    ['mehr erfahren', 'read-more-link'],
    ['Jetzt aktivieren', 'call-to-action'],
    ['Infórmate más', 'read-more-link'],
    ['Search for articles and topics on Harbour Weekly', 'search-box'],
    ['Was denkst du?', 'reader-appeal'],
    ['What do you think?', 'reader-appeal'],
    ['The old pier in winter, Image via Harbour Archive', 'caption-via-credit'],
    ['Published: Mar. 3, 2021, 6:18 p.m. Updated: Mar. 4, 2021, 7:10 a.m.', 'published-updated'],
    ['Pubblicato il 3 Marzo 2021 Ultima modifica 4 Marzo 2021 12:02', 'published-updated'],
    ['Jede kleine Spende hilft dem Hafenverein!', 'donation-appeal'],
    ['Donate now', 'donation-appeal'],
    ['Remportez le coffret de la Maison du Port', 'giveaway-promo'],
    ['Gewinnen Sie einen Gutschein für das Hafenrestaurant!', 'giveaway-promo'],
    ['Si vous souhaitez réagir, vous êtes invité à proposer un texte à la rédaction.', 'letters-prompt'],
    ['Learn more »', 'read-more-link']
  ]
  for (const [text, id] of cases) assert.is(rule('remove', text), id, text)
  for (const text of [
    'Read our article on the harbour, the mayor told the council, and you will see why.',
    'Weitere Infos zum Hafen gab die Stadt am Montag bekannt.',
    'Wer mehr erfahren will, kommt am Sonntag zum Hafenfest.',
    'Win a seat on the council, the mayor told the young candidates, and you will see how slow things are.',
    'Gewinnen Sie einen Eindruck davon, wie der Hafen früher aussah.',
    'Search for survivors went on through the night, the harbour master said.',
    'What do you think the council will do next, she asked the fishermen?',
    'The photo via the harbour office reached the paper late on Sunday.',
    'Published in 1950, the harbour guide was updated in 1972 and again in 2001.',
    'The club said it would donate the old boat to the museum in June.'
  ]) {
    assert.is(rule('remove', text), undefined, text)
  }
})

test('a video player’s controls are furniture, a feature named in a subheading is not', () => {
  for (const text of ['Play Video', 'Loaded: 0%', 'Progress: 12.5%', 'Remaining Time -0:00', 'captions off, selected', 'This is a modal window.']) {
    assert.is(rule('remove', text), 'video-player', text)
  }
  for (const text of ['Picture-in-Picture', 'Chapters', 'Progress: the pier is half built']) assert.not.equal(rule('remove', text), 'video-player', text)
})

test('a caption or teaser cut short with its expand link glued on is furniture, as is an agency caption with its toggle', () => {
  assert.is(rule('remove', 'Fishermen mend their nets on the quay on Tuesday. The storm ... more'), 'expand-toggle')
  assert.is(rule('remove', 'Los pescadores reparan sus redes en el muelle el martes. La tormenta ... más'), 'expand-toggle')
  assert.is(rule('remove', 'I pescatori riparano le reti sul molo martedì. La tempesta … più'), 'expand-toggle')
  assert.is(rule('remove', 'Fishermen mend their nets on the quay on Tuesday. (AP Photo/Jane Doe) less'), 'caption-agency-photographer')
  assert.is(rule('remove', 'The council wants to hear more.'), undefined)
  assert.is(rule('remove', 'The mayor paused... and then said that the town would pay more'), undefined)
})

test('share-to buttons, `Related:` links and captions ending in an agency and its photographer are furniture', () => {
  for (const text of ['Share to LinkedIn', 'Share to More', 'AddThis Sharing Buttons']) assert.is(rule('remove', text), 'ui-labels', text)
  for (const text of ['Related: Ferry timetable changes again next month', 'More: The harbour in winter']) assert.is(rule('remove', text), 'inline-related', text)
  assert.is(rule('remove', 'FILE PHOTO: Boats in the old harbour on Tuesday. REUTERS/Jane Doe'), 'caption-agency-photographer')
  assert.is(rule('remove', 'The council shared its plan to rebuild the pier with the town on Tuesday.'), undefined)
  assert.is(rule('remove', 'More than 300 people came to the harbour on Tuesday.'), undefined)
})

test('a gallery’s counter with a slash and its way back are furniture', () => {
  assert.is(rule('remove', 'Image 1 of / 23'), 'counter')
  assert.is(rule('remove', 'Back to Gallery'), 'gallery-link')
  assert.is(rule('remove', 'Back to the gallery we went, where the old pier hangs in oil.'), undefined)
})

test('ad networks’ labels, the reCAPTCHA notice and breaking-news alert boxes are furniture, prose naming them is not', () => {
  for (const text of ['Advertising', 'Promoted Links', 'by Taboola', 'inRead invented by Teads']) {
    assert.ok(['advertisement', 'ad-network-label'].includes(rule('remove', text) ?? ''), text)
  }
  assert.is(rule('remove', 'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.'), 'recaptcha-notice')
  for (const text of ['Breaking News Emails', 'Get breaking news alerts from the harbour desk.', 'Harbour stories that matter, delivered weekday mornings.']) {
    assert.is(rule('remove', text), 'email-subscription', text)
  }
  assert.is(rule('remove', 'The harbour board spent more on advertising than on the pier, by Taboola’s own count.'), undefined)
  assert.is(rule('remove', 'The paper sent breaking news alerts all night as the storm hit the pier.'), undefined)
  assert.is(rule('remove', 'Advert'), 'advertisement')
  assert.is(rule('remove', 'Don’t miss a tide. Sign up for our daily email.'), 'email-subscription')
  assert.is(rule('remove', 'Follow Harbour Times on'), 'follow-prompt')
  assert.is(rule('remove', 'Follow the money on the pier and you will find the council.'), undefined)
  for (const text of ['Text Edge Style', 'Defaults Done']) assert.is(rule('remove', text), 'video-player', text)
  for (const text of ['Caption', 'Buy Photo', 'Caption Close']) assert.is(rule('remove', text), 'ui-labels', text)
})

test('a comment widget’s call to sign in ends the article, with or without its full stop', () => {
  for (const text of ['Sign in to post a reply.', 'Please sign in to comment', 'Sign in to comment']) assert.is(rule('endMarkers', text), 'comments-section', text)
  assert.is(rule('endMarkers', 'Readers had to sign in to comment on the harbour plan, the council said.'), undefined)
})

test('the BBC share panel’s network buttons, its video notice and glued or capitalised picture labels are the BBC’s furniture', () => {
  for (const text of ['Share this with Facebook', 'Share this with LinkedIn', 'Close share panel']) assert.is(matchRule([bbc], 'remove', text)?.rule.id, 'bbc-share', text)
  assert.is(matchRule([bbc], 'remove', 'Media playback is unsupported on your device')?.rule.id, 'bbc-media-unsupported')
  assert.is(matchRule([bbc], 'remove', 'Media captionThe harbour master on the new pier')?.rule.id, 'bbc-caption')
  assert.is(matchRule([bbc], 'credits', 'Image Copyright @harbourtown @harbourtown')?.rule.id, 'bbc-image-copyright')
  assert.is(matchRule([bbc], 'remove', 'Share this with your neighbours, the mayor told the harbour crowd.'), undefined)
})

test('Al Jazeera heads a related box between paragraphs `More:`', () => {
  assert.is(matchRule([alJazeera], 'relatedHeaders', 'More:')?.rule.id, 'al-jazeera-more')
  assert.is(matchRule([alJazeera], 'relatedHeaders', 'More: the harbour board met again on Monday.'), undefined)
})

test('Medium’s story controls are furniture and its author box ends the story', () => {
  for (const text of ['RecommendRecommended', 'BookmarkBookmarked Share More', 'Share by email', 'Next story']) {
    assert.is(matchRule([medium], 'remove', text)?.rule.id, 'medium-controls', text)
  }
  assert.is(matchRule([medium], 'endMarkers', 'Written on Mar 17 by')?.rule.id, 'medium-written-on')
  assert.is(matchRule([medium], 'endMarkers', 'Written on the harbour wall by a child in 1950, the words are still there.'), undefined)
  assert.is(matchRule([medium], 'remove', 'Next story, the harbour master said, would be about the ferry.'), undefined)
})

test('Snopes’ support appeal is furniture and its letter to readers ends the fact check', () => {
  assert.is(matchRule([snopes], 'remove', 'Do you rely on Snopes reporting? Click here to support it.')?.rule.id, 'snopes-support')
  assert.is(matchRule([snopes], 'endMarkers', 'A Word to Our Loyal Readers')?.rule.id, 'snopes-appeal')
  assert.is(matchRule([snopes], 'endMarkers', 'A word to our loyal readers of the harbour gazette: the ferry is late.'), undefined)
})

test('a caption that points at people in the picture is furniture, a sentence without a pointer is not', () => {
  for (const text of [
    'Harbour master Jane Doe (left) and the mayor look at the plans for the new pier.',
    'Erika Muster (l.) und Max Beispiel haben einen guten Draht.',
    'The mayor (centre), with the two carpenters who will rebuild the pier'
  ]) {
    assert.is(rule('remove', text), 'caption-position', text)
  }
  assert.is(rule('remove', 'The mayor said the carpenters would be hired in the spring, and that the work would take a year.'), undefined)
  assert.is(rule('remove', 'Turn right (left of the old pier) and walk on to the harbour office.'), undefined)
})

test('a short call to act now is furniture, a sentence about signing up is not', () => {
  for (const text of ['HIER KOSTENLOS ANMELDEN »', 'Entdecken Sie jetzt', 'Subscribe now', 'Jetzt für die Hafen-News anmelden', 'Abonnez-vous maintenant !']) {
    assert.is(rule('remove', text), 'call-to-action', text)
  }
  assert.is(rule('remove', 'Wer jetzt noch mitfahren will, kann sich beim Hafenmeister für die letzte Fahrt des Jahres anmelden.'), undefined)
  assert.is(rule('remove', 'Sign up now, the mayor told the carpenters.'), undefined)
})

test('a call to subscribe to the publisher’s video channel is a call to follow it', () => {
  for (const text of ['Subscribe to Harbour Times on YouTube for more pier news:', '¡Mira lo que tiene nuestro canal de YouTube!']) {
    assert.is(rule('remove', text), 'follow-prompt', text)
  }
  assert.is(rule('remove', 'The mayor posted a video of the old pier on YouTube last week, and it was watched a million times.'), undefined)
})

test('a caption whose credit names a licence version is a caption', () => {
  assert.is(rule('remove', 'The pier after the storm. Foto: Jane Doe/cc by-sa 2.0'), 'caption-credit')
  assert.is(rule('remove', 'The pier cost 2.5 million. The council paid for it.'), undefined)
})


test('browser, reading-meter, consent and external-content notices are furniture in several languages, prose about them is not', () => {
  const cases: Array<[string, string]> = [
    ['Please enable JavaScript to see the harbour map.', 'browser-notice'],
    ['Your browser is out of date. Update it to read the Harbour Weekly safely.', 'browser-notice'],
    ['Ihr Browser wird leider nicht mehr unterstützt!', 'browser-notice'],
    ['Bitte aktivieren Sie JavaScript in Ihrem Browser, um das Hafenblatt zu lesen.', 'browser-notice'],
    ['Votre navigateur n’est plus à jour.', 'browser-notice'],
    ['Tu navegador tiene deshabilitado el uso de Javascript.', 'browser-notice'],
    ['You have read 3 of 5 free articles this month.', 'reading-meter'],
    ['Sie haben 4 von 10 kostenlosen Artikeln gelesen.', 'reading-meter'],
    ['Il vous reste 2 articles gratuits ce mois-ci.', 'reading-meter'],
    ['Mit dem Laden der Karte akzeptieren Sie die Datenschutzerklärung des Kartendienstes.', 'consent-notice'],
    ['By clicking “Accept”, you agree that the Harbour Weekly and its partners store cookies on your device.', 'consent-notice'],
    ['En cliquant sur « Tout accepter », vous acceptez le dépôt de cookies par le Journal du Port et ses partenaires.', 'consent-notice'],
    ['Wenn Sie das Video abspielen, werden persönliche Daten an den Videodienst übertragen. Sind Sie einverstanden?', 'consent-notice'],
    ['Externer Inhalt', 'external-content'],
    ['Inhalte von Drittanbietern', 'external-content'],
    ['To view this content, please allow the video service in your settings.', 'external-content'],
    ['Um diesen Inhalt zu sehen, müssen Sie der Datenübermittlung zustimmen.', 'external-content'],
    ['Video laden', 'external-content'],
    ['Erlauben Sie hafenblatt.de Ihnen Benachrichtigungen zu schicken.', 'notification-prompt'],
    ['Rest assured that your data will not be shared with anyone else.', 'data-assurance'],
    ['Ihre E-Mail-Adresse wird nicht an Dritte weitergegeben.', 'data-assurance'],
    ['In Ihrem Browser ist JavaScript deaktiviert. Damit das Hafenblatt richtig angezeigt wird, muss JavaScript aktiviert sein.', 'browser-notice'],
    ['The Harbour Weekly will not sell your email.', 'data-assurance'],
    ['Hier stünde eine Karte des Hafens. Leider haben Sie uns hierfür keine Zustimmung gegeben.', 'external-content'],
    ['Alle Inhalte laden', 'external-content'],
    ['Ich habe die Datenschutzhinweise des Hafenblatts gelesen und bin einverstanden.', 'consent-notice'],
    ['By signing up, I agree to the Privacy Policy of the Harbour Weekly.', 'consent-notice'],
    ['Wenn Sie die Buttons durch einen Klick aktivieren, werden Daten an den Kurznachrichtendienst übertragen.', 'consent-notice']
  ]
  for (const [text, id] of cases) assert.is(rule('remove', text), id, text)
  for (const text of [
    'The browser maker said version 12 would no longer support the old plug-ins.',
    'Die Datenschutzbehörde prüft, ob der Hafenbetreiber die Einwilligung der Gäste eingeholt hat.',
    'How to opt out of the sites that sell your personal data',
    'Readers had read 3 of the 5 reports before the vote.',
    'Der Hafen hat externe Inhalte für die Ausstellung geliehen.',
    'Hackers said the data of 2,000 harbour customers would be sold online.',
    'The harbour company charged me for third-party services I never agreed to, and my complaint went unanswered.'
  ]) {
    assert.is(rule('remove', text), undefined, text)
  }
})

test('an embed\'s consent notice under the headline is no article prose: the article starts under it', () => {
  const text = [
    'Harbour Weekly',
    'News',
    'Sport',
    'Storm closes the harbour for two days',
    'By Jane Doe',
    'External content',
    'Please accept the privacy settings of the map service to show this map. By clicking “Show map”, you consent to your personal data being sent to the map service, a third party outside the European Union.',
    'You can revoke your consent at any time in the privacy settings of our site. If you refuse, we will not load any content from third parties, and you can still read all of our articles.',
    'Show map',
    'The harbour master closed the port on Tuesday as the storm reached the coast, and ferries stayed in their berths until the wind fell.',
    'Fishermen said the closure would cost them a week of catches, but the council promised to help those who lost their income.'
  ].join('\n')
  const article = explainArticle(text).article
  assert.is(article.title, 'Storm closes the harbour for two days')
  assert.is(article.lead, 'The harbour master closed the port on Tuesday as the storm reached the coast, and ferries stayed in their berths until the wind fell.')
  assert.ok(!article.body.some((paragraph) => paragraph.includes('consent')), article.body.join('\n'))
})


test('a caption with a `Bild:` credit whose name has an abbreviation in it is furniture', () => {
  assert.is(rule('remove', 'The old pier at dawn. Bild: Jane Doe/Theater St. Harbour'), 'caption-credit')
  assert.is(rule('remove', 'Die Mole im Winter. Bild: Jane Doe/Hafenarchiv'), 'caption-credit')
  assert.is(rule('remove', 'Das Bild: Der Hafen war leer. Dann kamen die Boote.'), undefined)
})

test('pointers to another text, issue greetings, app and membership calls are furniture', () => {
  assert.is(rule('remove', 'Wie der Hafen seine Daten schützt, erklären wir in unserem Beitrag Hafen-Cloud: Speicher oder Falle?'), 'read-on-pointer')
  assert.is(rule('remove', 'Alles Gute zum neuen Jahr & viel Spaß mit der neuen Ausgabe!'), 'issue-promo')
  assert.is(rule('remove', 'Die Hafen-App Jetzt kostenlos für iOS und Android!'), 'app-promo')
  assert.is(rule('remove', 'HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS'), 'call-to-action')
  assert.is(rule('remove', 'Become a member today'), 'call-to-action')
  assert.is(rule('remove', 'Wie wir in unserem Beitrag vom Montag berichteten, stimmte der Rat für die neue Mole.'), undefined)
  assert.is(rule('remove', 'The game is free on iOS and Android, the developer said, and sold well.'), undefined)
})

test('a sales pitch to a prospective customer and links to free or offer pages are furniture', () => {
  assert.is(rule('remove', 'Ob Strom oder Gas, wir versorgen Dich. Solltest Du noch kein Kunde sein, ist der Wechsel leicht.'), 'customer-pitch')
  assert.is(rule('remove', 'Not a customer yet? Switching takes five minutes.'), 'customer-pitch')
  assert.is(rule('remove', 'The latest news about the harbour works (paywall-free)'), 'offer-pointer')
  assert.is(rule('remove', 'Szukasz mieszkania w porcie? Zobacz oferty na Przystan.pl'), 'offer-pointer')
  assert.is(rule('remove', 'Many residents are not yet customers of the new ferry line, the operator said.'), undefined)
  assert.is(rule('remove', 'The council saw offers on the table from three builders.'), undefined)
})

test('a series note, a press release photo pointer and a title with the site name appended are furniture', () => {
  assert.is(rule('remove', 'Dies ist Teil 2 zum Text "Die Mole", der vergangene Woche im Hafenblatt erschienen ist.'), 'read-on-pointer')
  assert.is(rule('remove', 'Druckfähige Fotos der Segler finden Sie unter www.hafen.example/fotos.'), 'read-on-pointer')
  assert.is(rule('remove', 'The harbour wins the cup again | HARBOUR TIMES'), 'site-title')
  assert.is(rule('remove', 'The vote was 5 | 4 for the new pier, the clerk said.'), undefined)
  assert.is(rule('remove', 'Dies ist ein Teil der Geschichte, die der Hafen erzählt.'), undefined)
})

test('a pointer to the rest of a guide, a note on the advertising disclaimer and a medical review note are furniture', () => {
  assert.is(rule('remove', 'Learn how to build a pier—read the rest of the harbour building guide.'), 'read-on-pointer')
  assert.is(rule('remove', 'NOTE: The advertising disclaimer below does not apply to this article.'), 'affiliate-note')
  assert.is(rule('remove', 'Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur und wurde von Medizinern geprüft.'), 'views-disclaimer')
  assert.is(rule('remove', 'This article was medically reviewed by Jane Doe, MD.'), 'views-disclaimer')
  assert.is(rule('remove', 'The doctors read the rest of the report on Monday and found no fault.'), undefined)
})

test('hatnotes, site-labelled and bracketed related links, share rows with titles, subscription offers and repost notes are furniture', () => {
  assert.is(rule('remove', 'Main articles: Geography of the Harbour and Geology of the Harbour'), 'inline-related')
  assert.is(rule('remove', 'On HarbourTimes.com: Ferry timetable changes again'), 'inline-related')
  assert.is(rule('remove', '[Related: Ferry timetable changes again next month]'), 'inline-related')
  assert.is(rule('remove', 'Share All sharing options for: The harbour votes on its pier'), 'share-prompt')
  assert.is(rule('remove', 'Get Harbour Monthly delivered every month. 12 issues for £11.99.'), 'issue-promo')
  assert.is(rule('remove', 'Originally published at www.harbour.example on May 2, 2011.'), 'issue-promo')
  assert.is(rule('remove', 'Each week the harbour master answers your questions in a short video. Click to subscribe!'), 'subscriber-benefit')
  assert.is(rule('remove', 'The main article of the new law sets the harbour fees.'), undefined)
  assert.is(rule('remove', 'The council printed 12 issues for the year and sold them all.'), undefined)
})

test('lone picture agencies, credits via an agency and more button labels are furniture', () => {
  assert.is(rule('remove', 'GETTY'), 'photograph-credit')
  assert.is(rule('remove', 'Harbour Office Registry via AP'), 'caption-via-credit')
  for (const text of ['Pin It', 'Shares', 'Sharing is caring!', 'Loading...']) assert.is(rule('remove', text), 'ui-labels', text)
  assert.is(rule('remove', 'Reuters'), undefined)
  assert.is(rule('remove', 'The harbour got the news via AP and told the crews.'), undefined)
})

test('an ad label after a chevron, a credit label alone and a prompt to click a picture are furniture', () => {
  assert.is(rule('remove', '» Publicidade'), 'advertisement')
  assert.is(rule('remove', 'Credit...'), 'photograph-credit')
  assert.is(rule('remove', 'Clique na imagem acima e veja o ranking dos barcos nesta temporada.'), 'read-on-pointer')
  assert.is(rule('remove', 'Click on the image to see the harbour in 1950.'), 'read-on-pointer')
  assert.is(rule('remove', 'Credits for the new pier came from the regional fund.'), undefined)
})

test.run()
