import { answerParticipantRequest, findOrganisation, participantRowsByTable } from '@mobilis/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { audit } from '../audit.js';
import { accessArchive } from '../privacy/access-archive.js';
import type { AppServices } from '../services.js';
import { memberOf, refuse } from './door.js';
import { download } from './download.js';

// A participant's data, for their right of access and portability: one zip a coordinator downloads and passes on.

const isId = (value: string) => z.uuid().safeParse(value).success;

export function registerParticipantDataRoutes(app: FastifyInstance, services: AppServices): void {
  const db = services.database.db;

  app.get<{ Params: { organisationId: string; participantId: string } }>(
    '/api/organisations/:organisationId/participants/:participantId/data.zip',
    { config: { access: 'coordinator', refusals: 'text' } },
    async (request, reply) => {
      const member = memberOf(request);
      const { participantId } = request.params;
      const rows = isId(participantId)
        ? await participantRowsByTable(db, {
            organisationId: member.organisationId,
            participantId,
            withBarriers: true,
          })
        : undefined;
      const person = rows?.participant?.[0];
      if (!rows || !person) return refuse(request, reply, 404, 'This participant does not exist here.');
      // Complete or not at all: barrier categories are theirs too, and only some coordinators may see them. Asked
      // of everyone with fewer opportunities, so that the answer does not tell whose barriers are recorded.
      if (person.fewerOpportunities && !member.specialCategories)
        return refuse(
          request,
          reply,
          403,
          'The copy of a participant with fewer opportunities is made by a coordinator with access to special categories.',
        );
      // A download a page of another site started would be recorded as this coordinator's doing.
      if (request.headers['sec-fetch-site'] === 'cross-site')
        return refuse(request, reply, 403, 'Download the copy from the participant’s page.');
      const now = services.clock();
      await db.transaction().execute(async (trx) => {
        await audit(
          trx,
          { user: member.user, organisation: { id: member.organisationId } },
          {
            entityType: 'participant',
            entityId: participantId,
            action: 'access_archive',
            changes: Object.fromEntries(
              Object.entries(rows).map(([table, tableRows]) => [table, { to: tableRows.length }]),
            ),
          },
        );
        await answerParticipantRequest(trx, {
          organisationId: member.organisationId,
          participantId,
          kind: 'access',
          by: member.user.userId,
          now,
        });
      });
      const organisation = await findOrganisation(db, member.organisationId);
      return download(
        reply,
        'application/zip',
        `mobilis-data-${participantId.slice(0, 8)}.zip`,
        accessArchive(rows, organisation?.legalName ?? 'The organisation', now),
      );
    },
  );
}
