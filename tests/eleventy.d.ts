/**
 * The part of Eleventy's programmatic API the tests use (Eleventy ships no
 * TypeScript types).
 */
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    quietMode?: boolean
    configPath?: string
    pathPrefix?: string
    config?: (eleventyConfig: {addPlugin: (plugin: unknown, options?: unknown) => void}) => void
  }

  /** Eleventy's HTML `<base>` plugin (bundled since 2.0). */
  export function HtmlBasePlugin(eleventyConfig: unknown, options?: unknown): void

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions)
    write(): Promise<unknown>
    toJSON(): Promise<Array<{url: string; inputPath: string; outputPath: string; content: string}>>
  }
}
