// The other presenters a conference report's opening sentence names after its first (speakers-presenters.ts):
// reports walk through a programme naming several talks in one sentence — `Pierre Allix und İlke Zilci erklärten
// …, und Henning Schwentner gab …`, `die Workshops „…“ von Marco Emrich sowie „…“ von Sandy Maguire`, `…, einem
// Vortrag über Teams, von Franz Thoma, und parallel plädierte Markus Hettich …`. Pure functions over the sentence's tokens.
import { lexicon } from '../lexicon/index.js'
import { type Presenter, type Sentence, TALK_GIVERS, TALK_VERBS, isTalkNoun, presenterAt } from './speakers-presenters.js'

/** Most tokens between a talk's noun or title and the word that names its giver (`einem Vortrag über Daten von`). */
const MAX_GAP = 8
/** Most words of a clause's lead before its subject (`und parallel`, `während im Nebenraum`). */
const MAX_LEAD = 4
const JOINERS = new Set([...lexicon.conjunctions, 'sowie', 'während', 'wobei', 'while', 'whereas'])
const PREPOSITIONS = new Set([...lexicon.leadInPrepositions, ...lexicon.affiliationWords, ...lexicon.agentWords, ...TALK_GIVERS])
const LOWER = /^\p{Ll}/u

/** The presenters the opening sentence names besides `found` (and their partners), in order, each once. */
export function otherPresenters(sentence: Sentence, found: Presenter | null): Presenter[] {
  const tokens = sentence.map((entry) => entry.token)
  const seen = new Set(found ? [found.name, ...found.partners.map((partner) => partner.name)] : [])
  const more: Presenter[] = []
  const add = (presenter: Presenter | null) => {
    for (const one of presenter ? [presenter, ...presenter.partners] : []) {
      if (seen.has(one.name)) continue
      seen.add(one.name)
      more.push({ ...one, partners: [] })
    }
  }
  let talkSeen = false
  let lastTalk = -MAX_GAP - 1
  for (let i = 0; i < sentence.length; i++) {
    const { token, quoted } = sentence[i]!
    // A quoted title is a talk's once a talk's noun came before it (`die Workshops „A“ von … sowie „B“ von …`).
    if (quoted) {
      if (talkSeen) lastTalk = i
      continue
    }
    if (isTalkNoun(token)) {
      talkSeen = true
      lastTalk = i
    }
    const apposition = i > 0 && tokens[i - 1]!.endsWith(',')
    if (TALK_GIVERS.has(token) && talkSeen && (i - lastTalk <= MAX_GAP || apposition)) add(giverAt(tokens, i + 1))
    // A clause's subject in a sentence about talks: one presenter named already, or after a talk's noun and its colon
    // (`die ersten beiden Tutorials: Pierre Allix und İlke Zilci erklärten …`).
    const afterNoun = i > 0 && tokens[i - 1]!.endsWith(':') && isTalkNoun(tokens[i - 1]!)
    if ((found !== null || more.length > 0 || afterNoun) && i > 0 && opensClause(sentence, i)) add(subjectAt(sentence, i))
  }
  return more
}

/** A clause opens at token `i`: after a comma, colon or semicolon outside a title, or at a joining word. */
function opensClause(sentence: Sentence, i: number): boolean {
  const previous = sentence[i - 1]!
  return (!previous.quoted && /[,:;]$/.test(previous.token)) || JOINERS.has(sentence[i]!.token)
}

/**
 * The giver named from token `start`, after a talk's noun or title and `von`: the name must close the phrase
 * (punctuation, a joiner or the sentence's end after it), else it is a work's author (`über die Arbeit von Anna Berg in …`).
 */
function giverAt(tokens: readonly string[], start: number): Presenter | null {
  const presenter = presenterAt(tokens, start)
  return presenter && closes(tokens, start, presenter) ? presenter : null
}

/** Whether the presenter's name read from token `i` ends its phrase. */
function closes(tokens: readonly string[], i: number, presenter: Presenter): boolean {
  if (presenter.inside || presenter.partners.length > 0) return true
  const last = i + presenter.label.split(' ').length - 1
  const next = tokens[last + 1]
  return /[,.;:!?)]$/.test(tokens[last] ?? '') || next === undefined || JOINERS.has(next)
}

/**
 * The subject of a clause opening at token `start` that reports a talk: after its joiners, adverbs and a lead
 * phrase (`und parallel plädierte Markus Hettich`, `während im Nebenraum Raoul Schlotterbek … gab`, `Tutorials:
 * Pierre Allix und İlke Zilci erklärten`), a name that no preposition governs, and a talk's verb in the clause.
 */
function subjectAt(sentence: Sentence, start: number): Presenter | null {
  const tokens = sentence.map((entry) => entry.token)
  let i = start
  for (let lead = 0; lead < MAX_LEAD && i < sentence.length && !sentence[i]!.quoted; lead++) {
    const token = tokens[i]!
    if (PREPOSITIONS.has(token)) i += LOWER.test(tokens[i + 1] ?? '') ? 3 : 2
    else if (LOWER.test(token)) i++
    else break
  }
  if (i >= sentence.length || sentence[i]!.quoted) return null
  const presenter = presenterAt(tokens, i)
  if (!presenter) return null
  // The verb before the subject in verb-second order (`plädierte Markus Hettich`), else after it in the clause;
  // a comma after the name ends the clause (`…, Michael Tonks, Daniel Schwen, Idaho …` lists authors).
  if (i > start && TALK_VERBS.has(tokens[i - 1]!)) return presenter
  const end = i + presenter.label.split(' ').length
  return !/[,:;]$/.test(tokens[end - 1]!) && talkVerbIn(sentence, end) ? presenter : null
}

/**
 * A talk's verb (`gab`, `erklärten`, `referierte`) in the clause from token `start` to its end, titles skipped: not
 * any reporting verb, which a minute's clause has for what is decided (`Felix Kästner gibt die Moderation ab`).
 */
function talkVerbIn(sentence: Sentence, start: number): boolean {
  for (let k = start; k < sentence.length; k++) {
    const { token, quoted } = sentence[k]!
    if (quoted) continue
    if (TALK_VERBS.has(token.replace(/[,.;:!?]$/, ''))) return true
    if (/[,:;]$/.test(token)) return false
  }
  return false
}
