import { pathToFileURL } from 'node:url';
import { connect, rebuildOutcomeRollup } from '@mobilis/db';
import { cefrSkills, learnerKinds, surveyLocales } from '@mobilis/schema';
import { sql } from 'kysely';
import pg from 'pg';
import { benchEnv } from './env.js';
import { type GeneratedData, withBenchData } from './generate.js';
import { referenceDay } from './reference-data.js';
import { literal, textArray } from './sql-text.js';
import {
  answerChance,
  catalogueRows,
  exampleTexts,
  type IndicatorRow,
  type OutcomeRow,
  targetedOutcomes,
} from './survey-reference.js';

/**
 * Bump when the generated surveys or the schema they are written for (survey tables, outcome_rollup, the analytics
 * SQL the rollup is built with) change, so that old surveys and an old rollup are not measured by mistake.
 */
const surveyDataVersion = 1;

const surveyTables = ['survey', 'survey_answer', 'survey_language_rating', 'survey_example'] as const;
const sizedTables = [...surveyTables, 'outcome_rollup'] as const;

export interface Step {
  label: string;
  seconds: number;
  rows?: number | undefined;
}

export interface SurveyData {
  /** False when the surveys were already there. */
  fresh: boolean;
  steps: Step[];
  /** Writing the surveys and answers (one transaction), then VACUUM ANALYZE. */
  generateSeconds: number;
  /** `rebuildOutcomeRollup` at this volume, then VACUUM ANALYZE of the rollup. */
  rollupSeconds: number;
  rollupVacuumSeconds: number;
  /** The session settings the rollup was built with. */
  rollupSettings: string;
  tables: TableSize[];
  statuses: Array<{ wave: string; status: string; n: number }>;
}

export interface TableSize {
  table: string;
  rows: number;
  /** Heap, indexes and TOAST, in bytes. */
  totalBytes: number;
  indexBytes: number;
}

interface Marker {
  survey_version: number;
  scale: number;
  steps: Step[];
  generate_seconds: number;
  vacuumed: boolean;
  rollup_seconds: number | null;
  rollup_vacuum_seconds: number | null;
  rollup_settings: string | null;
}

export interface SurveyOptions {
  /** Whether surveys of another version may be deleted and generated again (see GenerateOptions). */
  reset: boolean;
  /** Build the rollup again even if it is there, e.g. to time it with other settings. */
  rebuildRollup?: boolean | undefined;
  /** Session settings for the rollup build, e.g. { work_mem: '256MB' }; none by default (the server's). */
  rollupSettings?: Record<string, string> | undefined;
}

/**
 * Gives the generated mobilities their surveys and answers, then builds the outcome rollup from them with
 * `rebuildOutcomeRollup` (the production code path). Idempotent through the marker `bench.surveys`: surveys are
 * written in one transaction with the marker, VACUUM ANALYZE and the rollup build each set their own flag, so a run
 * stopped half-way continues where it stopped. Needs the data of `generate` (same scale).
 */
export async function generateSurveys(
  databaseUrl: string,
  scale: number,
  options: SurveyOptions,
): Promise<SurveyData> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('set client_min_messages = warning');
    let marker = await readMarker(client);
    if (marker && (marker.survey_version !== surveyDataVersion || marker.scale !== scale)) {
      const held =
        `surveys of version ${marker.survey_version} at scale ${marker.scale}; ` +
        `wanted version ${surveyDataVersion} at scale ${scale}`;
      if (!options.reset) throw new Error(`This database holds ${held}. Use an empty database.`);
      console.log(`The database holds ${held}: deleting them to generate again.`);
      await client.query(`truncate ${surveyTables.join(', ')}, outcome_rollup`);
      await client.query('drop table bench.surveys');
      marker = undefined;
    }
    let fresh = false;
    if (!marker) {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from survey');
      if ((rows[0]?.n ?? 0) > 0) {
        if (!options.reset)
          throw new Error('This database already has surveys but no bench marker: use an empty database.');
        await client.query(`truncate ${surveyTables.join(', ')}, outcome_rollup`);
      }
      const started = performance.now();
      console.log('Generating the surveys, their answers and CEFR ratings...');
      await fillSurveys(client, scale);
      console.log(`  surveys written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      fresh = true;
      marker = (await readMarker(client)) as Marker;
    }
    if (!marker.vacuumed) {
      const started = performance.now();
      console.log('VACUUM ANALYZE of the survey tables...');
      await vacuum(client, surveyTables);
      const seconds = (performance.now() - started) / 1000;
      const steps = [...marker.steps, { label: 'VACUUM ANALYZE survey tables', seconds }];
      await client.query(
        'update bench.surveys set vacuumed = true, steps = $1, generate_seconds = generate_seconds + $2',
        [JSON.stringify(steps), seconds],
      );
      marker = (await readMarker(client)) as Marker;
    }
    if (marker.rollup_seconds === null || options.rebuildRollup) {
      const settings = options.rollupSettings ?? {};
      const described = describeSettings(settings);
      console.log(`Building the outcome rollup with rebuildOutcomeRollup (${described})...`);
      const seconds = await buildRollup(databaseUrl, settings);
      console.log(`  rollup built in ${seconds.toFixed(1)} s; VACUUM ANALYZE...`);
      const started = performance.now();
      await vacuum(client, ['outcome_rollup']);
      const vacuumSeconds = (performance.now() - started) / 1000;
      await client.query(
        `update bench.surveys set rollup_seconds = $1, rollup_vacuum_seconds = $2, rollup_settings = $3`,
        [seconds, vacuumSeconds, described],
      );
      marker = (await readMarker(client)) as Marker;
    }
    return {
      fresh,
      steps: marker.steps,
      generateSeconds: marker.generate_seconds,
      rollupSeconds: marker.rollup_seconds ?? Number.NaN,
      rollupVacuumSeconds: marker.rollup_vacuum_seconds ?? Number.NaN,
      rollupSettings: marker.rollup_settings ?? '',
      tables: await tableSizes(client),
      statuses: await statusCounts(client),
    };
  } finally {
    await client.end();
  }
}

function describeSettings(settings: Record<string, string>): string {
  const entries = Object.entries(settings);
  return entries.length === 0
    ? 'server settings'
    : entries.map(([name, value]) => `${name}=${value}`).join(', ');
}

/** Recomputes the rollup from the answers, as an administrator would after a restore; returns the seconds. */
export async function buildRollup(databaseUrl: string, settings: Record<string, string>): Promise<number> {
  const handle = connect({ databaseUrl, maxConnections: 1 });
  try {
    const started = performance.now();
    await handle.db.transaction().execute(async (tx) => {
      for (const [name, value] of Object.entries(settings))
        await sql`select set_config(${name}, ${value}, true)`.execute(tx);
      await rebuildOutcomeRollup(tx);
    });
    return (performance.now() - started) / 1000;
  } finally {
    await handle.close();
  }
}

async function readMarker(client: pg.Client): Promise<Marker | undefined> {
  const { rows } = await client.query<{ found: boolean }>(
    `select to_regclass('bench.surveys') is not null as found`,
  );
  if (!rows[0]?.found) return undefined;
  return (await client.query<Marker>('select * from bench.surveys')).rows[0];
}

async function vacuum(client: pg.Client, tables: readonly string[]) {
  await client.query(`vacuum (analyze) ${tables.join(', ')}`);
}

export async function tableSizes(client: pg.Client | pg.Pool): Promise<TableSize[]> {
  const sizes: TableSize[] = [];
  for (const table of sizedTables) {
    const { rows } = await client.query<{ rows: string; total: string; indexes: string }>(
      `select (select count(*) from ${table}) as rows, pg_total_relation_size($1) as total,
              pg_indexes_size($1) as indexes`,
      [table],
    );
    const row = rows[0];
    sizes.push({
      table,
      rows: Number(row?.rows ?? 0),
      totalBytes: Number(row?.total ?? 0),
      indexBytes: Number(row?.indexes ?? 0),
    });
  }
  return sizes;
}

async function statusCounts(client: pg.Client) {
  const { rows } = await client.query<{ wave: string; status: string; n: number }>(
    `select wave, status, count(*)::int as n from survey group by wave, status
     order by array_position(array['baseline', 'end', 'follow_up'], wave), count(*) desc`,
  );
  return rows;
}

async function step(client: pg.Client, steps: Step[], label: string, text: string): Promise<void> {
  const started = performance.now();
  const result = await client.query(text);
  const seconds = (performance.now() - started) / 1000;
  const rows = result.rowCount ?? undefined;
  steps.push({ label, seconds, rows });
  console.log(
    `  ${label}${rows === undefined ? '' : ` (${rows.toLocaleString('en')} rows)`}: ${seconds.toFixed(1)} s`,
  );
}

/** A uniform number in [0, 1) fixed by a respondent, a number and a salt: the same in every wave. */
function hashed(respondent: string, number: string, salt: number): string {
  return `((hashint8extended(${respondent}::bigint * 1024 + ${number}, ${salt}) & 16777215)::float8 / 16777216)`;
}

/** About normally distributed with mean 0 and this standard deviation: the sum of three uniforms. */
function noise(sd: number, uniform: (salt: number) => string = () => 'random()'): string {
  return `((${uniform(1)} + ${uniform(2)} + ${uniform(3)} - 1.5) * ${2 * sd})`;
}

const rating = (latent: string) => `least(5, greatest(1, round(${latent})))::smallint`;

/**
 * Writes every survey, answer, CEFR rating and example, and the marker, in one transaction; returns the steps'
 * timings. Who answers: each participant (individual mobility) or learner (group) of a mobility that is planned,
 * ongoing or completed, with its dates, as the survey plan of the API does; three waves each, due 14 days before
 * the start, on the last day and 180 days after it (the default settings). Surveys due before the reference day
 * went out; most were answered.
 */
async function fillSurveys(client: pg.Client, scale: number): Promise<void> {
  const steps: Step[] = [];
  const { outcomes, indicators } = catalogueRows();
  const groupSize = (learner: boolean) => outcomes.filter((outcome) => outcome.learner === learner).length;
  const learnerOutcomes = groupSize(true);
  const staffOutcomes = groupSize(false);
  const reference = `timestamptz '${referenceDay} 00:00:00+00'`;
  const chance = (wave: keyof typeof answerChance) =>
    `case when r.keen then ${answerChance[wave].keen} else ${answerChance[wave].reluctant} end`;
  const learnerKindList = learnerKinds.map(literal).join(', ');
  const locales = surveyLocales.map(literal).join(', ');

  await client.query('begin');
  try {
    await client.query(`set local temp_buffers = '1GB'`);
    await client.query(`set local work_mem = '256MB'`);
    await client.query(`set local maintenance_work_mem = '1GB'`);
    await client.query('select setseed(0.20261129)');
    const { rows: role } = await client.query<{ superuser: boolean }>(
      'select rolsuper as superuser from pg_roles where rolname = current_user',
    );
    if (role[0]?.superuser) await client.query(`set local session_replication_role = replica`);

    await catalogueTables(client, outcomes, indicators);

    // Respondents, with what stays the same across their three surveys: keen or reluctant, leaving early, how
    // leniently they rate themselves, how much the mobility does for them, the outcomes their mobility targets.
    await step(
      client,
      steps,
      'respondents',
      `create temp table g_resp on commit drop as
      select x.*,
             random() < case when x.fewer then 0.6 else 0.72 end as keen,
             random() < 0.02 as left_early,
             random() < 0.5 as contact_consent,
             ${noise(0.45)} as leniency,
             greatest(0, 1 + ${noise(0.35)}) * least(1.25, greatest(0.8, 1 + 0.1 * log(2, x.duration_days / 28.0))) as gain_factor,
             0.35 + ${noise(0.2)} as response_shift,
             case when random() < ${targetedOutcomes.three} then 3 else 4 end as n_outcomes,
             floor(random() * case when x.learner then ${learnerOutcomes} else ${staffOutcomes} end)::int as first_outcome,
             (array[1, 3, 7])[1 + floor(random() * 3)::int] as outcome_step,
             case when x.learner then case when x.kind = 'student' then 3 else 2 end else 3 end
               + floor(random() * 3)::int - 1 as cefr_own,
             least(0.6, greatest(0.25, 0.41 + 0.08 * log(2, x.duration_days / 28.0))) as cefr_move
      from (select row_number() over (order by m.created_at, m.id, mp.participant_id)::int as r,
                   m.id as mobility_id, mp.participant_id, m.organisation_id, m.created_at,
                   m.start_date, m.end_date, greatest(m.duration_days, 1) as duration_days,
                   pa.kind, pa.kind in (${learnerKindList}) as learner,
                   pa.fewer_opportunities as fewer,
                   case when pa.preferred_language in (${locales}) then pa.preferred_language else 'en' end as locale
            from mobility m
            join mobility_participant mp on mp.mobility_id = m.id and mp.role in ('participant', 'learner')
            join participant pa on pa.id = mp.participant_id
            where m.status in ('planned', 'ongoing', 'completed')
              and m.start_date is not null and m.end_date is not null) x`,
    );
    await client.query('alter table g_resp add primary key (r)');
    await client.query('analyze g_resp');

    // The outcomes each respondent is asked about: three or four of their group's, spread over the catalogue.
    await step(
      client,
      steps,
      'respondents’ outcomes',
      `create temp table g_resp_outcome on commit drop as
      select r.r, o.code, o.language,
             o.before + r.leniency + case when o.boosted and r.learner and r.fewer then -0.3 else 0 end
               + ${noise(0.25)} as before,
             o.gain * r.gain_factor * case when o.boosted and r.learner and r.fewer then 1.35 else 1 end as gain,
             o.kept
      from g_resp r
      cross join generate_series(0, 3) i
      join g_outcome o on o.learner = r.learner
        and o.position = (r.first_outcome + i * r.outcome_step) % case when r.learner then ${learnerOutcomes} else ${staffOutcomes} end
      where i < r.n_outcomes`,
    );
    await client.query('create index on g_resp_outcome (r)');
    await client.query(`create temp table g_resp_codes on commit drop as
      select r, array_agg(code order by code) as codes from g_resp_outcome group by r`);
    await client.query('alter table g_resp_codes add primary key (r)');
    await client.query('analyze g_resp_outcome, g_resp_codes');

    // What became of each survey: not due yet, excluded (left early), bounced, answered, or not (yet) answered.
    await step(
      client,
      steps,
      'surveys (plan)',
      `create temp table g_survey on commit drop as
      select y.*,
             case when y.status in ('submitted', 'invited', 'reminded_auto')
                  then (y.invited_at + interval '7 days' < coalesce(y.submitted_at, ${reference}))::int
                     + (y.invited_at + interval '14 days' < coalesce(y.submitted_at, ${reference}))::int
                  else 0 end as reminders
      from (select x.r, x.n, x.wave, x.id, x.due_date,
                   case when x.fate = 'excluded' then null else x.invited_at end as invited_at,
                   case when x.fate = 'answered' and x.invited_at + x.delay < ${reference} then 'submitted'
                        when x.fate in ('answered', 'unanswered')
                          then case when x.invited_at + interval '7 days' < ${reference} then 'reminded_auto' else 'invited' end
                        else x.fate end as status,
                   case when x.fate = 'answered' and x.invited_at + x.delay < ${reference}
                        then x.invited_at + x.delay end as submitted_at
            from (select r.r, w.n, w.wave, gen_random_uuid() as id, s.due_date,
                         s.due_date + interval '6 hours' + random() * interval '2 hours' as invited_at,
                         make_interval(secs => 3600 * (1 + power(random(), 3) * 480)) as delay,
                         case when r.left_early and w.n > 1
                                and r.start_date + (r.end_date - r.start_date) / 2 < date '${referenceDay}' then 'excluded'
                              when s.due_date >= date '${referenceDay}' then 'scheduled'
                              when random() < 0.015 then 'undelivered'
                              when random() < case w.wave when 'baseline' then ${chance('baseline')}
                                                          when 'end' then ${chance('end')}
                                                          else ${chance('follow_up')} end then 'answered'
                              else 'unanswered' end as fate
                  from g_resp r
                  cross join (values (1, 'baseline'), (2, 'end'), (3, 'follow_up')) w(n, wave)
                  cross join lateral (select case w.n when 1 then r.start_date - 14
                                                      when 2 then r.end_date
                                                      else r.end_date + 180 end as due_date) s) x) y`,
    );
    await client.query('create index on g_survey (r)');
    await client.query('analyze g_survey');

    await step(
      client,
      steps,
      '  insert survey',
      `insert into survey (id, organisation_id, mobility_id, participant_id, wave, due_date, status, outcome_codes,
                           locale, invited_at, auto_reminders_sent, last_reminder_at, consent_at, contact_consent,
                           submitted_at, receipt, excluded_reason, undelivered_reason, created_at, updated_at)
      select s.id, r.organisation_id, r.mobility_id, r.participant_id, s.wave, s.due_date, s.status, c.codes,
             r.locale, s.invited_at, s.reminders,
             case s.reminders when 1 then s.invited_at + interval '7 days' when 2 then s.invited_at + interval '14 days' end,
             s.submitted_at - interval '9 minutes',
             s.status = 'submitted' and r.contact_consent,
             s.submitted_at,
             case when s.status = 'submitted'
                  then 'MOB-' || upper(translate(substr(md5(s.id::text), 1, 4), '01', 'qz')) || '-'
                       || upper(translate(substr(md5(s.id::text), 5, 4), '01', 'qz')) end,
             case when s.status = 'excluded' then 'Left the mobility early' end,
             case when s.status = 'undelivered' then 'The message bounced: mailbox unavailable' end,
             r.created_at + interval '3 days',
             greatest(r.created_at + interval '3 days', coalesce(s.submitted_at, s.invited_at))
      from g_survey s join g_resp r using (r) join g_resp_codes c using (r)
      order by s.r, s.n`,
    );

    // Answers: ratings around the respondent's level on each outcome, higher at the end, mostly kept at the
    // follow-up; the end survey's retrospective "before" a little below the baseline (response shift). Whether a
    // statement does not apply to a respondent, and their own level on it, are the same in every wave (hashed).
    // The primary key is built after the rows, as a restore would: maintaining it row by row takes longer.
    const uniform = (salt: number) => hashed('s.r', 'i.number', salt);
    await client.query('alter table survey_answer drop constraint survey_answer_pkey');
    await step(
      client,
      steps,
      '  insert survey_answer',
      `insert into survey_answer (survey_id, indicator_code, rating, not_applicable, retrospective_rating,
                                  retrospective_not_applicable, updated_at)
      select a.id, a.code,
             case when not a.na then ${rating(`a.own + a.change + ${noise(0.45)}`)} end,
             a.na,
             case when a.n = 2 and not a.na then ${rating(`a.own - a.response_shift + ${noise(0.4)}`)} end,
             a.n = 2 and a.na,
             a.submitted_at
      from (select s.r, s.n, s.id, s.submitted_at, i.code,
                   ${uniform(10)} < i.not_applicable as na,
                   ro.before + i.offset + ${noise(0.35, uniform)} as own,
                   case s.n when 1 then 0 when 2 then ro.gain else ro.gain * ro.kept end as change,
                   r.response_shift
            from g_survey s
            join g_resp r on r.r = s.r
            join g_resp_outcome ro on ro.r = s.r
            join g_indicator i on i.outcome_code = ro.code
            where s.status = 'submitted') a
      order by a.r, a.n`,
    );
    await step(
      client,
      steps,
      '  primary key of survey_answer',
      'alter table survey_answer add constraint survey_answer_pkey primary key (survey_id, indicator_code)',
    );

    // CEFR self-assessments, at the baseline and the end, by respondents whose mobility targets languages: about
    // three skills in four, each a level around the respondent's, one up at the end for a quarter to over half.
    const skill = (salt: number) => hashed('s.r', 'k.j', salt);
    await step(
      client,
      steps,
      '  insert survey_language_rating',
      `insert into survey_language_rating (survey_id, skill, level)
      select s.id, k.skill,
             (array['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'])[1 + least(6, greatest(0,
               r.cefr_own
               + case when ${skill(21)} < 0.3 then case when ${skill(22)} < 0.5 then -1 else 1 end else 0 end
               + case when s.n = 2 then case when ${skill(23)} < r.cefr_move then 1 when ${skill(24)} < 0.03 then -1 else 0 end
                      else 0 end))]
      from g_survey s
      join g_resp r on r.r = s.r
      join g_resp_outcome ro on ro.r = s.r and ro.language
      cross join unnest(${textArray(cefrSkills)}) with ordinality k(skill, j)
      where s.status = 'submitted' and s.n in (1, 2) and ${skill(20)} < 0.75
      order by s.r, s.n`,
    );

    // Examples in the respondents' own words: one in ten end surveys, for one of their outcomes.
    await step(
      client,
      steps,
      '  insert survey_example',
      `insert into survey_example (survey_id, organisation_id, outcome_code, text)
      select s.id, (select organisation_id from survey where id = s.id), c.codes[1 + floor(random() * array_length(c.codes, 1))::int],
             case when r.learner then (${textArray(exampleTexts.learner)})[1 + floor(random() * ${exampleTexts.learner.length})::int]
                  else (${textArray(exampleTexts.staff)})[1 + floor(random() * ${exampleTexts.staff.length})::int] end
      from g_survey s join g_resp r using (r) join g_resp_codes c using (r)
      where s.status = 'submitted' and s.n = 2 and random() < 0.1`,
    );

    await client.query(`create table bench.surveys (
      singleton boolean primary key default true check (singleton),
      survey_version integer not null,
      scale double precision not null,
      steps jsonb not null,
      generate_seconds double precision not null,
      vacuumed boolean not null,
      rollup_seconds double precision,
      rollup_vacuum_seconds double precision,
      rollup_settings text,
      generated_at timestamptz not null default now()
    )`);
    await client.query(
      `insert into bench.surveys (survey_version, scale, steps, generate_seconds, vacuumed)
       values ($1, $2, $3, $4, false)`,
      [surveyDataVersion, scale, JSON.stringify(steps), steps.reduce((sum, s) => sum + s.seconds, 0)],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

async function catalogueTables(client: pg.Client, outcomes: OutcomeRow[], indicators: IndicatorRow[]) {
  await client.query(
    `create temp table g_outcome on commit drop as
    select * from unnest($1::bool[], $2::int[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::bool[], $8::bool[])
      as o(learner, position, code, before, gain, kept, boosted, language)`,
    [
      outcomes.map((o) => o.learner),
      outcomes.map((o) => o.position),
      outcomes.map((o) => o.code),
      outcomes.map((o) => o.before),
      outcomes.map((o) => o.gain),
      outcomes.map((o) => o.kept),
      outcomes.map((o) => o.boosted),
      outcomes.map((o) => o.language),
    ],
  );
  await client.query(
    `create temp table g_indicator on commit drop as
    select * from unnest($1::text[], $2::text[], $3::int[], $4::float8[], $5::float8[])
      as i(outcome_code, code, number, "offset", not_applicable)`,
    [
      indicators.map((i) => i.outcomeCode),
      indicators.map((i) => i.code),
      indicators.map((i) => i.number),
      indicators.map((i) => i.offset),
      indicators.map((i) => i.notApplicable),
    ],
  );
  await client.query('analyze g_outcome, g_indicator');
}

export function printSurveys(data: SurveyData) {
  console.log(
    `${data.fresh ? 'Generated' : 'Reused'} surveys: written in ${data.generateSeconds.toFixed(1)} s ` +
      `(with VACUUM ANALYZE); rollup built in ${data.rollupSeconds.toFixed(1)} s ` +
      `(${data.rollupSettings}) + ${data.rollupVacuumSeconds.toFixed(1)} s VACUUM ANALYZE`,
  );
  for (const s of data.steps)
    console.log(
      `  ${s.label.padEnd(34)} ${s.seconds.toFixed(1).padStart(7)} s${s.rows === undefined ? '' : `  ${s.rows.toLocaleString('en')} rows`}`,
    );
  console.log('Tables (rows, size with indexes, of which indexes):');
  for (const t of data.tables)
    console.log(
      `  ${t.table.padEnd(24)} ${t.rows.toLocaleString('en').padStart(12)}  ${mb(t.totalBytes).padStart(9)}  ${mb(t.indexBytes).padStart(9)}`,
    );
  const byWave = new Map<string, string[]>();
  for (const s of data.statuses) byWave.set(s.wave, [...(byWave.get(s.wave) ?? []), `${s.status} ${s.n}`]);
  console.log('Surveys by wave and status:');
  for (const [wave, statuses] of byWave) console.log(`  ${wave.padEnd(10)} ${statuses.join(', ')}`);
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

/** `withBenchData` with the surveys, their answers and the rollup too (generated unless they are there). */
export async function withSurveyData(
  body: (url: string, data: GeneratedData, surveys: SurveyData) => Promise<void>,
): Promise<void> {
  await withBenchData(async (url, data) => {
    const surveys = await generateSurveys(url, benchEnv.scale, {
      reset: !benchEnv.databaseUrl,
      rebuildRollup: benchEnv.rebuildRollup,
      rollupSettings: benchEnv.rollupSettings,
    });
    printSurveys(surveys);
    await body(url, data, surveys);
  });
}

async function main() {
  await withSurveyData(async () => {});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
