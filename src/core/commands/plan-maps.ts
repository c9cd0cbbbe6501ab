import type * as Y from 'yjs';
import { assetType, type Asset, type AssetKind, type AssetState } from '../domain/plan/asset';
import { stakeholderType, type Involvement, type Stakeholder, type StakeholderKind } from '../domain/plan/stakeholder';
import { fail, type Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';
import { readAll } from '../read/records';

const MAP_LIMIT = 500;

export interface StakeholderInput {
  name: string;
  kind: StakeholderKind;
  why?: string;
  involvement: Involvement;
}

/** Adds someone who should be involved: a person, a group of people or an organisation. */
export function addStakeholder(doc: Y.Doc, input: StakeholderInput): Result<Stakeholder> {
  if (readAll(doc, stakeholderType).filter((s) => !s.archived).length >= MAP_LIMIT) return fail(`The map can hold up to ${MAP_LIMIT} stakeholders.`);
  return insertRecord(doc, stakeholderType, input);
}

export function updateStakeholder(doc: Y.Doc, id: string, input: Partial<StakeholderInput>): Result<Stakeholder> {
  return updateRecord(doc, stakeholderType, id, input);
}

export function removeStakeholder(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, stakeholderType, id);
}

export interface AssetInput {
  kind: AssetKind;
  description: string;
  source?: string;
  state: AssetState;
}

/** Adds something the group has (or still needs): knowledge, skills, experience or resources. */
export function addAsset(doc: Y.Doc, input: AssetInput): Result<Asset> {
  if (readAll(doc, assetType).filter((a) => !a.archived).length >= MAP_LIMIT) return fail(`The map can hold up to ${MAP_LIMIT} assets.`);
  return insertRecord(doc, assetType, input);
}

export function updateAsset(doc: Y.Doc, id: string, input: Partial<AssetInput>): Result<Asset> {
  return updateRecord(doc, assetType, id, input);
}

export function removeAsset(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, assetType, id);
}
