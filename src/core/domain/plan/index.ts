import type { RecordType } from '../record-type';
import { activityType } from './activity';
import { aimType } from './aim';
import { assetType } from './asset';
import { documentSectionType } from './document-section';
import { documentVersionType } from './document-version';
import { groupValueType } from './group-value';
import { measureType } from './measure';
import { meetingSeriesType } from './meeting-series';
import { objectiveType } from './objective';
import { outcomeType } from './outcome';
import { planDocumentType } from './plan-document';
import { readinessAnswerType } from './readiness';
import { riskType } from './risk';
import { cyclePartType, projectStageType } from './stage';
import { stakeholderType } from './stakeholder';
import { statementType } from './statement';

/** Record types for planning (readiness, values, aims, documents, maps, risks). */
export const planRecordTypes: readonly RecordType[] = [
  readinessAnswerType,
  statementType,
  groupValueType,
  projectStageType,
  cyclePartType,
  aimType,
  outcomeType,
  measureType,
  objectiveType,
  activityType,
  meetingSeriesType,
  planDocumentType,
  documentSectionType,
  documentVersionType,
  stakeholderType,
  assetType,
  riskType,
] as unknown as readonly RecordType[];
