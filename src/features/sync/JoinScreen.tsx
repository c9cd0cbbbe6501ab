import { useEffect, useState } from 'preact/hooks';
import { canEncrypt } from '../../core/sync/crypto';
import { parseInviteLink, parseInviteParts, type Invite } from '../../core/sync/invite';
import { db } from '../../state/app-db';
import { href, navigate } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { browserOnline } from './sync-signals';
import './sync.css';

type Step =
  | { kind: 'reading' }
  | { kind: 'paste'; error: string | null }
  | { kind: 'ready'; invite: Invite; alreadyHere: string | null }
  | { kind: 'joining'; invite: Invite }
  | { kind: 'failed'; invite: Invite; message: string };

/**
 * Opening an invite link: `#/join/<projectId>/<code>`. Checks the link on the device first
 * (a link cut short or changed is refused before anything happens), asks before joining,
 * and creates nothing unless the whole project arrives.
 */
export function JoinScreen({ parts }: { parts: string[] }) {
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    let live = true;
    (async () => {
      if (parts.length === 0) return setStep({ kind: 'paste', error: null });
      const parsed = await parseInviteParts(parts[0], parts[1]);
      // Keep the secret out of the address bar and the history from here on.
      history.replaceState(null, '', '#/join');
      if (!live) return;
      if (!parsed.ok) return setStep({ kind: 'paste', error: parsed.message });
      const existing = await db.projects.get(parsed.value.projectId);
      setStep({ kind: 'ready', invite: parsed.value, alreadyHere: existing?.name ?? null });
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parts.join('/')]);

  async function join(invite: Invite) {
    setStep({ kind: 'joining', invite });
    const { joinProject } = await import('./background');
    const result = await joinProject(invite);
    if (!result.ok) return setStep({ kind: 'failed', invite, message: result.message });
    location.replace(href('p', result.value.projectId));
  }

  async function usePasted(e: Event) {
    e.preventDefault();
    const parsed = await parseInviteLink(pasted);
    if (!parsed.ok) return setStep({ kind: 'paste', error: parsed.message });
    const existing = await db.projects.get(parsed.value.projectId);
    setStep({ kind: 'ready', invite: parsed.value, alreadyHere: existing?.name ?? null });
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
      {step.kind === 'ready' && (
        <section class="card sync-card" aria-labelledby="ready-heading">
          <h2 id="ready-heading">{step.alreadyHere ? `“${step.alreadyHere}” is already on this device` : 'You have been invited to a project'}</h2>
          {step.alreadyHere ? (
            <p>Using this invite keeps the project in step with the device that sent it. Nothing on this device is lost: changes made here join up with theirs.</p>
          ) : (
            <>
              <p>Joining copies the whole project to this device and keeps it in step with the other facilitators’ devices. Afterwards it works without a signal too.</p>
              <p>The project may hold personal details of group members. Join only on a device you look after, and lock the app with a PIN if others use it.</p>
            </>
          )}
          {!browserOnline.value && !step.alreadyHere && <p class="notice">This device is offline. Joining needs an internet connection the first time.</p>}
          <div class="row">
            <Button variant="primary" onClick={() => join(step.invite)}>
              {step.alreadyHere ? 'Use this invite' : 'Join the project'}
            </Button>
            <LinkButton href={href()}>Not now</LinkButton>
          </div>
        </section>
      )}
      {step.kind === 'joining' && (
        <p role="status" class="sync-joining">
          Getting the project from the sync server… This can take a minute on a slow connection.
        </p>
      )}
      {step.kind === 'failed' && (
        <section class="card sync-card" aria-labelledby="failed-heading">
          <h2 id="failed-heading">The project could not be joined</h2>
          <p class="error" role="alert">
            {step.message}
          </p>
          <p>Nothing was added to this device.</p>
          <div class="row">
            <Button variant="primary" onClick={() => join(step.invite)}>
              Try again
            </Button>
            <Button onClick={() => navigate()}>Back to all projects</Button>
          </div>
        </section>
      )}
    </Page>
  );
}
