import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PackProgress } from '../../core/pack/build';
import { AUDIENCE_LABELS, packOptionsFromQuery } from '../../core/pack/options';
import { REPORT_CSS } from '../../core/pack/report-style';
import { useSession } from '../../state/project-context';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Progress } from './Progress';

type State = { kind: 'making'; progress: PackProgress } | { kind: 'ready'; html: string } | { kind: 'failed'; message: string };

/**
 * The report on its own page, with no app header, so the browser's print (or "Save as PDF")
 * gives clean A4 pages. Its options come from the address: ?audience=partners&include=….
 */
export function ReportScreen() {
  const session = useSession();
  const query = location.hash.split('?')[1] ?? '';
  const options = packOptionsFromQuery(query);
  const starting = () => ({ done: 0, total: 1, label: t({ message: 'Starting', comment: 'The first step of a progress bar' }) });
  const [state, setState] = useState<State>({ kind: 'making', progress: starting() });
  useReportStyles();

  useEffect(() => {
    let live = true;
    setState({ kind: 'making', progress: starting() });
    (async () => {
      const { makeReportHtml } = await import('../../state/project-pack');
      const result = await makeReportHtml(session.doc, options, (progress) => live && setState({ kind: 'making', progress }));
      if (!live) return;
      if (!result.ok) return setState({ kind: 'failed', message: result.message });
      document.title = result.value.title;
      setState({ kind: 'ready', html: result.value.html });
    })().catch(() => live && setState({ kind: 'failed', message: t`The report could not be made on this device. Go back and try again.` }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.doc, query]);

  return (
    <div class="report-page">
      <header class="report-toolbar">
        <a class="back-link" href={href('p', session.projectId, 'review', 'pack')}>
          <span aria-hidden="true">←</span> {t`Back to the project pack`}
        </a>
        <p class="report-audience">{i18n._(AUDIENCE_LABELS[options.audience])}</p>
        <Button variant="primary" onClick={() => window.print()} disabled={state.kind !== 'ready'}>
          {t`Print or save as PDF`}
        </Button>
      </header>
      <main id="main" tabIndex={-1} class="report-main">
        {state.kind === 'making' && <Progress what={t`Making the report`} progress={state.progress} />}
        {state.kind === 'failed' && <CommandError error={state.message} />}
        {state.kind === 'ready' && <div class="report-paper" onClick={jumpWithinReport} dangerouslySetInnerHTML={{ __html: state.html }} />}
      </main>
    </div>
  );
}

/** The contents links point at "#part-…", which in the app would change the screen; scroll instead. */
function jumpWithinReport(event: MouseEvent) {
  const link = (event.target as Element).closest('a[href^="#part-"]');
  if (!link) return;
  event.preventDefault();
  const target = document.getElementById(link.getAttribute('href')!.slice(1));
  target?.scrollIntoView({ block: 'start' });
  target?.querySelector('h2')?.setAttribute('tabindex', '-1');
  target?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
}

/**
 * Applies the report's styles (the same text that goes inside report.html) as a constructed
 * stylesheet, which the app's content security policy allows, for as long as the page shows.
 */
function useReportStyles() {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(REPORT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);
}
