import { plural, t } from '@lingui/core/macro';
import { LARGE_GROUP, SMALL_GROUP, type BalanceWarning, type GroupBalance } from '../../core/team/balance';

/** One sentence on the mix of lived experience and professionals. */
export function balanceSentence(b: GroupBalance): string {
  const { livedExperience, professional } = b;
  switch (b.verdict) {
    case 'no-one-yet':
      return b.active === 0 ? t`No active members yet.` : t`No active members with lived experience or professional roles yet.`;
    case 'roughly-equal':
      return t`Lived experience and professionals are roughly equal: ${livedExperience} and ${professional}.`;
    case 'more-lived-experience':
      return t`More people with lived experience (${livedExperience}) than professionals (${professional}).`;
    case 'more-professional':
      return t`More professionals (${professional}) than people with lived experience (${livedExperience}).`;
  }
}

export function warningSentence(w: BalanceWarning, b: GroupBalance): string {
  const active = b.active;
  switch (w) {
    case 'small-group':
      return t`The group is small: ${plural(active, { one: '# person', other: '# people' })} active. Aim for at least ${SMALL_GROUP}, so there is a good mix of views.`;
    case 'large-group':
      return t`The group is large: ${plural(active, { one: '# person', other: '# people' })} active. With more than ${LARGE_GROUP}, it is hard for everyone to be heard. You could work in smaller groups for some tasks.`;
    case 'no-lived-experience':
      return t`No one with lived experience is active yet. Co-production needs people who use services or care for someone.`;
    case 'few-lived-experience':
      return t`Professionals outnumber people with lived experience. Think about who else could be invited, and what might be stopping them.`;
    case 'no-professional':
      return t`No professionals are active. You may need people who can make decisions about the service.`;
  }
}
