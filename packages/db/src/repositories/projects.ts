import type { ProjectCreate } from '@mobilis/schema';
import { withOutcomeRollup } from '../analytics/rollup.js';
import type { Executor } from '../executor.js';

const projectColumns = [
  'project.id',
  'project.grantAgreementNumber',
  'project.title',
  'project.actionType',
  'project.field',
  'project.startDate',
  'project.endDate',
  'project.organisationId',
] as const;

export type ProjectFields = Omit<ProjectCreate, 'beneficiaryOrganisationId'>;

/** Projects of one organisation, with how many mobilities each has. */
export async function listProjects(db: Executor, organisationId: string) {
  return db
    .selectFrom('project')
    .select(projectColumns)
    .select((eb) =>
      eb
        .selectFrom('mobility')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('mobility.projectId', '=', 'project.id')
        .as('mobilityCount'),
    )
    .where('project.organisationId', '=', organisationId)
    .orderBy('project.startDate', 'desc')
    .orderBy('project.grantAgreementNumber')
    .execute();
}

export async function findProject(db: Executor, organisationId: string, id: string) {
  const project = await db
    .selectFrom('project')
    .select(projectColumns)
    .where('project.organisationId', '=', organisationId)
    .where('project.id', '=', id)
    .executeTakeFirst();
  if (!project) return undefined;
  const members = await db
    .selectFrom('projectConsortiumMember')
    .select('organisationId')
    .where('projectId', '=', id)
    .execute();
  return { ...project, consortiumMemberIds: members.map((member) => member.organisationId) };
}

export async function insertProject(
  db: Executor,
  organisationId: string,
  project: ProjectFields,
): Promise<string> {
  const { consortiumMemberIds, ...fields } = project;
  const { id } = await db
    .insertInto('project')
    .values({ ...fields, title: fields.title ?? null, organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceConsortium(db, id, consortiumMemberIds);
  return id;
}

/**
 * Updates a project. Only its call year (the grant agreement number's first four digits), field and action type
 * are outcome-analytics breakdowns: an edit that keeps them (a title, the dates, the consortium) leaves the
 * outcome rollup alone, which for a project of many respondents saves minutes.
 */
export async function updateProject(
  db: Executor,
  organisationId: string,
  id: string,
  project: ProjectFields,
): Promise<boolean> {
  const run = async (tx: Executor) => {
    const stored = await tx
      .selectFrom('project')
      .select(['grantAgreementNumber', 'field', 'actionType'])
      .where('organisationId', '=', organisationId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!stored) return false;
    const sameBreakdowns =
      stored.grantAgreementNumber.slice(0, 4) === project.grantAgreementNumber.slice(0, 4) &&
      stored.field === project.field &&
      stored.actionType === project.actionType;
    if (sameBreakdowns) return writeUpdateProject(tx, organisationId, id, project);
    return withOutcomeRollup(tx, organisationId, { projectId: id }, (inner) =>
      writeUpdateProject(inner, organisationId, id, project),
    );
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

async function writeUpdateProject(
  db: Executor,
  organisationId: string,
  id: string,
  project: ProjectFields,
): Promise<boolean> {
  const { consortiumMemberIds, ...fields } = project;
  const result = await db
    .updateTable('project')
    .set({ ...fields, title: fields.title ?? null, updatedAt: new Date() })
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await replaceConsortium(db, id, consortiumMemberIds);
  return true;
}

export async function deleteProject(db: Executor, organisationId: string, id: string): Promise<boolean> {
  return withOutcomeRollup(db, organisationId, { projectId: id }, (tx) =>
    writeDeleteProject(tx, organisationId, id),
  );
}

async function writeDeleteProject(db: Executor, organisationId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('project')
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

async function replaceConsortium(
  db: Executor,
  projectId: string,
  organisationIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('projectConsortiumMember').where('projectId', '=', projectId).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('projectConsortiumMember')
    .values(organisationIds.map((organisationId) => ({ projectId, organisationId })))
    .execute();
}
