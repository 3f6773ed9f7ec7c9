import type { MobilityListQuery, ParticipantListQuery } from '@mobilis/db';
import { searchKey } from '@mobilis/schema';
import type pg from 'pg';

// The repository's list queries written by hand for `pg`: the same SQL, filters, order and keyset cursor, and
// the same page + count pair run side by side. They are the baseline the repository layer is measured against.
// Lists are one array parameter (`= any($1::text[])`) where Kysely writes `in ($1, $2)`: the same plan.

export interface RawQuery {
  text: string;
  values: unknown[];
}

export interface ListQueries {
  page: RawQuery;
  count: RawQuery;
}

export interface RawPage<Row> {
  rows: Row[];
  total: number;
}

class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A LIKE pattern for a search term anywhere, folded as participant.search_text is (searchKey: case and accents),
 * LIKE's wildcards taken literally: what the repository passes.
 */
function containsPattern(term: string): string {
  return `%${searchKey(term).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The sort key of the mobility list and of its index: undated drafts last. */
const startKey = `coalesce(m.start_date, '-infinity'::date)`;

export function mobilityListSql(organisationId: string, query: MobilityListQuery): ListQueries {
  const params = new Parameters();
  const organisation = params.add(organisationId);
  const where = [`m.organisation_id = ${organisation}`];
  if (query.projectId) where.push(`m.project_id = ${params.add(query.projectId)}`);
  if (query.status?.length) where.push(`m.status = any(${params.add(query.status)}::text[])`);
  if (query.activityType?.length)
    where.push(`m.activity_type = any(${params.add(query.activityType)}::text[])`);
  if (query.destinationCountry?.length)
    where.push(`m.destination_country = any(${params.add(query.destinationCountry)}::text[])`);
  if (query.startFrom) where.push(`m.start_date >= ${params.add(query.startFrom)}`);
  if (query.startTo) where.push(`m.start_date <= ${params.add(query.startTo)}`);
  if (query.participantId) {
    where.push(`exists (select 1 from mobility_participant mp
      where mp.mobility_id = m.id and mp.participant_id = ${params.add(query.participantId)})`);
  }
  if (query.participantKind?.length || query.fewerOpportunities !== undefined || query.search) {
    // Narrowed to the organisation's own participants, as the repository does for the owner's list.
    const on = ['mp.mobility_id = m.id', `pa.organisation_id = ${organisation}`];
    if (query.participantKind?.length) on.push(`pa.kind = any(${params.add(query.participantKind)}::text[])`);
    if (query.fewerOpportunities !== undefined)
      on.push(`pa.fewer_opportunities = ${params.add(query.fewerOpportunities)}`);
    if (query.search) on.push(`pa.search_text like ${params.add(containsPattern(query.search))}`);
    where.push(`exists (select 1 from mobility_participant mp join participant pa on pa.id = mp.participant_id
      where ${on.join(' and ')})`);
  }
  const count: RawQuery = {
    text: `select count(*) as count from mobility m where ${where.join(' and ')}`,
    values: [...params.values],
  };

  if (query.after) {
    const startDate = params.add(query.after.startDate);
    const id = params.add(query.after.id);
    where.push(`(${startKey}, m.id) < (coalesce(${startDate}::date, '-infinity'::date), ${id}::uuid)`);
  }
  const page: RawQuery = {
    text: `select m.id, m.project_id, p.grant_agreement_number, o.legal_name as beneficiary_name, m.status,
        m.activity_type, m.mode, m.start_date, m.end_date, m.duration_days, m.destination_city,
        m.destination_country, m.distance_band,
        (select string_agg(pa.given_name || ' ' || pa.family_name, ', ' order by pa.family_name)
         from mobility_participant mp join participant pa on pa.id = mp.participant_id
         where mp.mobility_id = m.id) as participant_names
      from mobility m join project p on p.id = m.project_id join organisation o on o.id = m.organisation_id
      where ${where.join(' and ')}
      order by ${startKey} desc, m.id desc
      limit ${params.add(query.limit)}`,
    values: params.values,
  };
  return { page, count };
}

export function participantListSql(organisationId: string, query: ParticipantListQuery): ListQueries {
  const params = new Parameters();
  const where = [`organisation_id = ${params.add(organisationId)}`];
  if (query.search) where.push(`search_text like ${params.add(containsPattern(query.search))}`);
  if (query.kind?.length) where.push(`kind = any(${params.add(query.kind)}::text[])`);
  if (query.fewerOpportunities !== undefined)
    where.push(`fewer_opportunities = ${params.add(query.fewerOpportunities)}`);
  const count: RawQuery = {
    text: `select count(*) as count from participant where ${where.join(' and ')}`,
    values: [...params.values],
  };
  if (query.after) {
    const { familyName, givenName, id } = query.after;
    where.push(
      `(family_name, given_name, id) > (${params.add(familyName)}, ${params.add(givenName)}, ${params.add(id)})`,
    );
  }
  const page: RawQuery = {
    text: `select id, given_name, family_name, email, birth_date, gender, nationality, preferred_language, kind,
        fewer_opportunities, esi
      from participant
      where ${where.join(' and ')}
      order by family_name, given_name, id
      limit ${params.add(query.limit)}`,
    values: params.values,
  };
  return { page, count };
}

/** Runs a page and its count at the same time, as the repository does. */
export async function runList<Row extends pg.QueryResultRow>(
  pool: pg.Pool,
  queries: ListQueries,
): Promise<RawPage<Row>> {
  const [page, count] = await Promise.all([
    pool.query<Row>(queries.page.text, queries.page.values),
    pool.query<{ count: number }>(queries.count.text, queries.count.values),
  ]);
  return { rows: page.rows, total: Number(count.rows[0]?.count ?? 0) };
}
