import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { startLearningReview } from '../../core/commands/review-learning';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { learningReviewType, REVIEW_SCOPE_LABELS, REVIEW_SCOPES, type ReviewScope } from '../../core/domain/review/learning-review';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href, navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/** The project's learning reviews, newest first, and a short form to start one. */
export function LearningReviews() {
  const projectId = useProjectId();
  const reviews = useRecords(learningReviewType);
  const sorted = reviews ? [...reviews].sort((a, b) => (a.heldOn < b.heldOn ? 1 : a.heldOn > b.heldOn ? -1 : 0)) : undefined;
  return (
    <>
      {sorted === undefined ? (
        <p role="status">{t`Loading…`}</p>
      ) : sorted.length === 0 ? (
        <p class="empty">{t`No learning reviews yet.`}</p>
      ) : (
        <ul class="review-list">
          {sorted.map((r) => {
            const held = formatDay(r.heldOn, 'date');
            const scope = i18n._(REVIEW_SCOPE_LABELS[r.scope]);
            return (
              <li key={r.id}>
                <a href={href('p', projectId, 'review', 'learning', r.id)}>
                  <span class="review-list-title">{r.title}</span>
                  <span class="review-list-meta">
                    {t({ message: `${held} · ${scope}`, comment: 'A learning review in a list: the day it was held, then what it looks back on' })}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <StartReview />
    </>
  );
}

function StartReview() {
  const session = useSession();
  const command = useCommand();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<ReviewScope>('phase');
  const [heldOn, setHeldOn] = useState(today());
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');

  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t`Start a learning review`}
      </Button>
    );
  }
  function submit(e: Event) {
    e.preventDefault();
    const result = command.run(() =>
      startLearningReview(session.doc, {
        title,
        scope,
        heldOn,
        ...(periodFrom ? { periodFrom } : {}),
        ...(periodTo ? { periodTo } : {}),
      }),
    );
    if (result.ok) navigate('p', session.projectId, 'review', 'learning', result.value.id);
  }
  return (
    <form class="review-form" onSubmit={submit} noValidate aria-labelledby="start-review-heading">
      <h3 id="start-review-heading">{t`Start a learning review`}</h3>
      <TextField
        label={t`Name of the review`}
        value={title}
        onInput={setTitle}
        required
        maxLength={160}
        hint={t`For example: Looking back on planning`}
        autoFocus
      />
      <RadioGroup
        legend={t`What are you looking back on?`}
        options={REVIEW_SCOPES.map((s) => ({ value: s, label: i18n._(REVIEW_SCOPE_LABELS[s]) }))}
        value={scope}
        onChange={setScope}
      />
      <TextField label={t`Date of the review`} type="date" value={heldOn} onInput={setHeldOn} required />
      <div class="review-dates">
        <TextField label={t`Looking back from`} type="date" value={periodFrom} onInput={setPeriodFrom} hint={t`The evidence figures use these dates.`} />
        <TextField label={t`Looking back to`} type="date" value={periodTo} onInput={setPeriodTo} />
      </div>
      <CommandError error={command.error} />
      <div class="row">
        <Button type="submit" variant="primary">
          {t`Start the review`}
        </Button>
        <Button onClick={() => setOpen(false)}>{t`Cancel`}</Button>
      </div>
    </form>
  );
}
