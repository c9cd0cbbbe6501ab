import { t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import type { MeasureFigure } from '../../core/review/measure-figures';
import { figureCounting, figureSentence } from '../../core/review/measure-figures';

/** The figure the app counts for a measure, with where it comes from and how it was counted. */
export function MeasureFigureLine({ figure }: { figure: MeasureFigure | undefined }) {
  if (!figure) return <p role="status">{t`Counting…`}</p>;
  return (
    <div class="measure-figure" data-testid={`figure-${figure.source}`}>
      <p>
        <strong>{figureSentence(i18n, figure)}</strong>
      </p>
      <p class="hint">{figureCounting(i18n, figure.source)}</p>
    </div>
  );
}
