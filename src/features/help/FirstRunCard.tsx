import { t } from '@lingui/core/macro';
import { tourSeen } from '../../core/settings/settings';
import { href } from '../../state/router';
import { saveSetting, useSetting } from '../../state/settings';
import { Button, LinkButton } from '../../ui/Button';

/** Offered to a new facilitator on the projects screen until the tour is taken or put aside. */
export function FirstRunCard() {
  const seen = useSetting(tourSeen);
  if (seen !== false) return null;
  return (
    <section class="card" aria-labelledby="first-run-heading" data-testid="first-run">
      <h2 id="first-run-heading">{t`New to co-production, or to Common Ground?`}</h2>
      <p>{t`Four short screens explain what co-production is and what to do first. You can find them again under Help.`}</p>
      <div class="row">
        <LinkButton href={href('help', 'start', '1')} variant="primary">
          {t`Take the short tour`}
        </LinkButton>
        <Button onClick={() => void saveSetting(tourSeen, true)}>{t`Not now`}</Button>
      </div>
    </section>
  );
}
