import { plural, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { setActionDone } from '../../core/commands/meeting-day-during';
import { meetingType } from '../../core/domain/meeting';
import { actionType } from '../../core/domain/meeting-day/action';
import { personType } from '../../core/domain/person';
import { today as todayOf } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { openActions, openActionsByOwner, type OpenAction } from '../../core/meetings/open-actions';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';

type View = 'date' | 'person';

/** Every action still open, from every meeting, by due date or by who is doing it; overdue ones stand out. */
export function OpenActions() {
  const actions = useRecords(actionType);
  const meetings = useRecords(meetingType, undefined, { withArchived: true });
  const people = useRecords(personType, undefined, { withArchived: true });
  const [view, setView] = useState<View>('date');
  const command = useCommand();
  if (!actions || !meetings || !people) return null;
  const today = todayOf();
  const open = openActions(actions, meetings, people, today);
  const overdue = open.filter((o) => o.overdue).length;
  return (
    <section id="open-actions" class="card open-actions" aria-labelledby="open-actions-heading">
      <h2 id="open-actions-heading">{t`Open actions`}</h2>
      {open.length === 0 ? (
        <p class="empty">{t`No open actions. Actions agreed at meetings show here until they are done.`}</p>
      ) : (
        <>
          <p>
            {plural(open.length, { one: '# action is still open', other: '# actions are still open' })}
            {overdue > 0 && (
              <>
                {', '}
                <strong class="overdue-words">{plural(overdue, { one: '# overdue', other: '# overdue' })}</strong>
              </>
            )}
            .
          </p>
          <RadioGroup
            legend={t`Show them`}
            inline
            options={[
              { value: 'date', label: t({ message: 'By date', comment: 'Show open actions in order of when they are due' }) },
              { value: 'person', label: t({ message: 'By person', comment: 'Show open actions grouped by who is doing them' }) },
            ]}
            value={view}
            onChange={setView}
          />
          {view === 'date' ? (
            <ActionItems items={open} today={today} run={command.run} label={t`Open actions by date`} />
          ) : (
            openActionsByOwner(open).map((group) => {
              const name = group.owner?.name ?? t`Nobody yet`;
              const count = group.actions.length;
              return (
                <div key={group.owner?.id ?? 'nobody'} class="open-actions-group">
                  <h3>{t({ message: `${name} (${count})`, comment: 'A person and how many open actions they have' })}</h3>
                  <ActionItems items={group.actions} today={today} run={command.run} label={t`Open actions for ${name}`} hideOwner />
                </div>
              );
            })
          )}
        </>
      )}
      <CommandError error={command.error} />
    </section>
  );
}

function ActionItems(props: { items: OpenAction[]; today: string; run: ReturnType<typeof useCommand>['run']; label: string; hideOwner?: boolean }) {
  const { doc } = useSession();
  const projectId = useProjectId();
  return (
    <ul class="check-list open-action-list" aria-label={props.label}>
      {props.items.map(({ action, meeting, owner, overdue }) => {
        const what = action.what;
        const due = action.due ? formatDay(action.due, 'date') : null;
        const who = owner?.name ?? t`nobody yet`;
        const from = meeting?.title;
        return (
          <li key={action.id} class={overdue ? 'open-action is-overdue' : 'open-action'}>
            <label class="choice big-choice">
              <input type="checkbox" checked={false} onChange={() => props.run(() => setActionDone(doc, action.id, true, props.today))} />
              <span>
                <span class="action-what">{what}</span>
                <span class="hint-inline">
                  {!props.hideOwner && <> · {who}</>}
                  {due && <> · {t({ message: `due ${due}`, comment: 'The day an action should be done by' })}</>}
                </span>
                {overdue && <span class="badge badge-overdue">{t({ message: 'Overdue', comment: 'Badge on an action past its due day' })}</span>}
                <span class="visually-hidden">{t`Tick when done`}</span>
              </span>
            </label>
            {meeting && from && (
              <a class="open-action-from" href={href('p', projectId, 'meetings', 'm', meeting.id, 'during')}>
                {t({ message: `From ${from}`, comment: 'Link to the meeting that agreed an action' })}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
