import type { Executor } from '@mobilis/db';
import type { AnalyticsDimension } from '@mobilis/schema';

/**
 * Names for the values the console cannot name itself: projects (grant agreement number and title) and
 * organisations. Other values are codes of @mobilis/schema's reference data, which the console labels. Callers pass
 * only values of a table read within the caller's scope, so no other organisation's names are looked up.
 */
export async function valueLabels(
  db: Executor,
  dimension: AnalyticsDimension,
  values: readonly string[],
): Promise<Record<string, string>> {
  const ids = values.filter((value) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  );
  if (ids.length === 0) return {};
  if (dimension === 'project') {
    const rows = await db
      .selectFrom('project')
      .select(['id', 'grantAgreementNumber', 'title'])
      .where('id', 'in', ids)
      .execute();
    return Object.fromEntries(
      rows.map((row) => [
        row.id,
        row.title ? `${row.grantAgreementNumber} · ${row.title}` : row.grantAgreementNumber,
      ]),
    );
  }
  if (dimension === 'organisation') {
    const rows = await db
      .selectFrom('organisation')
      .select(['id', 'legalName'])
      .where('id', 'in', ids)
      .execute();
    return Object.fromEntries(rows.map((row) => [row.id, row.legalName]));
  }
  return {};
}
