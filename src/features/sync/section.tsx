import { useEffect, useState } from 'preact/hooks';
import type { ProjectSession } from '../../core/projects/project-session';
import { collectionMap, readRawRecord, type RecordMap } from '../../core/doc/project-doc';
import { recordTypeFor } from '../../core/domain/registry';
import { isStillOpen, loadConflicts } from '../../core/sync/conflict-store';
import { PROJECT_DETAILS, type FieldConflict } from '../../core/sync/conflicts';
import { canEncrypt } from '../../core/sync/crypto';
import { describeSync, describeTime } from '../../core/sync/status';
import type { DeviceStanding } from '../../core/sync/team';
import { db } from '../../state/app-db';
import { href } from '../../state/router';
import { useLiveQuery } from '../../state/use-live-query';
import { Button, LinkButton, SubmitRow } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import type { SectionProps } from '../section';
import { ConflictRow } from './ConflictNotice';
import { fieldLabel } from './conflict-text';
import { InviteQr } from './InviteQr';
import type { TeamRow } from './background';
import { guessDeviceName } from './device-name';
import { browserOnline, minuteTick, syncView, type SyncView } from './sync-signals';
import { whenItHappened } from './when';
import './sync.css';

// The sync machinery is loaded when this screen opens, not with the first screen.
const actions = () => import('./background');

export function Screen({ session }: SectionProps) {
  const view = syncView(session.projectId).value;
  if (!canEncrypt()) {
    return (
      <p class="notice">
        Sharing needs the app to be opened over a secure connection (an address starting with https://). Ask whoever runs your sync server to set that up.
      </p>
    );
  }
  return view.shared ? <Shared session={session} /> : <NotShared session={session} />;
}

function NotShared({ session }: { session: ProjectSession }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [deviceName, setDeviceName] = useDeviceName();
  return (
    <section class="card sync-card" aria-labelledby="share-heading">
      <h2 id="share-heading">Share this project with other facilitators</h2>
      <p>Sharing keeps this project the same on your device and on the devices of the people you invite. Changes made without a signal are kept, and are sent when there is a connection. Everyone’s changes meet up, and nothing is lost.</p>
      <p>Everything is locked (encrypted) on this device before it is sent. The sync server passes it on, but cannot read it.</p>
      <TextField
        label="Name of this device"
        hint="The other facilitators see this name on their devices, and on the invite links this device makes, for example “Sam’s tablet”."
        value={deviceName}
        onInput={setDeviceName}
        maxLength={60}
        required
      />
      <Button
        variant="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await (await actions()).shareProject(session.projectId, deviceName);
          setBusy(false);
          if (!result.ok) setError(result.message);
        }}
      >
        {busy ? 'Please wait…' : 'Share this project'}
      </Button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** This device's name, or a first guess, for the field that sets it. */
function useDeviceName(): [string, (name: string) => void] {
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    void actions()
      .then((a) => a.thisDeviceName())
      .then((known) => live && setName((current) => current || known || guessDeviceName()));
    return () => {
      live = false;
    };
  }, []);
  return [name, setName];
}

function Shared({ session }: { session: ProjectSession }) {
  const view = syncView(session.projectId).value;
  const now = new Date(minuteTick.value);
  const summary = view.state ? describeSync(view.state, { online: browserOnline.value, now }) : null;
  const team = useTeam(session, view);
  const [invite, setInvite] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [confirmStop, setConfirmStop] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const others = (team ?? []).filter((d) => !d.thisDevice && d.standing === 'current');
  const [keep, setKeep] = useState<Set<string>>(new Set());

  async function showInvite() {
    const link = await (await actions()).currentInviteLink(session.projectId);
    if (link.ok) setInvite(link.value);
    else setMessage(link.message);
  }

  return (
    <>
      <section class="card sync-card" aria-labelledby="status-heading">
        <h2 id="status-heading">Sync</h2>
        {summary ? (
          <p class={`sync-summary sync-${summary.tone}`} data-sync-tone={summary.tone}>
            <span class="sync-dot" aria-hidden="true" />
            <strong>{summary.headline}</strong>
          </p>
        ) : (
          <p>Starting…</p>
        )}
        {summary && <p>{summary.detail}</p>}
        <dl class="sync-facts">
          <dt>Last confirmed by the sync server</dt>
          <dd>{view.state?.confirmedAt ? describeTime(view.state.confirmedAt, now) : 'Not yet'}</dd>
          <dt>Changes on this device not yet on the server</dt>
          <dd>{view.state?.pendingCount ? `${view.state.pendingCount}, since ${describeTime(view.state.pendingSince ?? new Date().toISOString(), now)}` : 'None'}</dd>
          {view.unreadable > 0 && (
            <>
              <dt>Changes from the server that could not be read</dt>
              <dd>{view.unreadable} (left out)</dd>
            </>
          )}
        </dl>
        {view.state?.problem && <p class="notice">{view.state.problem}</p>}
        {view.resetPending && <p class="notice">Sharing was reset on this device. The old sharing will be closed on the sync server as soon as there is a connection; until then, devices with the old invite can still see what was there before the reset, but nothing new.</p>}
      </section>

      <Conflicts session={session} />

      {view.leftOut ? (
        <section class="card sync-card" aria-labelledby="left-out-heading">
          <h2 id="left-out-heading">This device was left out</h2>
          <p>
            “{view.leftOut.byName}” reset sharing {whenItHappened(view.leftOut.at, now)}, and this device was not kept. Everything already on this device stays here, but its changes no longer reach the team, and theirs no longer arrive.
          </p>
          <p>If that was a mistake, ask a facilitator whose device was kept for a new invite link. A link from a device that was left out cannot bring it back.</p>
          <div class="row">
            <LinkButton href={href('join')} variant="primary">
              Paste a new invite link
            </LinkButton>
            <Button variant="quiet" onClick={() => setConfirmStop(true)}>
              Stop syncing on this device
            </Button>
          </div>
        </section>
      ) : view.state?.phase === 'refused' ? (
        <section class="card sync-card" aria-labelledby="rejoin-heading">
          <h2 id="rejoin-heading">Keep working together</h2>
          <p>Everything already on this device stays here. To send and get changes again, open a new invite link made on a device of the team that still syncs: their changes and yours will join up. This device shows which device made a link before it changes anything.</p>
          <div class="row">
            <LinkButton href={href('join')} variant="primary">
              Paste a new invite link
            </LinkButton>
            <Button variant="quiet" onClick={() => setConfirmStop(true)}>
              Stop syncing on this device
            </Button>
          </div>
        </section>
      ) : (
        <>
          <Devices projectId={session.projectId} team={team} now={now} />

          <section class="card sync-card" aria-labelledby="invite-heading">
            <h2 id="invite-heading">Invite another device</h2>
            <p>Open the invite link on the other facilitator’s tablet or computer, or scan the QR code with its camera. It gets the whole project and then works without a signal too. The link says it was made on this device, and the other devices check that.</p>
            <p class="notice">Anyone with this link can see and change everything in this project, including members’ personal details. Send it only to facilitators you trust, in a private message, or show the QR code in person.</p>
            {invite ? (
              <InvitePanel link={invite} onHide={() => setInvite(null)} />
            ) : (
              <Button variant="primary" onClick={showInvite}>
                Show the invite
              </Button>
            )}
          </section>

          <section class="card sync-card" aria-labelledby="reset-heading">
            <h2 id="reset-heading">Stop a device from getting this project</h2>
            <p>If a tablet is lost, or someone should no longer have this project, reset sharing and leave their device out. The devices you keep move to the new sharing with you; the others, and anyone holding an old invite link, stop getting changes.</p>
            <div class="row">
              <Button
                variant="danger"
                onClick={() => {
                  setKeep(new Set(others.map((d) => d.id)));
                  setConfirmReset(true);
                }}
              >
                Reset sharing…
              </Button>
              <Button variant="quiet" onClick={() => setConfirmStop(true)}>
                Stop syncing on this device
              </Button>
            </div>
            {message && (
              <p role="status" class="hint">
                {message}
              </p>
            )}
          </section>
        </>
      )}

      <ConfirmDialog
        open={confirmReset}
        title="Reset sharing for this project?"
        confirmLabel="Reset sharing"
        danger
        onCancel={() => setConfirmReset(false)}
        onConfirm={async () => {
          setConfirmReset(false);
          setMessage('Resetting sharing…');
          const result = await (await actions()).resetSharing(session.projectId, [...keep]);
          if (!result.ok) return setMessage(result.message);
          setInvite(null);
          setMessage(
            result.value.closedNow
              ? 'Sharing was reset. The devices you kept that are connected now have moved over by themselves. Any that are offline will need a new invite link from a device of the team. The old invite no longer works.'
              : 'Sharing was reset on this device. The other devices will hear of it, and the old invite will stop working, as soon as this device has a connection.',
          );
        }}
      >
        {others.length > 0 ? (
          <fieldset>
            <legend>Devices to keep</legend>
            {others.map((d) => (
              <label class="choice" key={d.id}>
                <input
                  type="checkbox"
                  checked={keep.has(d.id)}
                  onChange={(e) => {
                    const next = new Set(keep);
                    if ((e.currentTarget as HTMLInputElement).checked) next.add(d.id);
                    else next.delete(d.id);
                    setKeep(next);
                  }}
                />
                {d.name}
              </label>
            ))}
          </fieldset>
        ) : (
          <p>No other device shares this project yet.</p>
        )}
        <p>This device and the devices you keep move to a new sharing. Every other device, and anyone holding an old invite link, stops getting changes from this project.</p>
        <p>Kept devices that are connected now move by themselves. A kept device that is offline will need a new invite link from a device of the team.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmStop}
        title="Stop syncing this project on this device?"
        confirmLabel="Stop syncing here"
        onCancel={() => setConfirmStop(false)}
        onConfirm={async () => {
          setConfirmStop(false);
          await (await actions()).stopSharingHere(session.projectId);
        }}
      >
        <p>The project stays on this device, but changes here will not reach the others, and theirs will not reach you. Other devices carry on as before.</p>
        <p>To sync again later, open an invite from one of the other devices.</p>
      </ConfirmDialog>
    </>
  );
}

/** The project's devices as this device knows them, kept fresh as devices join, rename or are reset. */
function useTeam(session: ProjectSession, view: SyncView): TeamRow[] | null {
  const [team, setTeam] = useState<TeamRow[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const watched = [collectionMap(session.doc, 'devices'), collectionMap(session.doc, 'sharingResets')];
    for (const map of watched) map.observeDeep(bump);
    return () => {
      for (const map of watched) map.unobserveDeep(bump);
    };
  }, [session]);
  useEffect(() => {
    let live = true;
    void actions()
      .then((a) => a.teamOf(session.projectId))
      .then((rows) => live && setTeam(rows));
    return () => {
      live = false;
    };
  }, [session, version, view.state?.phase, view.leftOut]);
  return team;
}

const STANDING_TEXT: Record<DeviceStanding, string> = {
  current: '',
  removed: 'Left out when sharing was reset',
  unconfirmed: 'Not part of this device’s sharing',
};

function Devices({ projectId, team, now }: { projectId: string; team: TeamRow[] | null; now: Date }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!team) return null;
  const current = team.filter((d) => d.standing === 'current');
  const past = team.filter((d) => d.standing !== 'current');
  const me = team.find((d) => d.thisDevice);
  return (
    <section class="card sync-card" aria-labelledby="devices-heading">
      <h2 id="devices-heading">Devices</h2>
      <ul class="device-list" aria-label="Devices that share this project">
        {current.map((d) => (
          <DeviceRow key={d.id} device={d} now={now} />
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <h3>No longer sharing</h3>
          <ul class="device-list" aria-label="Devices that no longer share this project">
            {past.map((d) => (
              <DeviceRow key={d.id} device={d} now={now} />
            ))}
          </ul>
        </>
      )}
      {me &&
        (renaming ? (
          <form
            class="device-rename"
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              const result = await (await actions()).renameHere(projectId, name);
              if (!result.ok) return setError(result.message);
              setError(null);
              setRenaming(false);
            }}
          >
            <TextField label="Name of this device" value={name} onInput={setName} error={error} maxLength={60} required />
            <SubmitRow label="Save the name" onCancel={() => setRenaming(false)} />
          </form>
        ) : (
          <Button
            variant="quiet"
            onClick={() => {
              setName(me.name);
              setRenaming(true);
            }}
          >
            Rename this device
          </Button>
        ))}
    </section>
  );
}

function DeviceRow({ device, now }: { device: TeamRow; now: Date }) {
  const facts = [`Added ${whenItHappened(device.addedAt, now)}`];
  if (device.standing === 'current') facts.push(device.lastSeenAt ? `last synced ${whenItHappened(device.lastSeenAt, now)}` : 'not synced yet');
  else facts.push(device.removedOn ? `${STANDING_TEXT[device.standing]} ${whenItHappened(device.removedOn, now)}` : STANDING_TEXT[device.standing]);
  return (
    <li class="device-row">
      <strong>
        {device.name}
        {device.thisDevice ? ' (this device)' : ''}
      </strong>
      <span class="hint">{facts.join(' · ')}</span>
    </li>
  );
}

function InvitePanel({ link, onHide }: { link: string; onHide: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => setCopied(null), [link]);
  return (
    <div class="invite-panel">
      <InviteQr link={link} />
      <label class="field">
        <span>Invite link</span>
        <input class="invite-link" readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      </label>
      <div class="row">
        <Button
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied('Copied. Paste it into a private message to the other facilitator.');
            } catch {
              setCopied('This browser would not copy it. Select the link above and copy it yourself.');
            }
          }}
        >
          Copy the link
        </Button>
        <Button variant="quiet" onClick={onHide}>
          Hide the invite
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

/** Every field in this project that was changed on two devices at once, with the way back. */
function Conflicts({ session }: { session: ProjectSession }) {
  const all = useLiveQuery(() => loadConflicts(db, session.projectId), [session.projectId]);
  const open = (all ?? []).filter((c) => isStillOpen(session.doc, c));
  if (open.length === 0) return null;
  return (
    <section class="card sync-card" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Changed on two devices</h2>
      <p>These were changed on two devices at the same time. Both devices now show the same value; you can use the other one instead.</p>
      {open.map((c) => (
        <ConflictRow key={c.id} session={session} conflict={c} label={fieldLabel(c.field)} context={recordLabel(session, c)} />
      ))}
    </section>
  );
}

function recordLabel(session: ProjectSession, conflict: FieldConflict): string {
  if (conflict.collection === PROJECT_DETAILS) return 'Project details';
  const type = recordTypeFor(conflict.collection);
  const record = collectionMap(session.doc, conflict.collection).get(conflict.recordId) as RecordMap | undefined;
  const data = record ? readRawRecord(record) : {};
  const name = typeof data.name === 'string' ? data.name : typeof data.title === 'string' ? data.title : null;
  const noun = type?.noun ?? 'record';
  return name ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} “${name}”` : noun.charAt(0).toUpperCase() + noun.slice(1);
}
