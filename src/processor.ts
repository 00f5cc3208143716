import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {remarkArticleRegion} from './stages/remark-article-region.js'
import {remarkBody} from './stages/remark-body.js'
import {remarkBoilerplate} from './stages/remark-boilerplate.js'
import {remarkFrontMatterData} from './stages/remark-front-matter-data.js'
import {remarkHeader} from './stages/remark-header.js'
import {remarkLead} from './stages/remark-lead.js'
import {remarkLineBlocks} from './stages/remark-line-blocks.js'
import {remarkRelated} from './stages/remark-related.js'

/**
 * The article pipeline: CommonMark inline syntax and YAML front matter read
 * line by line, then one transformer per stage, each writing to
 * `file.data.article`. Frozen, so it is configured once and shared.
 */
export const articleProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkLineBlocks)
  .use(remarkFrontMatterData)
  .use(remarkBoilerplate)
  .use(remarkArticleRegion)
  .use(remarkHeader)
  .use(remarkRelated)
  .use(remarkLead)
  .use(remarkBody)
  .freeze()
