import type { MessageDescriptor } from '@lingui/core';
import type { z } from 'zod';
import { i18n } from '#i18n';

/**
 * Everything the app needs to know about one kind of record: where it lives in the project
 * doc, how to validate it, which fields are long text that should merge when two people
 * type at once, and which keys the Dexie projection indexes it by.
 */
export interface RecordType<S extends z.ZodType<BaseRecord> = z.ZodType<BaseRecord>, K1 extends string = string> {
  /** Name of the top-level Y.Map that holds these records in the project doc. */
  readonly collection: string;
  /** A few words for messages, in the chosen language: "member", "meeting". */
  readonly noun: string;
  /** Validates a whole record as stored (after migration). */
  readonly schema: S;
  /** Current schema version; stored on each record as `v`. */
  readonly version: number;
  /** Upgrades a raw record written by an older version. Must be pure. */
  readonly migrate?: (raw: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;
  /** Fields held as Y.Text, so concurrent typing merges instead of one side winning. */
  readonly textFields?: readonly string[];
  /**
   * Fields held as a Y.Map of key → plain value, so two facilitators changing different keys
   * offline (consent for photos on one tablet, for contact on another) both keep their change.
   */
  readonly mapFields?: readonly string[];
  /**
   * Fields that hold a person's id. Erasing a person clears these (or, for records that only
   * exist to count something, such as attendance, re-points them to an anonymous id).
   */
  readonly personRefs?: readonly string[];
  /**
   * The fields the projection keeps with each row, by name: `k1` is indexed, so readers can
   * ask for records by it (`useRecords(agendaItemType, { meetingId })`); `k2` rides along.
   */
  readonly index?: { readonly k1: K1; readonly k2?: string };
  /** The row's keys for one record, worked out from `index` by `defineRecordType`. */
  readonly indexKeys?: (record: z.infer<S>) => { k1?: string; k2?: string };
  /**
   * For collections of many small records read together: the projection keeps one row per
   * pack key instead of one per record (see core/projection/packs.ts). Records in a pack must
   * share k1, and a record's pack key must never change over its life.
   */
  readonly packBy?: (record: z.infer<S>) => string;
}

export interface BaseRecord {
  id: string;
  v: number;
  createdAt: string;
  archived?: boolean;
}

export type RecordOf<T extends RecordType> = z.infer<T['schema']>;

/** The field a record type is indexed by (`never` when it has none). */
export type IndexFieldOf<T extends RecordType> = T extends RecordType<z.ZodType<BaseRecord>, infer K1> ? K1 : never;

/** Fields of a record that hold text (ids, dates, kinds): the ones an index can be built on. */
type TextFieldOf<R> = { [K in keyof R]-?: NonNullable<R[K]> extends string ? K : never }[keyof R] & string;

/**
 * A record type, its `noun` given as a message (`msg`) and read in the chosen language each
 * time it is used, so generic messages ("That member is no longer here") can be translated.
 */
export function defineRecordType<S extends z.ZodType<BaseRecord>, K1 extends TextFieldOf<z.infer<S>> = never>(
  type: Omit<RecordType<S, K1>, 'index' | 'indexKeys' | 'noun'> & {
    noun: MessageDescriptor;
    index?: { readonly k1: K1; readonly k2?: TextFieldOf<z.infer<S>> };
  },
): RecordType<S, K1> {
  const { noun, index, ...rest } = type;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    ...rest,
    get noun() {
      return i18n._(noun);
    },
    ...(index
      ? {
          index,
          indexKeys: (record: z.infer<S>) => {
            const fields = record as Record<string, unknown>;
            return { k1: text(fields[index.k1]), k2: index.k2 ? text(fields[index.k2]) : '' };
          },
        }
      : {}),
  };
}
