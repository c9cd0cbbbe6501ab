import { signal } from '@preact/signals';

/** Chromium's install prompt, kept until the facilitator asks for it. */
interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallWay =
  /** Already opened from the home screen or as an app. */
  | 'installed'
  /** The browser can install it with one tap. */
  | 'prompt'
  /** Safari on an iPad or iPhone: by hand, from the Share menu. */
  | 'apple-share'
  /** Some other browser: its own menu may offer it. */
  | 'browser-menu';

const waitingPrompt = signal<InstallPromptEvent | null>(null);
const installedNow = signal(false);

/** Listens from the first moment: the browser offers its prompt once, early, and never again. */
export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // shown from our own button instead of the browser's banner
    waitingPrompt.value = event as InstallPromptEvent;
  });
  window.addEventListener('appinstalled', () => {
    waitingPrompt.value = null;
    installedNow.value = true;
  });
}

function runsInstalled(): boolean {
  return (
    installedNow.value ||
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/** iPadOS Safari says it is a Mac; a Mac has no touch screen. */
function isAppleTouchDevice(): boolean {
  const agent = navigator.userAgent;
  return /iPad|iPhone|iPod/.test(agent) || (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1);
}

export function installWay(): InstallWay {
  if (runsInstalled()) return 'installed';
  if (waitingPrompt.value) return 'prompt';
  if (isAppleTouchDevice()) return 'apple-share';
  return 'browser-menu';
}

/** Shows the browser's own install question; true when the facilitator said yes. */
export async function askToInstall(): Promise<boolean> {
  const event = waitingPrompt.value;
  if (!event) return false;
  waitingPrompt.value = null; // a prompt can be shown only once
  await event.prompt();
  const { outcome } = await event.userChoice;
  if (outcome === 'accepted') installedNow.value = true;
  return outcome === 'accepted';
}
