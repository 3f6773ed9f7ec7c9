import type { Executor } from '../executor.js';

/**
 * What participants wrote, in their own words, about an outcome at the end of their mobility: the newest first,
 * without who wrote it. For the organisation's coordinators only (the API decides).
 */
export async function outcomeExamples(
  db: Executor,
  query: {
    organisationId: string;
    projectId?: string | undefined;
    callYear?: number | undefined;
    outcomeCode: string;
  },
  limit = 30,
): Promise<Array<{ text: string; submittedAt: Date | null }>> {
  let select = db
    .selectFrom('surveyExample')
    .innerJoin('survey', 'survey.id', 'surveyExample.surveyId')
    .innerJoin('mobility', 'mobility.id', 'survey.mobilityId')
    .innerJoin('project', 'project.id', 'mobility.projectId')
    .select(['surveyExample.text', 'survey.submittedAt'])
    .where('surveyExample.organisationId', '=', query.organisationId)
    .where('survey.status', '=', 'submitted')
    .where('surveyExample.outcomeCode', '=', query.outcomeCode)
    .where('surveyExample.text', '<>', '');
  if (query.projectId) select = select.where('mobility.projectId', '=', query.projectId);
  if (query.callYear) select = select.where('project.grantAgreementNumber', 'like', `${query.callYear}-%`);
  return select.orderBy('survey.submittedAt', 'desc').limit(limit).execute();
}
