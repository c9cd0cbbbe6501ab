import { useState } from 'preact/hooks';
import { readAnonymityThreshold } from '../../core/commands/feedback-questionnaires';
import { collectionMap } from '../../core/doc/project-doc';
import type { PackProgress } from '../../core/pack/build';
import { sensitiveChoicesOffered } from '../../core/pack/build';
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  defaultPackOptions,
  packOptionsQuery,
  SENSITIVE_LABELS,
  type Audience,
  type ChoiceKind,
  type PackOptions,
  type SensitiveChoice,
} from '../../core/pack/options';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { useYValue } from '../../state/use-y';
import { Button, LinkButton } from '../../ui/Button';
import { fileSize, saveFile } from './download';
import type { MadeZip } from './pack-actions';
import { Progress } from './Progress';
import { Subpage } from './Subpage';

const AUDIENCE_HINTS: Record<Audience, (threshold: number) => string> = {
  group: () => 'Everything the group has done, for members to keep. People are named only if they agreed to be named.',
  partners: (t) => `Totals and charts for people outside the group. Any number of people smaller than ${t} says “fewer than ${t}”. No register of who came, no payments to named people, and the group’s own words only where you tick them.`,
};

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** Choose who the pack is for and what goes in beyond the totals, with a warning for anything that could identify someone; then make it. */
export function PackScreen({ session }: { session: ProjectSession }) {
  const [options, setOptions] = useState<PackOptions>(defaultPackOptions('group'));
  const [progress, setProgress] = useState<PackProgress | null>(null);
  const [made, setMade] = useState<MadeZip | null>(null);
  const [error, setError] = useState<string | null>(null);
  const threshold = useYValue(collectionMap(session.doc, 'feedbackSettings'), () => readAnonymityThreshold(session.doc));
  const offered = sensitiveChoicesOffered(options.audience);
  const ofKind = (kind: ChoiceKind) => offered.filter((c) => SENSITIVE_LABELS[c].kind === kind);
  const ticked = (kind: ChoiceKind) => ofKind(kind).filter((c) => options.include[c]);
  const outside = options.audience === 'partners';

  const change = (next: PackOptions) => {
    setOptions(next);
    setMade(null);
  };
  const toggle = (choice: SensitiveChoice, on: boolean) => change({ ...options, include: { ...options.include, [choice]: on } });

  async function make() {
    setError(null);
    setMade(null);
    setProgress({ done: 0, total: 1, label: 'Starting' });
    try {
      const { makePackZip } = await import('./pack-actions');
      const result = await makePackZip(session.doc, options, setProgress);
      if (!result.ok) return setError(result.message);
      setMade(result.value);
      saveFile(result.value.bytes, result.value.fileName, 'application/zip');
    } catch {
      setError('The pack could not be made on this device. Try again; if it keeps happening, make a backup and tell whoever looks after the app.');
    } finally {
      setProgress(null);
    }
  }

  const boxes = (choices: readonly SensitiveChoice[]) =>
    choices.map((choice) => (
      <div class="choice-with-hint" key={choice}>
        <label class="choice">
          <input type="checkbox" checked={options.include[choice]} onChange={(e) => toggle(choice, (e.currentTarget as HTMLInputElement).checked)} aria-describedby={`include-${choice}-hint`} />
          Include {lowerFirst(SENSITIVE_LABELS[choice].label)}
        </label>
        <p class="hint" id={`include-${choice}-hint`}>
          {SENSITIVE_LABELS[choice].hint}
        </p>
      </div>
    ));
  const personal = ticked('personal');
  const words = ticked('words');
  const rows = ticked('rows');

  return (
    <Subpage projectId={session.projectId} title="Project pack">
      <p class="lead">A report to print or save as PDF, with spreadsheet files and a README, all in one .zip file. It is made on this device; nothing is sent anywhere.</p>
      <fieldset>
        <legend>Who is this pack for?</legend>
        {AUDIENCES.map((a) => (
          <div class="choice-with-hint" key={a}>
            <label class="choice">
              <input type="radio" name="pack-audience" checked={options.audience === a} onChange={() => change({ ...defaultPackOptions(a) })} aria-describedby={`audience-${a}-hint`} />
              {AUDIENCE_LABELS[a]}
            </label>
            <p class="hint" id={`audience-${a}-hint`}>
              {AUDIENCE_HINTS[a](threshold)}
            </p>
          </div>
        ))}
      </fieldset>
      {ofKind('words').length > 0 && (
        <fieldset>
          <legend>The group’s own words</legend>
          <p class="hint">
            {outside
              ? 'Left out unless you tick them. Names of people who did not agree to be named become “a member”, but what someone wrote can still point to a person: an illness, a job, a street. Read the report before you send it.'
              : 'In the group’s pack unless you untick them. Names of people who did not agree to be named become “a member”.'}
          </p>
          {boxes(ofKind('words'))}
        </fieldset>
      )}
      {ofKind('rows').length > 0 && (
        <fieldset>
          <legend>Feedback responses</legend>
          <p class="hint">Only the counts for each answer unless you tick this.</p>
          {boxes(ofKind('rows'))}
        </fieldset>
      )}
      {ofKind('personal').length > 0 && (
        <fieldset>
          <legend>Personal information</legend>
          <p class="hint">Left out unless you tick it. Only tick what the people receiving the pack really need.</p>
          {boxes(ofKind('personal'))}
        </fieldset>
      )}
      {(personal.length > 0 || rows.length > 0 || (outside && words.length > 0)) && (
        <div class="notice pack-warning" role="alert">
          {personal.length > 0 && (
            <p>
              <strong>This pack will hold personal information</strong>: {personal.map((c) => SENSITIVE_LABELS[c].label.toLowerCase()).join(' and ')}.
            </p>
          )}
          {rows.length > 0 && (
            <p>
              <strong>Each feedback response will be a row of its own.</strong> In a small group, a set of answers read together can point to the person who gave them.
            </p>
          )}
          {outside && words.length > 0 && (
            <p>
              <strong>The group’s own words will go outside the group</strong>: {words.map((c) => lowerFirst(SENSITIVE_LABELS[c].label)).join('; ')}. Names are taken out, but read these parts in the report first and untick any that could point to someone.
            </p>
          )}
          <p>
            {outside
              ? 'Only share it if each person agreed, and the partner truly needs it.'
              : 'Share it only with people who should see it, keep it somewhere safe, and delete it when it is no longer needed.'}
          </p>
        </div>
      )}
      <div class="row pack-buttons">
        <LinkButton href={`${href('p', session.projectId, 'review', 'report')}?${packOptionsQuery(options)}`}>See the report</LinkButton>
        <Button variant="primary" onClick={make} disabled={progress !== null}>
          Make the pack (.zip)
        </Button>
      </div>
      {progress && <Progress what="Making the pack" progress={progress} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {made && (
        <section class="card pack-ready" aria-labelledby="pack-ready-heading">
          <h3 id="pack-ready-heading">Your pack is ready</h3>
          <p role="status">
            Saved as <strong>{made.fileName}</strong> ({fileSize(made.bytes.length)}). Look for it in your Downloads.
          </p>
          <p>Inside:</p>
          <ul>
            {made.files.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <Button onClick={() => saveFile(made.bytes, made.fileName, 'application/zip')}>Save it again</Button>
        </section>
      )}
    </Subpage>
  );
}
