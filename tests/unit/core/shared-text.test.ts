import { describe, expect, it } from 'vitest';
import { startNotes } from '../../../src/core/commands/meeting-day-during';
import { meetingNotesType, NOTES_MAX } from '../../../src/core/domain/meeting-day/meeting-notes';
import { seededRandom } from '../../../src/core/reference/random';
import { sharedText } from '../../../src/state/shared-text';
import { TextBox, type Editable } from '../../../src/ui/form/text-box';
import { addMeeting, copyDoc, projectDoc, syncDocs } from '../meetings/fixtures';

/** A text box as the browser keeps it: its value and where the cursor is. */
function box(): Editable & { type(at: number, text: string): void } {
  return {
    value: '',
    selectionStart: 0,
    selectionEnd: 0,
    setSelectionRange(start, end) {
      this.selectionStart = start;
      this.selectionEnd = end;
    },
    type(at, text) {
      this.value = this.value.slice(0, at) + text + this.value.slice(at);
      this.setSelectionRange(at + text.length, at + text.length);
    },
  };
}

function twoDevices(body: string) {
  const a = projectDoc();
  addMeeting(a, { id: 'm1', date: '2026-03-10' });
  const notes = startNotes(a, 'm1', body);
  if (!notes.ok) throw new Error(notes.message);
  const b = copyDoc(a);
  const open = (doc: typeof a) => {
    const text = sharedText(doc, meetingNotesType, notes.value.id, 'body');
    const el = box();
    const field = new TextBox(text, el);
    const stop = text.observe((delta) => field.remoteChange(delta, true));
    return { text, el, field, stop };
  };
  return { a, b, onA: open(a), onB: open(b) };
}

describe('the shared text field', () => {
  it('shows another device’s typing without moving the cursor off the words being typed', () => {
    const { a, b, onA, onB } = twoDevices('We met. We agreed.');
    onA.el.type(7, ' It rained.');
    expect(onA.field.typed()).toBeNull();
    onB.el.setSelectionRange(18, 18); // after "agreed."
    syncDocs(a, b);
    expect(onB.el.value).toBe('We met. It rained. We agreed.');
    expect(onB.el.value.slice(0, onB.el.selectionStart)).toBe('We met. It rained. We agreed.');
    onB.el.setSelectionRange(3, 3); // before "met."
    onA.el.type(0, 'Today ');
    onA.field.typed();
    syncDocs(a, b);
    expect(onB.el.value.slice(onB.el.selectionStart)).toBe('met. It rained. We agreed.');
  });

  it('does not echo its own typing back into the box', () => {
    const { onA } = twoDevices('');
    let heard = 0;
    const stop = onA.text.observe(() => heard++);
    onA.el.type(0, 'Hello');
    onA.field.typed();
    expect(heard).toBe(0);
    stop();
  });

  it('goes back to the saved text and says why when an edit would make it too long', () => {
    const { onA } = twoDevices('x'.repeat(NOTES_MAX - 2));
    onA.el.type(0, 'abc');
    expect(onA.field.typed()).toMatch(/too long/);
    expect(onA.el.value).toBe('x'.repeat(NOTES_MAX - 2));
  });

  it('ends with the same text on both devices and every word typed, whatever order things arrive in (many seeds)', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = seededRandom(seed);
      const { a, b, onA, onB } = twoDevices('Start.');
      const words: string[] = [];
      for (let step = 0; step < 10; step++) {
        const side = random.chance(0.5) ? onA : onB;
        const gaps = [...Array(side.el.value.length + 1).keys()].filter(
          (i) => side.el.value.slice(0, i).split('<').length === side.el.value.slice(0, i).split('>').length,
        );
        const word = `<${step}>`;
        side.el.type(random.pick(gaps), word);
        expect(side.field.typed()).toBeNull();
        words.push(word);
        if (random.chance(0.3)) syncDocs(a, b);
      }
      syncDocs(a, b);
      expect(onA.el.value).toBe(onB.el.value);
      expect(onA.el.value).toBe(onA.text.read());
      for (const word of words) expect(onA.el.value).toContain(word);
    }
  });
});
