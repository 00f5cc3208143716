import wire from 'eleventy-plugin-wire'

/**
 * The example site: copied article texts in `content/articles/` become
 * article pages; `content/index.njk` lists them, newest first.
 */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(wire, {report: '_site/link-report.json'})
}

export const config = {
  dir: {input: 'content', output: '_site'}
}
