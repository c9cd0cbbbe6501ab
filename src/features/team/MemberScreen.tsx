import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { ConflictNotice } from '../sync/ConflictNotice';
import { AboutCard } from './AboutCard';
import { ConsentCard } from './ConsentCard';
import { ContributionsCard } from './ContributionsCard';
import { EraseCard } from './EraseCard';
import { InclusionCard } from './InclusionCard';
import { pronounsText, roleAndStatus } from './MemberBadges';
import { TrainingSupportCard } from './TrainingSupportCard';
import { useMember } from './use-team';

/** One member: about, inclusion profile, consent, training and support, expenses and rewards. */
export function MemberScreen({ session, personId }: { session: ProjectSession; personId: string }) {
  const person = useMember(session.doc, personId);
  const back = href('p', session.projectId, 'team');
  if (!person) {
    return (
      <div class="team">
        <p>This member is not in the project. They may have been erased on this or another device.</p>
        <a href={back}>Back to the team</a>
      </div>
    );
  }
  return (
    <div class="team member-screen">
      <a class="back-link" href={back}>
        <span aria-hidden="true">←</span> All members
      </a>
      <h2 class="member-title">
        <bdi>{person.name}</bdi>
        {pronounsText(person) && <span class="pronouns"> ({pronounsText(person)})</span>}
      </h2>
      <p class="lead">{roleAndStatus(person)}</p>
      <ConflictNotice session={session} collection="people" id={person.id} fieldLabels={MEMBER_FIELDS} />
      <nav aria-label="Parts of this page" class="jump-links">
        <a href="#about-heading" onClick={jump}>About</a>
        <a href="#inclusion-heading" onClick={jump}>Inclusion</a>
        <a href="#consent-heading" onClick={jump}>Consent</a>
        <a href="#training-heading" onClick={jump}>Training and support</a>
        <a href="#contrib-heading" onClick={jump}>Expenses and rewards</a>
      </nav>
      <AboutCard key={`about-${person.id}`} session={session} person={person} />
      <InclusionCard key={`inc-${person.id}`} session={session} person={person} />
      <ConsentCard session={session} person={person} />
      <TrainingSupportCard key={`ts-${person.id}`} session={session} person={person} />
      <ContributionsCard key={`c-${person.id}`} session={session} person={person} />
      <EraseCard session={session} person={person} />
    </div>
  );
}

const MEMBER_FIELDS: Record<string, string> = {
  name: 'Name',
  pronouns: 'Pronouns',
  role: 'Role',
  organisation: 'Organisation',
  status: 'Status',
  involvement: 'How they are involved',
  email: 'Email',
  phone: 'Phone',
  inclusion: 'Inclusion profile',
  consent: 'Consent',
  recognition: 'How they want to be recognised',
};

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
