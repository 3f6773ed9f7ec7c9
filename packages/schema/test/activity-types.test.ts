import { describe, expect, it } from 'vitest';
import { actionTypes, activityTypes, eligibilityRules, participantKindValues } from '../src/index.js';

describe('activity types', () => {
  it('have unique codes and one eligibility row each', () => {
    const codes = activityTypes.map((type) => type.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(eligibilityRules).sort()).toEqual([...codes].sort());
  });

  it("use the Beneficiary Module's codes where they exist, and MOB- codes otherwise", () => {
    const moduleCodes = activityTypes
      .filter((type) => type.codeSource === 'beneficiary-module')
      .map((type) => type.code);
    expect(moduleCodes.sort()).toEqual(
      [
        'LM-GRP-PUPIL',
        'LM-SHORT-PUPIL',
        'LM-LONG-PUPILS',
        'LM-SKILL-VET',
        'LM-SHORT-VET',
        'LM-LONG-VET',
        'SM-JOB-SHDW',
        'SM-TTA',
        'SM-COUR-TRAIN',
        'OA-INV-EXP',
        'OA-HOS-TTT',
        'HE-SMS',
        'HE-SMT',
        'HE-STA',
        'HE-STT',
        'HE-BIP',
      ].sort(),
    );
    for (const type of activityTypes.filter((candidate) => candidate.codeSource === 'mobilis')) {
      expect(type.code.startsWith('MOB-')).toBe(true);
    }
  });

  it('belong to actions that cover their fields', () => {
    for (const type of activityTypes) {
      for (const action of type.actions) {
        const fields: readonly string[] = actionTypes[action].fields;
        expect(
          type.fields.some((field) => fields.includes(field)),
          `${type.code} in ${action}`,
        ).toBe(true);
      }
    }
  });

  it('have consistent eligibility rows', () => {
    for (const type of activityTypes) {
      const rule = eligibilityRules[type.code];
      expect(rule.participantKinds.length, type.code).toBeGreaterThan(0);
      for (const kind of rule.participantKinds) expect(participantKindValues).toContain(kind);
      for (const range of rule.durations ?? []) expect(range.minDays).toBeLessThanOrEqual(range.maxDays);
      if (type.participation !== 'individual') expect(rule.group, type.code).toBeDefined();
    }
  });
});
