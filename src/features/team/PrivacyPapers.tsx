import { t } from '@lingui/core/macro';
import { useMemo, useState } from 'preact/hooks';
import { consentForm, dpiaStarter, factsFrom, privacyNotice, type PaperSection, type PaperStyle, type PrivacyFacts } from '../../core/team/privacy-papers';
import { PRIVACY_SETTINGS_ID, privacySettingsType } from '../../core/domain/team/privacy-settings';
import { personType } from '../../core/domain/person';
import { deviceType } from '../../core/domain/sharing/device';
import { contributionType } from '../../core/domain/team/contribution';
import { useProjectId } from '../../state/project-context';
import { projectRow } from '../../state/project-rows';
import { useRecord, useRecordCount, useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { TextField } from '../../ui/TextField';

type Paper = 'notice' | 'consent' | 'dpia';

function sectionsFor(paper: Paper, style: PaperStyle, facts: PrivacyFacts): PaperSection[] {
  if (paper === 'notice') return privacyNotice(facts, style);
  if (paper === 'consent') return consentForm(facts, style);
  return dpiaStarter(facts);
}

/**
 * The privacy notice, consent form and DPIA starter, filled in from the project. Each part can
 * be changed before printing; the changes are for this print only (the filled-in words come
 * back when the page is opened again).
 */
export function PrivacyPapers() {
  const project = projectRow(useProjectId())?.name ?? '';
  const settings = useRecord(privacySettingsType, PRIVACY_SETTINGS_ID);
  const people = useRecords(personType);
  const contributions = useRecordCount(contributionType);
  const devices = useRecords(deviceType);
  const [paper, setPaper] = useState<Paper>('notice');
  const [style, setStyle] = useState<PaperStyle>('standard');
  const shownStyle = paper === 'dpia' && style === 'easy-read' ? 'standard' : style;
  const sections = useMemo(
    () => sectionsFor(paper, shownStyle, factsFrom({ project, settings, people: people ?? [], contributions: contributions ?? 0, devices: devices?.length ?? 0 })),
    [paper, shownStyle, project, settings, people, contributions, devices],
  );
  const [edits, setEdits] = useState<Record<string, string>>({});
  const key = `${paper}/${shownStyle}`;
  const textOf = (i: number) => edits[`${key}/${i}`] ?? sections[i]!.text;

  return (
    <section class="card papers-card" aria-labelledby="papers-heading">
      <h3 id="papers-heading" class="no-print">
        {t`Papers for members and the organisation`}
      </h3>
      <div class="no-print">
        <RadioGroup<Paper>
          legend={t`Which paper`}
          options={[
            { value: 'notice', label: t`Privacy notice` },
            { value: 'consent', label: t`Consent form` },
            { value: 'dpia', label: t`DPIA starter` },
          ]}
          value={paper}
          onChange={setPaper}
        />
        <RadioGroup<PaperStyle>
          legend={t`How it is printed`}
          options={[
            { value: 'standard', label: t`Standard` },
            { value: 'large-print', label: t`Large print` },
            ...(paper === 'dpia' ? [] : [{ value: 'easy-read' as const, label: t`Easy read` }]),
          ]}
          value={shownStyle}
          onChange={setStyle}
          inline
        />
        <p class="hint">{t`Change any part below before printing. Words in square brackets are for the organisation to fill in.`}</p>
        {sections.map((s, i) => (
          <TextField key={`${key}/${i}`} label={s.heading} value={textOf(i)} onInput={(v) => setEdits({ ...edits, [`${key}/${i}`]: v })} multiline />
        ))}
        <Button variant="primary" onClick={() => window.print()}>
          {t({ message: 'Print', comment: 'Button: print the privacy notice, consent form or DPIA' })}
        </Button>
      </div>
      <article class={`privacy-paper ${shownStyle}`} aria-label={t`As it will print`} data-testid="privacy-paper">
        {sections.map((s, i) => (
          <div key={i} class="privacy-paper-part">
            {i === 0 ? <h4 class="privacy-paper-title">{s.heading}</h4> : <h5>{s.heading}</h5>}
            {textOf(i)
              .split('\n')
              .map((line, j) => (
                <p key={j}>{line}</p>
              ))}
          </div>
        ))}
      </article>
    </section>
  );
}
