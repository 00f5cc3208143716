import type {Preset} from './types.js'

/**
 * Medium posts: the editor's and reader's controls copied around the story
 * (`RecommendRecommended`, `BookmarkBookmarked Share More`, `Share by
 * email`), and the author box under it, which opens with `Written on Mar 17
 * by`.
 */
export const medium: Preset = {
  name: 'medium',
  detect: [/^The author chose to make this story unlisted\b/u, /^Recommend ?Recommended$/u],
  remove: [
    {
      id: 'medium-controls',
      pattern:
        /^(?:Recommend ?Recommended|Bookmark ?Bookmarked ?Share ?More|Share by email|Next story|Change the story.s title, subtitle, and visibility as needed|The author chose to make this story unlisted\b.{0,300})$/u
    }
  ],
  endMarkers: [{id: 'medium-written-on', pattern: /^Written on [A-Z][a-z]{2} \d{1,2}(?:, \d{4})? by$/u}]
}
