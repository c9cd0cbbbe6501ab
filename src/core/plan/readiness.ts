import { plural, t } from '@lingui/core/macro';
import type { ReadinessAnswerValue, ReadinessQuestion } from '../domain/plan/readiness';

export interface ReadinessPrompt {
  id: ReadinessQuestion;
  readonly question: string;
  readonly hint: string;
  /** For most questions "yes" is the good answer; for time pressure it is "no". */
  goodAnswer: 'yes' | 'no';
}

/** A question whose words are made when read, in the language chosen then. */
function prompt(id: ReadinessQuestion, goodAnswer: 'yes' | 'no', question: () => string, hint: () => string): ReadinessPrompt {
  return {
    id,
    goodAnswer,
    get question() {
      return question();
    },
    get hint() {
      return hint();
    },
  };
}

export const READINESS_PROMPTS: readonly ReadinessPrompt[] = [
  prompt(
    'need',
    'yes',
    () => t`Does this work need what people with lived experience know, as well as what staff know?`,
    () => t`Co-production is worth the effort when no one group has all the answers.`,
  ),
  prompt(
    'flexibility',
    'yes',
    () => t`Is there room for the group to change things?`,
    () => t`For example what gets made, how it is done, when, or even the end goal.`,
  ),
  prompt(
    'commitment',
    'yes',
    () => t`Will everyone give it the time it needs?`,
    () => t`That includes staff and managers who can make the group’s decisions happen, as well as members with lived experience.`,
  ),
  prompt(
    'giveBack',
    'yes',
    () => t`Will every member get something back for taking part?`,
    () => t`For example payment or vouchers, expenses paid up front, new skills, new contacts, or a real say in something that matters to them.`,
  ),
  prompt(
    'timePressure',
    'no',
    () => t`Is there a tight deadline, or a fixed brief the group cannot change?`,
    () => t`For example a report already half written, or a service that has to start next month.`,
  ),
];

/** Read when shown, so each is in the language chosen then. */
export const ANSWER_LABELS: Readonly<Record<ReadinessAnswerValue, string>> = {
  get yes() {
    return t({ message: 'Yes', context: 'readiness answer', comment: 'An answer to a readiness question (Welsh answers with the verb: “it is”, “it is not”)' });
  },
  get partly() {
    return t({ message: 'Partly', comment: 'An answer to a readiness question' });
  },
  get no() {
    return t({ message: 'No', context: 'readiness answer', comment: 'An answer to a readiness question (Welsh answers with the verb: “it is”, “it is not”)' });
  },
  get unsure() {
    return t({ message: 'Not sure', comment: 'An answer to a readiness question' });
  },
};

export type ReadinessTone = 'unanswered' | 'good-fit' | 'work-first' | 'think-again';

export interface ReadinessReading {
  tone: ReadinessTone;
  headline: string;
  /** What is already in place. */
  strengths: string[];
  /** What to sort out, each with a suggestion. */
  concerns: string[];
  /** Set when the answers point to co-production in name only. */
  tokenismWarning?: string;
  answered: number;
}

function strength(question: ReadinessQuestion): string {
  switch (question) {
    case 'need':
      return t`The work needs knowledge from different people, so everyone has something to bring.`;
    case 'flexibility':
      return t`There is room for the group to change things, so members can have real influence.`;
    case 'commitment':
      return t`People are ready to give it the time it needs.`;
    case 'giveBack':
      return t`Members will get something back for what they give.`;
    case 'timePressure':
      return t`There is time to work together properly, without a fixed answer already decided.`;
  }
}

/** What to sort out when the answer is in doubt ("partly", "not sure"). */
function doubt(question: ReadinessQuestion): string {
  switch (question) {
    case 'need':
      return t`It is not yet clear what lived experience would add. Talk to people who use the service about what they would change.`;
    case 'flexibility':
      return t`Find out what the group will really be able to change, and tell members plainly at the start.`;
    case 'commitment':
      return t`Check that managers and members can give regular time. Plan the meeting dates ahead so people can fit them in.`;
    case 'giveBack':
      return t`Ask members what they would like to get out of it, and budget for expenses and payment.`;
    case 'timePressure':
      return t`Check how fixed the deadline and brief really are. Co-production takes time and cannot be rushed.`;
  }
}

/** What to sort out when the answer is the wrong one. */
function problem(question: ReadinessQuestion): string {
  switch (question) {
    case 'need':
      return t`If staff already know everything the work needs, asking people to co-produce may waste their time. Asking people’s views (consulting) may be the honest choice.`;
    case 'flexibility':
      return t`With nothing the group can change, members will not have real influence. Agree with managers or funders what is open to change before you start.`;
    case 'commitment':
      return t`Without time from everyone the project may stall or fall back into old ways of working. Get clear promises of time before you recruit.`;
    case 'giveBack':
      return t`People should not be out of pocket or feel used. Sort out expenses paid up front, and payment or other rewards, before the first meeting.`;
    case 'timePressure':
      return t`A tight deadline or fixed brief leaves little room for members to shape the work.`;
  }
}

type Answers = Partial<Record<ReadinessQuestion, ReadinessAnswerValue>>;

function isGood(prompt: ReadinessPrompt, answer: ReadinessAnswerValue): boolean {
  return answer === prompt.goodAnswer;
}

function isBad(prompt: ReadinessPrompt, answer: ReadinessAnswerValue): boolean {
  return answer === (prompt.goodAnswer === 'yes' ? 'no' : 'yes');
}

/**
 * An honest reading of the answers in plain words, not a score: what is in place, what to
 * sort out, and a clear warning when the set-up points to tokenism.
 */
export function readinessReading(answers: Answers): ReadinessReading {
  const strengths: string[] = [];
  const concerns: string[] = [];
  let doubts = 0;
  let problems = 0;
  let answered = 0;
  for (const prompt of READINESS_PROMPTS) {
    const answer = answers[prompt.id];
    if (!answer) continue;
    answered++;
    if (isGood(prompt, answer)) strengths.push(strength(prompt.id));
    else if (isBad(prompt, answer)) {
      problems++;
      concerns.push(problem(prompt.id));
    } else {
      doubts++;
      concerns.push(doubt(prompt.id));
    }
  }
  const fixedBrief = answers.timePressure === 'yes';
  const noRoom = answers.flexibility === 'no';
  const tokenismWarning =
    fixedBrief || noRoom
      ? t`Be careful: with a fixed brief or little room to change things, this could become co-production in name only. People with lived experience may feel their time was used to sign off decisions already made. Ask for more time and room first, or be honest that you are consulting people rather than co-producing.`
      : undefined;
  if (answered === 0) {
    return { tone: 'unanswered', headline: t`Answer the questions to see a reading.`, strengths, concerns, answered };
  }
  const missing = READINESS_PROMPTS.length - answered;
  let tone: ReadinessTone;
  let headline: string;
  if (problems > 0 || tokenismWarning) {
    tone = 'think-again';
    headline = t`Think carefully before you start. Some basics for co-production are not in place yet.`;
  } else if (doubts > 0 || missing > 0) {
    tone = 'work-first';
    headline = t`Co-production could work here, once a few things are sorted out.`;
  } else {
    tone = 'good-fit';
    headline = t`This looks like a good fit for co-production. Keep checking as the work goes on.`;
  }
  if (missing > 0) {
    headline = [headline, plural(missing, { one: 'One question is still to answer.', other: '# questions are still to answer.' })].join(' ');
  }
  return { tone, headline, strengths, concerns, ...(tokenismWarning ? { tokenismWarning } : {}), answered };
}
