// The CLI shell: parse arguments, run the command, pick the exit code (0 ok, 1 some input failed,
// 2 usage). Printing happens here and in the command modules, never in the library.
import { HELP, parseCliArgs } from './args.js'
import { usage } from './command.js'
import { SUBCOMMANDS } from './commands.js'

export interface Io {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number }
  env: Record<string, string | undefined>
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCliArgs(argv)
  switch (args.command) {
    case 'help':
      io.stdout.write(HELP)
      return 0
    case 'version': {
      const { buildInfo } = await import('./build-info.js')
      io.stdout.write(`${(await buildInfo()).version}\n`)
      return 0
    }
    case 'usage-error':
      return usage(io, '', args.message, args.usage ? HELP : undefined)
    case 'subcommand': {
      const command = await SUBCOMMANDS[args.name]!()
      return command.run(args.argv, io)
    }
    case 'stdin': {
      const { runStdin } = await import('./stdin.js')
      return runStdin(args, io, process.stdin)
    }
    case 'extract': {
      const { runExtract } = await import('./extract.js')
      return runExtract(args, io)
    }
  }
}
