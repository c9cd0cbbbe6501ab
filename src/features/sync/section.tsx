import { comingSoon } from '../ComingSoon';

export const syncSection = comingSoon({
  id: 'share',
  title: 'Work together',
  summary: 'Share this project with other facilitators’ devices, so everyone’s changes meet up when there is signal.',
  details: ['Invite another device by link or QR code', 'See whether your changes have reached the others', 'Pass changes by file when there is no network at all'],
});
