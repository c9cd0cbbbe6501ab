import { t } from '@lingui/core/macro';
import { personType } from '../../core/domain/person';
import { useDocRecord } from '../../state/doc-records';
import { useProjectId, useSession } from '../../state/project-context';
import { href } from '../../state/router';
import { ConflictNotice } from '../sync/ConflictNotice';
import { AboutCard } from './AboutCard';
import { ConsentCard } from './ConsentCard';
import { ContributionsCard } from './ContributionsCard';
import { EraseCard } from './EraseCard';
import { InclusionCard } from './InclusionCard';
import { OwnDataCard } from './OwnDataCard';
import { pronounsText, roleAndStatus } from './MemberBadges';
import { TrainingSupportCard } from './TrainingSupportCard';

/** One member: about, inclusion profile, consent, training and support, expenses and rewards. */
export function MemberScreen({ personId }: { personId: string }) {
  const session = useSession();
  const projectId = useProjectId();
  const person = useDocRecord(personType, personId);
  const back = href('p', projectId, 'team');
  if (!person) {
    return (
      <div class="team">
        <p>{t`This member is not in the project. They may have been erased on this or another device.`}</p>
        <a href={back}>{t`Back to the team`}</a>
      </div>
    );
  }
  return (
    <div class="team member-screen">
      <a class="back-link" href={back}>
        <span aria-hidden="true">←</span> {t`All members`}
      </a>
      <h2 class="member-title">
        <bdi>{person.name}</bdi>
        {pronounsText(person) && <span class="pronouns"> ({pronounsText(person)})</span>}
      </h2>
      <p class="lead">{roleAndStatus(person)}</p>
      <ConflictNotice session={session} collection={personType.collection} id={person.id} fieldLabels={memberFields()} />
      <nav aria-label={t`Parts of this page`} class="jump-links">
        <a href="#about-heading" onClick={jump}>
          {t({ message: 'About', comment: 'Link to the part of a member’s page about them' })}
        </a>
        <a href="#inclusion-heading" onClick={jump}>
          {t({ message: 'Inclusion', comment: 'Link to the part of a member’s page on what helps them take part' })}
        </a>
        <a href="#consent-heading" onClick={jump}>
          {t({ message: 'Consent', comment: 'Link to the part of a member’s page on what they agreed to' })}
        </a>
        <a href="#training-heading" onClick={jump}>
          {t`Training and support`}
        </a>
        <a href="#contrib-heading" onClick={jump}>
          {t`Expenses and rewards`}
        </a>
      </nav>
      <AboutCard key={`about-${person.id}`} person={person} />
      <InclusionCard key={`inc-${person.id}`} person={person} />
      <ConsentCard person={person} />
      <TrainingSupportCard key={`ts-${person.id}`} person={person} />
      <ContributionsCard key={`c-${person.id}`} person={person} />
      <OwnDataCard person={person} />
      <EraseCard person={person} />
    </div>
  );
}

/** The member's fields in the words of this page, for telling of changes made on two devices at once. */
function memberFields(): Record<string, string> {
  return {
    name: t`Name`,
    pronouns: t`Pronouns`,
    role: t({ message: 'Role', comment: 'A member’s role in the group' }),
    organisation: t`Organisation`,
    status: t`Status`,
    involvement: t`How they are involved`,
    email: t`Email`,
    phone: t`Phone`,
    inclusion: t`Inclusion profile`,
    consent: t({ message: 'Consent', comment: 'What a member agreed to (photos, being named, being contacted)' }),
    recognition: t`How they want to be recognised`,
  };
}

/** The app routes by the hash, so in-page links scroll instead of navigating. */
function jump(e: Event) {
  e.preventDefault();
  const id = (e.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
  const target = document.getElementById(id);
  if (!target) return;
  target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
}
