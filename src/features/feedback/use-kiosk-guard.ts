import { useEffect, useRef } from 'preact/hooks';
import { updateBlockers } from '../../state/app-update';

/**
 * Holds the screen on the kiosk while it runs. The back button, a back swipe or a typed hash
 * change would otherwise move this tab away (to a screen the kiosk lock then covers). Our
 * listeners run in the capture phase, before the app's router sees the change, put the
 * kiosk's address back and stop the event. Also holds off app updates.
 */
export function useKioskGuard(kioskHash: string): { unlock: () => void } {
  const unlocked = useRef(false);
  useEffect(() => {
    unlocked.current = false;
    updateBlockers.value++;
    // Nothing from before the kiosk should be one "back" away: mark this entry as the kiosk,
    // and add a spare one so "back" lands on the kiosk again.
    history.replaceState({ kiosk: true }, '', kioskHash);
    history.pushState({ kiosk: true }, '', kioskHash);
    const hold = (event: Event) => {
      if (unlocked.current) return;
      if (location.hash !== kioskHash) {
        event.stopImmediatePropagation();
        history.replaceState({ kiosk: true }, '', kioskHash);
      }
      if (event.type === 'popstate') history.pushState({ kiosk: true }, '', kioskHash);
    };
    window.addEventListener('popstate', hold, true);
    window.addEventListener('hashchange', hold, true);
    return () => {
      window.removeEventListener('popstate', hold, true);
      window.removeEventListener('hashchange', hold, true);
      updateBlockers.value--;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [kioskHash]);
  return {
    unlock: () => {
      unlocked.current = true;
    },
  };
}

/** Fills the screen when the browser allows it; some do not, and that is fine. */
export function requestFullscreen() {
  try {
    void document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined);
  } catch {
    // Not available here.
  }
}
