import { shiftPosition, spliceBetween, type SharedText, type TextDelta } from '../../core/text/splice';

/** The part of a text box the shared text field needs (a textarea, or a stand-in in tests). */
export interface Editable {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  setSelectionRange(start: number, end: number): void;
}

/**
 * Keeps a text box and a shared text in step. `agreed` is the text as both last saw it: what
 * the person typed since is the difference from it, and another device's change arrives as a
 * delta against it.
 */
export class TextBox {
  private agreed: string;

  constructor(
    private readonly text: SharedText,
    private readonly box: Editable,
  ) {
    this.agreed = text.read();
    box.value = this.agreed;
  }

  /** After the person typed, pasted or cut: sends the edit. Returns why it was refused, or null. */
  typed(): string | null {
    const typed = this.box.value;
    const splice = spliceBetween(this.agreed, typed);
    if (!splice) return null;
    const result = this.text.splice(splice);
    if (!result.ok) {
      this.box.value = this.agreed;
      this.box.setSelectionRange(splice.index, splice.index);
      return result.message;
    }
    if (result.value !== typed) {
      // Pasted text was cleaned: show what was kept, with the cursor after it.
      const tail = typed.length - (splice.index + splice.insert.length);
      const cursor = Math.max(0, result.value.length - tail);
      this.box.value = result.value;
      this.box.setSelectionRange(cursor, cursor);
    }
    this.agreed = result.value;
    return null;
  }

  /** Another device changed the text: show it, keeping the cursor on the same words. */
  remoteChange(delta: TextDelta, focused: boolean): void {
    const now = this.text.read();
    if (this.box.value === now) {
      this.agreed = now;
      return;
    }
    const start = this.box.selectionStart;
    const end = this.box.selectionEnd;
    this.box.value = now;
    this.agreed = now;
    if (focused) this.box.setSelectionRange(shiftPosition(start, delta), shiftPosition(end, delta));
  }
}
