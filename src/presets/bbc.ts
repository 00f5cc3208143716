import type {Preset} from './types.js'

/**
 * BBC News pages: `Image copyright X` and `Image caption …` / `Media caption
 * …` lines around pictures and videos, and the `More on this story` and
 * `Related Topics` lists under the story.
 */
export const bbc: Preset = {
  name: 'bbc',
  detect: [/^(?:Image|Media) caption(?:\b|(?=\p{Lu}))/u, /^Image [Cc]opyright\b/u, /^More on this story$/u, /^Related Topics$/u],
  remove: [
    {id: 'bbc-caption', pattern: /^(?:Image|Media) caption(?:\b|(?=\p{Lu})).{0,400}$/u},
    // The share panel names each network after its call (`Share this with
    // Facebook`) and closes with `Close share panel`; the video player says
    // when it cannot play.
    {
      id: 'bbc-share',
      pattern:
        /^(?:Share this with(?: (?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|LinkedIn|Reddit))?|Copy this link|Read more about sharing\.?|Close share panel)$/u
    },
    {id: 'bbc-media-unsupported', pattern: /^Media playback is unsupported on your device$/u},
    {id: 'bbc-external-links', pattern: /^(?:These are external links and will open in a new window|Read more about these links\.?)$/u},
    // Radio 1's Newsbeat closes its stories with its airtimes.
    {id: 'bbc-listen', pattern: /^Listen to Newsbeat live at .{1,80}$/u}
  ],
  credits: [{id: 'bbc-image-copyright', pattern: /^Image (?:[Cc]opyright|[Ss]ource),?\s+(\S.{0,120})$/u}],
  relatedHeaders: [
    {id: 'bbc-related', pattern: /^(?:More on this story|Related Topics|Related Internet Links|Elsewhere on the BBC|Top Stories)$/u}
  ]
}
