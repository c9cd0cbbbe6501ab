import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { shiftPosition, spliceBetween } from '../../../src/core/text/splice';

describe('typing into a shared section', () => {
  it('finds the one edit a keystroke, paste or cut made', () => {
    expect(spliceBetween('We listen.', 'We all listen.')).toEqual({ index: 3, remove: 0, insert: 'all ' });
    expect(spliceBetween('We all listen.', 'We listen.')).toEqual({ index: 3, remove: 4, insert: '' });
    expect(spliceBetween('Be kind', 'Be kind and fair')).toEqual({ index: 7, remove: 0, insert: ' and fair' });
    expect(spliceBetween('same', 'same')).toBeNull();
  });

  it('never splits an emoji', () => {
    const edit = spliceBetween('a🌻b', 'a🌼b')!;
    expect(edit).toEqual({ index: 1, remove: 2, insert: '🌼' });
  });

  it('keeps the cursor on the same words when another device types before or after it', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'We listen. We are kind.');
    let lastDelta: never = [] as never;
    text.observe((event) => {
      lastDelta = event.delta as never;
    });
    const cursor = 'We listen. We'.length;
    text.insert(0, 'Phones off. ');
    const afterFirst = shiftPosition(cursor, lastDelta);
    expect(text.toString().slice(0, afterFirst)).toBe('Phones off. We listen. We');
    text.insert(text.length, ' We start on time.');
    expect(shiftPosition(afterFirst, lastDelta)).toBe(afterFirst);
    text.delete(0, 'Phones off. '.length);
    expect(shiftPosition(afterFirst, lastDelta)).toBe(cursor);
    expect(shiftPosition(3, [{ retain: 1 }, { delete: 5 }])).toBe(1);
    expect(shiftPosition(4, [{ retain: 4 }, { insert: 'x' }])).toBe(4);
  });
});
