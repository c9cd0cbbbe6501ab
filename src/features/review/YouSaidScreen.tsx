import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { addYouSaidWeDid, archiveYouSaidWeDid, updateYouSaidWeDid } from '../../core/commands/review-you-said';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { RAISED_KIND_LABELS, RAISED_KINDS, youSaidWeDidType, type RaisedKind, type YouSaidWeDid } from '../../core/domain/review/you-said-we-did';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { TextField } from '../../ui/TextField';
import { Subpage } from './Subpage';

/** The "you said, we did" log: what members raised, and what changed because of it. */
export function YouSaidScreen() {
  const session = useSession();
  const entries = useRecords(youSaidWeDidType);
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  const [editing, setEditing] = useState<YouSaidWeDid | 'new' | null>(null);
  const sorted = entries ? [...entries].sort((a, b) => (a.changedOn < b.changedOn ? 1 : a.changedOn > b.changedOn ? -1 : 0)) : undefined;

  async function remove(entry: YouSaidWeDid) {
    const yes = await confirm({
      title: t`Remove this from the log?`,
      body: <p>{t`It will no longer show here or in project packs.`}</p>,
      confirmLabel: t`Remove`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (yes) command.run(() => archiveYouSaidWeDid(session.doc, entry.id));
  }

  return (
    <Subpage title={t`You said, we did`}>
      <p class="lead">{t`Show members that what they say changes things. Each line goes in the project pack.`}</p>
      {editing ? (
        <EntryForm entry={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t`Add to the log`}
        </Button>
      )}
      <CommandError error={command.error} />
      {sorted === undefined ? (
        <p role="status">{t`Loading…`}</p>
      ) : sorted.length === 0 ? (
        <p class="empty">{t`Nothing in the log yet.`}</p>
      ) : (
        <ul class="said-list">
          {sorted.map((e) => {
            const start = e.youSaid.slice(0, 40);
            return (
              <li key={e.id} class="card said-item">
                <p class="said-meta">{entryMeta(e)}</p>
                <dl class="said-pair">
                  <dt>{t`You said`}</dt>
                  <dd>{e.youSaid}</dd>
                  <dt>{t`We did`}</dt>
                  <dd>{e.weDid}</dd>
                </dl>
                <div class="row">
                  <Button variant="quiet" onClick={() => setEditing(e)} aria-label={t`Change: ${start}`}>
                    {t({ message: 'Change', comment: 'Button: change the wording or details of an item already saved' })}
                  </Button>
                  <Button variant="quiet" onClick={() => remove(e)} aria-label={t`Remove: ${start}`}>
                    {t`Remove`}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dialog}
    </Subpage>
  );
}

/** "6 Jan 2026 · From: feedback, raised 2 Dec 2025". */
function entryMeta(entry: YouSaidWeDid): string {
  const changed = formatDay(entry.changedOn, 'date');
  const from = i18n._(RAISED_KIND_LABELS[entry.raisedKind]).toLowerCase();
  if (!entry.raisedOn) return t`${changed} · From: ${from}`;
  const raised = formatDay(entry.raisedOn, 'date');
  return t`${changed} · From: ${from}, raised ${raised}`;
}

function EntryForm({ entry, onDone }: { entry: YouSaidWeDid | null; onDone: () => void }) {
  const session = useSession();
  const command = useCommand();
  const [raisedKind, setRaisedKind] = useState<RaisedKind>(entry?.raisedKind ?? 'feedback-theme');
  const [youSaid, setYouSaid] = useState(entry?.youSaid ?? '');
  const [weDid, setWeDid] = useState(entry?.weDid ?? '');
  const [raisedOn, setRaisedOn] = useState(entry?.raisedOn ?? '');
  const [changedOn, setChangedOn] = useState(entry?.changedOn ?? today());
  function save(e: Event) {
    e.preventDefault();
    const input = { raisedKind, youSaid, weDid, changedOn, raisedOn: raisedOn || undefined };
    const result = command.run(() =>
      entry ? updateYouSaidWeDid(session.doc, entry.id, input) : addYouSaidWeDid(session.doc, { ...input, ...(raisedOn ? { raisedOn } : {}) }),
    );
    if (result.ok) onDone();
  }
  return (
    <form class="card review-form" onSubmit={save} noValidate aria-labelledby="said-form-heading">
      <h3 id="said-form-heading">{entry ? t`Change this line` : t`Add to the log`}</h3>
      <CommandError error={command.error} />
      <RadioGroup
        legend={t`Where did it come from?`}
        options={RAISED_KINDS.map((kind) => ({ value: kind, label: i18n._(RAISED_KIND_LABELS[kind]) }))}
        value={raisedKind}
        onChange={setRaisedKind}
      />
      <TextField
        label={t`You said`}
        value={youSaid}
        onInput={setYouSaid}
        multiline
        required
        maxLength={2000}
        hint={t`What members raised, in their words if you can.`}
      />
      <TextField label={t`We did`} value={weDid} onInput={setWeDid} multiline required maxLength={2000} hint={t`What changed because of it.`} />
      <div class="review-dates">
        <TextField label={t`When it was raised`} type="date" value={raisedOn} onInput={setRaisedOn} />
        <TextField label={t`When it changed`} type="date" value={changedOn} onInput={setChangedOn} required />
      </div>
      <div class="row">
        <Button type="submit" variant="primary">
          {entry ? t`Save changes` : t`Add to the log`}
        </Button>
        <Button onClick={onDone}>{t`Cancel`}</Button>
      </div>
    </form>
  );
}
