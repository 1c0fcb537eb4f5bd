// Preloaded with `node --import`: writes the process's peak resident memory (all its threads) and its
// CPU time (user + system, all threads) to the file named by PEAK_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  if (process.env.PEAK_RSS_FILE)
    writeFileSync(process.env.PEAK_RSS_FILE, `${usage.maxRSS * 1024} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`)
})
