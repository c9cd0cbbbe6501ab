import { LARGE_GROUP, SMALL_GROUP, type BalanceWarning, type GroupBalance } from '../../core/team/balance';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** One sentence on the mix of lived experience and professionals. */
export function balanceSentence(b: GroupBalance): string {
  switch (b.verdict) {
    case 'no-one-yet':
      return b.active === 0 ? 'No active members yet.' : 'No active members with lived experience or professional roles yet.';
    case 'roughly-equal':
      return `Lived experience and professionals are roughly equal: ${b.livedExperience} and ${b.professional}.`;
    case 'more-lived-experience':
      return `More people with lived experience (${b.livedExperience}) than professionals (${b.professional}).`;
    case 'more-professional':
      return `More professionals (${b.professional}) than people with lived experience (${b.livedExperience}).`;
  }
}

export function warningSentence(w: BalanceWarning, b: GroupBalance): string {
  switch (w) {
    case 'small-group':
      return `The group is small: ${people(b.active)} active. Aim for at least ${SMALL_GROUP}, so there is a good mix of views.`;
    case 'large-group':
      return `The group is large: ${people(b.active)} active. With more than ${LARGE_GROUP}, it is hard for everyone to be heard. You could work in smaller groups for some tasks.`;
    case 'no-lived-experience':
      return 'No one with lived experience is active yet. Co-production needs people who use services or care for someone.';
    case 'few-lived-experience':
      return 'Professionals outnumber people with lived experience. Think about who else could be invited, and what might be stopping them.';
    case 'no-professional':
      return 'No professionals are active. You may need people who can make decisions about the service.';
  }
}

export const ROUGHLY_EQUAL_EXPLAINED =
  'We call the two sides roughly equal when they differ by one person at most, or the smaller side is at least four fifths of the larger. Carers and family count with lived experience; community organisations count with professionals.';

export const GROUP_SIZE_CREDIT = 'Based on the Iriss co-production project planner: between 6 and 20 people works best.';
