import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatBytes } from '../../core/format/numbers';
import { formatList } from '../../core/format/intl';
import { sensitiveChoicesOffered, type PackProgress } from '../../core/pack/build';
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
import { fail } from '../../core/result';
import { useProjectId, useSession } from '../../state/project-context';
import type { MadeZip } from '../../state/project-pack';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { ShareFileButton } from '../../ui/ShareFileButton';
import { downloadFile, makeFile } from '../../ui/save-file';
import { Progress } from './Progress';
import { Subpage } from './Subpage';
import { useAnonymityThreshold } from './threshold';

function audienceHint(audience: Audience, threshold: number): string {
  return audience === 'group'
    ? t`Everything the group has done, for members to keep. People are named only if they agreed to be named.`
    : t`Totals and charts for people outside the group. Any number of people smaller than ${threshold} says “fewer than ${threshold}”. No register of who came, no payments to named people, and the group’s own words only where you tick them.`;
}

/** Choose who the pack is for and what goes in beyond the totals, with a warning for anything that could identify someone; then make it. */
export function PackScreen() {
  const session = useSession();
  const projectId = useProjectId();
  const command = useCommand();
  const [options, setOptions] = useState<PackOptions>(defaultPackOptions('group'));
  const [progress, setProgress] = useState<PackProgress | null>(null);
  const [made, setMade] = useState<MadeZip | null>(null);
  const threshold = useAnonymityThreshold();
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
    command.clear();
    setMade(null);
    setProgress({ done: 0, total: 1, label: t({ message: 'Starting', comment: 'The first step of a progress bar' }) });
    const result = await command.runAsync(async () => {
      try {
        const { makePackZip } = await import('../../state/project-pack');
        return await makePackZip(session.doc, options, setProgress);
      } catch {
        return fail(t`The pack could not be made on this device. Try again; if it keeps happening, make a backup and tell whoever looks after the app.`);
      }
    });
    setProgress(null);
    if (!result.ok) return;
    setMade(result.value);
    downloadFile(packFile(result.value));
  }

  const boxes = (choices: readonly SensitiveChoice[]) =>
    choices.map((choice) => {
      const what = i18n._(SENSITIVE_LABELS[choice].inSentence);
      return (
        <div class="choice-with-hint" key={choice}>
          <label class="choice">
            <input
              type="checkbox"
              checked={options.include[choice]}
              onChange={(e) => toggle(choice, (e.currentTarget as HTMLInputElement).checked)}
              aria-describedby={`include-${choice}-hint`}
            />
            {t({ message: `Include ${what}`, comment: 'A tick box: put this in the project pack' })}
          </label>
          <p class="hint" id={`include-${choice}-hint`}>
            {i18n._(SENSITIVE_LABELS[choice].hint)}
          </p>
        </div>
      );
    });
  const personal = ticked('personal');
  const words = ticked('words');
  const rows = ticked('rows');
  const personalList = formatList(personal.map((c) => i18n._(SENSITIVE_LABELS[c].inSentence)));
  const wordsList = words.map((c) => i18n._(SENSITIVE_LABELS[c].inSentence)).join('; ');

  return (
    <Subpage title={t`Project pack`}>
      <p class="lead">{t`A report to print or save as PDF, with spreadsheet files and a README, all in one .zip file. It is made on this device; nothing is sent anywhere.`}</p>
      <fieldset>
        <legend>{t`Who is this pack for?`}</legend>
        {AUDIENCES.map((a) => (
          <div class="choice-with-hint" key={a}>
            <label class="choice">
              <input
                type="radio"
                name="pack-audience"
                checked={options.audience === a}
                onChange={() => change({ ...defaultPackOptions(a) })}
                aria-describedby={`audience-${a}-hint`}
              />
              {i18n._(AUDIENCE_LABELS[a])}
            </label>
            <p class="hint" id={`audience-${a}-hint`}>
              {audienceHint(a, threshold)}
            </p>
          </div>
        ))}
      </fieldset>
      {ofKind('words').length > 0 && (
        <fieldset>
          <legend>{t`The group’s own words`}</legend>
          <p class="hint">
            {outside
              ? t`Left out unless you tick them. Names of people who did not agree to be named become “a member”, but what someone wrote can still point to a person: an illness, a job, a street. Read the report before you send it.`
              : t`In the group’s pack unless you untick them. Names of people who did not agree to be named become “a member”.`}
          </p>
          {boxes(ofKind('words'))}
        </fieldset>
      )}
      {ofKind('rows').length > 0 && (
        <fieldset>
          <legend>{t`Feedback responses`}</legend>
          <p class="hint">{t`Only the counts for each answer unless you tick this.`}</p>
          {boxes(ofKind('rows'))}
        </fieldset>
      )}
      {ofKind('personal').length > 0 && (
        <fieldset>
          <legend>{t`Personal information`}</legend>
          <p class="hint">{t`Left out unless you tick it. Only tick what the people receiving the pack really need.`}</p>
          {boxes(ofKind('personal'))}
        </fieldset>
      )}
      {(personal.length > 0 || rows.length > 0 || (outside && words.length > 0)) && (
        <div class="notice pack-warning" role="alert">
          {personal.length > 0 && (
            <p>
              <strong>{t`This pack will hold personal information:`}</strong>{' '}
              {t({ message: `${personalList}.`, comment: 'A list of kinds of personal information, as a sentence' })}
            </p>
          )}
          {rows.length > 0 && (
            <p>
              <strong>{t`Each feedback response will be a row of its own.`}</strong>{' '}
              {t`In a small group, a set of answers read together can point to the person who gave them.`}
            </p>
          )}
          {outside && words.length > 0 && (
            <p>
              <strong>{t`The group’s own words will go outside the group:`}</strong>{' '}
              {t`${wordsList}. Names are taken out, but read these parts in the report first and untick any that could point to someone.`}
            </p>
          )}
          <p>
            {outside
              ? t`Only share it if each person agreed, and the partner truly needs it.`
              : t`Share it only with people who should see it, keep it somewhere safe, and delete it when it is no longer needed.`}
          </p>
        </div>
      )}
      <div class="row pack-buttons">
        <LinkButton href={`${href('p', projectId, 'review', 'report')}?${packOptionsQuery(options)}`}>{t`See the report`}</LinkButton>
        <Button variant="primary" onClick={make} disabled={progress !== null}>
          {t`Make the pack (.zip)`}
        </Button>
      </div>
      {progress && <Progress what={t`Making the pack`} progress={progress} />}
      <CommandError error={command.error} />
      {made && <PackReady made={made} />}
    </Subpage>
  );
}

function packFile(made: MadeZip): File {
  return makeFile(made.bytes, made.fileName, 'application/zip');
}

function PackReady({ made }: { made: MadeZip }) {
  const name = made.fileName;
  const size = formatBytes(made.bytes.length);
  return (
    <section class="card pack-ready" aria-labelledby="pack-ready-heading">
      <h3 id="pack-ready-heading">{t`Your pack is ready`}</h3>
      <p role="status">{t`Saved as ${name} (${size}). Look for it in your Downloads.`}</p>
      <p>{t`Inside:`}</p>
      <ul>
        {made.files.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <div class="row">
        <Button onClick={() => downloadFile(packFile(made))}>{t`Save it again`}</Button>
        <ShareFileButton file={packFile(made)} />
      </div>
    </section>
  );
}
