import type {Preset} from './types.js'

/**
 * Reuters wire copy: `CITY, Month Day (Reuters) -` datelines, a closing
 * `(Reporting by …; Editing by …)` line and the trust-principles footer.
 */
export const reuters: Preset = {
  name: 'reuters',
  detect: [/\(Reuters\)\s?[—–-]/u, /^Our Standards: The Thomson Reuters Trust Principles/u],
  remove: [{id: 'reuters-standards', pattern: /^Our Standards: The Thomson Reuters Trust Principles\.?$/u}],
  trailers: [
    {
      id: 'reuters-credits',
      // Printed in parentheses on the wire, without them on the website.
      pattern: /^(?:\((?:Additional )?(?:Reporting|Writing|Editing|Compiled) by [^()]{1,300}\)|(?:Additional )?(?:Reporting|Writing) by [^()]{1,200}; (?:Additional )?(?:Editing|Writing) by [^()]{1,200})$/iu
    }
  ],
  datelines: [
    {
      id: 'reuters-dateline',
      pattern: /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:, [\p{L}\p{M} .0-9]{1,40})? \(Reuters\) ?[—–-])/u
    }
  ]
}
