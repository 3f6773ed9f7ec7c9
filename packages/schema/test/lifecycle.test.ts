import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  type MobilityFacts,
  type MobilityStatus,
  mobilityStatuses,
  mobilityTransitions,
  type TransitionResult,
} from '../src/index.js';
import { uuid } from './helpers.js';

const complete: MobilityFacts = {
  activityType: 'SM-JOB-SHDW',
  participation: {
    mode: 'individual',
    participant: { id: uuid(1), kind: 'teacher', birthDate: '1980-01-01' },
  },
  sendingOrganisationId: uuid(2),
  receivingOrganisationId: uuid(3),
  origin: { country: 'FR' },
  destination: { country: 'FI' },
  startDate: '2025-04-07',
  endDate: '2025-04-11',
  travelDays: 2,
};

const fields = (result: TransitionResult) => (result.ok ? [] : result.reasons.map((reason) => reason.field));

describe('mobility status machine', () => {
  it('has a row for every status, leading only to known statuses', () => {
    expect(Object.keys(mobilityTransitions).sort()).toEqual([...mobilityStatuses].sort());
    for (const targets of Object.values(mobilityTransitions)) {
      for (const target of targets) expect(mobilityStatuses).toContain(target);
    }
    expect(allowedTransitions('completed')).toEqual([]);
  });

  it('allows only the transitions in the table', () => {
    for (const from of mobilityStatuses) {
      for (const to of mobilityStatuses) {
        const allowed = (mobilityTransitions[from] as readonly MobilityStatus[]).includes(to);
        const result = canTransition(from, to, complete);
        expect(result.ok, `${from} -> ${to}`).toBe(allowed);
        if (!allowed && !result.ok) expect(result.reasons[0]?.rule).toBe('lifecycle.transition');
      }
    }
  });

  it('explains a transition that is not allowed', () => {
    expect(canTransition('completed', 'draft', complete)).toEqual({
      ok: false,
      reasons: [
        {
          rule: 'lifecycle.transition',
          field: 'status',
          message: 'A completed mobility cannot become draft: it cannot change any more',
        },
      ],
    });
  });

  it('needs a participant, an activity type and dates to plan a mobility', () => {
    const result = canTransition('draft', 'planned', {});
    expect(fields(result)).toEqual(['participation', 'activityType', 'startDate', 'endDate']);
    if (!result.ok) {
      expect(result.reasons[2]?.message).toBe('Start date is required before the mobility can be planned');
    }
    expect(canTransition('draft', 'planned', { ...complete, sendingOrganisationId: null })).toEqual({
      ok: true,
    });
  });

  it('needs the organisations to start a mobility', () => {
    expect(
      fields(canTransition('planned', 'ongoing', { ...complete, receivingOrganisationId: null })),
    ).toEqual(['receivingOrganisationId']);
  });

  it('needs a rule check without errors to complete a mobility, but lets warnings through', () => {
    expect(canTransition('ongoing', 'completed', complete)).toEqual({ ok: true });
    expect(canTransition('ongoing', 'completed', { ...complete, travelDays: 4 })).toEqual({ ok: true });
    const tooLong = canTransition('ongoing', 'completed', { ...complete, endDate: '2025-07-31' });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.reasons.map((reason) => reason.rule)).toEqual(['duration.range']);
  });

  it('lets a draft be planned even when the rule check has errors', () => {
    expect(canTransition('draft', 'planned', { ...complete, endDate: '2025-07-31' })).toEqual({ ok: true });
  });

  it('rejects dates in the wrong order', () => {
    expect(fields(canTransition('draft', 'planned', { ...complete, endDate: '2025-04-01' }))).toEqual([
      'endDate',
    ]);
  });

  it('can always cancel an open mobility, and reopen a cancelled one as a draft', () => {
    for (const from of ['draft', 'planned', 'ongoing'] as const)
      expect(canTransition(from, 'cancelled', {}).ok).toBe(true);
    expect(canTransition('cancelled', 'draft', {}).ok).toBe(true);
  });
});
