// Knowledge of chat and IRC logs that belongs to no one language: the bots and services that write
// into a channel (W3C's meeting bots, IRC services), whose lines are never a speaker's.
import { defineLexicon } from './types.js'

export const chat = defineLexicon({
  language: 'mul',
  chatBots: [
    'zakim',
    'rrsagent',
    'trackbot',
    'agendabot',
    'github-bot',
    'ghurlbot',
    'chanserv',
    'nickserv',
    'memoserv',
    'operserv',
    'botserv',
    'hostserv',
    'global',
    'irc',
    'server',
    'scribe',
    'scribenick',
    'bot',
  ],
})
