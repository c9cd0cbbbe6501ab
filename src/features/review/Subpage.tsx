import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { href } from '../../state/router';

/** A screen inside "Review and share": a way back to its first screen, and a heading. */
export function Subpage({ projectId, title, children }: { projectId: string; title: string; children: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Common Ground`;
  }, [title]);
  return (
    <div class="review-subpage">
      <a class="back-link" href={href('p', projectId, 'review')}>
        <span aria-hidden="true">←</span> Review and share
      </a>
      <h2 class="review-subpage-title">{title}</h2>
      {children}
    </div>
  );
}
