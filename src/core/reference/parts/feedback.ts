import { setAnonymityThreshold } from '../../commands/feedback-questionnaires';
import { insertRecord } from '../../commands/records';
import { questionnaireType, type Questionnaire } from '../../domain/questionnaire';
import { writeResponseBatch, type ResponseInput } from '../../commands/feedback-responses';
import type { Answer } from '../../domain/response';
import { findTemplate } from '../../feedback/templates';
import { meetingsHeld, type ReferenceContext } from '../context';
import { seededRandom } from '../random';

const COMMENTS = ['Felt listened to today', 'More time for small groups please', 'The room was cold', 'Good to meet new people', 'Papers came late'];

/**
 * Two questionnaires answered over the whole project: the group's own check (most responses)
 * and the quick check. Answers drift upwards as the group settles, so rounds differ.
 */
export function addFeedback(ctx: ReferenceContext) {
  const { random } = ctx;
  setAnonymityThreshold(ctx.doc, 5);
  const check = insertRecord(ctx.doc, questionnaireType, {
    id: 'questionnaire-check',
    title: 'How is the group working?',
    questions: [
      { id: 'q-equal', kind: 'agree5', text: 'I am treated as an equal in this group' },
      { id: 'q-difference', kind: 'agree5', text: 'This group is making a difference' },
      { id: 'q-face', kind: 'faces3', text: 'How did today feel?' },
      { id: 'q-comment', kind: 'text', text: 'Anything else you want to tell us?' },
    ],
  });
  const template = findTemplate('quick-check')!;
  const quick = insertRecord(ctx.doc, questionnaireType, {
    id: 'questionnaire-quick',
    title: template.title,
    intro: template.intro,
    template: template.id,
    questions: template.questions,
  });
  if (!check.ok || !quick.ok) return;
  ctx.questionnaires.push(check.value as Questionnaire, quick.value as Questionnaire);
  // Answers come only from meetings that have happened.
  const held = ctx.meetings.slice(0, meetingsHeld(ctx));
  if (held.length === 0) return;

  // A point on a scale of `points`, leaning higher as the project goes on (progress 0 → 1).
  const batches = new Map<string, ResponseInput[]>();
  const leaning = (points: number, progress: number) => Math.min(points - 1, Math.floor(random.next() * points * (0.8 + 0.4 * progress)));
  for (let i = 0; i < ctx.size.responses; i++) {
    const meetingIndex = i % held.length;
    const meeting = held[meetingIndex]!;
    const progress = meetingIndex / held.length;
    const quickCheck = i % 7 === 3;
    const answers: Record<string, Answer> = {};
    if (quickCheck) {
      answers.today = leaning(3, progress);
      if (random.chance(0.9)) answers['listened-to'] = random.chance(0.6 + 0.3 * progress);
    } else {
      answers['q-equal'] = leaning(5, progress);
      if (random.chance(0.95)) answers['q-difference'] = leaning(5, progress);
      answers['q-face'] = leaning(3, progress);
      if (random.chance(0.3)) answers['q-comment'] = random.pick(COMMENTS);
    }
    const batch = batches.get(meeting.id) ?? [];
    batch.push({ id: `response-${i}`, questionnaireId: quickCheck ? 'questionnaire-quick' : 'questionnaire-check', day: meeting.date, meetingId: meeting.id, source: i % 10 === 9 ? 'paper' : 'kiosk', answers });
    batches.set(meeting.id, batch);
  }
  // Into the project as the kiosk writes them: one shuffled batch per meeting.
  const order = seededRandom(5_303);
  for (const batch of batches.values()) writeResponseBatch(ctx.doc, batch, (items) => order.shuffle(items));
}
