import { describe, expect, it } from 'vitest';
import {
  CustomIndicatorCreateSchema,
  CustomIndicatorSchema,
  CustomIndicatorUpdateSchema,
  RatingAnswerSchema,
  ratingScale,
} from '../src/index.js';
import { expectIssue, uuid } from './helpers.js';

describe('CustomIndicatorSchema', () => {
  const valid = {
    id: uuid(1),
    organisationId: uuid(2),
    outcomeCode: 'L05',
    statement: 'I can follow a lesson taught in the host language.',
    active: true,
  };

  it('accepts a valid custom indicator', () => {
    expect(CustomIndicatorSchema.parse(valid)).toEqual(valid);
  });

  it('rejects an unknown outcome, naming the field', () => {
    expectIssue(
      CustomIndicatorSchema,
      { ...valid, outcomeCode: 'L99' },
      'outcomeCode',
      /Outcome must be one of/,
    );
  });

  it('rejects a statement too short to be a statement', () => {
    expectIssue(
      CustomIndicatorSchema,
      { ...valid, statement: 'Good' },
      'statement',
      /at least 10 characters/,
    );
  });

  it('creates active indicators by default', () => {
    const { id: _, active: __, ...input } = valid;
    expect(CustomIndicatorCreateSchema.parse(input).active).toBe(true);
    expectIssue(
      CustomIndicatorCreateSchema,
      { ...input, organisationId: undefined },
      'organisationId',
      /Organisation is required/,
    );
  });

  it('updates only the statement and the active flag', () => {
    expect(CustomIndicatorUpdateSchema.parse({ id: uuid(1), active: false })).toEqual({
      id: uuid(1),
      active: false,
    });
    expectIssue(CustomIndicatorUpdateSchema, { active: false }, 'id', /Custom indicator id is required/);
  });
});

describe('rating scale', () => {
  it('has five labelled anchors and an explicit not-applicable answer', () => {
    expect(ratingScale.anchors.map((anchor) => anchor.value)).toEqual([1, 2, 3, 4, 5]);
    expect(ratingScale.notApplicable.value).toBe('not_applicable');
    for (const answer of [1, 3, 5, 'not_applicable']) expect(RatingAnswerSchema.parse(answer)).toBe(answer);
  });

  it('rejects answers off the scale with a message that says what is allowed', () => {
    for (const answer of [0, 6, 2.5, 'n/a', null])
      expectIssue(RatingAnswerSchema, answer, '', /from 1 .* to 5/);
  });
});
