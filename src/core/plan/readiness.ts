import type { ReadinessAnswerValue, ReadinessQuestion } from '../domain/plan/readiness';

export const READINESS_CREDIT = 'Based on the questions in the Iriss co-production project planner, with a warning about fixed briefs from the West Yorkshire briefing paper on co-production.';

export interface ReadinessPrompt {
  id: ReadinessQuestion;
  question: string;
  hint: string;
  /** For most questions "yes" is the good answer; for time pressure it is "no". */
  goodAnswer: 'yes' | 'no';
}

export const READINESS_PROMPTS: readonly ReadinessPrompt[] = [
  {
    id: 'need',
    question: 'Does this work need what people with lived experience know, as well as what staff know?',
    hint: 'Co-production is worth the effort when no one group has all the answers.',
    goodAnswer: 'yes',
  },
  {
    id: 'flexibility',
    question: 'Is there room for the group to change things?',
    hint: 'For example what gets made, how it is done, when, or even the end goal.',
    goodAnswer: 'yes',
  },
  {
    id: 'commitment',
    question: 'Will everyone give it the time it needs?',
    hint: 'That includes staff and managers who can make the group’s decisions happen, as well as members with lived experience.',
    goodAnswer: 'yes',
  },
  {
    id: 'giveBack',
    question: 'Will every member get something back for taking part?',
    hint: 'For example payment or vouchers, expenses paid up front, new skills, new contacts, or a real say in something that matters to them.',
    goodAnswer: 'yes',
  },
  {
    id: 'timePressure',
    question: 'Is there a tight deadline, or a fixed brief the group cannot change?',
    hint: 'For example a report already half written, or a service that has to start next month.',
    goodAnswer: 'no',
  },
];

export const ANSWER_LABELS: Record<ReadinessAnswerValue, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  unsure: 'Not sure',
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

const STRENGTHS: Record<ReadinessQuestion, string> = {
  need: 'The work needs knowledge from different people, so everyone has something to bring.',
  flexibility: 'There is room for the group to change things, so members can have real influence.',
  commitment: 'People are ready to give it the time it needs.',
  giveBack: 'Members will get something back for what they give.',
  timePressure: 'There is time to work together properly, without a fixed answer already decided.',
};

const CONCERNS: Record<ReadinessQuestion, { doubt: string; problem: string }> = {
  need: {
    doubt: 'It is not yet clear what lived experience would add. Talk to people who use the service about what they would change.',
    problem: 'If staff already know everything the work needs, asking people to co-produce may waste their time. Asking people’s views (consulting) may be the honest choice.',
  },
  flexibility: {
    doubt: 'Find out what the group will really be able to change, and tell members plainly at the start.',
    problem: 'With nothing the group can change, members will not have real influence. Agree with managers or funders what is open to change before you start.',
  },
  commitment: {
    doubt: 'Check that managers and members can give regular time. Plan the meeting dates ahead so people can fit them in.',
    problem: 'Without time from everyone the project may stall or fall back into old ways of working. Get clear promises of time before you recruit.',
  },
  giveBack: {
    doubt: 'Ask members what they would like to get out of it, and budget for expenses and payment.',
    problem: 'People should not be out of pocket or feel used. Sort out expenses paid up front, and payment or other rewards, before the first meeting.',
  },
  timePressure: {
    doubt: 'Check how fixed the deadline and brief really are. Co-production takes time and cannot be rushed.',
    problem: 'A tight deadline or fixed brief leaves little room for members to shape the work.',
  },
};

const TOKENISM =
  'Be careful: with a fixed brief or little room to change things, this could become co-production in name only. People with lived experience may feel their time was used to sign off decisions already made. Ask for more time and room first, or be honest that you are consulting people rather than co-producing.';

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
    if (isGood(prompt, answer)) strengths.push(STRENGTHS[prompt.id]);
    else if (isBad(prompt, answer)) {
      problems++;
      concerns.push(CONCERNS[prompt.id].problem);
    } else {
      doubts++;
      concerns.push(CONCERNS[prompt.id].doubt);
    }
  }
  const fixedBrief = answers.timePressure === 'yes';
  const noRoom = answers.flexibility === 'no';
  const tokenismWarning = fixedBrief || noRoom ? TOKENISM : undefined;
  if (answered === 0) {
    return { tone: 'unanswered', headline: 'Answer the questions to see a reading.', strengths, concerns, answered };
  }
  const missing = READINESS_PROMPTS.length - answered;
  const stillToAnswer = missing > 0 ? ` ${missing === 1 ? 'One question is' : `${missing} questions are`} still to answer.` : '';
  let tone: ReadinessTone;
  let headline: string;
  if (problems > 0 || tokenismWarning) {
    tone = 'think-again';
    headline = 'Think carefully before you start. Some basics for co-production are not in place yet.';
  } else if (doubts > 0 || missing > 0) {
    tone = 'work-first';
    headline = 'Co-production could work here, once a few things are sorted out.';
  } else {
    tone = 'good-fit';
    headline = 'This looks like a good fit for co-production. Keep checking as the work goes on.';
  }
  return { tone, headline: headline + stillToAnswer, strengths, concerns, ...(tokenismWarning ? { tokenismWarning } : {}), answered };
}
