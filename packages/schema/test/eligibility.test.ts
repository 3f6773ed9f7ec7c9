import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  hasErrors,
  type MobilityFacts,
  mobilityFacts,
  type ParticipantFacts,
  type RuleResult,
} from '../src/index.js';
import { uuid } from './helpers.js';

const apprentice: ParticipantFacts = { id: uuid(1), kind: 'apprentice', birthDate: '2006-04-12' };

const shortVet: MobilityFacts = {
  activityType: 'LM-SHORT-VET',
  participation: { mode: 'individual', participant: apprentice },
  origin: { country: 'PT' },
  destination: { country: 'DE' },
  startDate: '2025-09-01',
  endDate: '2025-09-30',
  travelDays: 2,
  meansOfTransport: 'plane',
  longTerm: false,
  project: { actionType: 'KA121', field: 'vet' },
};

const rules = (results: RuleResult[]) =>
  results.map((result) => `${result.severity} ${result.rule} @${result.field}`);

describe('checkEligibility', () => {
  it('passes an eligible mobility', () => {
    expect(checkEligibility(shortVet)).toEqual([]);
  });

  it('checks nothing without an activity type', () => {
    expect(checkEligibility({ ...shortVet, activityType: null })).toEqual([]);
  });

  describe('duration', () => {
    it.each([
      ['SM-JOB-SHDW', 2, 60],
      ['SM-COUR-TRAIN', 2, 30],
      ['LM-GRP-PUPIL', 2, 30],
      ['LM-SHORT-PUPIL', 10, 29],
      ['LM-SHORT-VET', 10, 89],
      ['LM-LONG-VET', 90, 365],
      ['MOB-YE', 5, 21],
      ['MOB-DEU-INC', 1, 30],
    ] as const)('accepts %s from %d to %d days and nothing outside', (activityType, min, max) => {
      const durationRules = (days: number) =>
        checkEligibility({
          activityType,
          startDate: '2025-01-01',
          endDate: new Date(Date.UTC(2025, 0, days)).toISOString().slice(0, 10),
        }).filter((result) => result.rule === 'duration.range');
      expect(durationRules(min)).toEqual([]);
      expect(durationRules(max)).toEqual([]);
      expect(durationRules(min - 1)).toHaveLength(min > 1 ? 1 : 0);
      expect(durationRules(max + 1)).toHaveLength(1);
    });

    it('reports the allowed range and the actual length, travel days not counted', () => {
      const [result] = checkEligibility({
        ...shortVet,
        endDate: '2025-12-31',
        travelDays: 4,
        meansOfTransport: 'train',
      });
      expect(result).toEqual({
        rule: 'duration.range',
        severity: 'error',
        field: 'endDate',
        message:
          'Short-term learning mobility of VET learners lasts 10 to 89 days, travel excluded; this mobility lasts 122 days',
        params: { activityDays: 122, minDays: 10, maxDays: 89 },
      });
    });

    it('knows the two ranges of higher-education student mobility', () => {
      const student: ParticipantFacts = { kind: 'student', birthDate: '2003-01-01' };
      const sms = (endDate: string, blended: boolean) =>
        rules(
          checkEligibility({
            activityType: 'HE-SMS',
            participation: { mode: 'individual', participant: student },
            startDate: '2025-09-01',
            endDate,
            blended,
          }),
        );
      expect(sms('2026-01-31', false)).toEqual([]);
      expect(sms('2025-09-10', true)).toEqual([]);
      expect(sms('2025-09-10', false)).toEqual(['warning duration.blended-expected @blended']);
      expect(sms('2025-10-15', true)).toEqual(['error duration.range @endDate']);
    });
  });

  it('requires blended intensive programmes to be blended', () => {
    const bip: MobilityFacts = { activityType: 'HE-BIP', startDate: '2025-06-02', endDate: '2025-06-06' };
    expect(rules(checkEligibility(bip))).toEqual(['error blended.required @blended']);
    expect(checkEligibility({ ...bip, blended: true })).toEqual([]);
  });

  it('checks the participant kind', () => {
    const results = checkEligibility({
      ...shortVet,
      participation: { mode: 'individual', participant: { id: uuid(9), kind: 'teacher' } },
    });
    expect(rules(results)).toEqual(['error participant.kind @participation.participantId']);
    expect(results[0]?.message).toBe(
      'Short-term learning mobility of VET learners is open to trainee, apprentice, not to a teacher',
    );
  });

  it('reports a participant that could not be found', () => {
    const facts = mobilityFacts(
      { activityType: 'LM-SHORT-VET', participation: { mode: 'individual', participantId: uuid(404) } },
      () => undefined,
    );
    expect(rules(checkEligibility(facts))).toEqual([
      'error participant.unknown @participation.participantId',
    ]);
  });

  describe('age limits', () => {
    const youthExchange = (
      learners: ParticipantFacts[],
      accompanyingPersons: ParticipantFacts[],
    ): MobilityFacts => ({
      activityType: 'MOB-YE',
      participation: { mode: 'group', learners, accompanyingPersons },
      origin: { country: 'IT' },
      destination: { country: 'HR' },
      startDate: '2025-07-10',
      endDate: '2025-07-20',
    });
    const young = (birthDate: string | null): ParticipantFacts => ({ kind: 'young_person', birthDate });
    const leader = young('1995-01-01');

    it('accepts youth exchange participants aged 13 to 30 on the start date', () => {
      const learners = [young('2012-07-10'), young('1994-07-11'), young('2000-01-01'), young('2001-01-01')];
      expect(checkEligibility(youthExchange(learners, [leader]))).toEqual([]);
    });

    it('rejects participants outside the age limits, naming which one', () => {
      const learners = [young('2012-07-11'), young('1994-07-10'), young('2000-01-01'), young('2001-01-01')];
      const results = checkEligibility(youthExchange(learners, [leader]));
      expect(rules(results)).toEqual([
        'error participant.age @participation.learnerIds.0',
        'error participant.age @participation.learnerIds.1',
      ]);
      expect(results[0]?.message).toBe(
        'Participants in Youth exchange must be aged 13 to 30 on the start date; this one is 12',
      );
      expect(results[1]?.params).toMatchObject({ age: 31, minAge: 13, maxAge: 30 });
    });

    it('warns when a birth date is missing, and checks group leaders are adults', () => {
      const learners = [young(null), young('2005-01-01'), young('2005-01-01'), young('2005-01-01')];
      expect(rules(checkEligibility(youthExchange(learners, [young('2008-01-01')])))).toEqual([
        'warning participant.age-unknown @participation.learnerIds.0',
        'error group.accompanying-age @participation.accompanyingPersonIds.0',
      ]);
    });

    it('limits DiscoverEU Inclusion to ages 18 to 21 and groups of up to five', () => {
      const traveller = (birthDate: string): ParticipantFacts => ({ kind: 'young_person', birthDate });
      const facts = (learners: ParticipantFacts[]): MobilityFacts => ({
        activityType: 'MOB-DEU-INC',
        participation: { mode: 'group', learners, accompanyingPersons: [] },
        startDate: '2025-08-01',
        endDate: '2025-08-20',
      });
      expect(checkEligibility(facts([traveller('2007-08-01')]))).toEqual([]);
      expect(rules(checkEligibility(facts([traveller('2007-08-02')])))).toEqual([
        'error participant.age @participation.learnerIds.0',
      ]);
      expect(
        rules(checkEligibility(facts(Array.from({ length: 6 }, () => traveller('2006-01-01'))))),
      ).toEqual(['error group.size @participation.learnerIds']);
    });
  });

  describe('groups', () => {
    const pupils = (count: number, accompanying: number): MobilityFacts => ({
      activityType: 'LM-GRP-PUPIL',
      participation: {
        mode: 'group',
        learners: Array.from({ length: count }, () => ({ kind: 'pupil', birthDate: '2011-01-01' })),
        accompanyingPersons: Array.from({ length: accompanying }, () => ({
          kind: 'teacher',
          birthDate: '1980-01-01',
        })),
      },
      startDate: '2025-03-10',
      endDate: '2025-03-15',
    });

    it('needs at least two pupils and an accompanying person', () => {
      expect(checkEligibility(pupils(2, 1))).toEqual([]);
      expect(rules(checkEligibility(pupils(1, 0)))).toEqual([
        'error group.size @participation.learnerIds',
        'error group.accompanying @participation.accompanyingPersonIds',
      ]);
    });

    it('rejects a group for an individual activity and an individual for a group activity', () => {
      const individual = { mode: 'individual', participant: { kind: 'pupil' } } as const;
      expect(rules(checkEligibility({ ...pupils(2, 1), participation: individual }))).toEqual([
        'error participation.mode @participation',
      ]);
      expect(
        rules(
          checkEligibility({
            ...shortVet,
            participation: { mode: 'group', learners: [apprentice], accompanyingPersons: [] },
          }),
        ),
      ).toEqual(['error participation.mode @participation']);
    });
  });

  describe('venue', () => {
    it('requires school, VET and adult mobilities abroad, in a programme country', () => {
      expect(rules(checkEligibility({ ...shortVet, destination: { country: 'PT' } }))).toEqual([
        'error venue.abroad @destination.country',
      ]);
      const results = checkEligibility({ ...shortVet, destination: { country: 'CH' } });
      expect(rules(results)).toEqual(['error venue.programme-country @destination.country']);
      expect(results[0]?.message).toContain('Switzerland is neither');
    });

    it('lets higher education go beyond programme countries and youth participation stay at home', () => {
      const student: ParticipantFacts = { kind: 'student', birthDate: '2002-01-01' };
      expect(
        checkEligibility({
          activityType: 'HE-SMS',
          participation: { mode: 'individual', participant: student },
          origin: { country: 'DE' },
          destination: { country: 'JP' },
          startDate: '2025-09-01',
          endDate: '2026-01-31',
        }),
      ).toEqual([]);
      expect(
        checkEligibility({
          activityType: 'MOB-YPA',
          origin: { country: 'DE' },
          destination: { country: 'DE' },
        }),
      ).toEqual([]);
    });
  });

  it('warns when the long-term flag disagrees with the duration', () => {
    const long = { ...shortVet, activityType: 'LM-LONG-VET', endDate: '2026-01-31' } as const;
    expect(rules(checkEligibility(long))).toEqual(['warning long-term.flag @longTerm']);
    expect(checkEligibility({ ...long, longTerm: true })).toEqual([]);
    expect(rules(checkEligibility({ ...shortVet, longTerm: true }))).toEqual([
      'warning long-term.flag @longTerm',
    ]);
  });

  it('warns about travel days beyond what is funded', () => {
    expect(rules(checkEligibility({ ...shortVet, travelDays: 3 }))).toEqual([
      'warning travel-days.funded @travelDays',
    ]);
    expect(checkEligibility({ ...shortVet, travelDays: 6, meansOfTransport: 'train' })).toEqual([]);
    expect(rules(checkEligibility({ ...shortVet, travelDays: 7, meansOfTransport: 'train' }))).toEqual([
      'warning travel-days.funded @travelDays',
    ]);
  });

  it('warns about target outcomes of the other target group', () => {
    expect(rules(checkEligibility({ ...shortVet, targetOutcomes: ['L01', 'S03'] }))).toEqual([
      'warning outcomes.target-group @targetOutcomes.1',
    ]);
  });

  it('checks that the activity belongs to the project', () => {
    expect(
      rules(checkEligibility({ ...shortVet, project: { actionType: 'KA121', field: 'school_education' } })),
    ).toEqual(['error activity-type.project @activityType']);
    expect(
      rules(checkEligibility({ ...shortVet, project: { actionType: 'KA131', field: 'higher_education' } })),
    ).toEqual(['error activity-type.project @activityType']);
  });

  it('tells errors from warnings', () => {
    expect(hasErrors(checkEligibility({ ...shortVet, travelDays: 3 }))).toBe(false);
    expect(hasErrors(checkEligibility({ ...shortVet, destination: { country: 'PT' } }))).toBe(true);
  });
});

describe('mobilityFacts', () => {
  it('resolves participant ids to their kinds and birth dates', () => {
    const people = new Map([
      [uuid(1), { kind: 'pupil' as const, birthDate: '2011-05-01' }],
      [uuid(2), { kind: 'teacher' as const, birthDate: '1980-05-01' }],
    ]);
    const facts = mobilityFacts(
      {
        activityType: 'LM-GRP-PUPIL',
        participation: { mode: 'group', learnerIds: [uuid(1)], accompanyingPersonIds: [uuid(2)] },
      },
      (id) => people.get(id),
      { actionType: 'KA122', field: 'school_education' },
    );
    expect(facts.participation).toEqual({
      mode: 'group',
      learners: [{ id: uuid(1), kind: 'pupil', birthDate: '2011-05-01' }],
      accompanyingPersons: [{ id: uuid(2), kind: 'teacher', birthDate: '1980-05-01' }],
    });
    expect(facts.project).toEqual({ actionType: 'KA122', field: 'school_education' });
  });
});
