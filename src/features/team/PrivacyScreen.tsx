import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { savePrivacySettings } from '../../core/commands/team-privacy';
import { DEFAULT_RETENTION_MONTHS, PRIVACY_SETTINGS_ID, privacySettingsType, type PrivacySettings } from '../../core/domain/team/privacy-settings';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecord } from '../../state/records';
import { href } from '../../state/router';
import { SubmitRow } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { DevicesHeld } from './DevicesHeld';
import { PrivacyPapers } from './PrivacyPapers';
import { RetentionReview } from './RetentionReview';

/**
 * Data protection in one place, for the facilitator and for an organisation's data-protection
 * officer: what the group decided, whose details are due a review, the papers (privacy notice,
 * consent form, DPIA starter) and which devices hold the project.
 */
export function PrivacyScreen() {
  const projectId = useProjectId();
  const settings = useRecord(privacySettingsType, PRIVACY_SETTINGS_ID);
  if (settings === undefined) return <p role="status">{t`Loading…`}</p>;
  const months = settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  return (
    <div class="team privacy">
      <a class="back-link" href={href('p', projectId, 'team')}>
        <span aria-hidden="true">←</span> {t`All members`}
      </a>
      <h2>{t`Data protection`}</h2>
      <SettingsCard settings={settings} />
      <RetentionReview months={months} />
      <PrivacyPapers />
      <DevicesHeld />
    </div>
  );
}

function SettingsCard({ settings }: { settings: PrivacySettings | null }) {
  const { doc } = useSession();
  const command = useCommand();
  const [months, setMonths] = useState(String(settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS));
  const [holder, setHolder] = useState(settings?.holder ?? '');
  const [contact, setContact] = useState(settings?.contact ?? '');
  const [partners, setPartners] = useState(settings?.partners ?? '');
  const [saved, setSaved] = useState(false);

  function save() {
    const retentionMonths = months.trim() === '' ? Number.NaN : Number(months);
    const result = command.run(() => savePrivacySettings(doc, { retentionMonths, holder, contact, partners }));
    setSaved(result.ok);
  }

  return (
    <section class="card" aria-labelledby="privacy-settings-heading">
      <h3 id="privacy-settings-heading">{t`What the group decided`}</h3>
      <Form onSubmit={save}>
        <TextField
          label={t`Months to keep the details of someone who left, or stayed interested without taking part`}
          value={months}
          onInput={(v) => (setMonths(v), setSaved(false))}
          inputMode="numeric"
          required
        />
        <TextField label={t`Organisation that holds the data`} value={holder} onInput={(v) => (setHolder(v), setSaved(false))} maxLength={160} />
        <TextField label={t`Who people can ask about their data`} hint={t`A name, email or phone.`} value={contact} onInput={(v) => (setContact(v), setSaved(false))} maxLength={200} />
        <TextField label={t`Partners details may be shared with, with consent`} value={partners} onInput={(v) => (setPartners(v), setSaved(false))} maxLength={500} />
        <CommandError error={command.error} />
        {saved && <p role="status">{t`Saved. The papers below use it.`}</p>}
        <SubmitRow label={t`Save`} />
      </Form>
    </section>
  );
}
