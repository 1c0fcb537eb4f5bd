// The fixture cases of a folder: every sub-folder is a case named for it, read from its `input.*`
// beside `expected.json` (for `check`) and `gold.json` (for `eval`). A folder without an input is
// listed too, so the commands can say why they skip it.
import { readdirSync } from 'node:fs'
import { join, posix } from 'node:path'

export interface FixtureCase {
  name: string
  dir: string
  /** `<root>/<case>/input.<ext>`, or null when the folder has no input yet. */
  input: string | null
  /**
   * The input's path relative to the fixtures folder (`<case>/input.<ext>`), recorded as the report's
   * `source.path`: the expected files then hold the same wherever the folder is and whatever the
   * working directory.
   */
  source: string | null
  expected: string
  gold: string
}

/** The cases under `root`, sorted by name. Throws when `root` is not a readable folder. */
export function listCases(root: string): FixtureCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name)
      const input = readdirSync(dir)
        .filter((file) => file.startsWith('input.'))
        .sort()[0]
      return {
        name,
        dir,
        input: input ? join(dir, input) : null,
        source: input ? posix.join(name, input) : null,
        expected: join(dir, 'expected.json'),
        gold: join(dir, 'gold.json'),
      }
    })
}
