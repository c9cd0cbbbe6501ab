import type { ComponentChildren } from 'preact';
import './tag.css';

export type TagTone = 'plain' | 'good' | 'warn' | 'bad' | 'muted';

/** Small words in a coloured pill beside an item: its status or its kind. */
export function Tag({ tone = 'plain', children }: { tone?: TagTone; children: ComponentChildren }) {
  return <span class={`tag-pill tag-pill-${tone}`}>{children}</span>;
}
