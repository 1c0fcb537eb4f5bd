// Tests write only into temporary folders: every file git tracks must be as it was when the run
// began (size and modification time), or the run fails naming the files a test changed.
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'

function snapshot(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean)
  const state = new Map<string, string>()
  for (const file of files) {
    try {
      const info = statSync(file)
      state.set(file, `${info.size} ${info.mtimeMs}`)
    } catch {
      state.set(file, 'missing')
    }
  }
  return state
}

export default function setup(): () => void {
  let before: Map<string, string>
  try {
    before = snapshot()
  } catch (error) {
    // Not a git checkout (an unpacked tarball): there is no list of the repository's files to guard.
    console.warn(`tests: not checking that the repository is left unchanged: ${(error as Error).message.split('\n')[0]}`)
    return () => {}
  }
  return () => {
    const after = snapshot()
    const changed = [...before].filter(([file, state]) => after.get(file) !== state).map(([file]) => file)
    if (changed.length === 0) return
    // A throw here is only logged by vitest ("error during close") and the run still exits 0.
    console.error(`\nFAIL tests wrote into the repository (write into a temporary folder instead): ${changed.join(', ')}`)
    process.exitCode = 1
  }
}
