import { useState } from 'preact/hooks';
import { startLearningReview } from '../../core/commands/review-learning';
import { todayIso } from '../../core/ids';
import { learningReviewType, REVIEW_SCOPE_LABELS, REVIEW_SCOPES, type ReviewScope } from '../../core/domain/review/learning-review';
import { shortDate } from '../../core/pack/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { href, navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useRecords } from './use-records';

/** The project's learning reviews, newest first, and a short form to start one. */
export function LearningReviews({ session }: { session: ProjectSession }) {
  const reviews = useRecords(session.projectId, learningReviewType);
  const sorted = reviews ? [...reviews].sort((a, b) => b.heldOn.localeCompare(a.heldOn)) : undefined;
  return (
    <>
      {sorted === undefined ? (
        <p role="status">Loading…</p>
      ) : sorted.length === 0 ? (
        <p class="empty">No learning reviews yet.</p>
      ) : (
        <ul class="review-list">
          {sorted.map((r) => (
            <li key={r.id}>
              <a href={href('p', session.projectId, 'review', 'learning', r.id)}>
                <span class="review-list-title">{r.title}</span>
                <span class="review-list-meta">
                  {shortDate(r.heldOn)} · {REVIEW_SCOPE_LABELS[r.scope]}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <StartReview session={session} />
    </>
  );
}

function StartReview({ session }: { session: ProjectSession }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<ReviewScope>('phase');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        Start a learning review
      </Button>
    );
  }
  function submit(e: Event) {
    e.preventDefault();
    const result = startLearningReview(session.doc, {
      title,
      scope,
      heldOn,
      ...(periodFrom ? { periodFrom } : {}),
      ...(periodTo ? { periodTo } : {}),
    });
    if (!result.ok) return setError(result.message);
    navigate('p', session.projectId, 'review', 'learning', result.value.id);
  }
  return (
    <form class="review-form" onSubmit={submit} noValidate aria-labelledby="start-review-heading">
      <h3 id="start-review-heading">Start a learning review</h3>
      <TextField label="Name of the review" value={title} onInput={setTitle} required maxLength={160} hint="For example: Looking back on planning" error={error} autoFocus />
      <fieldset>
        <legend>What are you looking back on?</legend>
        {REVIEW_SCOPES.map((s) => (
          <label class="choice" key={s}>
            <input type="radio" name="review-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
            {REVIEW_SCOPE_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <TextField label="Date of the review" type="date" value={heldOn} onInput={setHeldOn} required />
      <div class="review-dates">
        <TextField label="Looking back from" type="date" value={periodFrom} onInput={setPeriodFrom} hint="The evidence figures use these dates." />
        <TextField label="Looking back to" type="date" value={periodTo} onInput={setPeriodTo} />
      </div>
      <div class="row">
        <Button type="submit" variant="primary">
          Start the review
        </Button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}
