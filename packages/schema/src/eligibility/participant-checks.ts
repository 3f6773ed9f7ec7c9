import { ageOn } from '../dates.js';
import { type Check, kindName } from './context.js';
import type { MobilityFacts, ParticipantFacts } from './facts.js';
import type { RuleId, RuleResult } from './result.js';

// Checks on who takes part: participation mode, participant kinds, ages and group composition.

/** The learners (or the one participant) with the mobility field each comes from. */
function learners(facts: MobilityFacts): { person: ParticipantFacts; field: string }[] {
  const participation = facts.participation;
  if (!participation) return [];
  if (participation.mode === 'individual') {
    return [{ person: participation.participant, field: 'participation.participantId' }];
  }
  return participation.learners.map((person, index) => ({
    person,
    field: `participation.learnerIds.${index}`,
  }));
}

export const participationMode: Check = ({ type, facts }) => {
  const mode = facts.participation?.mode;
  if (!mode || type.participation === 'either' || type.participation === mode) return [];
  return [
    {
      rule: 'participation.mode',
      severity: 'error',
      field: 'participation',
      message:
        type.participation === 'group'
          ? `${type.name} is a group activity: give the group of learners and the persons accompanying them`
          : `${type.name} is an individual activity: give one participant, not a group`,
      params: { expected: type.participation, actual: mode },
    },
  ];
};

export const participantKinds: Check = ({ type, rule, facts }) =>
  learners(facts).flatMap(({ person, field }): RuleResult[] => {
    if (!person.kind) {
      return [
        {
          rule: 'participant.unknown',
          severity: 'error',
          field,
          message: 'Participant was not found',
          params: { participantId: person.id ?? null },
        },
      ];
    }
    if (rule.participantKinds.includes(person.kind)) return [];
    return [
      {
        rule: 'participant.kind',
        severity: 'error',
        field,
        message: `${type.name} is open to ${rule.participantKinds.map(kindName).join(', ')}, not to a ${kindName(person.kind)}`,
        params: { kind: person.kind, participantId: person.id ?? null },
      },
    ];
  });

function ageResults(
  people: { person: ParticipantFacts; field: string }[],
  startDate: string,
  limits: { min?: number | undefined; max?: number | undefined },
  rules: { outside: RuleId; unknown: RuleId },
  who: string,
): RuleResult[] {
  const { min, max } = limits;
  const limitText =
    min !== undefined && max !== undefined
      ? `aged ${min} to ${max}`
      : min !== undefined
        ? `at least ${min}`
        : `at most ${max}`;
  return people.flatMap(({ person, field }): RuleResult[] => {
    if (!person.birthDate) {
      return [
        {
          rule: rules.unknown,
          severity: 'warning',
          field,
          message: `Birth date is missing, so the age limit (${who} ${limitText}) cannot be checked`,
          params: { participantId: person.id ?? null, minAge: min ?? null, maxAge: max ?? null },
        },
      ];
    }
    const age = ageOn(person.birthDate, startDate);
    if ((min === undefined || age >= min) && (max === undefined || age <= max)) return [];
    return [
      {
        rule: rules.outside,
        severity: 'error',
        field,
        message: `${who} must be ${limitText} on the start date; this one is ${age}`,
        params: { participantId: person.id ?? null, age, minAge: min ?? null, maxAge: max ?? null },
      },
    ];
  });
}

export const ages: Check = ({ type, rule, facts }) => {
  if (!facts.startDate) return [];
  const results: RuleResult[] = [];
  if (rule.age) {
    results.push(
      ...ageResults(
        learners(facts),
        facts.startDate,
        rule.age,
        { outside: 'participant.age', unknown: 'participant.age-unknown' },
        `Participants in ${type.name}`,
      ),
    );
  }
  const minAge = rule.group?.accompanyingMinAge;
  const participation = facts.participation;
  if (minAge !== undefined && participation?.mode === 'group') {
    const people = participation.accompanyingPersons.map((person, index) => ({
      person,
      field: `participation.accompanyingPersonIds.${index}`,
    }));
    results.push(
      ...ageResults(
        people,
        facts.startDate,
        { min: minAge },
        { outside: 'group.accompanying-age', unknown: 'group.accompanying-age-unknown' },
        `Accompanying persons in ${type.name}`,
      ),
    );
  }
  return results;
};

export const group: Check = ({ type, rule, facts }) => {
  const participation = facts.participation;
  if (participation?.mode !== 'group' || !rule.group) return [];
  const { minLearners, maxLearners, accompanyingRequired } = rule.group;
  const count = participation.learners.length;
  const results: RuleResult[] = [];
  if (count < minLearners || (maxLearners !== undefined && count > maxLearners)) {
    results.push({
      rule: 'group.size',
      severity: 'error',
      field: 'participation.learnerIds',
      message: `${type.name} needs ${maxLearners === undefined ? `at least ${minLearners}` : `${minLearners} to ${maxLearners}`} learners in the group; it has ${count}`,
      params: { learners: count, minLearners, maxLearners: maxLearners ?? null },
    });
  }
  if (accompanyingRequired && participation.accompanyingPersons.length === 0) {
    results.push({
      rule: 'group.accompanying',
      severity: 'error',
      field: 'participation.accompanyingPersonIds',
      message: `${type.name} needs at least one accompanying person for the whole activity`,
      params: { activityType: type.code },
    });
  }
  return results;
};
