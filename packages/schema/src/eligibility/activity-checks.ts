import { isGreenTravel, maxFundedTravelDays } from '../mobility/transport.js';
import { outcomeByCode } from '../outcomes/catalogue.js';
import { targetGroupOf } from '../participant/kinds.js';
import { actionAllowsField, programmeFields } from '../project/actions.js';
import { countryByCode, isProgrammeCountry } from '../reference/countries.js';
import { type Check, kindName } from './context.js';
import type { RuleResult } from './result.js';
import type { DurationRange } from './rules.js';

// Checks on the activity itself: project, duration, blended component, venue, long-term flag, travel, outcomes.

const rangeText = (range: DurationRange) =>
  `${range.minDays} to ${range.maxDays} days${range.label ? ` (${range.label})` : ''}`;

export const projectMatch: Check = ({ facts, type }) => {
  const project = facts.project;
  if (!project) return [];
  const fits =
    (type.actions as readonly string[]).includes(project.actionType) &&
    (type.fields as readonly string[]).includes(project.field) &&
    actionAllowsField(project.actionType, project.field);
  if (fits) return [];
  const field = programmeFields[project.field].name;
  return [
    {
      rule: 'activity-type.project',
      severity: 'error',
      field: 'activityType',
      message: `${type.name} is not an activity of ${project.actionType} projects in ${field}`,
      params: { activityType: type.code, actionType: project.actionType, field: project.field },
    },
  ];
};

export const duration: Check = ({ type, rule, duration, facts }) => {
  if (!rule.durations || !duration) return [];
  const days = duration.activityDays;
  const range = rule.durations.find((candidate) => days >= candidate.minDays && days <= candidate.maxDays);
  if (!range) {
    const first = rule.durations[0];
    return [
      {
        rule: 'duration.range',
        severity: 'error',
        field: 'endDate',
        message: `${type.name} lasts ${rule.durations.map(rangeText).join(' or ')}, travel excluded; this mobility lasts ${days} days`,
        params: { activityDays: days, minDays: first?.minDays ?? null, maxDays: first?.maxDays ?? null },
      },
    ];
  }
  if (range.blendedExpected && !facts.blended) {
    return [
      {
        rule: 'duration.blended-expected',
        severity: 'warning',
        field: 'blended',
        message: `${type.name} of ${range.minDays} to ${range.maxDays} days must be blended (combined with a virtual component), unless the student is a doctoral candidate`,
        params: { activityDays: days },
      },
    ];
  }
  return [];
};

export const blendedRequired: Check = ({ type, rule, facts }) =>
  rule.blendedRequired && !facts.blended
    ? [
        {
          rule: 'blended.required',
          severity: 'error',
          field: 'blended',
          message: `${type.name} must be blended: the physical mobility is combined with a virtual component`,
          params: { activityType: type.code },
        },
      ]
    : [];

export const venue: Check = ({ type, rule, facts }) => {
  const origin = facts.origin?.country;
  const destination = facts.destination?.country;
  if (rule.venue === 'any' || !destination) return [];
  const results: RuleResult[] = [];
  if (origin && origin === destination) {
    results.push({
      rule: 'venue.abroad',
      severity: 'error',
      field: 'destination.country',
      message: `${type.name} must take place abroad: the destination is in the same country as the origin (${origin})`,
      params: { origin, destination },
    });
  }
  if (rule.venue === 'programme-country-abroad' && !isProgrammeCountry(destination)) {
    results.push({
      rule: 'venue.programme-country',
      severity: 'error',
      field: 'destination.country',
      message: `${type.name} must take place in an EU member state or a third country associated to the Programme; ${countryByCode(destination)?.name ?? destination} is neither`,
      params: { destination },
    });
  }
  return results;
};

export const longTerm: Check = ({ type, rule, facts, duration }) => {
  if (!duration || facts.longTerm == null) return [];
  const from = rule.longTermFromDays;
  const expected = from !== null && duration.activityDays >= from;
  if (facts.longTerm === expected) return [];
  return [
    {
      rule: 'long-term.flag',
      severity: 'warning',
      field: 'longTerm',
      message: expected
        ? `Long-term is not set, but ${type.name} of ${duration.activityDays} days is long-term (from ${from} days)`
        : `Long-term is set, but ${type.name} of ${duration.activityDays} days is not long-term${from === null ? '' : ` (only from ${from} days)`}`,
      params: { activityDays: duration.activityDays, longTermFromDays: from },
    },
  ];
};

export const fundedTravel: Check = ({ facts }) => {
  const days = facts.travelDays ?? 0;
  const max = maxFundedTravelDays(facts.meansOfTransport);
  if (days <= max) return [];
  const green = isGreenTravel(facts.meansOfTransport);
  return [
    {
      rule: 'travel-days.funded',
      severity: 'warning',
      field: 'travelDays',
      message: `Only ${max} travel days can be funded${green ? ' with green travel' : ' (6 with green travel)'}; this mobility has ${days}`,
      params: { travelDays: days, maxFundedTravelDays: max, greenTravel: green },
    },
  ];
};

export const targetOutcomes: Check = ({ facts }) => {
  const participation = facts.participation;
  if (participation?.mode !== 'individual' || !participation.participant.kind) return [];
  const kind = participation.participant.kind;
  const group = targetGroupOf(kind);
  return (facts.targetOutcomes ?? []).flatMap((code, index): RuleResult[] => {
    const outcome = outcomeByCode(code);
    if (!outcome || outcome.targetGroup === group) return [];
    return [
      {
        rule: 'outcomes.target-group',
        severity: 'warning',
        field: `targetOutcomes.${index}`,
        message: `Outcome ${code} is a ${outcome.targetGroup} outcome, but the participant is a ${kindName(kind)} (${group})`,
        params: { outcome: code, outcomeGroup: outcome.targetGroup, participantGroup: group },
      },
    ];
  });
};
