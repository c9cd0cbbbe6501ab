import { useEffect, useState } from 'preact/hooks';
import { canEncrypt } from '../../core/sync/crypto';
import { parseInviteLink, parseInviteParts, type Invite } from '../../core/sync/invite';
import { REFUSAL } from '../../core/sync/refusal';
import { db } from '../../state/app-db';
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
  | { kind: 'new'; invite: Invite }
  /** The project is here with another key; the link comes from its team. */
  | { kind: 'move'; invite: Invite; projectName: string; inviterName: string | null; afterReset: boolean }
  | { kind: 'joining'; invite: Invite; moving: boolean }
  | { kind: 'failed'; invite: Invite; message: string; moving: boolean };

// The sync machinery is loaded when a link is checked, not with the first screen.
const actions = () => import('./background');

/**
 * Opening an invite link: `#/join/<projectId>/<code>`. The link is checked on the device
 * first: one cut short or changed is refused, and for a project already here, so is a link
 * its team did not make. Asks before anything changes, naming the device that made the link,
 * and creates nothing unless the whole project arrives and passes every check.
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
      const next = await stepFor(parsed.value);
      if (live) setStep(next);
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parts.join('/')]);

  async function stepFor(invite: Invite): Promise<Step> {
    const check = await (await actions()).checkInviteHere(invite);
    if (!check.ok) return { kind: 'refused', message: check.message };
    if (check.value.kind === 'new-project') return { kind: 'new', invite };
    if (check.value.kind === 'already-here') {
      location.replace(href('p', invite.projectId));
      return { kind: 'reading' };
    }
    const project = await db.projects.get(invite.projectId);
    const refusal = syncView(invite.projectId).value.state?.refusal;
    return { kind: 'move', invite, projectName: project?.name ?? 'This project', inviterName: check.value.inviterName, afterReset: refusal === REFUSAL.sharingReset };
  }

  async function join(invite: Invite, moving: boolean) {
    if (!moving && !deviceName.trim()) return setNameError('Give this device a name, so the other facilitators know which one it is.');
    setNameError(null);
    setStep({ kind: 'joining', invite, moving });
    const result = await (await actions()).joinProject(invite, moving ? undefined : deviceName);
    if (!result.ok) return setStep({ kind: 'failed', invite, message: result.message, moving });
    location.replace(href('p', result.value.projectId));
  }

  async function usePasted(e: Event) {
    e.preventDefault();
    const parsed = await parseInviteLink(pasted);
    if (!parsed.ok) return setStep({ kind: 'paste', error: parsed.message });
    setStep(await stepFor(parsed.value));
  }

  return (
    <Page title="Join a shared project" back={{ href: href(), label: 'All projects' }}>
      {!canEncrypt() && <p class="notice">Joining needs the app to be opened over a secure connection (an address starting with https://).</p>}
      {step.kind === 'reading' && <p role="status">Checking the invite…</p>}
      {step.kind === 'paste' && (
        <section class="card sync-card" aria-labelledby="paste-heading">
          {step.error && (
            <p class="error sync-error" role="alert">
              {step.error}
            </p>
          )}
          <h2 id="paste-heading">Paste an invite link</h2>
          <p>If another facilitator sent you an invite link, paste it here. Or scan their QR code with this device’s camera.</p>
          <form onSubmit={usePasted} noValidate>
            <TextField label="Invite link" value={pasted} onInput={setPasted} maxLength={2000} required />
            <Button type="submit" variant="primary">
              Use this link
            </Button>
          </form>
        </section>
      )}
      {step.kind === 'refused' && (
        <section class="card sync-card" aria-labelledby="refused-heading">
          <h2 id="refused-heading">This link cannot be used</h2>
          <p class="error" role="alert">
            {step.message}
          </p>
          <p>Whoever sent it cannot see or change anything on this device. If you were expecting a link from a facilitator of this project, ask them to show it again in person, or to send it from their own device.</p>
          <div class="row">
            <LinkButton href={href()} variant="primary">
              Back to all projects
            </LinkButton>
          </div>
        </section>
      )}
      {step.kind === 'new' && (
        <section class="card sync-card" aria-labelledby="ready-heading">
          <h2 id="ready-heading">You have been invited to a project</h2>
          <p>Joining copies the whole project to this device and keeps it in step with the other facilitators’ devices. Afterwards it works without a signal too.</p>
          <p>The project may hold personal details of group members. Join only on a device you look after, and lock the app with a PIN if others use it.</p>
          <TextField
            label="Name of this device"
            hint="The other facilitators see this name in their list of devices, for example “Sam’s tablet”."
            value={deviceName}
            onInput={setDeviceName}
            error={nameError}
            maxLength={60}
            required
          />
          {!browserOnline.value && <p class="notice">This device is offline. Joining needs an internet connection the first time.</p>}
          <div class="row">
            <Button variant="primary" onClick={() => join(step.invite, false)}>
              Join the project
            </Button>
            <LinkButton href={href()}>Not now</LinkButton>
          </div>
        </section>
      )}
      {step.kind === 'move' && (
        <section class="card sync-card" aria-labelledby="move-heading">
          <h2 id="move-heading">“{step.projectName}” is already on this device</h2>
          {step.inviterName ? (
            <p class="sync-inviter">
              This link was made on <strong>“{step.inviterName}”</strong>, one of this project’s devices.
            </p>
          ) : (
            <p class="sync-inviter">This link leads to the new sharing announced when this project’s sharing was last reset.</p>
          )}
          <p>Using it connects this device to the sharing that link belongs to. Changes made here and changes made there join up: nothing on this device is lost.</p>
          {step.afterReset && (
            <p class="notice">
              Sharing was reset while this device was away, so it does not know yet which devices were kept. Use this link only if you know {step.inviterName ? `“${step.inviterName}”` : 'the person who sent it'} is still part of the team. If in doubt, check with them in person first.
            </p>
          )}
          <div class="row">
            <Button variant="primary" onClick={() => join(step.invite, true)}>
              Use this link
            </Button>
            <LinkButton href={href()}>Not now</LinkButton>
          </div>
        </section>
      )}
      {step.kind === 'joining' && (
        <p role="status" class="sync-joining">
          {step.moving ? 'Connecting to the shared project… This can take a minute on a slow connection.' : 'Getting the project from the sync server… This can take a minute on a slow connection.'}
        </p>
      )}
      {step.kind === 'failed' && (
        <section class="card sync-card" aria-labelledby="failed-heading">
          <h2 id="failed-heading">{step.moving ? 'The link could not be used' : 'The project could not be joined'}</h2>
          <p class="error" role="alert">
            {step.message}
          </p>
          <p>{step.moving ? 'Nothing was changed on this device.' : 'Nothing was added to this device.'}</p>
          <div class="row">
            <Button variant="primary" onClick={() => join(step.invite, step.moving)}>
              Try again
            </Button>
            <Button onClick={() => navigate()}>Back to all projects</Button>
          </div>
        </section>
      )}
    </Page>
  );
}
