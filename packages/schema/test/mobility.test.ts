import { describe, expect, it } from 'vitest';
import {
  MobilityCreateSchema,
  MobilitySchema,
  MobilityStatusChangeSchema,
  MobilityUpdateSchema,
} from '../src/index.js';
import { expectIssue, uuid } from './helpers.js';

const valid = {
  id: uuid(100),
  projectId: uuid(20),
  status: 'planned',
  activityType: 'LM-SHORT-VET',
  participation: { mode: 'individual', participantId: uuid(1) },
  sendingOrganisationId: uuid(2),
  receivingOrganisationId: uuid(3),
  origin: { city: 'Lisboa', country: 'PT', coordinates: { lat: 38.7223, lon: -9.1393 } },
  destination: { city: 'Berlin', country: 'DE', coordinates: { lat: 52.52, lon: 13.405 } },
  startDate: '2025-09-01',
  endDate: '2025-10-10',
  travelDays: 2,
  blended: false,
  meansOfTransport: 'plane',
  longTerm: false,
  targetOutcomes: ['L02', 'L05'],
};

describe('MobilitySchema', () => {
  it('accepts a valid mobility', () => {
    expect(MobilitySchema.parse(valid)).toEqual(valid);
  });

  it('accepts a group mobility with accompanying persons', () => {
    const participation = { mode: 'group', learnerIds: [uuid(1), uuid(4)], accompanyingPersonIds: [uuid(5)] };
    expect(MobilitySchema.parse({ ...valid, participation }).participation).toEqual(participation);
  });

  it('accepts an incomplete draft', () => {
    const draft = {
      id: uuid(100),
      projectId: uuid(20),
      status: 'draft',
      travelDays: 0,
      blended: false,
      longTerm: false,
    };
    expect(MobilitySchema.parse(draft)).toEqual(draft);
  });

  it.each([
    ['endDate', '2025-08-31', 'endDate', /End date must not be before the start date/],
    ['startDate', '01/09/2025', 'startDate', /Start date must be a calendar date written YYYY-MM-DD/],
    ['activityType', 'LM-UNKNOWN', 'activityType', /Activity type must be one of: SM-JOB-SHDW/],
    ['status', 'finished', 'status', /Status must be one of: draft, planned, ongoing, completed, cancelled/],
    ['travelDays', -1, 'travelDays', /Travel days must be at least 0/],
    ['travelDays', 1.5, 'travelDays', /Travel days must be a whole number/],
    ['meansOfTransport', 'rocket', 'meansOfTransport', /Means of transport must be one of: plane, train/],
    ['targetOutcomes', ['L02', 'L02'], 'targetOutcomes', /Target outcomes must not contain duplicates/],
    ['targetOutcomes', ['L42'], 'targetOutcomes.0', /Outcome must be one of/],
    ['projectId', undefined, 'projectId', /Project is required/],
  ])('rejects an invalid %s, naming the field and saying why', (field, value, path, message) => {
    expectIssue(MobilitySchema, { ...valid, [field]: value }, path, message);
  });

  it('names the nested field of a place or coordinates', () => {
    expectIssue(
      MobilitySchema,
      { ...valid, destination: { city: 'Berlin', country: 'Prussia' } },
      'destination.country',
      /Country must be an ISO 3166-1/,
    );
    expectIssue(
      MobilitySchema,
      { ...valid, origin: { ...valid.origin, coordinates: { lat: 100, lon: 0 } } },
      'origin.coordinates.lat',
      /Latitude must be between -90 and 90/,
    );
  });

  it('checks the participation', () => {
    expectIssue(
      MobilitySchema,
      { ...valid, participation: { mode: 'solo' } },
      'participation.mode',
      /Participation mode must be/,
    );
    expectIssue(
      MobilitySchema,
      { ...valid, participation: { mode: 'group', learnerIds: [], accompanyingPersonIds: [] } },
      'participation.learnerIds',
      /Learners must list at least one learner/,
    );
    expectIssue(
      MobilitySchema,
      { ...valid, participation: { mode: 'group', learnerIds: [uuid(1)], accompanyingPersonIds: [uuid(1)] } },
      'participation.accompanyingPersonIds.0',
      /Accompanying persons must not also be listed as learners/,
    );
    expectIssue(
      MobilitySchema,
      { ...valid, participation: { mode: 'individual', participantId: 'abc' } },
      'participation.participantId',
      /Participant must be an id/,
    );
  });
});

describe('Mobility create, update and status change', () => {
  it('creates a draft with defaults and no status', () => {
    const created = MobilityCreateSchema.parse({ projectId: uuid(20) });
    expect(created).toEqual({ projectId: uuid(20), travelDays: 0, blended: false, longTerm: false });
    expect('status' in created).toBe(false);
  });

  it('updates with an id and only the changed fields', () => {
    expect(MobilityUpdateSchema.parse({ id: uuid(100), endDate: '2025-10-20' })).toEqual({
      id: uuid(100),
      endDate: '2025-10-20',
    });
    expectIssue(
      MobilityUpdateSchema,
      { id: uuid(100), startDate: '2025-10-01', endDate: '2025-09-01' },
      'endDate',
      /End date must not be before the start date/,
    );
    expectIssue(MobilityUpdateSchema, { endDate: '2025-10-20' }, 'id', /Mobility id is required/);
  });

  it('changes the status through its own input', () => {
    expect(MobilityStatusChangeSchema.parse({ id: uuid(100), status: 'ongoing' }).status).toBe('ongoing');
    expectIssue(
      MobilityStatusChangeSchema,
      { id: uuid(100), status: 'done' },
      'status',
      /Status must be one of/,
    );
  });
});
