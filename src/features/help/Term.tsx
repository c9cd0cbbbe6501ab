import type { ComponentChildren } from 'preact';
import { href } from '../../state/router';

/** A link to a word's plain-English meaning in Help, for use inside a sentence. */
export function Term({ id, children }: { id: string; children: ComponentChildren }) {
  return <a href={href('help', 'words', id)}>{children}</a>;
}
