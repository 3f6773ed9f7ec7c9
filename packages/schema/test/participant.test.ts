import { describe, expect, it } from 'vitest';
import {
  ParticipantCreateSchema,
  ParticipantSchema,
  ParticipantUpdateSchema,
  participantKindValues,
  targetGroupOf,
} from '../src/index.js';
import { expectIssue, issues, uuid } from './helpers.js';

const valid = {
  id: uuid(1),
  givenName: 'Ana',
  familyName: 'Silva',
  email: 'ana.silva@example.org',
  birthDate: '2006-04-12',
  gender: 'female',
  nationality: 'PT',
  preferredLanguage: 'pt',
  kind: 'apprentice',
  fewerOpportunities: true,
  barriers: ['economic', 'geographical'],
  esi: null,
};

describe('ParticipantSchema', () => {
  it('accepts a valid participant', () => {
    expect(ParticipantSchema.parse(valid)).toEqual(valid);
  });

  it('normalises country and language codes', () => {
    const parsed = ParticipantSchema.parse({ ...valid, nationality: 'pt', preferredLanguage: 'PT' });
    expect(parsed.nationality).toBe('PT');
    expect(parsed.preferredLanguage).toBe('pt');
  });

  it.each([
    ['givenName', '  ', /Given name must not be empty/],
    ['familyName', undefined, /Family name is required/],
    ['email', 'ana.example.org', /Email must be an email address/],
    ['birthDate', '2006-02-30', /Birth date must be a calendar date written YYYY-MM-DD/],
    ['birthDate', '1890-01-01', /Birth date must be on or after 1900-01-01/],
    ['birthDate', '2999-01-01', /Birth date must not be in the future/],
    ['gender', 'unknown', /Gender must be one of: female, male, non_binary, undisclosed/],
    ['nationality', 'XX', /Nationality must be an ISO 3166-1 alpha-2 country code/],
    ['preferredLanguage', 'xx', /Preferred language must be an ISO 639-1 language code/],
    ['kind', 'volunteer', /Participant kind must be one of: pupil, student/],
    ['barriers', ['economic', 'economic'], /Barriers must not contain duplicates/],
    ['barriers', ['poverty'], /Barrier must be one of: disability/],
    ['id', 'not-a-uuid', /Participant id must be an id/],
  ])('rejects an invalid %s, naming the field and saying why', (field, value, message) => {
    const path =
      field === 'barriers' && Array.isArray(value) && value[0] === 'poverty' ? 'barriers.0' : field;
    expectIssue(ParticipantSchema, { ...valid, [field]: value }, path, message);
  });

  it('allows barriers only for a participant with fewer opportunities', () => {
    expectIssue(
      ParticipantSchema,
      { ...valid, fewerOpportunities: false },
      'barriers',
      /Barriers can only be given for a participant with fewer opportunities/,
    );
    expect(ParticipantSchema.parse({ ...valid, fewerOpportunities: false, barriers: [] }).barriers).toEqual(
      [],
    );
  });

  it('takes an ESI for higher-education students only', () => {
    const esi = 'urn:schac:personalUniqueCode:int:esi:es:12345678A';
    expect(ParticipantSchema.parse({ ...valid, kind: 'student', esi }).esi).toBe(esi);
    expect(
      ParticipantSchema.parse({
        ...valid,
        kind: 'student',
        esi: 'urn:schac:personalUniqueCode:int:esi:uni-example.de:ab-123',
      }).esi,
    ).toContain('uni-example.de');
    expectIssue(ParticipantSchema, { ...valid, esi }, 'esi', /only for participants of kind student/);
    expectIssue(
      ParticipantSchema,
      { ...valid, kind: 'student', esi: 'urn:schac:personalUniqueCode:int:12345' },
      'esi',
      /ESI must look like urn:schac:personalUniqueCode:int:esi:/,
    );
  });
});

describe('ParticipantCreateSchema', () => {
  it('fills in defaults for the language and fewer opportunities', () => {
    const {
      id: _,
      preferredLanguage: __,
      fewerOpportunities: ___,
      barriers: ____,
      esi: _____,
      ...input
    } = valid;
    const parsed = ParticipantCreateSchema.parse(input);
    expect(parsed).toMatchObject({ preferredLanguage: 'en', fewerOpportunities: false, barriers: [] });
  });

  it('reports every missing field by name', () => {
    const found = issues(ParticipantCreateSchema, {});
    for (const field of ['givenName', 'familyName', 'birthDate', 'gender', 'nationality', 'kind']) {
      expect(found.some((line) => line.startsWith(`${field}: `) && line.includes('is required'))).toBe(true);
    }
  });
});

describe('ParticipantUpdateSchema', () => {
  it('takes an id and only the fields that change, without filling defaults', () => {
    expect(ParticipantUpdateSchema.parse({ id: uuid(1), familyName: 'Costa' })).toEqual({
      id: uuid(1),
      familyName: 'Costa',
    });
    expectIssue(ParticipantUpdateSchema, { familyName: 'Costa' }, 'id', /Participant id is required/);
  });

  it('checks rules whose fields are both in the update', () => {
    expectIssue(
      ParticipantUpdateSchema,
      { id: uuid(1), fewerOpportunities: false, barriers: ['social'] },
      'barriers',
      /fewer opportunities/,
    );
  });
});

describe('participant kinds', () => {
  it('maps the six learner kinds to learners and the rest to staff', () => {
    const learners = participantKindValues.filter((kind) => targetGroupOf(kind) === 'learner');
    expect(learners).toEqual(['pupil', 'student', 'trainee', 'apprentice', 'adult_learner', 'young_person']);
    expect(targetGroupOf('youth_worker')).toBe('staff');
    expect(targetGroupOf('teacher')).toBe('staff');
  });
});
