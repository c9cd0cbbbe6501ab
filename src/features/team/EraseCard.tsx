import { useState } from 'preact/hooks';
import { previewErasure, type ErasurePreview } from '../../core/commands/erasure';
import type { Person } from '../../core/domain/person';
import type { ProjectSession } from '../../core/projects/project-session';
import { eraseMember } from '../../core/team/erase-member';
import { compactProjectEverywhere } from '../sync/background';
import { navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { placeWords } from './erase-places';
import { teamNotice } from './use-team';

/** "1 attendance mark", "7 records of a paper sent", "2 activities". */
function plural(n: number, noun: string): string {
  if (n === 1) return `1 ${noun}`;
  const [head = '', ...rest] = noun.split(' of ');
  const many = /s$/.test(head) ? head : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  return `${n} ${[many, ...rest].join(' of ')}`;
}

/** Erasing a person for good: their details go; the counts they are part of stay, without their name; their name in text becomes "a member" where chosen. */
export function EraseCard({ session, person }: { session: ProjectSession; person: Person }) {
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function ask() {
    const p = previewErasure(session.doc, person.id);
    if (!p.ok) return setError(p.message);
    setChosen(new Set(p.value.mentions.filter((m) => !m.ordinary).map((m) => m.key)));
    setPreview(p.value);
  }

  function choose(key: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  }

  async function erase() {
    if (busy) return;
    setBusy(true);
    const r = await eraseMember(session, person.id, { replace: [...chosen] });
    setBusy(false);
    if (!r.ok) {
      setPreview(null);
      return setError(r.message);
    }
    // The server's encrypted copy is compacted too, so no old ciphertext of their details is kept.
    await compactProjectEverywhere(session);
    setPreview(null);
    const missed = r.value.notReplaced.length;
    teamNotice.value = `The member has been erased from this project. Their attendance and any amounts given to them still count, without their name.${
      missed ? ` ${plural(missed, 'place')} where their name was typed could not be changed, because the words changed meanwhile. Look for their name and change it by hand.` : ''
    }`;
    navigate('p', session.projectId, 'team');
  }

  const mentions = preview?.mentions ?? [];
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
            {preview.references.length > 0 && <p>These stay, without their name: {preview.references.map((r) => plural(r.count, r.noun)).join(', ')}.</p>}
            {mentions.length > 0 && (
              <fieldset class="erase-mentions">
                <legend>
                  Their name is typed in {plural(mentions.length, 'place')}
                </legend>
                <p class="hint" id="erase-mentions-hint">
                  Each ticked place will say “a member” instead. Untick any that are about someone else with the same name.
                  {mentions.some((m) => m.ordinary) && ' Where it looks like an everyday word (“we will”, “3 May”), it starts unticked.'}
                </p>
                {mentions.length > 3 && (
                  <div class="row erase-all">
                    <Button onClick={() => setChosen(new Set(mentions.map((m) => m.key)))}>Tick all</Button>
                    <Button onClick={() => setChosen(new Set())}>Untick all</Button>
                  </div>
                )}
                <ul class="erase-mention-list">
                  {mentions.map((m) => (
                    <li key={m.key}>
                      <label class="choice erase-mention">
                        <input type="checkbox" checked={chosen.has(m.key)} onChange={(e) => choose(m.key, (e.currentTarget as HTMLInputElement).checked)} aria-describedby="erase-mentions-hint" />
                        <span>
                          <span class="erase-place">{placeWords(m)}</span>
                          <span class="erase-words">
                            “<bdi>{m.before}</bdi>
                            <mark>
                              <bdi>{m.matched}</bdi>
                            </mark>
                            <bdi>{m.after}</bdi>”
                          </span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            )}
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
