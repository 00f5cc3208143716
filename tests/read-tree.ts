/**
 * Every file below a built site's folder, by path relative to it, for tests
 * that compare two builds byte for byte or look for a page.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'

/** The files below `folder` and their text (none when the folder is missing), in path order. */
export function readTree(folder: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>()
  let names: string[] = []
  try {
    names = readdirSync(folder).sort()
  } catch {
    return files
  }
  for (const name of names) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) for (const [key, value] of readTree(path, `${prefix}${name}/`)) files.set(key, value)
    else files.set(`${prefix}${name}`, readFileSync(path, 'utf8'))
  }
  return files
}
