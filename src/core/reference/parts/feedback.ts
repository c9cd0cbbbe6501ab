import { insertRecord } from '../../commands/records';
import { questionnaireType, type Questionnaire } from '../../domain/questionnaire';
import { responseType } from '../../domain/response';
import type { ReferenceContext } from '../context';

const COMMENTS = ['Felt listened to today', 'More time for small groups please', 'The room was cold', 'Good to meet new people', 'Papers came late'];

export function addFeedback(ctx: ReferenceContext) {
  const { random } = ctx;
  const q = insertRecord(ctx.doc, questionnaireType, {
    id: 'questionnaire-check',
    title: 'How is the group working?',
    questions: [
      { id: 'q-equal', kind: 'agree5', text: 'I am treated as an equal in this group' },
      { id: 'q-difference', kind: 'agree5', text: 'This group is making a difference' },
      { id: 'q-face', kind: 'faces3', text: 'How did today feel?' },
      { id: 'q-comment', kind: 'text', text: 'Anything else you want to tell us?' },
    ],
  });
  if (!q.ok) return;
  ctx.questionnaires.push(q.value as Questionnaire);
  for (let i = 0; i < ctx.size.responses; i++) {
    const meeting = ctx.meetings[i % ctx.meetings.length]!;
    const answers: Record<string, number | string> = {
      'q-equal': random.int(0, 4),
      'q-difference': random.int(0, 4),
      'q-face': random.int(0, 2),
    };
    if (random.chance(0.3)) answers['q-comment'] = random.pick(COMMENTS);
    insertRecord(ctx.doc, responseType, {
      id: `response-${i}`,
      questionnaireId: 'questionnaire-check',
      day: meeting.date,
      meetingId: meeting.id,
      source: 'kiosk',
      createdAt: meeting.date + 'T00:00:00.000Z',
      answers,
    });
  }
}
