import { i18n } from '#i18n';
import { t } from '@lingui/core/macro';
import { formatList } from '../../core/format/intl';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { GUIDE_NOTES } from './guide-notes';
import { GUIDES } from './guides';
import './help.css';

/** A short, closed-by-default summary of the guides' advice for one section of the app. */
export function GuideNotes({ sectionId }: { sectionId: string }) {
  const points = GUIDE_NOTES[sectionId];
  if (!points) return null;
  return (
    <details class="guide-notes">
      <summary>{t`What the guides say`}</summary>
      <ul>
        {points.map((point) => {
          const guides = formatList(point.from.map((guide) => i18n._(GUIDES[guide])));
          return (
            <li key={point.text.id}>
              {i18n._(point.text)}{' '}
              <span class="guide-source">{t({ message: `(Drawing on: ${guides}.)`, comment: 'After a piece of advice: the guides it summarises' })}</span>
            </li>
          );
        })}
      </ul>
      <p class="hint">{t`In our own words; the guides say more. Words such as “reciprocity” are explained under Help.`}</p>
      <LinkButton href={href('help')}>{t`Help and the words the guides use`}</LinkButton>
    </details>
  );
}
