import { createQuestionnaire } from '../../../src/core/commands/feedback-questionnaires';
import { readAll } from '../../../src/core/read/records';
import { openDatabase } from '../../../src/core/db/database';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { questionnaireType } from '../../../src/core/domain/questionnaire';
import { responseType } from '../../../src/core/domain/response';
import { compareRounds, filterResponses, questionnaireResults, resultsOverTime } from '../../../src/core/feedback/results';
import { splitByAnswers } from '../../../src/core/feedback/rounds';
import { createProject } from '../../../src/core/projects/project-list';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { LARGE } from '../../../src/core/reference/sizes';

/**
 * Everything the results screen computes for every questionnaire in the LARGE reference
 * project (20,000 responses): each question, month by month, and two halves compared.
 * Generating the project and reading it out of the doc are not timed.
 */
export function feedbackResultsTimes(runs = 7) {
  const doc = createProjectDoc('bench-feedback-large');
  let t = performance.now();
  generateReferenceProject(doc, { size: LARGE });
  const generateMs = performance.now() - t;
  const questionnaires = readAll(doc, questionnaireType);
  const responses = readAll(doc, responseType);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    t = performance.now();
    for (const q of questionnaires) {
      const mine = responses.filter((r) => r.questionnaireId === q.id);
      questionnaireResults(q, filterResponses(mine, {}), 5);
      resultsOverTime(q, mine, 5, 'month');
      const split = splitByAnswers(mine)!;
      compareRounds(q, mine, split.before, split.after, 5);
    }
    times.push(performance.now() - t);
  }
  return { generateMs, responses: responses.length, times };
}

/** A project with one long agree/disagree questionnaire, stored where the app will find it. */
export async function prepareKioskProject(questions = 30) {
  const db = openDatabase();
  const created = await createProject(db, { name: 'Kiosk bench' });
  if (!created.ok) throw new Error(created.message);
  const session = created.value;
  const made = createQuestionnaire(session.doc, {
    title: 'Kiosk bench questions',
    questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i}`, kind: 'agree5' as const, text: `Statement number ${i + 1} about how the group is working together` })),
  });
  if (!made.ok) throw new Error(made.message);
  await session.store.whenSaved();
  await session.projector.settled();
  await session.close();
  db.close();
  return { projectId: session.projectId, questionnaireId: made.value.id };
}
