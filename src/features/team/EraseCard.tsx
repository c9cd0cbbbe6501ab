import { useState } from 'preact/hooks';
import { previewErasure, type ErasurePreview } from '../../core/commands/erasure';
import type { Person } from '../../core/domain/person';
import type { ProjectSession } from '../../core/projects/project-session';
import { eraseMember } from '../../core/team/erase-member';
import { compactProjectEverywhere } from '../sync/background';
import { navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Checkbox } from './fields';
import { teamNotice } from './use-team';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Erasing a person for good: their details go; the counts they are part of stay, without their name. */
export function EraseCard({ session, person }: { session: ProjectSession; person: Person }) {
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [scrub, setScrub] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function ask() {
    const p = previewErasure(session.doc, person.id);
    if (!p.ok) return setError(p.message);
    setPreview(p.value);
  }

  async function erase() {
    setBusy(true);
    const r = await eraseMember(session, person.id, { scrubName: scrub });
    setBusy(false);
    if (!r.ok) {
      setPreview(null);
      return setError(r.message);
    }
    // The server's encrypted copy is compacted too, so no old ciphertext of their details is kept.
    await compactProjectEverywhere(session);
    setPreview(null);
    teamNotice.value = 'The member has been erased from this project. Their attendance and any amounts given to them still count, without their name.';
    navigate('p', session.projectId, 'team');
  }

  return (
    <section class="card danger-zone" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase this person</h2>
      <p>If someone asks for their details to be removed, erase them. Their details go from this project on every device that shares it. Attendance counts and totals stay, without their name.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <Button variant="danger" onClick={ask}>
        Erase <bdi>{person.name}</bdi>
      </Button>
      <ConfirmDialog open={preview !== null} title="Erase this person for good?" confirmLabel={busy ? 'Erasing…' : 'Erase for good'} danger onConfirm={erase} onCancel={() => setPreview(null)}>
        {preview && (
          <>
            <p>
              This removes <bdi>{preview.name}</bdi> and everything about them: contact details, inclusion profile, consent and support. This cannot be undone.
            </p>
            {preview.references.length > 0 && (
              <p>
                These stay, without their name: {preview.references.map((r) => plural(r.count, r.noun)).join(', ')}.
              </p>
            )}
            {preview.mentions.length > 0 && (
              <Checkbox
                label={`Also take their full name out of notes and other text where it was typed (${plural(preview.mentions.length, 'place')})`}
                checked={scrub}
                onChange={setScrub}
              />
            )}
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
