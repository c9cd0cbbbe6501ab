import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';

export interface PageProps {
  title: string;
  /** Where "Back" goes, with what it is called ("All projects"). */
  back?: { href: string; label: string };
  actions?: ComponentChildren;
  status?: ComponentChildren;
  children: ComponentChildren;
}

/** The frame of every screen: a header with the way back, the title and actions, then the content. */
export function Page({ title, back, actions, status, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Common Ground`;
  }, [title]);
  return (
    <div class="page">
      <header class="page-header">
        <div class="page-header-row">
          {back && (
            <a class="back-link" href={back.href}>
              <span aria-hidden="true">←</span> {back.label}
            </a>
          )}
          <div class="page-status">{status}</div>
        </div>
        <div class="page-header-row">
          <h1>{title}</h1>
          {actions && <div class="page-actions">{actions}</div>}
        </div>
      </header>
      <main id="main" class="page-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
