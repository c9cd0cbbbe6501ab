import type { SnapshotSection } from '../domain/plan/document-version';

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export type SectionChangeKind = 'added' | 'removed' | 'changed' | 'same';

export interface SectionChange {
  id: string;
  heading: string;
  previousHeading?: string;
  kind: SectionChangeKind;
  words: WordChange[];
}

// Beyond this many word pairs the comparison would be slow on a tablet; show whole blocks instead.
const MAX_CELLS = 2_000_000;

/** Words with the spaces after them, so a change reads as whole words. */
function tokens(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

function push(out: WordChange[], kind: WordChange['kind'], text: string) {
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** What changed between two versions of a piece of text, word by word. */
export function diffWords(before: string, after: string): WordChange[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: WordChange[] = [];
  if (start > 0) push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    if (midA.length) push(out, 'removed', midA.join(''));
    if (midB.length) push(out, 'added', midB.join(''));
  } else {
    // Longest common subsequence over the words that differ.
    const n = midA.length;
    const m = midB.length;
    const table = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * (m + 1) + j] = midA[i] === midB[j] ? table[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(out, 'same', midA[i]!);
        i++;
        j++;
      } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) {
        push(out, 'removed', midA[i++]!);
      } else {
        push(out, 'added', midB[j++]!);
      }
    }
    while (i < n) push(out, 'removed', midA[i++]!);
    while (j < m) push(out, 'added', midB[j++]!);
  }
  if (endA < a.length) push(out, 'same', a.slice(endA).join(''));
  return out;
}

/** Section by section: what was added, removed, renamed or reworded between two versions. */
export function compareVersions(before: readonly SnapshotSection[], after: readonly SnapshotSection[]): SectionChange[] {
  const earlier = new Map(before.map((s) => [s.id, s]));
  const changes: SectionChange[] = [];
  for (const section of after) {
    const old = earlier.get(section.id);
    if (!old) {
      changes.push({ id: section.id, heading: section.heading, kind: 'added', words: [{ kind: 'added', text: section.body }] });
      continue;
    }
    earlier.delete(section.id);
    const same = old.body === section.body && old.heading === section.heading;
    changes.push({
      id: section.id,
      heading: section.heading,
      ...(old.heading !== section.heading ? { previousHeading: old.heading } : {}),
      kind: same ? 'same' : 'changed',
      words: same ? [{ kind: 'same', text: section.body }] : diffWords(old.body, section.body),
    });
  }
  for (const old of earlier.values()) changes.push({ id: old.id, heading: old.heading, kind: 'removed', words: [{ kind: 'removed', text: old.body }] });
  return changes;
}
