import { plural, t } from '@lingui/core/macro';
import { useId, useState } from 'preact/hooks';
import { formatList } from '../../core/format/intl';
import { Button } from '../../ui/Button';
import { useConfirm } from '../../ui/form/use-confirm';
import type { TeamRow } from './background';
import { deviceFacts } from './DevicesCard';

const actions = () => import('./background');

/**
 * The outcome line belongs to the screen, not the card: while sharing moves over, the card
 * can be replaced for a moment (the old sharing is closed under it), and the line must stay.
 */
interface ResetCardProps {
  projectId: string;
  team: TeamRow[];
  now: Date;
  message: string | null;
  setMessage: (message: string | null) => void;
}

/**
 * "Reset sharing": the facilitator picks the devices that keep the project (each shown with
 * when it last synced, so a lost tablet is easy to tell), sees who keeps it and who is left
 * out, and says yes. The kept devices move over by themselves.
 */
export function ResetCard({ projectId, team, now, message, setMessage }: ResetCardProps) {
  const others = team.filter((d) => !d.thisDevice && d.standing === 'current');
  const [keep, setKeep] = useState<Set<string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, dialog] = useConfirm();
  const choicesId = useId();

  async function reset(kept: Set<string>) {
    const keptNames = others.filter((d) => kept.has(d.id)).map((d) => d.name);
    const leftOut = others.filter((d) => !kept.has(d.id)).map((d) => d.name);
    const keepers = listOf(keptNames);
    const outs = listOf(leftOut);
    const yes = await confirm({
      title: t`Reset sharing for this project?`,
      confirmLabel: t`Reset sharing`,
      danger: true,
      body: (
        <>
          <p>
            {keptNames.length
              ? t`This device and ${keepers} keep the project, and move over to the new sharing by themselves.`
              : t`Only this device keeps the project.`}
          </p>
          {leftOut.length > 0 && (
            <p>
              {plural(leftOut.length, {
                one: `${outs} will no longer get changes, and links made on it will not work.`,
                other: `${outs} will no longer get changes, and links made on them will not work.`,
              })}
            </p>
          )}
          <p>{t`Every invite link made before now stops working. A kept device that is switched off or offline will need a new link from a device of the team.`}</p>
        </>
      ),
    });
    if (!yes) return;
    setBusy(true);
    setMessage(t`Resetting sharing…`);
    const result = await (await actions()).resetSharing(projectId, [...kept]);
    setBusy(false);
    if (!result.ok) return setMessage(result.message);
    setKeep(null);
    setMessage(
      result.value.closedNow
        ? t`Sharing was reset. The devices you kept that are connected now have moved over by themselves. The old invite no longer works.`
        : t`Sharing was reset on this device. The devices you kept will move over, and the old invite will stop working, as soon as this device has a connection.`,
    );
  }

  return (
    <section class="card sync-card" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t`Stop a device from getting this project`}</h2>
      <p>{t`If a tablet is lost, or someone should no longer have this project, reset sharing and leave their device out. The devices you keep move to the new sharing with you; the others, and anyone holding an old invite link, stop getting changes.`}</p>
      {keep === null ? (
        <Button
          variant="danger"
          onClick={() => {
            setMessage(null);
            setKeep(new Set(others.map((d) => d.id)));
          }}
        >
          {t`Reset sharing…`}
        </Button>
      ) : (
        <fieldset class="keep-choices">
          <legend>{t`Which devices keep the project?`}</legend>
          <p class="hint">{t`This device always keeps it. Untick each device that should no longer have it.`}</p>
          {others.length === 0 && <p>{t`No other device shares this project yet.`}</p>}
          {others.map((d) => (
            <div class="keep-choice" key={d.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={keep.has(d.id)}
                  aria-describedby={`${choicesId}-${d.id}`}
                  onChange={(e) => {
                    const next = new Set(keep);
                    if ((e.currentTarget as HTMLInputElement).checked) next.add(d.id);
                    else next.delete(d.id);
                    setKeep(next);
                  }}
                />
                {d.name}
              </label>
              <span class="hint" id={`${choicesId}-${d.id}`}>
                {deviceFacts(d, now)}
              </span>
            </div>
          ))}
          <div class="row">
            <Button variant="danger" disabled={busy} onClick={() => reset(keep)}>
              {t`Reset sharing`}
            </Button>
            <Button variant="quiet" disabled={busy} onClick={() => setKeep(null)}>
              {t`Cancel`}
            </Button>
          </div>
        </fieldset>
      )}
      {message && (
        <p role="status" class="hint">
          {message}
        </p>
      )}
      {dialog}
    </section>
  );
}

/** “A”, “A” and “B”, “A”, “B” and “C”. */
const listOf = (names: string[]) => formatList(names.map((n) => `“${n}”`));
