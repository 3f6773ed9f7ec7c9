import { type Kysely, sql } from 'kysely';

/**
 * A mobility belongs to its project's organisation, and a survey to its mobility's: each now enforced by one
 * composite foreign key in place of two single ones (to the organisation, and to the project or mobility). This
 * closes a gap between tenants that only the application guarded, and it is one key check a row fewer: when an
 * import writes 100,000 mobilities and their 300,000 planned surveys, 400,000 checks fewer (docs/performance.md).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table project add constraint project_id_organisation_key unique (id, organisation_id)`.execute(
    db,
  );
  await sql`alter table mobility add constraint mobility_id_organisation_key unique (id, organisation_id)`.execute(
    db,
  );
  await sql`
alter table mobility
  drop constraint mobility_organisation_id_fkey,
  drop constraint mobility_project_id_fkey,
  add constraint mobility_project_fkey foreign key (project_id, organisation_id)
    references project (id, organisation_id) on delete cascade`.execute(db);
  await sql`
alter table survey
  drop constraint survey_organisation_id_fkey,
  drop constraint survey_mobility_id_fkey,
  add constraint survey_mobility_fkey foreign key (mobility_id, organisation_id)
    references mobility (id, organisation_id) on delete cascade`.execute(db);
}
