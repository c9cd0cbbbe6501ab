import './app/zod-config';
import { render } from 'preact';
import { App } from './app/App';
import { DeviceLock } from './features/lock/DeviceLock';
import { kioskSession } from './features/lock/kiosk-lock';
import { language, startLanguage } from './i18n/language';
import { registerServiceWorker } from './state/app-update';
import { listenForInstallPrompt } from './state/install';
import { listenForOpenedFiles } from './state/opened-files';
import { navigate } from './state/router';
import { anyUnsaved } from './state/save-states';
import './ui/styles.css';

// Drawn once the language chosen last time is ready (at once for English), and afresh whenever
// it changes, so every screen shows it. (No top-level await: it would split the first screen.)
void startLanguage().then(() =>
  language.subscribe((tag) => {
    render(<App key={tag} />, document.getElementById('app')!);
    render(<DeviceLock key={tag} />, document.getElementById('lock')!);
  }),
);
listenForInstallPrompt();
void registerServiceWorker();
// A backup opened from the device's files waits on the projects screen; a running kiosk is
// never left for it (the file waits until the kiosk has ended).
listenForOpenedFiles(() => {
  if (kioskSession.value === null) navigate();
});
// Background sync opens every shared project, which can hold the main thread for a while on a
// large project, so it starts once the first screen is up.
setTimeout(() => void import('./features/sync/background').then((sync) => sync.startBackgroundSync()), 1000);

// The browser asks before closing a tab while a change is still being written.
window.addEventListener('beforeunload', (event) => {
  if (anyUnsaved()) event.preventDefault();
});
