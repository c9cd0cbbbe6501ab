import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { Decision } from '../domain/meeting-day/decision';
import type { Person } from '../domain/person';
import type { FigureSource } from '../domain/plan/measure';
import type { Barrier } from '../domain/team/barrier';
import type { Training } from '../domain/team/training';
import { couldNotTakePart, trainingGiven } from '../read/figures';
import { attendanceFigures, decisionFigures } from './evidence';
import { inPeriod, type Period } from './period';

/** The records a measure's figure may be counted from. */
export interface FigureRecords {
  people: readonly Person[];
  meetings: readonly Meeting[];
  attendance: readonly Attendance[];
  barriers: readonly Barrier[];
  training: readonly Training[];
  decisions: readonly Decision[];
}

/** A figure for a measure: the number itself, and what it is out of when it is a share. */
export interface MeasureFigure {
  source: FigureSource;
  value: number;
  /** For shares: what `value` is out of. */
  outOf?: number;
}

/** Counts the figure a measure is linked to, from the same readers every other screen uses. */
export function measureFigure(source: FigureSource, records: FigureRecords, asOf: string, period?: Period): MeasureFigure {
  switch (source) {
    case 'taking-part': {
      const a = attendanceFigures({ meetings: records.meetings, attendance: records.attendance, people: records.people, asOf, period });
      return { source, value: a.peopleTakingPart };
    }
    case 'could-not-take-part':
      return { source, value: couldNotTakePart(records.barriers.filter((b) => inPeriod(b.date, period))).total };
    case 'training':
      return {
        source,
        value: trainingGiven(
          records.training.filter((t) => inPeriod(t.date, period)),
          records.people,
        ).membersTrained,
      };
    case 'decisions-shared': {
      const d = decisionFigures({ decisions: records.decisions, meetings: records.meetings, period });
      return { source, value: d.byLadder['co-designed'] + d.byLadder['co-produced'], outOf: d.total };
    }
  }
}

/** What a figure is, in a sentence with its number: "8 people were interested but could not take part." */
export function figureSentence(i18n: I18n, figure: MeasureFigure): string {
  const n = figure.value;
  switch (figure.source) {
    case 'taking-part':
      return i18n._(msg`${plural(n, { one: '# person', other: '# people' })} came to at least one meeting.`);
    case 'could-not-take-part':
      return i18n._(msg`${plural(n, { one: '# person was', other: '# people were' })} interested but could not take part.`);
    case 'training':
      return i18n._(msg`${plural(n, { one: '# member has', other: '# members have' })} had some training.`);
    case 'decisions-shared': {
      const total = figure.outOf ?? 0;
      return i18n._(msg`${n} of ${plural(total, { one: '# decision was', other: '# decisions were' })} co-designed or co-produced.`);
    }
  }
}

/** Where a figure comes from and how it was counted, for a funder reading closely. */
export function figureCounting(i18n: I18n, source: FigureSource): string {
  switch (source) {
    case 'taking-part':
      return i18n._(
        msg`Counted by the app from meeting registers: each person marked present at a meeting that was held (not cancelled) counts once, however often they came. Walk-ins count; people since erased still count.`,
      );
    case 'could-not-take-part':
      return i18n._(
        msg`Counted by the app from Team, “Could not take part”: each record of someone who was interested but could not join counts once. These people are not members. Members whose status is “interested” are counted separately.`,
      );
    case 'training':
      return i18n._(msg`Counted by the app from the training recorded on members’ pages in Team: each member with at least one training record counts once.`);
    case 'decisions-shared':
      return i18n._(
        msg`Counted by the app from the decisions recorded at meetings: those placed on the co-designed or co-produced step of the ladder, out of all decisions at meetings still in the project.`,
      );
  }
}
