import { t } from '@lingui/core/macro';
import { kioskSession } from '../features/lock/kiosk-lock';
import { installUpdate, updateBlockers, updateWaiting } from '../state/app-update';
import { Button } from '../ui/Button';

/**
 * Tells the facilitator a new version is ready. It is installed only when they tap it, and
 * never offered while kiosk mode runs on this device (in any tab): an update reloads the app.
 */
export function UpdatePrompt() {
  if (!updateWaiting.value || updateBlockers.value > 0 || kioskSession.value !== null) return null;
  return (
    <div class="update-prompt" role="status">
      <span>{t`A new version of Common Ground is ready.`}</span>
      <Button variant="primary" onClick={() => kioskSession.value === null && void installUpdate()}>
        {t`Update now`}
      </Button>
      <Button variant="quiet" onClick={() => (updateWaiting.value = false)}>
        {t({ message: 'Later', comment: 'Button: install the new version of the app later, not now' })}
      </Button>
    </div>
  );
}
