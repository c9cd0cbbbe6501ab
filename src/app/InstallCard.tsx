import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { askToInstall, installWay } from '../state/install';
import { Button } from '../ui/Button';

/**
 * Installing puts Common Ground on the home screen, opens it without the browser's bars and
 * makes the browser keep its data more readily. Where the browser has no install button
 * (Safari on an iPad), the steps are given instead.
 */
export function InstallCard() {
  const [declined, setDeclined] = useState(false);
  const way = installWay();
  return (
    <section class="card" id="install" aria-labelledby="install-heading">
      <h2 id="install-heading">{t`Install on this device`}</h2>
      {way === 'installed' && <p>{t`Common Ground is installed on this device. Open it from its icon, even with no signal.`}</p>}
      {way === 'prompt' && (
        <>
          <p>{t`Installing adds Common Ground to the home screen, so it opens like any other app, with or without signal.`}</p>
          <Button variant="primary" onClick={async () => setDeclined(!(await askToInstall()))}>
            {t`Install Common Ground`}
          </Button>
        </>
      )}
      {way === 'apple-share' && (
        <>
          <p>{t`On an iPad or iPhone, Common Ground is installed from Safari's Share menu:`}</p>
          <ol data-testid="apple-install-steps">
            <li>{t`Open Common Ground in Safari (not in another browser).`}</li>
            <li>{t`Tap the Share button: a square with an arrow pointing up, at the top of the screen on an iPad or at the bottom on an iPhone.`}</li>
            <li>{t`Scroll down the menu and tap “Add to Home Screen”.`}</li>
            <li>{t`Tap “Add”. From then on, open Common Ground from its icon on the home screen.`}</li>
          </ol>
          <p class="notice">{t`The app on the home screen keeps its own storage, apart from Safari's: projects made in Safari do not appear in it. Before you switch, make a backup of each project here, then restore it in the installed app.`}</p>
        </>
      )}
      {way === 'browser-menu' && (
        <p>{t`If your browser's menu has “Install app” or “Add to Home screen”, use it to put Common Ground on this device. If it has neither, Common Ground still works offline in this browser.`}</p>
      )}
      {declined && <p role="status">{t`Not installed. You can install it from here at any time.`}</p>}
    </section>
  );
}
