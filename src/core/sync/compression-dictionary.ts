import * as encoding from 'lib0/encoding';

/**
 * A preset dictionary for compressing entries: the names a project doc is made of, laid out
 * the way Yjs writes them, so that even a one-field edit (where plain deflate gains nothing)
 * shrinks. Entries compressed with it can only be expanded with exactly these bytes: this
 * list must never change. A better list needs a new entry kind (see entry-format.ts).
 */

const COLLECTIONS = [
  'people', 'meetings', 'attendance', 'questionnaires', 'responses', 'readinessAnswers', 'coproductionStatements', 'groupValues',
  'projectStage', 'cycleParts', 'aims', 'outcomes', 'measures', 'objectives', 'activities', 'meetingSeries', 'planDocuments',
  'documentSections', 'documentVersions', 'stakeholders', 'assets', 'risks', 'contributions', 'training', 'barriers', 'erasures',
  'venues', 'agendaItems', 'meetingPapers', 'paperSends', 'memberCalls', 'meetingNotes', 'meetingDecisions', 'meetingActions',
  'closingReflections', 'feedbackSettings', 'learningReviews', 'reviewNextSteps', 'youSaidWeDid', 'outcomeStatuses', 'evidenceNotes',
];

const FIELDS = [
  'statusHistory', 'recognition', 'involvement', 'inclusion', 'consent', 'support', 'pronouns', 'phone', 'joinedOn', 'statusSince',
  'kind', 'title', 'forWhat', 'amountPence', 'expenseType', 'paid', 'basis', 'quantity', 'hours', 'reasons', 'detailsAgreed',
  'details', 'question', 'answer', 'answeredOn', 'note', 'definition', 'definitionAgreedOn', 'valuesAgreedOn', 'agreedMeetingId',
  'meaning', 'suggestion', 'stage', 'since', 'part', 'coProduced', 'how', 'aimId', 'starter', 'outcomeId', 'text', 'objectiveId',
  'ownerId', 'due', 'done', 'firstDate', 'weekday', 'everyWeeks', 'count', 'place', 'template', 'documentId', 'heading', 'body',
  'key', 'number', 'sections', 'presentIds', 'presentNote', 'why', 'description', 'state', 'source', 'what', 'likelihood', 'impact',
  'response', 'warningSign', 'seriesId', 'venueId', 'stepFree', 'hearingLoop', 'neutralGround', 'notes', 'address',
  'accessibleToilet', 'quietSpace', 'parking', 'publicTransport', 'noAlcohol', 'minutes', 'leadPersonId', 'leadName', 'calledOn',
  'method', 'ladder', 'votesFor', 'votesAgainst', 'abstentions', 'ownerPersonId', 'doneOn', 'wentWell', 'couldBeBetter', 'paperId',
  'format', 'sentOn', 'threshold', 'questions', 'intro', 'questionnaireId', 'day', 'answers', 'raisedKind', 'youSaid', 'raisedOn',
  'weDid', 'changedOn', 'sourceId', 'scope', 'heldOn', 'periodFrom', 'periodTo', 'achieved', 'worked', 'notWorked', 'learnt',
  'skills', 'next', 'reviewId', 'archived', 'archivedAt', 'updatedAt', 'organisation', 'email', 'role', 'status', 'name', 'date',
  'startTime', 'endTime', 'order', 'meetingId', 'personId', 'mark', 'createdAt', 'v', 'id',
];

const VALUES = [
  'interested', 'inactive', 'left', 'resident', 'professional', 'other', 'expense', 'travel', 'payment', 'voucher', 'time-credit',
  'kiosk', 'email', 'phone', 'post', 'carer', 'active', 'absent', 'apologies', 'present', '10:00', '12:00',
];

function buildDictionary(): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of VALUES) encoding.writeVarString(encoder, value);
  for (const collection of COLLECTIONS) {
    // A new record: a map under the collection's key.
    encoding.writeUint8(encoder, 0x27);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, collection);
  }
  for (const field of FIELDS) {
    // A field set to a string value.
    encoding.writeVarString(encoder, field);
    encoding.writeUint8(encoder, 1);
    encoding.writeUint8(encoder, 119);
  }
  encoding.writeVarString(encoder, '2026-01-01T00:00:00.000Z');
  return encoding.toUint8Array(encoder);
}

export const COMPRESSION_DICTIONARY = buildDictionary();
