export {default} from './eleventy-plugin.js'
export {parseArticle} from './parse-article.js'
export type {Options, ParseOptions, Labels, UnresolvedMode} from './options.js'
export type {LineRule, CaptureRule, Preset} from './presets/types.js'
export type {
  Article,
  ArticleImage,
  ArticleMessage,
  BodyBlock,
  Field,
  RelatedHeadline,
  RemovedLine
} from './types.js'
