import { comingSoon } from '../ComingSoon';

export const teamSection = comingSoon({
  id: 'team',
  title: 'Team',
  summary: 'The people in the group, what each person needs to take part, their consent, and how their time is valued.',
  details: [
    'Members, their roles and how they are involved',
    'Access needs and the formats people want papers in',
    'Consent for photos, being named and being contacted',
    'The balance of lived experience and professionals',
    'Expenses, payments, vouchers and time credits',
  ],
});
