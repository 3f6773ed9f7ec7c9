import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect, migrateToLatest } from '@mobilis/db';
import {
  distanceBands,
  isGreenTravel,
  meansOfTransport,
  type ParticipantKind,
  type ProgrammeField,
  programmeFields,
  searchKey,
} from '@mobilis/schema';
import pg from 'pg';
import { benchEnv } from './env.js';
import { benchDataDir, withDatabase } from './postgres-server.js';
import {
  activityChoices,
  birthYears,
  cities,
  destinationCountries,
  fieldProfiles,
  homeCountry,
  isLearnerKind,
  nameOrigins,
  nameRows,
  nationalAgencyCode,
  nationalities,
  organisationFields,
  referenceDay,
} from './reference-data.js';
import { literal, randomInt, textArray, weightedPick } from './sql-text.js';

/**
 * Bump when the generated data or the schema it is generated for changes, so that an old data folder is not
 * measured by mistake: a migration edited before release leaves no trace in the migration table. 3: participants'
 * search_text filled by the application (searchKey), the list indexes of 2026-11-28.
 */
const dataVersion = 3;

export interface BenchSizes {
  organisations: number;
  participants: number;
  mobilities: number;
  /** The one large organisation holds this share of participants and mobilities. */
  largeShare: number;
}

export function sizesFor(scale: number): BenchSizes {
  return {
    organisations: Math.max(10, Math.round(1000 * scale)),
    participants: Math.round(100_000 * scale),
    mobilities: Math.round(1_000_000 * scale),
    largeShare: 0.1,
  };
}

export interface GeneratedData {
  largeOrganisationId: string;
  seconds: number;
  counts: Record<string, number>;
  /** False when the data was already there. */
  fresh: boolean;
}

const countedTables = [
  'organisation',
  'project',
  'partner_organisation',
  'participant',
  'mobility',
  'mobility_participant',
] as const;

export interface GenerateOptions {
  /**
   * Whether bench data of another version or scale may be dropped (schemas `public` and `bench`) and generated
   * again: true on the server the bench starts itself, false on BENCH_DATABASE_URL.
   */
  reset: boolean;
}

interface Marker {
  data_version: number;
  scale: number;
  seconds: number;
  large_organisation_id: string;
  vacuumed: boolean;
}

/**
 * Fills an empty database with a national agency's data: set-based SQL in one transaction, then VACUUM ANALYZE.
 * Idempotent: a marker row in `bench.generated` says the data is there, and a second run only reads it. Data of
 * another version is dropped and generated again when `reset` allows it.
 */
export async function generate(
  databaseUrl: string,
  scale: number,
  { reset }: GenerateOptions,
): Promise<GeneratedData> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('set client_min_messages = warning');
    const existing = await readMarker(client);
    if (existing && (existing.data_version !== dataVersion || existing.scale !== scale)) {
      const held =
        `bench data of version ${existing.data_version} at scale ${existing.scale}; ` +
        `wanted version ${dataVersion} at scale ${scale}`;
      if (!reset) throw new Error(`This database holds ${held}. Use an empty database.`);
      console.log(`The database holds ${held}: dropping it to generate again.`);
      // Its schema may be an older one that migrations no longer reach: start from nothing.
      await client.query('drop schema bench cascade');
      await client.query('drop schema public cascade');
      await client.query('create schema public');
    }

    const handle = connect({ databaseUrl, maxConnections: 1 });
    try {
      await migrateToLatest(handle.db);
    } finally {
      await handle.close();
    }

    if (existing && existing.data_version === dataVersion && existing.scale === scale) {
      if (!existing.vacuumed) {
        console.log('The data was written but not vacuumed yet: VACUUM ANALYZE...');
        await vacuum(client);
        await client.query('update bench.generated set vacuumed = true');
      }
      return {
        largeOrganisationId: existing.large_organisation_id,
        seconds: existing.seconds,
        counts: await countRows(client),
        fresh: false,
      };
    }
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from organisation');
    if ((rows[0]?.n ?? 0) > 0) {
      throw new Error('This database already has organisations but no bench marker: use an empty database.');
    }

    const started = performance.now();
    const sizes = sizesFor(scale);
    console.log(
      `Generating ${sizes.organisations} organisations, ${sizes.participants} participants, ` +
        `${sizes.mobilities} mobilities...`,
    );
    const largeOrganisationId = await fill(client, sizes, async (id) => {
      // vacuumed: false with the rows, true once VACUUM has run, so that a run stopped during VACUUM finishes it.
      await client.query('create schema if not exists bench');
      await client.query('drop table if exists bench.generated');
      await client.query(`create table bench.generated (
        singleton boolean primary key default true check (singleton),
        data_version integer not null,
        scale double precision not null,
        seconds double precision not null,
        large_organisation_id uuid not null,
        vacuumed boolean not null,
        generated_at timestamptz not null default now()
      )`);
      await client.query(
        `insert into bench.generated (data_version, scale, seconds, large_organisation_id, vacuumed)
         values ($1, $2, $3, $4, false)`,
        [dataVersion, scale, (performance.now() - started) / 1000, id],
      );
    });
    const filled = performance.now();
    console.log(`  rows written in ${((filled - started) / 1000).toFixed(1)} s; VACUUM ANALYZE...`);
    await vacuum(client);
    const seconds = (performance.now() - started) / 1000;
    await client.query('update bench.generated set seconds = $1, vacuumed = true', [seconds]);
    return { largeOrganisationId, seconds, counts: await countRows(client), fresh: true };
  } finally {
    await client.end();
  }
}

/** The marker of the data in this database, if any (any version: older ones may lack later columns). */
async function readMarker(client: pg.Client): Promise<Marker | undefined> {
  const { rows } = await client.query<{ found: boolean }>(
    `select to_regclass('bench.generated') is not null as found`,
  );
  if (!rows[0]?.found) return undefined;
  const marker = await client.query<Marker>('select * from bench.generated');
  return marker.rows[0];
}

/**
 * VACUUM ANALYZE, repeated for a table whose pages are not all marked all-visible yet (a concurrent snapshot, such
 * as autovacuum's, can keep the first pass from marking them): a database in steady state has its visibility map
 * set, which index-only scans depend on.
 */
async function vacuum(client: pg.Client) {
  await client.query(`vacuum (analyze) ${countedTables.join(', ')}`);
  for (let attempt = 0; attempt < 5; attempt++) {
    const { rows } = await client.query<{ relname: string }>(
      `select relname from pg_class
       where relname = any($1) and relnamespace = (select oid from pg_namespace where nspname = current_schema()) and relallvisible < relpages`,
      [countedTables],
    );
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await client.query(`vacuum ${rows.map((row) => row.relname).join(', ')}`);
  }
}

async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of countedTables) {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

async function step(client: pg.Client, label: string, sql: string, params: unknown[] = []) {
  const started = performance.now();
  const result = await client.query(sql, params);
  const rows = result.rowCount === null ? '' : ` (${result.rowCount} rows)`;
  console.log(`  ${label}${rows}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Writes every row and, through `mark`, the marker in one transaction; returns the large organisation's id. */
async function fill(
  client: pg.Client,
  sizes: BenchSizes,
  mark: (largeOrganisationId: string) => Promise<void>,
): Promise<string> {
  const orgs = sizes.organisations;
  const largeParticipants = Math.round(sizes.participants * sizes.largeShare);
  const largeMobilities = Math.round(sizes.mobilities * sizes.largeShare);
  const otherOrgs = orgs - 1;
  const homeCities = cities.filter((c) => c.country === homeCountry).length;
  const fields = Object.keys(fieldProfiles) as ProgrammeField[];
  const byField = (value: (field: ProgrammeField) => string) =>
    `case o.field ${fields.map((field) => `when ${literal(field)} then ${value(field)}`).join(' ')} end`;
  const kinds = Object.keys(birthYears) as ParticipantKind[];
  const byKind = (value: (kind: ParticipantKind) => string) =>
    `case x.kind ${kinds.map((kind) => `when ${literal(kind)} then ${value(kind)}`).join(' ')} end`;
  // Days from 2021-01-01 to 2027-12-31: the programme period the start dates fall in.
  const periodDays = 2556;

  await client.query('begin');
  try {
    // Temporary tables live in session memory up to temp_buffers; set before the first one is touched.
    await client.query(`set local temp_buffers = '1GB'`);
    await client.query(`set local work_mem = '256MB'`);
    await client.query(`set local maintenance_work_mem = '1GB'`);
    await client.query('select setseed(0.20261128)');
    // The rows are consistent by construction: a superuser skips the per-row foreign-key triggers (about a third
    // of the time). Anyone else gets the same rows, checked.
    const { rows: role } = await client.query<{ superuser: boolean }>(
      'select rolsuper as superuser from pg_roles where rolname = current_user',
    );
    if (role[0]?.superuser) await client.query(`set local session_replication_role = replica`);

    await client.query(
      `create temp table g_city on commit drop as
      select country, row_number() over (partition by country order by ord)::int as k, name, lat, lon,
             count(*) over (partition by country)::int as n
      from unnest($1::text[], $2::text[], $3::float8[], $4::float8[]) with ordinality as c(country, name, lat, lon, ord)`,
      [
        cities.map((c) => c.country),
        cities.map((c) => c.name),
        cities.map((c) => c.lat),
        cities.map((c) => c.lon),
      ],
    );

    const names = nameRows();
    await client.query(
      `create temp table g_name on commit drop as
      select origin, part, row_number() over (partition by origin, part order by ord)::int as k, name, slug
      from unnest($1::text[], $2::text[], $3::text[], $4::text[]) with ordinality as n(origin, part, name, slug, ord)`,
      [
        names.map((n) => n.origin),
        names.map((n) => n.part),
        names.map((n) => n.name),
        names.map((n) => n.slug),
      ],
    );
    await client.query(`create temp table g_name_count on commit drop as
      select origin, part, count(*)::int as n from g_name group by origin, part`);
    await client.query('create index on g_name (origin, part, k)');
    await client.query('analyze g_city, g_name, g_name_count');

    const choices = activityChoices();
    await client.query(
      `create temp table g_choice on commit drop as
      select field, kind, mode, row_number() over (partition by field, kind, mode order by ord)::int as k,
             code, min_days, max_days, long_term_from, blended
      from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::bool[])
        with ordinality as c(field, kind, mode, code, min_days, max_days, long_term_from, blended, ord)`,
      [
        choices.map((c) => c.field),
        choices.map((c) => c.kind),
        choices.map((c) => c.mode),
        choices.map((c) => c.code),
        choices.map((c) => c.minDays),
        choices.map((c) => c.maxDays),
        choices.map((c) => c.longTermFromDays),
        choices.map((c) => c.blended),
      ],
    );
    await client.query(`create temp table g_choice_count on commit drop as
      select field, kind, mode, count(*)::int as n from g_choice group by field, kind, mode`);
    await client.query('analyze g_choice, g_choice_count');

    // Organisations: number 1 is the large one (a VET consortium); the others share the rest evenly.
    const participantsPerOrg = Math.floor((sizes.participants - largeParticipants) / otherOrgs);
    const participantsLeft = (sizes.participants - largeParticipants) % otherOrgs;
    await step(
      client,
      'organisations',
      `create temp table g_org on commit drop as
      select o.org_no, gen_random_uuid() as id, o.field, c.name as city, c.lat, c.lon,
             case when o.org_no = 1 then 3 else ${randomInt(2, 3)} end as n_projects,
             case when o.org_no = 1 then 40 else ${randomInt(3, 6)} end as n_partners,
             case when o.org_no = 1 then ${largeParticipants}
                  else ${participantsPerOrg} + (o.org_no - 2 < ${participantsLeft})::int end as n_participants,
             0 as n_learners, 0 as n_staff
      from (select org_no, case when org_no = 1 then 'vet' else ${weightedPick(organisationFields)} end as field,
                   ${randomInt(1, homeCities)} as city_k
            from generate_series(1, ${orgs}) org_no) o
      join g_city c on c.country = ${literal(homeCountry)} and c.k = o.city_k`,
    );
    await client.query('alter table g_org add primary key (org_no)');
    await client.query('analyze g_org');
    await step(
      client,
      '  insert organisation',
      `insert into organisation (id, legal_name, oid, erasmus_code, country, city, type)
      select o.id,
             case when o.org_no = 1 then 'Berufsbildungsverbund Rhein-Ruhr'
                  else ${byField((f) => literal(fieldProfiles[f].namePrefix))} || ' ' || o.city || ' ' || o.org_no end,
             'E' || (10000000 + o.org_no),
             case when o.field = 'higher_education'
                  then 'D  ' || upper(left(regexp_replace(o.city, '[^A-Za-z]', '', 'g'), 6)) || lpad((o.org_no % 100)::text, 2, '0')
             end,
             ${literal(homeCountry)}, o.city, ${byField((f) => literal(fieldProfiles[f].organisationType))}
      from g_org o`,
    );

    // Projects split the programme period between them, so a mobility's start date says which project it is in.
    await step(
      client,
      'projects',
      `create temp table g_project on commit drop as
      select o.org_no, j, gen_random_uuid() as id, o.field,
             ${byField((f) => `(${textArray(fieldProfiles[f].actions)})[1 + (o.org_no + j) % ${fieldProfiles[f].actions.length}]`)} as action_type,
             date '2021-01-01' + ((j - 1) * ${periodDays} / o.n_projects) as start_date,
             date '2021-01-01' + (j * ${periodDays} / o.n_projects) - 1 as end_date
      from g_org o cross join lateral generate_series(1, o.n_projects) j`,
    );
    await client.query('alter table g_project add primary key (org_no, j)');
    await client.query('analyze g_project');
    await step(
      client,
      '  insert project',
      `insert into project (id, organisation_id, grant_agreement_number, title, action_type, field, start_date, end_date)
      select p.id, o.id,
             extract(year from p.start_date) || '-1-${nationalAgencyCode}-' || p.action_type || '-' ||
               ${byField((f) => literal(programmeFields[f].code))} || '-' || lpad((p.org_no * 10 + p.j)::text, 9, '0'),
             'Mobility project ' || extract(year from p.start_date) || '-' || extract(year from p.end_date),
             p.action_type, p.field, p.start_date, p.end_date
      from g_project p join g_org o using (org_no)`,
    );

    // Partner organisations: number 0 is the organisation itself (the sending organisation), the others abroad.
    await step(
      client,
      'partner organisations',
      `create temp table g_partner on commit drop as
      select o.org_no, 0 as k, gen_random_uuid() as id, ${literal(homeCountry)} as country, o.city, o.lat, o.lon
      from g_org o
      union all
      select x.org_no, x.k, gen_random_uuid(), c.country, c.name, c.lat, c.lon
      from (select o.org_no, k, ${weightedPick(destinationCountries)} as country, random() as r
            from g_org o cross join lateral generate_series(1, o.n_partners) k) x
      join g_city c on c.country = x.country and c.k = 1 + floor(x.r * c.n)::int`,
    );
    await client.query('alter table g_partner add primary key (org_no, k)');
    await client.query('analyze g_partner');
    await step(
      client,
      '  insert partner_organisation',
      `insert into partner_organisation (id, organisation_id, legal_name, oid, country, city, type)
      select p.id, o.id,
             case when p.k = 0 then org.legal_name
                  else (array['Instituto', 'Institute', 'Centre', 'College', 'Academy', 'Association'])[1 + (p.org_no + p.k) % 6]
                       || ' ' || p.city || ' ' || p.org_no || '-' || p.k end,
             case when p.k = 0 then org.oid when random() < 0.7 then 'E' || (20000000 + p.org_no * 100 + p.k) end,
             p.country, p.city,
             case when p.k = 0 then org.type else ${weightedPick([
               ['school', 2],
               ['vet_provider', 2],
               ['company', 3],
               ['ngo', 2],
               ['public_body', 1],
             ])} end
      from g_partner p join g_org o using (org_no) join organisation org on org.id = o.id`,
    );

    // Participants: organisation 1 holds its share, the others take turns.
    await step(
      client,
      'participants',
      `create temp table g_person on commit drop as
      select x.p, x.org_no, x.k, gen_random_uuid() as id, x.kind, x.nationality, x.gender, x.fewer, x.b1, x.b2,
             given.name as given_name, family.name as family_name,
             case when (x.kind in ('pupil', 'young_person') and random() < 0.4) or random() < 0.05 then null
                  else given.slug || '.' || family.slug || '.' || x.p || '@example.org' end as email
      from (select s.p, s.org_no, s.k,
                   ${byField((f) => weightedPick(fieldProfiles[f].kinds))} as kind,
                   ${weightedPick(nationalities)} as nationality,
                   ${weightedPick([
                     ['female', 51],
                     ['male', 47],
                     ['non_binary', 1],
                     ['undisclosed', 1],
                   ])} as gender,
                   random() < 0.2 as fewer,
                   ${weightedPick(barrierWeights)} as b1,
                   case when random() < 0.3 then ${weightedPick(barrierWeights)} end as b2,
                   random() as r_given, random() as r_family
            from (select p,
                         case when p <= ${largeParticipants} then 1 else 2 + (p - ${largeParticipants} - 1) % ${otherOrgs} end as org_no,
                         case when p <= ${largeParticipants} then p else (p - ${largeParticipants} - 1) / ${otherOrgs} + 1 end as k
                  from generate_series(1, ${sizes.participants}) p) s
            join g_org o using (org_no)) x
      join g_name_count gc on gc.origin = x.nationality and gc.part = case when x.gender = 'male' then 'male' else 'female' end
      join g_name given on given.origin = gc.origin and given.part = gc.part
        and given.k = 1 + floor(gc.n * power(x.r_given, 1.8))::int
      join g_name_count fc on fc.origin = x.nationality and fc.part = 'family'
      join g_name family on family.origin = fc.origin and family.part = 'family'
        and family.k = 1 + floor(fc.n * power(x.r_family, 1.8))::int`,
    );
    await client.query('alter table g_person add primary key (org_no, k)');
    await client.query('create unique index on g_person (p)');
    await client.query('analyze g_person');
    await fillSearchText(client);
    await client.query(`create temp table g_member on commit drop as
      select org_no, kind in (${learnerKinds()}) as learner, id,
             row_number() over (partition by org_no, kind in (${learnerKinds()}) order by k)::int as role_k
      from g_person`);
    await client.query('alter table g_member add primary key (org_no, learner, role_k)');
    await client.query('analyze g_member');
    await client.query(`update g_org o set n_learners = c.learners, n_staff = c.staff
      from (select org_no, count(*) filter (where learner)::int as learners, count(*) filter (where not learner)::int as staff
            from g_member group by org_no) c
      where c.org_no = o.org_no`);
    await step(
      client,
      '  insert participant',
      `insert into participant (id, organisation_id, given_name, family_name, email, birth_date, gender, nationality,
                                preferred_language, kind, fewer_opportunities, barriers, esi, search_text)
      select x.id, o.id, x.given_name, x.family_name, x.email,
             ${byKind((kind) => {
               const [from, to] = birthYears[kind];
               return `date '${from}-01-01' + floor(random() * (date '${to}-12-31' - date '${from}-01-01' + 1))::int`;
             })},
             x.gender, x.nationality,
             case x.nationality ${Object.entries(nameOrigins)
               .map(([country, origin]) => `when ${literal(country)} then ${literal(origin.language)}`)
               .join(' ')} end,
             x.kind, x.fewer,
             case when not x.fewer then '{}'::text[]
                  when x.b2 is null or x.b2 = x.b1 then array[x.b1]
                  else array[x.b1, x.b2] end,
             case when x.kind = 'student' and random() < 0.6
                  then 'urn:schac:personalUniqueCode:int:esi:de:' || (100000000 + x.p) end,
             s.search_text
      from g_person x join g_org o using (org_no) join g_search s using (p)
      order by random()`,
    );
    await checkSearchText(client, sizes.participants);

    // Mobilities: 95 % individual (a random participant of the organisation), 5 % groups of 3-8 learners with one
    // accompanying person, where the field has group activities. 2 % are drafts without dates yet. The activity
    // type is one the participant's kind (or, for a group, the field's learners) may take part in. Rows go in in
    // creation order, so each organisation's rows are spread over the table as in a database filled over years;
    // stored side by side they would flatter the large organisation's queries.
    await step(
      client,
      'mobilities (plan)',
      `create temp table g_mob on commit drop as
      select m.*, c.code, c.long_term_from, c.blended or m.r_blended < 0.05 as blended,
             c.min_days + floor(power(m.r_duration, 2) * (c.max_days - c.min_days + 1))::int as days,
             (coalesce(date '2021-01-01' + m.start_day, date '${referenceDay}') - (30 + floor(m.r_created * 270))::int)
               ::timestamptz + make_interval(secs => m.r_status * 86400) as created_at
      from (select s.n, s.org_no, gen_random_uuid() as id, o.field,
                   case when random() < 0.02 then null else floor(random() * ${periodDays})::int end as start_day,
                   (random() < 0.05 and o.field <> 'higher_education' and o.n_learners >= 3 and o.n_staff >= 1) as is_group,
                   ${randomInt(1, 'o.n_participants')} as participant_k,
                   ${randomInt(1, 'o.n_partners')} as partner_k,
                   least(o.n_learners, case when o.field = 'youth' then ${randomInt(4, 8)} else ${randomInt(3, 8)} end) as n_learners,
                   floor(random() * o.n_learners)::int as learner_offset,
                   o.n_learners as org_learners,
                   ${randomInt(1, 'greatest(o.n_staff, 1)')} as staff_k,
                   o.n_projects,
                   random() as r_type, random() as r_duration, random() as r_status, random() as r_blended,
                   random() as r_created, ${randomInt(0, 4)} as travel_days,
                   ${weightedPick(transportWeights)} as means_of_transport
            from (select n, case when n <= ${largeMobilities} then 1 else 2 + (n - ${largeMobilities} - 1) % ${otherOrgs} end as org_no
                  from generate_series(1, ${sizes.mobilities}) n) s
            join g_org o using (org_no)) m
      left join g_person person on not m.is_group and person.org_no = m.org_no and person.k = m.participant_k
      join g_choice_count cc on cc.field = m.field
        and cc.mode = case when m.is_group then 'group' else 'individual' end
        and cc.kind = case when m.is_group then '' else person.kind end
      join g_choice c on c.field = cc.field and c.kind = cc.kind and c.mode = cc.mode
        and c.k = 1 + floor(m.r_type * cc.n)::int`,
    );
    await client.query('analyze g_mob');

    const sustainable = meansOfTransport.filter((means) => isGreenTravel(means));
    const band = distanceBands
      .map((b) =>
        Number.isFinite(b.belowKm)
          ? `when d.km >= ${b.minKm} and d.km < ${b.belowKm} then ${literal(b.code)}`
          : `when d.km >= ${b.minKm} then ${literal(b.code)}`,
      )
      .join(' ');
    await step(
      client,
      '  insert mobility',
      `insert into mobility (id, organisation_id, project_id, status, activity_type, mode, sending_organisation_id,
                             receiving_organisation_id, origin_city, origin_country, origin_lat, origin_lon,
                             destination_city, destination_country, destination_lat, destination_lon, start_date,
                             end_date, travel_days, blended, means_of_transport, long_term, duration_days, distance_km,
                             distance_band, green_travel, created_at, updated_at)
      select d.id, o.id, project.id,
             case when d.start_date is null then 'draft'
                  when d.end_date < date '${referenceDay}' then case when d.r_status < 0.93 then 'completed' else 'cancelled' end
                  when d.start_date <= date '${referenceDay}' then case when d.r_status < 0.96 then 'ongoing' else 'cancelled' end
                  when d.r_status < 0.65 then 'planned'
                  when d.r_status < 0.95 then 'draft'
                  else 'cancelled' end,
             d.code, case when d.is_group then 'group' else 'individual' end,
             sending.id, receiving.id, o.city, ${literal(homeCountry)}, o.lat, o.lon,
             receiving.city, receiving.country, receiving.lat, receiving.lon,
             d.start_date, d.end_date, d.travel_days, d.blended, d.means_of_transport,
             coalesce(d.long_term_from is not null and d.duration_days >= d.long_term_from, false),
             d.duration_days, round(d.km::numeric, 1)::float8, case ${band} end,
             d.means_of_transport in (${sustainable.map(literal).join(', ')}),
             d.created_at, d.created_at + interval '3 days'
      from (select m.*,
                   date '2021-01-01' + m.start_day as start_date,
                   date '2021-01-01' + m.start_day + m.days - 1 as end_date,
                   case when m.start_day is not null then m.days end as duration_days,
                   2 * 6371.0088 * asin(sqrt(
                     power(sin(radians(r.lat - o.lat) / 2), 2) +
                     cos(radians(o.lat)) * cos(radians(r.lat)) * power(sin(radians(r.lon - o.lon) / 2), 2)
                   )) as km
            from g_mob m
            join g_org o on o.org_no = m.org_no
            join g_partner r on r.org_no = m.org_no and r.k = m.partner_k) d
      join g_org o on o.org_no = d.org_no
      join g_project project on project.org_no = d.org_no
        and project.j = case when d.start_day is null then 1 + floor(d.r_created * d.n_projects)::int
                             else d.start_day * d.n_projects / ${periodDays} + 1 end
      join g_partner sending on sending.org_no = d.org_no and sending.k = 0
      join g_partner receiving on receiving.org_no = d.org_no and receiving.k = d.partner_k
      order by d.created_at`,
    );
    await step(
      client,
      '  insert mobility_participant',
      `insert into mobility_participant (mobility_id, participant_id, role)
      select mobility_id, participant_id, role from (
        select m.created_at, m.id as mobility_id, p.id as participant_id, 'participant' as role
        from g_mob m join g_person p on p.org_no = m.org_no and p.k = m.participant_k
        where not m.is_group
        union all
        select m.created_at, m.id, learner.id, 'learner'
        from g_mob m cross join lateral generate_series(0, m.n_learners - 1) i
        join g_member learner on learner.org_no = m.org_no and learner.learner
          and learner.role_k = 1 + (m.learner_offset + i) % m.org_learners
        where m.is_group
        union all
        select m.created_at, m.id, staff.id, 'accompanying'
        from g_mob m join g_member staff on staff.org_no = m.org_no and not staff.learner and staff.role_k = m.staff_k
        where m.is_group) links
      order by created_at, mobility_id`,
    );
    const { rows } = await client.query<{ id: string }>('select id from g_org where org_no = 1');
    const largeOrganisationId = rows[0]?.id;
    if (!largeOrganisationId) throw new Error('The large organisation was not generated');
    await mark(largeOrganisationId);
    await client.query('commit');
    return largeOrganisationId;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/**
 * The participants' search text as `insertParticipant` stores it: searchKey (accent- and case-folding in
 * JavaScript, which SQL under the C locale cannot do) of given name, family name and e-mail. Read in batches from
 * g_person, written to g_search.
 */
async function fillSearchText(client: pg.Client) {
  const started = performance.now();
  await client.query(
    'create temp table g_search (p int primary key, search_text text not null) on commit drop',
  );
  const batch = 10_000;
  let last = 0;
  for (;;) {
    const { rows } = await client.query<{
      p: number;
      given_name: string;
      family_name: string;
      email: string | null;
    }>('select p, given_name, family_name, email from g_person where p > $1 order by p limit $2', [
      last,
      batch,
    ]);
    if (rows.length === 0) break;
    await client.query('insert into g_search (p, search_text) select * from unnest($1::int[], $2::text[])', [
      rows.map((row) => row.p),
      rows.map((row) => participantSearchText(row.given_name, row.family_name, row.email)),
    ]);
    last = rows[rows.length - 1]?.p ?? last;
  }
  await client.query('analyze g_search');
  console.log(`  participant search text: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function participantSearchText(givenName: string, familyName: string, email: string | null): string {
  return searchKey(`${givenName} ${familyName} ${email ?? ''}`);
}

/** Every participant was written, each with the search text computed from its own stored names (a sample). */
async function checkSearchText(client: pg.Client, participants: number) {
  const { rows: count } = await client.query<{ n: number }>('select count(*)::int as n from participant');
  if (count[0]?.n !== participants) {
    throw new Error(`${count[0]?.n} participants written instead of ${participants}`);
  }
  const { rows } = await client.query<{
    given_name: string;
    family_name: string;
    email: string | null;
    search_text: string;
  }>('select given_name, family_name, email, search_text from participant order by id limit 1000');
  const wrong = rows.find(
    (row) => row.search_text !== participantSearchText(row.given_name, row.family_name, row.email),
  );
  if (wrong)
    throw new Error(`Wrong search text "${wrong.search_text}" for ${wrong.given_name} ${wrong.family_name}`);
}

const barrierWeights = [
  ['economic', 30],
  ['social', 20],
  ['geographical', 15],
  ['education_and_training_systems', 12],
  ['cultural_differences', 10],
  ['health_problems', 6],
  ['disability', 5],
  ['discrimination', 2],
] as const;

const transportWeights = [
  ['plane', 50],
  ['train', 20],
  ['bus', 10],
  ['coach', 5],
  ['car', 7],
  ['car_sharing', 5],
  ['bike', 1],
  ['other_sustainable', 1],
  ['other', 1],
] as const;

function learnerKinds(): string {
  return (Object.keys(birthYears) as ParticipantKind[]).filter(isLearnerKind).map(literal).join(', ');
}

/**
 * Runs `body` on the bench database (a server started in bench/.data unless BENCH_DATABASE_URL is given), filled
 * at BENCH_SCALE unless it already is.
 */
export async function withBenchData(
  body: (url: string, data: GeneratedData) => Promise<void>,
): Promise<void> {
  const scale = benchEnv.scale;
  const dir = path.join(benchDataDir, scale === 1 ? 'postgres' : `postgres-scale-${scale}`);
  await withDatabase(benchEnv.databaseUrl, dir, { sharedBuffers: benchEnv.sharedBuffers }, async (url) => {
    const data = await generate(url, scale, { reset: !benchEnv.databaseUrl });
    printGenerated(data);
    await body(url, data);
  });
}

async function main() {
  await withBenchData(async () => {});
}

export function printGenerated(data: GeneratedData) {
  const verb = data.fresh ? 'Generated' : 'Reused data generated';
  console.log(`${verb} in ${data.seconds.toFixed(1)} s:`);
  for (const [table, count] of Object.entries(data.counts)) {
    console.log(`  ${table.padEnd(22)} ${count.toLocaleString('en')}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
