import { t } from '@lingui/core/macro';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useProjectId } from '../../state/project-context';
import { href } from '../../state/router';

/** A screen inside "Review and share": a way back to its first screen, and a heading. */
export function Subpage({ title, children }: { title: string; children: ComponentChildren }) {
  const projectId = useProjectId();
  useEffect(() => {
    document.title = t({ message: `${title} · Common Ground`, comment: 'The browser tab’s title: the screen, then the app’s name' });
  }, [title]);
  return (
    <div class="review-subpage">
      <a class="back-link" href={href('p', projectId, 'review')}>
        <span aria-hidden="true">←</span> {t`Review and share`}
      </a>
      <h2 class="review-subpage-title">{title}</h2>
      {children}
    </div>
  );
}
