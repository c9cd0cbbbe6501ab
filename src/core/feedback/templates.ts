import type { Question } from '../domain/questionnaire';

export interface QuestionnaireTemplate {
  id: string;
  /** Name in the template picker and the new questionnaire's title. */
  title: string;
  /** When to use it, in one or two sentences. */
  description: string;
  /** Shown to people before the first question. */
  intro: string;
  /** The guide it follows, named in the app; absent for our own. */
  credit?: string;
  questions: Question[];
}

const WEST_BERKSHIRE = 'West Berkshire Council’s “How to do co-production” resource';

const agree = (id: string, text: string): Question => ({ id, kind: 'agree5', text });

/**
 * Starting points for questionnaires. The wording is ours; the ideas come from the guides
 * credited. Question ids are stable, so rounds of the same template can be compared.
 */
export const QUESTIONNAIRE_TEMPLATES: readonly QuestionnaireTemplate[] = [
  {
    id: 'reflective-check',
    title: 'How is the group working?',
    description: 'A regular check on equality, making a difference and inclusion, so the group can change course early. Use it every month or so, not at the first meeting.',
    intro: 'Tell us how the group is working for you. You do not give your name. Skip any question you like.',
    credit: `Based on the reflective feedback tool in ${WEST_BERKSHIRE}`,
    questions: [
      agree('equal-voice', 'Everyone in this group is treated as an equal.'),
      agree('experience-valued', 'What I know from my own life or work is valued here.'),
      agree('making-difference', 'This group is making a real difference.'),
      agree('on-track', 'We are keeping to what we set out to do.'),
      agree('easy-to-join-in', 'It is easy for me to take part: the place, the time and the papers suit me.'),
      agree('chance-to-speak', 'Everyone gets a fair chance to speak.'),
      { id: 'working-well', kind: 'text', text: 'What is working well?' },
      { id: 'do-better', kind: 'text', text: 'What could we do better?' },
    ],
  },
  {
    id: 'outcomes-residents',
    title: 'End of project: residents and people who use services',
    description: 'For residents, carers and people who use services at or near the end of the project. Gives evidence for the co-production outcomes in your plan.',
    intro: 'The project is nearly finished. Please tell us what taking part was like. Your answers are anonymous.',
    credit: `Based on the outcome questionnaire for residents in ${WEST_BERKSHIRE}`,
    questions: [
      agree('influence', 'I had a real say in the work of this project.'),
      agree('heard', 'My views and ideas were listened to and taken seriously.'),
      agree('worth-time', 'Taking part was a good use of my time.'),
      agree('more-coproduction', 'I would like to take part in more work like this.'),
      agree('more-services', 'More services should be planned with the people who use them, like this.'),
      agree('confident-with-staff', 'I feel confident working as an equal with staff and professionals.'),
      { id: 'anything-else', kind: 'text', text: 'Is there anything else you want to tell us?' },
    ],
  },
  {
    id: 'outcomes-staff',
    title: 'End of project: staff and professionals',
    description: 'For staff, councillors and other professionals at or near the end of the project. Pairs with the residents’ version so you can compare.',
    intro: 'The project is nearly finished. Please tell us what working this way was like. Your answers are anonymous.',
    credit: `Based on the outcome questionnaire for staff and councillors in ${WEST_BERKSHIRE}`,
    questions: [
      agree('influence', 'Residents and people who use services had a real say in this project.'),
      agree('heard', 'My views and ideas were listened to and taken seriously.'),
      agree('worth-time', 'Working this way was a good use of my time.'),
      agree('more-coproduction', 'I would like to work this way again.'),
      agree('more-services', 'More of our services should be planned with the people who use them.'),
      agree('confident-with-residents', 'I feel confident working as an equal with residents and people who use services.'),
      { id: 'anything-else', kind: 'text', text: 'Is there anything else you want to tell us?' },
    ],
  },
  {
    id: 'quick-check',
    title: 'Quick check',
    description: 'Two easy questions for the last few minutes of any meeting. Uses faces, so it works for everyone.',
    intro: 'Two quick questions about today.',
    questions: [
      { id: 'today', kind: 'faces3', text: 'How was today for you?' },
      { id: 'listened-to', kind: 'yesno', text: 'Did you feel listened to today?' },
    ],
  },
];

export function findTemplate(id: string | undefined): QuestionnaireTemplate | undefined {
  return QUESTIONNAIRE_TEMPLATES.find((t) => t.id === id);
}
