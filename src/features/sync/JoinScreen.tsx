import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { canEncrypt } from '../../core/sync/crypto';
import { parseInviteLink, parseInviteParts, type Invite } from '../../core/sync/invite';
import { REFUSAL } from '../../core/sync/refusal';
import { projectRow } from '../../state/project-rows';
import { href, navigate } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { guessDeviceName } from './device-name';
import { browserOnline, syncView } from './sync-signals';
import './sync.css';

type Step =
  | { kind: 'reading' }
  | { kind: 'paste'; error: string | null }
  | { kind: 'refused'; message: string }
  /** A project new to this device: fetched and checked in memory, nothing stored yet. */
  | { kind: 'fetching'; invite: Invite }
  | { kind: 'new'; invite: Invite; projectName: string; inviterName: string }
  /** The project is here with another key; the link comes from its team. */
  | { kind: 'move'; invite: Invite; projectName: string; inviterName: string | null; afterReset: boolean }
  | { kind: 'joining'; invite: Invite; moving: boolean }
  | { kind: 'failed'; invite: Invite; message: string; moving: boolean; fetching: boolean };

// The sync machinery is loaded when a link is checked, not with the first screen.
const actions = () => import('./background');

/**
 * Opening an invite link: `#/join/<projectId>/<code>`. The link is checked on the device
 * first: one cut short or changed is refused, and for a project already here, so is a link
 * its team did not make (before any connection). A project new to this device is fetched and
 * checked in memory first. Either way the screen names the device that made the link and
 * asks before anything is stored or changed.
 */
export function JoinScreen({ parts }: { parts: string[] }) {
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [pasted, setPasted] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void actions()
      .then((a) => a.thisDeviceName())
      .then((name) => live && setDeviceName((current) => current || name || guessDeviceName()));
    (async () => {
      if (parts.length === 0) return setStep({ kind: 'paste', error: null });
      const parsed = await parseInviteParts(parts[0], parts[1]);
      // Keep the secret out of the address bar and the history from here on.
      history.replaceState(null, '', '#/join');
      if (!live) return;
      if (!parsed.ok) return setStep({ kind: 'paste', error: parsed.message });
      await follow(parsed.value, () => live);
    })();
    return () => {
      live = false;
      void actions().then((a) => a.dropInvitedProject());
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parts.join('/')]);

  /** Checks a link here, then (for a project new to this device) fetches and checks it. */
  async function follow(invite: Invite, live: () => boolean = () => true) {
    const a = await actions();
    const check = await a.checkInviteHere(invite);
    if (!live()) return;
    if (!check.ok) return setStep({ kind: 'refused', message: check.message });
    if (check.value.kind === 'already-here') return location.replace(href('p', invite.projectId));
    if (check.value.kind === 'from-team') {
      const projectName = projectRow(invite.projectId)?.name ?? t`This project`;
      const refusal = syncView(invite.projectId).value.state?.refusal;
      if (!live()) return;
      return setStep({ kind: 'move', invite, projectName, inviterName: check.value.inviterName, afterReset: refusal === REFUSAL.sharingReset });
    }
    setStep({ kind: 'fetching', invite });
    const fetched = await a.fetchInvitedProject(invite);
    if (!live()) return;
    if (!fetched.ok) return setStep({ kind: 'failed', invite, message: fetched.message, moving: false, fetching: true });
    if (!fetched.value) return location.replace(href('p', invite.projectId));
    setStep({ kind: 'new', invite, ...fetched.value });
  }

  async function join(invite: Invite, moving: boolean) {
    if (!moving && !deviceName.trim()) return setNameError(t`Give this device a name, so the other facilitators know which one it is.`);
    setNameError(null);
    setStep({ kind: 'joining', invite, moving });
    const result = await (await actions()).joinProject(invite, moving ? undefined : deviceName);
    if (!result.ok) return setStep({ kind: 'failed', invite, message: result.message, moving, fetching: false });
    location.replace(href('p', result.value.projectId));
  }

  async function usePasted(e: Event) {
    e.preventDefault();
    const parsed = await parseInviteLink(pasted);
    if (!parsed.ok) return setStep({ kind: 'paste', error: parsed.message });
    await follow(parsed.value);
  }

  return (
    <Page title={t`Join a shared project`} back={{ href: href(), label: t`All projects` }}>
      {!canEncrypt() && <p class="notice">{t`Joining needs the app to be opened over a secure connection (an address starting with https://).`}</p>}
      {step.kind === 'reading' && <p role="status">{t`Checking the invite…`}</p>}
      {step.kind === 'paste' && (
        <section class="card sync-card" aria-labelledby="paste-heading">
          {step.error && (
            <p class="error sync-error" role="alert">
              {step.error}
            </p>
          )}
          <h2 id="paste-heading">{t`Paste an invite link`}</h2>
          <p>{t`If another facilitator sent you an invite link, paste it here. Or scan their QR code with this device’s camera.`}</p>
          <form onSubmit={usePasted} noValidate>
            <TextField label={t`Invite link`} value={pasted} onInput={setPasted} maxLength={2000} required />
            <Button type="submit" variant="primary">
              {t`Use this link`}
            </Button>
          </form>
        </section>
      )}
      {step.kind === 'refused' && (
        <section class="card sync-card" aria-labelledby="refused-heading">
          <h2 id="refused-heading">{t`This link cannot be used`}</h2>
          <p class="error" role="alert">
            {step.message}
          </p>
          <p>{t`Whoever sent it cannot see or change anything on this device. If you were expecting a link from a facilitator of this project, ask them to show it again in person, or to send it from their own device.`}</p>
          <div class="row">
            <LinkButton href={href()} variant="primary">
              {t`Back to all projects`}
            </LinkButton>
          </div>
        </section>
      )}
      {step.kind === 'fetching' && (
        <p role="status" class="sync-joining">
          {t`Getting the project from the sync server and checking it… This can take a minute on a slow connection. Nothing is kept on this device until you say yes.`}
        </p>
      )}
      {step.kind === 'new' && (
        <section class="card sync-card" aria-labelledby="ready-heading">
          <h2 id="ready-heading">{t`Join “${step.projectName}”?`}</h2>
          <p class="sync-inviter">{t`This link was made on “${step.inviterName}”, one of the project’s devices.`}</p>
          <p>{t`If you were not expecting a link from that device, do not join: ask the facilitator in person first.`}</p>
          <p>{t`Joining copies the whole project to this device and keeps it in step with the other facilitators’ devices. Afterwards it works without a signal too. The project may hold personal details of group members: join only on a device you look after, and lock the app with a PIN if others use it.`}</p>
          <TextField
            label={t`Name of this device`}
            hint={t`The other facilitators see this name in their list of devices, for example “Sam’s tablet”.`}
            value={deviceName}
            onInput={setDeviceName}
            error={nameError}
            maxLength={60}
            required
          />
          <div class="row">
            <Button variant="primary" onClick={() => join(step.invite, false)}>
              {t`Join the project`}
            </Button>
            <LinkButton href={href()}>{t`Not now`}</LinkButton>
          </div>
        </section>
      )}
      {step.kind === 'move' && (
        <section class="card sync-card" aria-labelledby="move-heading">
          <h2 id="move-heading">{t`“${step.projectName}” is already on this device`}</h2>
          {step.inviterName ? (
            <p class="sync-inviter">{t`This link was made on “${step.inviterName}”, one of this project’s devices.`}</p>
          ) : (
            <p class="sync-inviter">{t`This link leads to the new sharing announced when this project’s sharing was last reset.`}</p>
          )}
          <p>{t`Using it connects this device to the sharing that link belongs to. Changes made here and changes made there join up: nothing on this device is lost.`}</p>
          {step.afterReset && (
            <p class="notice">
              {step.inviterName
                ? t`Sharing was reset while this device was away, so it does not know yet which devices were kept. Use this link only if you know “${step.inviterName}” is still part of the team. If in doubt, check with them in person first.`
                : t`Sharing was reset while this device was away, so it does not know yet which devices were kept. Use this link only if you know the person who sent it is still part of the team. If in doubt, check with them in person first.`}
            </p>
          )}
          {!browserOnline.value && <p class="notice">{t`This device is offline. Using the link needs an internet connection.`}</p>}
          <div class="row">
            <Button variant="primary" onClick={() => join(step.invite, true)}>
              {t`Use this link`}
            </Button>
            <LinkButton href={href()}>{t`Not now`}</LinkButton>
          </div>
        </section>
      )}
      {step.kind === 'joining' && (
        <p role="status" class="sync-joining">
          {step.moving ? t`Connecting to the shared project… This can take a minute on a slow connection.` : t`Saving the project on this device…`}
        </p>
      )}
      {step.kind === 'failed' && (
        <section class="card sync-card" aria-labelledby="failed-heading">
          <h2 id="failed-heading">{step.moving ? t`The link could not be used` : t`The project could not be joined`}</h2>
          <p class="error" role="alert">
            {step.message}
          </p>
          <p>{step.moving ? t`Nothing was changed on this device.` : t`Nothing was added to this device.`}</p>
          <div class="row">
            <Button variant="primary" onClick={() => (step.fetching ? follow(step.invite) : join(step.invite, step.moving))}>
              {t`Try again`}
            </Button>
            <Button onClick={() => navigate()}>{t`Back to all projects`}</Button>
          </div>
        </section>
      )}
    </Page>
  );
}
