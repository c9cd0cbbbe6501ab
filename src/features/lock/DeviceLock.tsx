import { t } from '@lingui/core/macro';
import { useEffect } from 'preact/hooks';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import { lazyModule, useLazy } from '../../state/use-lazy';
import { checkKioskSession, kioskChecked, kioskLocksThisTab, kioskSession, tabShowsKiosk, watchKioskSession } from './kiosk-lock';
import { locked, refreshLockConfig, watchIdle } from './lock-state';
import './lock.css';

/** Whether this page has drawn the lock before. */
let opened = false;
/**
 * The lock screen's own code loads apart from the first screen (it is precached, and fetched
 * while the browser is idle). Until it has, the app behind is already hidden and out of reach.
 */
const lockScreen = lazyModule(() => import('./LockScreen').then((m) => m.LockScreen));

/**
 * Covers the whole app when the device is locked, or while kiosk mode runs and this tab is not
 * the kiosk, so a tablet left on a table or handed round shows no one's details. Drawn in its
 * own root beside the app's (see main.tsx), so everything in the app can be made inert while
 * it shows. Until this load has checked for kiosk mode, the app is not shown at all.
 */
export function DeviceLock() {
  useEffect(() => {
    const stopKiosk = watchKioskSession();
    const stopIdle = watchIdle();
    // Locks as the app opens, not each time this is drawn afresh (another language redraws it).
    const opening = !opened;
    opened = true;
    void checkKioskSession().then(() => refreshLockConfig({ lockIfOn: opening }));
    lockScreen.warm();
    return () => {
      stopKiosk();
      stopIdle();
    };
  }, []);
  const kiosk = kioskLocksThisTab.value ? kioskSession.value : null;
  // The device lock never covers the kiosk itself: it has its own way out, the same PIN.
  const isLocked = kiosk !== null || (locked.value && !tabShowsKiosk());
  const checked = kioskChecked.value;
  useEffect(() => {
    const app = document.getElementById('app');
    if (!app) return;
    // Hidden as well as inert, so nothing of it shows round the lock's edges or in a print.
    app.inert = isLocked || !checked;
    app.classList.toggle('app-covered', isLocked || !checked);
    return () => {
      app.inert = false;
      app.classList.remove('app-covered');
    };
  }, [isLocked, checked]);
  if (!isLocked) return null;
  return <LazyLockScreen kiosk={kiosk} />;
}

function LazyLockScreen({ kiosk }: { kiosk: KioskSession | null }) {
  const state = useLazy(lockScreen);
  if (state.kind === 'ready') return <state.module kiosk={kiosk} />;
  if (state.kind === 'loading') return null;
  return (
    <div class="lock-screen" role="alert">
      <p>{t`The lock screen could not be loaded on this device. Reload the app to unlock it.`}</p>
      <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
        {t`Reload the app`}
      </button>
    </div>
  );
}
