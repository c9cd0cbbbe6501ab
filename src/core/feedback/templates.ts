import { t } from '@lingui/core/macro';
import type { Question, QuestionKind } from '../domain/questionnaire';

export interface QuestionnaireTemplate {
  readonly id: string;
  /** Name in the template picker and the new questionnaire's title. */
  readonly title: string;
  /** When to use it, in one or two sentences. */
  readonly description: string;
  /** Shown to people before the first question. */
  readonly intro: string;
  /** The guide it follows, named in the app (a sentence); absent for our own. */
  readonly credit?: string;
  readonly questions: Question[];
}

const westBerkshire = () =>
  t({
    message: 'West Berkshire Council’s “How to do co-production” resource',
    comment: 'The name of a guide to co-production, credited on questionnaires based on it',
  });

const ask = (id: string, kind: QuestionKind, text: string): Question => ({ id, kind, text });
const agree = (id: string, text: string) => ask(id, 'agree5', text);

/*
 * Starting points for questionnaires. The wording is ours; the ideas come from the guides
 * credited. Question ids are stable, so rounds of the same template can be compared.
 *
 * Every word is read when it is used (the getters), so a template shows in the language
 * chosen then, and a questionnaire made from it starts in that language: what is stored
 * is the group's own copy, which they may change.
 */
export const QUESTIONNAIRE_TEMPLATES: readonly QuestionnaireTemplate[] = [
  {
    id: 'reflective-check',
    get title() {
      return t`How is the group working?`;
    },
    get description() {
      return t`A regular check on equality, making a difference and inclusion, so the group can change course early. Use it every month or so, not at the first meeting.`;
    },
    get intro() {
      return t`Tell us how the group is working for you. You do not give your name. Skip any question you like.`;
    },
    get credit() {
      const guide = westBerkshire();
      return t`Based on the reflective feedback tool in ${guide}.`;
    },
    get questions() {
      return [
        agree('equal-voice', t`Everyone in this group is treated as an equal.`),
        agree('experience-valued', t`What I know from my own life or work is valued here.`),
        agree('making-difference', t`This group is making a real difference.`),
        agree('on-track', t`We are keeping to what we set out to do.`),
        agree('easy-to-join-in', t`It is easy for me to take part: the place, the time and the papers suit me.`),
        agree('chance-to-speak', t`Everyone gets a fair chance to speak.`),
        ask('working-well', 'text', t`What is working well?`),
        ask('do-better', 'text', t`What could we do better?`),
      ];
    },
  },
  {
    id: 'outcomes-residents',
    get title() {
      return t`End of project: residents and people who use services`;
    },
    get description() {
      return t`For residents, carers and people who use services at or near the end of the project. Gives evidence for the co-production outcomes in your plan.`;
    },
    get intro() {
      return t`The project is nearly finished. Please tell us what taking part was like. Your answers are anonymous.`;
    },
    get credit() {
      const guide = westBerkshire();
      return t`Based on the outcome questionnaire for residents in ${guide}.`;
    },
    get questions() {
      return [
        agree('influence', t`I had a real say in the work of this project.`),
        agree('heard', t`My views and ideas were listened to and taken seriously.`),
        agree('worth-time', t`Taking part was a good use of my time.`),
        agree('more-coproduction', t`I would like to take part in more work like this.`),
        agree('more-services', t`More services should be planned with the people who use them, like this.`),
        agree('confident-with-staff', t`I feel confident working as an equal with staff and professionals.`),
        ask('anything-else', 'text', t`Is there anything else you want to tell us?`),
      ];
    },
  },
  {
    id: 'outcomes-staff',
    get title() {
      return t`End of project: staff and professionals`;
    },
    get description() {
      return t`For staff, councillors and other professionals at or near the end of the project. Pairs with the residents’ version so you can compare.`;
    },
    get intro() {
      return t`The project is nearly finished. Please tell us what working this way was like. Your answers are anonymous.`;
    },
    get credit() {
      const guide = westBerkshire();
      return t`Based on the outcome questionnaire for staff and councillors in ${guide}.`;
    },
    get questions() {
      return [
        agree('influence', t`Residents and people who use services had a real say in this project.`),
        agree('heard', t`My views and ideas were listened to and taken seriously.`),
        agree('worth-time', t`Working this way was a good use of my time.`),
        agree('more-coproduction', t`I would like to work this way again.`),
        agree('more-services', t`More of our services should be planned with the people who use them.`),
        agree('confident-with-residents', t`I feel confident working as an equal with residents and people who use services.`),
        ask('anything-else', 'text', t`Is there anything else you want to tell us?`),
      ];
    },
  },
  {
    id: 'quick-check',
    get title() {
      return t`Quick check`;
    },
    get description() {
      return t`Two easy questions for the last few minutes of any meeting. Uses faces, so it works for everyone.`;
    },
    get intro() {
      return t`Two quick questions about today.`;
    },
    get questions() {
      return [ask('today', 'faces3', t`How was today for you?`), ask('listened-to', 'yesno', t`Did you feel listened to today?`)];
    },
  },
];

export function findTemplate(id: string | undefined): QuestionnaireTemplate | undefined {
  return QUESTIONNAIRE_TEMPLATES.find((template) => template.id === id);
}
