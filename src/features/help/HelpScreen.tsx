import { i18n } from '#i18n';
import { t } from '@lingui/core/macro';
import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { GLOSSARY } from './glossary';
import { GUIDES } from './guides';
import { NewcomerTour } from './NewcomerTour';
import './help.css';

/**
 * Help for a newcomer: the short tour, and the words the guides use. Addresses:
 * #/help, #/help/start/<step>, #/help/words/<word>.
 */
export function HelpScreen({ parts }: { parts: string[] }) {
  const [page, arg] = parts;
  if (page === 'start') return <NewcomerTour step={Number(arg) || 1} />;
  return <HelpHome word={page === 'words' ? arg : undefined} />;
}

function HelpHome({ word }: { word: string | undefined }) {
  useEffect(() => {
    if (!word) return;
    const entry = document.getElementById(`word-${word}`);
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus();
  }, [word]);
  return (
    <Page title={t`Help`} back={{ href: href(), label: t`All projects` }}>
      <section class="card" aria-labelledby="tour-heading">
        <h2 id="tour-heading">{t`New to co-production, or to Common Ground?`}</h2>
        <p>{t`A short tour in four screens: what co-production is, how a group works together, where each step is in the app, and what to do first.`}</p>
        <LinkButton href={href('help', 'start', '1')} variant="primary">
          {t`Take the short tour`}
        </LinkButton>
      </section>
      <section class="card" aria-labelledby="words-heading">
        <h2 id="words-heading">{t`Words the guides use`}</h2>
        <dl class="glossary">
          {GLOSSARY.map((entry) => (
            <Fragment key={entry.id}>
              <dt id={`word-${entry.id}`} tabIndex={-1}>
                {i18n._(entry.term)}
              </dt>
              <dd>{i18n._(entry.meaning)}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <section class="card" aria-labelledby="guides-heading">
        <h2 id="guides-heading">{t`The guides behind Common Ground`}</h2>
        <p>{t`The app's templates and advice draw on these guides. Where a screen follows one, it names it. The words in the app are our own.`}</p>
        <ul>
          {Object.values(GUIDES).map((guide) => (
            <li key={guide.id}>{i18n._(guide)}</li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
