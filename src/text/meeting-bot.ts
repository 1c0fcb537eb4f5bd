// A meeting bot in a chat log (MeetBot, zodbot, Limnoria's): its own messages (`Meeting started …`, `Useful Commands: …`,
// its echo of each command) and the chair's commands to it (`#info …`, `#action …`) are the bot's minutes, no one's
// remarks. The bot is known by what it prints, whatever its nick (a project names its own: `brokerbot`).
import { alternation, lexicon } from '../lexicon/index.js'
import type { Opening } from './turns.js'

const COMMAND = new RegExp(`^#(?:${alternation(lexicon.meetingBotCommands)})(?![\\p{L}\\d_-])`, 'iu')
const MESSAGE = new RegExp(`^(?:${alternation(lexicon.meetingBotMessages)})`, 'u')

/** A chat nick without its channel mode (`@anna`, `+anna`), lowercase: the key of a bot's nick. */
function nickKey(label: string): string {
  return label.replace(/^[@+%&~]/, '').toLowerCase()
}

/** The key of the nick that prints a meeting bot's own message (`<brokerbot> Meeting started …`), or null. */
export function meetingBotNick(opening: Opening, remark: string): string | null {
  return opening.form === 'chat' && MESSAGE.test(remark) ? nickKey(opening.label) : null
}

/** Whether a chat line is a meeting bot's (its nick one of `bots`) or a command to it (`<anna> #info …`): no remark. */
export function isMeetingBotLine(opening: Opening, remark: string, bots: ReadonlySet<string>): boolean {
  if (opening.form !== 'chat' && opening.form !== 'action') return false
  return (bots.size > 0 && bots.has(nickKey(opening.label))) || (remark.charAt(0) === '#' && COMMAND.test(remark))
}
