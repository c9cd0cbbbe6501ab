import { plural, t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { personType, type Person } from '../domain/person';
import { deviceType } from '../domain/sharing/device';
import { contributionType } from '../domain/team/contribution';
import { DEFAULT_RETENTION_MONTHS, PRIVACY_SETTINGS_ID, privacySettingsType, type PrivacySettings } from '../domain/team/privacy-settings';
import { readProjectMeta } from '../read/project';
import { readAll, readRecord } from '../read/records';

/** What the app knows about the data a project holds, for the papers an organisation needs. */
export interface PrivacyFacts {
  project: string;
  holder: string | undefined;
  contact: string | undefined;
  partners: string | undefined;
  retentionMonths: number;
  members: number;
  /** Someone has access needs or a health or inclusion note recorded (special category data). */
  accessNeeds: boolean;
  contactDetails: boolean;
  payments: boolean;
  /** Devices the project is shared with through the sync server; 0 when it is on one device only. */
  sharedDevices: number;
}

export interface PrivacySources {
  project: string;
  settings: PrivacySettings | null | undefined;
  people: readonly Person[];
  contributions: number;
  devices: number;
}

/** The facts, from records already read (the screen reads them through the projection). */
export function factsFrom(sources: PrivacySources): PrivacyFacts {
  const { settings } = sources;
  const people = sources.people.filter((p) => !p.archived);
  return {
    project: sources.project,
    holder: settings?.holder,
    contact: settings?.contact,
    partners: settings?.partners,
    retentionMonths: settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    members: people.length,
    accessNeeds: people.some((p) => p.inclusion && !p.inclusion.declined),
    contactDetails: people.some((p) => p.email || p.phone),
    payments: sources.contributions > 0,
    sharedDevices: sources.devices,
  };
}

export function privacyFacts(doc: Y.Doc): PrivacyFacts {
  return factsFrom({
    project: readProjectMeta(doc)?.name ?? '',
    settings: readRecord(doc, privacySettingsType, PRIVACY_SETTINGS_ID),
    people: readAll(doc, personType),
    contributions: readAll(doc, contributionType).length,
    devices: readAll(doc, deviceType).length,
  });
}

export interface PaperSection {
  heading: string;
  text: string;
}

export type PaperStyle = 'standard' | 'large-print' | 'easy-read';

function holderWords(f: PrivacyFacts): string {
  return f.holder || t`[the organisation that runs the group]`;
}

function contactWords(f: PrivacyFacts): string {
  return f.contact || t`[who to ask: a name, email or phone]`;
}

function periodWords(months: number): string {
  return plural(months, { one: '# month', other: '# months' });
}

function whereWords(f: PrivacyFacts): string {
  return f.sharedDevices > 1
    ? t`On the tablets and computers of the group’s facilitators. To keep those devices up to date, the project is also kept on a sync server, locked with a key only those devices have: the server cannot read it.`
    : t`On the tablet or computer of the group’s facilitator, and nowhere else. It is not sent to any company or website.`;
}

/** A privacy notice for members, filled in from the project. Large print is the standard words in a larger type. */
export function privacyNotice(f: PrivacyFacts, style: PaperStyle): PaperSection[] {
  const holder = holderWords(f);
  const partners = f.partners ?? '';
  const contact = contactWords(f);
  const period = periodWords(f.retentionMonths);
  const project = f.project;
  if (style === 'easy-read') {
    return [
      { heading: t`Your information and ${project}`, text: t`This tells you what we write down about you, and why.` },
      { heading: t`What we write down`, text: t`Your name. How to contact you, if you want us to. What helps you take part, like step-free access or large print. When you come to meetings. Money we pay you for your time.` },
      { heading: t`Why`, text: t`So we can invite you, help you take part, and pay you fairly.` },
      { heading: t`Who can see it`, text: t`Only the people who run the group. We do not share it with anyone else unless you say yes.` },
      { heading: t`Where it is kept`, text: whereWords(f) },
      { heading: t`How long`, text: t`If you leave the group, we keep it for ${period}. Then we delete it.` },
      { heading: t`You can`, text: t`Ask to see what we have about you. Ask us to change it. Ask us to delete it. Say no at any time.` },
      { heading: t`Ask`, text: t`${contact}, for ${holder}.` },
    ];
  }
  return [
    { heading: t`Privacy notice: ${project}`, text: t`This notice explains what information ${holder} keeps about members of ${project}, why, where it is kept, who can see it and for how long.` },
    {
      heading: t`What we keep`,
      text: t`Your name, role and how you are involved; your contact details if you give them; what you need to take part (access needs, support, formats for papers), which can include health information; the consent you have given; when you came to meetings; and payments, vouchers or time credits for your time.`,
    },
    { heading: t`Why we keep it`, text: t`To invite you to meetings, make them accessible to you, recognise your time fairly, and report on the project without naming you unless you agree.` },
    { heading: t`Our lawful basis`, text: t`[For the organisation to complete: for example, consent, or a legitimate interest in running the group. Health and access needs are special category data and need a condition of their own, usually your explicit consent.]` },
    { heading: t`Where it is kept`, text: whereWords(f) },
    {
      heading: t`Who can see it`,
      text: partners
        ? t`The group’s facilitators. Your details are shared with these partners only if you agree: ${partners}.`
        : t`The group’s facilitators only. Reports and packs name you only if you agree, and never include your contact details or needs without your agreement.`,
    },
    { heading: t`How long we keep it`, text: t`While you take part. If you leave, or stay interested without taking part, we review your details after ${period} and delete them unless you ask us to keep them.` },
    { heading: t`Your rights`, text: t`You can ask for a copy of everything we hold about you, ask us to correct it or delete it, and withdraw any consent at any time. Withdrawing does not affect your place in the group.` },
    { heading: t`Who to ask`, text: t`${contact}, for ${holder}. You can also complain to the Information Commissioner’s Office (ico.org.uk).` },
  ];
}

/** A consent form a member can fill in on paper, one line per purpose the app records. */
export function consentForm(f: PrivacyFacts, style: PaperStyle): PaperSection[] {
  const project = f.project;
  const box = '☐ ' + t`Yes` + '    ☐ ' + t`No`;
  const easy = style === 'easy-read';
  return [
    { heading: easy ? t`Saying yes or no: ${project}` : t`Consent form: ${project}`, text: easy ? t`Tick yes or no for each one. You can change your mind at any time.` : t`Please tick yes or no for each. You can change your answer at any time by telling a facilitator.` },
    { heading: easy ? t`Photos of you` : t`Photos of me can be taken and used`, text: box },
    { heading: easy ? t`Your name in our report` : t`I can be named in the project pack and reports`, text: box },
    { heading: easy ? t`We can contact you` : t`The group can contact me`, text: box },
    { heading: easy ? t`Sharing your details with partners` : t`My details can be shared with partners`, text: box + (f.partners ? `\n${f.partners}` : '') },
    { heading: easy ? t`Your name and the date` : t`Name, signature and date`, text: '______________________________    ____ / ____ / ________' },
  ];
}

/** A starting point for a data protection impact assessment, from what the app knows; the organisation completes it. */
export function dpiaStarter(f: PrivacyFacts): PaperSection[] {
  const holder = holderWords(f);
  const contact = contactWords(f);
  const partners = f.partners ?? '';
  const period = periodWords(f.retentionMonths);
  const project = f.project;
  const members = f.members;
  const categories = [
    t`names, roles and how each person is involved`,
    ...(f.contactDetails ? [t`contact details (email, phone)`] : []),
    ...(f.accessNeeds ? [t`access needs, support and inclusion notes, which can reveal health or disability (special category data)`] : [t`access needs and inclusion notes if recorded (special category data: none recorded yet)`]),
    t`consent given or withdrawn, per purpose, with dates`,
    t`attendance at meetings`,
    ...(f.payments ? [t`payments, vouchers, time credits and expenses for named people`] : []),
    t`anonymous feedback answers (no name or device kept with an answer)`,
  ];
  return [
    { heading: t`Data protection impact assessment (starter): ${project}`, text: t`Filled in by Common Ground from what the project holds. ${holder} should check every part, complete the parts in square brackets, and keep it under review.` },
    { heading: t`Who holds the data`, text: t`${holder} (the controller). Contact: ${contact}.` },
    { heading: t`Whose data`, text: plural(members, { one: '# person in the project now: members of a co-production group, who may include people who use services and carers, some of whom may be vulnerable.', other: '# people in the project now: members of a co-production group, who may include people who use services and carers, some of whom may be vulnerable.' }) },
    { heading: t`What data`, text: categories.map((c) => `• ${c}`).join('\n') },
    { heading: t`Where it is stored`, text: whereWords(f) },
    {
      heading: t`How it is protected`,
      text: t`On each device the data sits in the browser’s storage, which the app does not encrypt: turn on the device’s own lock and encryption. A PIN locks the app’s screens. Anything sent to the sync server is encrypted on the device (AES-GCM) under a key the server never sees. Backup files are encrypted with a passphrase unless a facilitator chooses otherwise. Anonymous feedback results are hidden until enough people have answered.`,
    },
    {
      heading: t`Sharing`,
      text: partners ? t`With partners, only for people who agreed: ${partners}. Project packs name only people who agreed.` : t`No sharing with partners is recorded. Project packs name only people who agreed.`,
    },
    { heading: t`How long it is kept`, text: t`People who left, or stayed interested without taking part, are reviewed after ${period}: their details are kept (with a reason), anonymised or erased. Erasing removes the person from every device’s copy and the server’s.` },
    { heading: t`Risks and how they are reduced`, text: t`[For the organisation to complete: for example, a lost tablet (device lock and encryption, reset sharing), a facilitator who leaves (reset sharing), a pack sent to the wrong person (names only with consent).]` },
    { heading: t`Sign-off`, text: t`[Name and role of the person approving, and the date.]` },
  ];
}
