import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { InviteQr } from './InviteQr';

const actions = () => import('./background');

/** The project's invite, made and signed on this device: a QR code and a link to copy. */
export function InviteCard({ projectId, resetAt }: { projectId: string; resetAt: unknown }) {
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A reset makes a new key, so a link shown before it is no longer the invite.
  useEffect(() => setLink(null), [resetAt]);
  return (
    <section class="card sync-card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t`Invite another device`}</h2>
      <p>{t`Open the invite link on the other facilitator’s tablet or computer, or scan the QR code with its camera. It gets the whole project and then works without a signal too. The link says it was made on this device, and the other devices check that.`}</p>
      <p class="notice">{t`Anyone with this link can see and change everything in this project, including members’ personal details. Send it only to facilitators you trust, in a private message, or show the QR code in person.`}</p>
      {link ? (
        <InvitePanel link={link} onHide={() => setLink(null)} />
      ) : (
        <Button
          variant="primary"
          onClick={async () => {
            const made = await (await actions()).currentInviteLink(projectId);
            if (made.ok) setLink(made.value);
            setProblem(made.ok ? null : made.message);
          }}
        >
          {t`Show the invite`}
        </Button>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function InvitePanel({ link, onHide }: { link: string; onHide: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => setCopied(null), [link]);
  return (
    <div class="invite-panel">
      <InviteQr link={link} />
      <label class="field">
        <span>{t`Invite link`}</span>
        <input class="invite-link" readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      </label>
      <div class="row">
        <Button
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(t`Copied. Paste it into a private message to the other facilitator.`);
            } catch {
              setCopied(t`This browser would not copy it. Select the link above and copy it yourself.`);
            }
          }}
        >
          {t`Copy the link`}
        </Button>
        <Button variant="quiet" onClick={onHide}>
          {t`Hide the invite`}
        </Button>
      </div>
      {copied && (
        <p role="status" class="hint">
          {copied}
        </p>
      )}
    </div>
  );
}
