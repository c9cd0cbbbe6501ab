import type { TextMention } from '../../core/commands/erasure';

// The fields where names are most often typed, in the words of the screens that hold them.
const FIELD_WORDS: Record<string, string> = {
  forWhat: 'what it was for',
  answers: 'a written answer',
  youSaid: '“you said”',
  weDid: '“we did”',
  purpose: 'what the project is for',
  body: 'the text',
  text: 'the words',
  details: 'what they told us',
  note: 'a note',
  notes: 'notes',
  title: 'the title',
  what: 'what needs doing',
  wentWell: 'what went well',
  couldBeBetter: 'what could be better',
  definition: 'the definition',
  meaning: 'what it means',
  involvement: 'how they are involved',
  presentNote: 'who else was there',
  sections: 'a section',
  leadName: 'who leads it',
  inclusion: 'access needs',
  supportNote: 'other support',
};

/** Where a mention is, for the erase dialog: "Contribution: what it was for". */
export function placeWords(mention: TextMention): string {
  const field = FIELD_WORDS[mention.field] ?? mention.field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${mention.noun.charAt(0).toUpperCase()}${mention.noun.slice(1)}: ${field}`;
}
