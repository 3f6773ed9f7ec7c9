import { ageBands, durationBands } from '@mobilis/schema';
import { type RawBuilder, sql } from 'kysely';
import { measureSelections } from './measures.js';

/**
 * Which respondents a computation covers; every given condition applies. A respondent is a participant of a
 * mobility who was sent at least one survey.
 */
export interface RespondentFilter {
  organisationId?: string | undefined;
  projectId?: string | undefined;
  callYear?: number | undefined;
  mobilityId?: string | undefined;
  participantId?: string | undefined;
  /** The respondent who answers this survey. */
  surveyId?: string | undefined;
}

const sentStatuses = sql.raw(`('invited', 'reminded_auto', 'reminded_manual', 'submitted', 'undelivered')`);
const cefrLevels = sql.raw(`array['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']`);

function conditions(filter: RespondentFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`s.status in ${sentStatuses}`];
  if (filter.organisationId) parts.push(sql`m.organisation_id = ${filter.organisationId}`);
  if (filter.projectId) parts.push(sql`m.project_id = ${filter.projectId}`);
  if (filter.callYear) parts.push(sql`left(p.grant_agreement_number, 4) = ${String(filter.callYear)}`);
  if (filter.mobilityId) parts.push(sql`s.mobility_id = ${filter.mobilityId}`);
  if (filter.participantId) parts.push(sql`s.participant_id = ${filter.participantId}`);
  if (filter.surveyId)
    parts.push(
      sql`(s.mobility_id, s.participant_id) = (select mobility_id, participant_id from survey where id = ${filter.surveyId})`,
    );
  return sql.join(parts, sql` and `);
}

/** SQL `case` that puts a number into the band whose `max` it does not exceed. */
function bandCase(value: string, bands: ReadonlyArray<{ key: string; max: number }>): string {
  const limited = bands.filter((band) => Number.isFinite(band.max));
  const last = bands[bands.length - 1]?.key ?? '';
  const whens = limited.map((band) => `when ${value} <= ${band.max} then '${band.key}'`).join(' ');
  return `case when ${value} is null then '' ${whens} else '${last}' end`;
}

const age = `date_part('year', age(m.start_date, pa.birth_date))`;
// The project's facts here (call year, field, action type) are the ones `updateProject` checks before it leaves
// the rollup alone: keep them in step.
const dimensionValues = sql.raw(`(values
      ('all', ''),
      ('project', m.project_id::text),
      ('organisation', m.organisation_id::text),
      ('call_year', left(p.grant_agreement_number, 4)),
      ('field', p.field),
      ('action_type', p.action_type),
      ('activity_type', coalesce(m.activity_type, '')),
      ('participant_kind', pa.kind),
      ('gender', pa.gender),
      ('age_band', ${bandCase(age, ageBands)}),
      ('duration_band', ${bandCase('m.duration_days', durationBands)}),
      ('sending_country', coalesce(m.origin_country, '')),
      ('receiving_country', coalesce(m.destination_country, '')),
      ('fewer_opportunities', case when pa.fewer_opportunities then 'yes' else 'no' end),
      ('flow', coalesce(m.origin_country, '') || '>' || coalesce(m.destination_country, ''))
    ) as d(dimension, value)`);

/**
 * One row per respondent of the filter with their scope, call year and survey counts (the `respondent` rows of
 * `contributionsWith`).
 */
export function respondentsOf(filter: RespondentFilter): RawBuilder<unknown> {
  return sql`select s.mobility_id, s.participant_id, m.organisation_id, m.project_id,
    left(p.grant_agreement_number, 4)::int as call_year,
    pa.disclosure_key,
    bool_or(s.wave = 'baseline' and s.status = 'submitted') as has_baseline,
    count(*) filter (where s.wave = 'baseline') as sent_baseline,
    count(*) filter (where s.wave = 'baseline' and s.status = 'submitted') as submitted_baseline,
    count(*) filter (where s.wave = 'end') as sent_end,
    count(*) filter (where s.wave = 'end' and s.status = 'submitted') as submitted_end,
    count(*) filter (where s.wave = 'follow_up') as sent_follow_up,
    count(*) filter (where s.wave = 'follow_up' and s.status = 'submitted') as submitted_follow_up
  from survey s
  join mobility m on m.id = s.mobility_id
  join project p on p.id = m.project_id
  join participant pa on pa.id = s.participant_id
  where ${conditions(filter)}
  group by s.mobility_id, s.participant_id, m.organisation_id, m.project_id, p.grant_agreement_number,
    pa.disclosure_key`;
}

/**
 * The common table expressions every analytics computation starts from:
 * - `respondent`: one row per respondent with their scope, call year and survey counts;
 * - `contribution`: one row per respondent and measured item with the measures (see measures.ts);
 * - `dimension_value`: one row per respondent and breakdown value (several for barriers, none without).
 * "Flow" values are meant for the `_survey` item only; callers join accordingly.
 *
 * `respondentTable` names a table that already holds the filter's `respondent` rows (see `respondentsOf`).
 */
export function contributionsWith(filter: RespondentFilter, respondentTable?: string): RawBuilder<unknown> {
  const respondent = respondentTable
    ? sql`select * from ${sql.table(respondentTable)}`
    : respondentsOf(filter);
  return sql`with respondent as (${respondent}),
answered as (
  select s.id as survey_id, s.mobility_id, s.participant_id, s.wave
  from survey s
  join respondent r on r.mobility_id = s.mobility_id and r.participant_id = s.participant_id
  where s.status = 'submitted'
),
indicator_value as (
  select a.mobility_id, a.participant_id, x.indicator_code as item,
    (max(x.rating) filter (where a.wave = 'baseline'))::float8 as b,
    (max(x.rating) filter (where a.wave = 'end'))::float8 as e,
    (max(x.retrospective_rating) filter (where a.wave = 'end'))::float8 as r,
    (max(x.rating) filter (where a.wave = 'follow_up'))::float8 as f
  from answered a
  join survey_answer x on x.survey_id = a.survey_id
  where x.rating is not null
  group by a.mobility_id, a.participant_id, x.indicator_code
),
item_value as (
  select * from indicator_value
  union all
  select mobility_id, participant_id, split_part(item, '.', 1), avg(b), avg(e), avg(r), avg(f)
  from indicator_value
  group by mobility_id, participant_id, split_part(item, '.', 1)
  union all
  select a.mobility_id, a.participant_id, 'cefr.' || l.skill,
    (max(array_position(${cefrLevels}, l.level) - 1) filter (where a.wave = 'baseline'))::float8,
    (max(array_position(${cefrLevels}, l.level) - 1) filter (where a.wave = 'end'))::float8,
    null::float8, null::float8
  from answered a
  join survey_language_rating l on l.survey_id = a.survey_id
  group by a.mobility_id, a.participant_id, l.skill
  union all
  select mobility_id, participant_id, '_survey', null::float8, null::float8, null::float8, null::float8
  from respondent
),
contribution as (
  select mobility_id, participant_id, item,
    ${measureSelections}
  from item_value
  join respondent using (mobility_id, participant_id)
),
dimension_value as (
  select r.mobility_id, r.participant_id, d.dimension, d.value
  from respondent r
  join mobility m on m.id = r.mobility_id
  join project p on p.id = m.project_id
  join participant pa on pa.id = r.participant_id
  cross join lateral ${dimensionValues}
  union all
  select r.mobility_id, r.participant_id, 'barrier', barrier
  from respondent r
  join participant pa on pa.id = r.participant_id
  cross join lateral unnest(pa.barriers) as barrier
)`;
}
