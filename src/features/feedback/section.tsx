import { comingSoon } from '../ComingSoon';

export const feedbackSection = comingSoon({
  id: 'feedback',
  title: 'Feedback',
  summary: 'Anonymous questionnaires, answered on a tablet passed round the room or on paper, and their results.',
  details: [
    'Questionnaires from templates or your own questions',
    'Kiosk mode: one question at a time, large text, read aloud',
    'Results that stay hidden until enough people have answered',
  ],
});
