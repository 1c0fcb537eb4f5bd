// A meeting bot's log (Debian's MeetBot, Fedora's zodbot, Limnoria's meeting plugin): the chair opens each item of the
// agenda with a command, `15:02:42 <anna> #topic News`, and the bot's minutes list the items as their sections. In the
// log, such a line is the heading of the messages after it, up to the next; it is read as one, titled by the command's
// words. Runs after the turn lines are split (turn-lines.ts), when each message is a paragraph of its own.
import type { Heading, Nodes, Paragraph, Root } from 'mdast'
import { alternation, lexicon } from '../lexicon/index.js'
import { printedStart } from '../parse/text.js'
import { readOpening } from '../text/turns.js'

const TOPIC = new RegExp(`^#(?:${alternation(lexicon.meetingBotTopics)})[ \\t]+(\\S[^\\n]*)$`, 'iu')
/** A topic command anywhere in the source: most documents have none, and are left as they are. */
const ANY_TOPIC = new RegExp(`>[ \\t]+#(?:${alternation(lexicon.meetingBotTopics)})[ \\t]`, 'iu')

/** The tree with every chat message that is a topic command (`<anna> #topic News`) made a heading (`News`), in place. */
export function readChatTopics(tree: Root, source: string): Root {
  if (!ANY_TOPIC.test(source)) return tree
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') continue
    const children = node.children as Nodes[]
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      const title = child.type === 'paragraph' ? topicOf(child) : null
      if (title === null) stack.push(child)
      else children[i] = headingOf(child as Paragraph, title)
    }
  }
  return tree
}

/** The topic a message sets (`15:02:42 <anna> #topic News` → `News`), or null. */
function topicOf(paragraph: Paragraph): string | null {
  const line = printedStart(paragraph)
  const first = line.charAt(0)
  if ((first !== '<' && first !== '[' && (first < '0' || first > '9')) || !line.includes('#')) return null
  const opening = readOpening(line)
  if (opening?.form !== 'chat') return null
  const topic = TOPIC.exec(line.slice(opening.end))
  return topic && !topic[1]!.includes('\u0000') ? topic[1]!.trim() : null
}

function headingOf(paragraph: Paragraph, title: string): Heading {
  const position = paragraph.position
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: title, position }], position }
}
