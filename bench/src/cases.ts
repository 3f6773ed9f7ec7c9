import { type MobilityListQuery, type ParticipantListQuery, plannerSettings } from '@mobilis/db';
import pg from 'pg';
import { mobilityListSql, runList } from './raw-queries.js';

// What the list benchmarks measure: two organisations and the list calls the console makes for them.

export const pageSize = 50;
/** The deep page starts after this row (page 201 at 50 a page). */
export const deepRow = 10_000;

export interface Organisation {
  label: 'large' | 'typical';
  id: string;
  legalName: string;
  mobilities: number;
  participants: number;
}

export type ListCase = { organisation: Organisation; name: string } & (
  | { list: 'mobilities'; query: MobilityListQuery }
  | { list: 'participants'; query: ParticipantListQuery }
);

const OID = { int8: 20, date: 1082, numeric: 1700 } as const;
/** The same value shapes as @mobilis/db's pool (dates as ISO days, counts as numbers), so results compare. */
const parsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => Number(value),
  [OID.date]: (value) => value,
  [OID.numeric]: (value) => Number(value),
};

export function rawPool(url: string): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    // The product's session settings, so that the hand-written SQL runs as the repository's does.
    options: Object.entries(plannerSettings)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' '),
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
}

/** The large organisation, and a typical one: a VET provider like it (so the same filters apply). */
export async function pickOrganisations(pool: pg.Pool, largeId: string): Promise<Organisation[]> {
  const { rows } = await pool.query<{
    id: string;
    legal_name: string;
    mobilities: number;
    participants: number;
  }>(
    `select o.id, o.legal_name,
            (select count(*) from mobility m where m.organisation_id = o.id) as mobilities,
            (select count(*) from participant p where p.organisation_id = o.id) as participants
     from organisation o
     where o.id = $1
        or o.id = (select id from organisation where type = 'vet_provider' and id <> $1 and oid >= 'E10000500'
                   order by oid limit 1)
     order by o.id = $1 desc`,
    [largeId],
  );
  return rows.map((row, index) => ({
    label: index === 0 ? 'large' : 'typical',
    id: row.id,
    legalName: row.legal_name,
    mobilities: row.mobilities,
    participants: row.participants,
  }));
}

/** Parts of real surnames of the organisation: one frequent, one that a single participant has. */
async function searchTerms(pool: pg.Pool, organisationId: string) {
  const { rows } = await pool.query<{ family_name: string; n: number }>(
    `select family_name, count(*) as n from participant
     where organisation_id = $1 and family_name ~ '^[A-Za-z]{7,}$'
     group by family_name order by count(*) desc, family_name`,
    [organisationId],
  );
  const common = rows[0]?.family_name ?? 'Mueller';
  const singles = rows.filter((row) => row.n === 1);
  const rare = singles[Math.floor(singles.length / 2)]?.family_name ?? 'Schwarzenegger';
  return { common: common.slice(1, 5).toLowerCase(), rare: rare.slice(1, 6).toLowerCase() };
}

export async function listCases(pool: pg.Pool, organisation: Organisation): Promise<ListCase[]> {
  const mobilities = (name: string, query: MobilityListQuery): ListCase => ({
    organisation,
    name,
    list: 'mobilities',
    query,
  });
  const participants = (name: string, query: ParticipantListQuery): ListCase => ({
    organisation,
    name,
    list: 'participants',
    query,
  });

  const filtered = {
    status: ['planned', 'completed'],
    activityType: ['LM-SHORT-VET'],
    limit: pageSize,
  } satisfies MobilityListQuery;
  // The cursor of the deep page: the row at `deepRow` of the raw query (or near the end, for a small organisation).
  const { total } = await runList(pool, mobilityListSql(organisation.id, { ...filtered, limit: 1 }));
  const position = Math.max(1, Math.min(deepRow, total - pageSize));
  const upTo = await runList<{ id: string; start_date: string | null }>(
    pool,
    mobilityListSql(organisation.id, { ...filtered, limit: position }),
  );
  const cursorRow = upTo.rows[position - 1];
  if (!cursorRow) throw new Error(`No row ${position} for the deep page`);
  const after = { startDate: cursorRow.start_date, id: cursorRow.id };
  const terms = await searchTerms(pool, organisation.id);

  return [
    mobilities('mobilities, no filter, page 1', { limit: pageSize }),
    mobilities('mobilities, status + activity type, page 1', filtered),
    mobilities('mobilities, status + destination ES, page 1', {
      status: ['planned', 'completed'],
      destinationCountry: ['ES'],
      limit: pageSize,
    }),
    mobilities(`mobilities, status + activity type, after row ${position.toLocaleString('en')}`, {
      ...filtered,
      after,
    }),
    participants(`participants, search "${terms.common}" (frequent surname)`, {
      search: terms.common,
      limit: pageSize,
    }),
    participants(`participants, search "${terms.rare}" (rare surname)`, {
      search: terms.rare,
      limit: pageSize,
    }),
    mobilities(`mobilities, participant search "${terms.common}"`, { search: terms.common, limit: pageSize }),
    mobilities(`mobilities, participant search "${terms.rare}"`, { search: terms.rare, limit: pageSize }),
    mobilities('mobilities, participant kind apprentice + fewer opp.', {
      participantKind: ['apprentice'],
      fewerOpportunities: true,
      limit: pageSize,
    }),
  ];
}
