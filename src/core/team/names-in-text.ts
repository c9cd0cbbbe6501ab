/**
 * Finding people's names in what someone typed, the way a reader would: whole words only
 * ("Sam" is not in "Samantha"), any case ("SAM", "sam"), with or without accents ("Zoe" is
 * "Zoë"), either kind of apostrophe ("O’Brien", "Sam's"). Used by the pack, which puts
 * "a member" in place of names without consent, and by erasure, which offers to.
 */

/** What goes in place of a name: "a member", or "A member" to start a sentence. */
export const A_MEMBER = 'a member';

/** One name found in a text: `text.slice(start, end)` is the words as typed. */
export interface NameMatch {
  start: number;
  end: number;
  text: string;
}

export type NameFinder = (text: string) => NameMatch[];

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'revd', 'sir', 'dame', 'cllr', 'councillor']);

/** The name someone is called by: the first word, after any title ("Dr Sam Jones" → "Sam"). Null for a one-word name. */
export function firstNameOf(name: string): string | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words.find((w) => !TITLES.has(fold(w).replace(/\.$/, '')));
  return first && words.length > 1 && first !== words.join(' ') ? first : null;
}

/** One character (code point) as the finder compares it: lower case, no accents, straight apostrophe. */
const foldPoint = (point: string) => fold(point);
const ASCII = /^[\x00-\x7f]*$/;

/** A text as the finder compares it (final sigma as sigma, so a whole text folds as its characters do). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/ς/g, 'σ');
}

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

function patternFor(names: readonly string[]): RegExp | null {
  const alternatives = [...new Set(names.map((n) => fold(n).trim()).filter((n) => [...n.replace(/\s+/g, '')].length >= 2))]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** A text folded point by point, with where each folded character came from in the original. */
function foldWithPlaces(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const point of text) {
    const f = foldPoint(point);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + point.length);
    }
    folded += f;
    i += point.length;
  }
  return { folded, from, to };
}

// First names that are also everyday words. Typed in lower case ("we will", "a pat on the
// back") they are the word, not the person; a month beside a number ("3 May", "June 2026") is a date.
const EVERYDAY = new Set(
  'will may june april august hope faith grace joy rose mark bill pat sue art rob jack dawn summer ray guy frank rich drew bob sandy holly ivy daisy lily iris amber ruby pearl robin jay kit max chase grant hunter miles reed wade cliff dean earl carol penny sky river rowan heather fern victor sonny happy patience constance prudence mercy honor honour charity noble sage'.split(' '),
);
const MONTHS = new Set(['april', 'may', 'june', 'august']);

/** True when what was found is more likely an everyday word than the person: "we will", "3 May". */
export function looksLikeOrdinaryWord(text: string, match: NameMatch): boolean {
  const word = fold(match.text);
  if (!EVERYDAY.has(word)) return false;
  if (match.text === match.text.toLowerCase()) return true;
  return MONTHS.has(word) && (/\d(st|nd|rd|th)?\s+$/i.test(text.slice(0, match.start)) || /^\s+\d/.test(text.slice(match.end)));
}

/**
 * A finder for these names. Where a name in `keep` is typed (a person who agreed to be
 * named), nothing inside it is matched: "Sam Patel" stays when only another Sam is hidden.
 * With `skipOrdinaryWords`, a first name used as an everyday word is not matched.
 */
export function nameFinder(names: readonly string[], keep: readonly string[] = [], options: { skipOrdinaryWords?: boolean } = {}): NameFinder {
  const pattern = patternFor(names);
  const keepPattern = patternFor(keep);
  if (!pattern) return () => [];
  // A quick look first: most texts hold no word that starts any of the names.
  const starts = new Set(names.map((n) => fold(n).split(WORD_BREAK).find(Boolean) ?? ''));
  return (text) => {
    if (!text) return [];
    const quick = fold(text);
    if (!quick.split(WORD_BREAK).some((word) => starts.has(word))) return [];
    pattern.lastIndex = 0;
    const any = pattern.test(quick);
    // matchAll starts from lastIndex, which test() moved.
    pattern.lastIndex = 0;
    if (!any) return [];
    const { folded, from, to } = foldWithPlaces(text);
    const kept: [number, number][] = [];
    if (keepPattern) for (const m of folded.matchAll(keepPattern)) kept.push([m.index, m.index + m[0].length]);
    const out: NameMatch[] = [];
    for (const m of folded.matchAll(pattern)) {
      const fs = m.index;
      const fe = m.index + m[0].length;
      if (kept.some(([a, b]) => fs < b && fe > a)) continue;
      const start = from[fs]!;
      let end = to[fe - 1]!;
      // Accents typed as separate marks after the last letter belong to the name.
      for (const rest of text.slice(end)) {
        if (foldPoint(rest) !== '') break;
        end += rest.length;
      }
      const match = { start, end, text: text.slice(start, end) };
      if (!options.skipOrdinaryWords || !looksLikeOrdinaryWord(text, match)) out.push(match);
    }
    return out;
  };
}

/** "A member" where it starts the text or a sentence, "a member" elsewhere. */
export function memberWordsAt(text: string, start: number): string {
  const before = text.slice(0, start);
  return before.trim() === '' || /[.!?]\s+$|\n\s*$/.test(before) ? 'A member' : A_MEMBER;
}

/** The text with each match replaced by "a member" (or "A member" to start a sentence). */
export function replaceMatches(text: string, matches: readonly NameMatch[]): string {
  let out = '';
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + memberWordsAt(text, m.start);
    at = m.end;
  }
  return out + text.slice(at);
}
