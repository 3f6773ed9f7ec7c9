import { countUnfinishedImportJobs, findImportJob, findProject } from '@mobilis/db';
import { type ImportReport, importLimits } from '@mobilis/schema';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { createImportJob, runImportJob } from '../exchange/import-jobs.js';
import { templateCsv, templateXlsx } from '../exchange/import-template.js';
import { csvContentType, csvStream, xlsxContentType } from '../exchange/spreadsheet-writer.js';
import { takeUploadSlot, uploadLimits } from '../exchange/upload-slots.js';
import type { AppServices } from '../services.js';
import { attachment, memberOf } from './door.js';

// Uploading a file to import (the body is the file itself), the rejected rows of a dry run as a CSV, and the
// template. The job then runs in the background; the console follows it through tRPC (`import.get`).

const megabytes = Math.round(importLimits.maxFileBytes / (1024 * 1024));

interface UploadRoute {
  Params: { organisationId: string };
  Querystring: { projectId?: string; fileName?: string };
  Body: Buffer;
}

function busy(reply: FastifyReply, error: string): FastifyReply {
  return reply.code(429).header('retry-after', '60').send({ error });
}

export async function registerImportRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/octet-stream', 'text/csv', xlsxContentType],
      { parseAs: 'buffer', bodyLimit: importLimits.maxFileBytes },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      if (error.statusCode === 413)
        return reply
          .code(413)
          .send({ error: `The file is larger than ${megabytes} MB: split it into smaller files` });
      if (error.statusCode === 415)
        return reply.code(415).send({ error: 'Upload the file itself (application/octet-stream)' });
      throw error;
    });

    // Who may upload (the door) and whether there is room are settled before the body is read (onRequest), so that
    // neither a stranger nor one busy organisation can make the server hold files it will not take.
    scope.addHook<UploadRoute>('onRequest', async (request, reply) => {
      const member = memberOf(request);
      const unfinished = await countUnfinishedImportJobs(services.database.db, member.organisationId);
      if (unfinished >= uploadLimits.unfinishedJobsPerOrganisation) {
        return busy(
          reply,
          `${unfinished} imports of this organisation are still running or waiting: wait until one has finished`,
        );
      }
      const release = takeUploadSlot(member.organisationId);
      if (!release) return busy(reply, 'Too many files are being uploaded right now: try again in a minute');
      reply.raw.once('close', release);
    });

    const upload = { config: { access: 'coordinator' } } as const;
    scope.post<UploadRoute>('/api/organisations/:organisationId/imports', upload, async (request, reply) => {
      const member = memberOf(request);
      const projectId = request.query.projectId ?? '';
      const project = /^[0-9a-f-]{36}$/i.test(projectId)
        ? await findProject(services.database.db, member.organisationId, projectId)
        : undefined;
      if (!project) return reply.code(404).send({ error: 'Project not found' });
      if (!Buffer.isBuffer(request.body) || request.body.length === 0)
        return reply.code(400).send({ error: 'The file is empty' });
      const id = await createImportJob(services.database.db, {
        organisationId: member.organisationId,
        projectId,
        userId: member.user.userId,
        fileName: request.query.fileName || 'import',
        bytes: request.body,
      });
      void runImportJob({ db: services.database.db, clock: services.clock, log: request.log }, id);
      return reply.code(202).send({ id });
    });
  });

  app.get<{ Params: { organisationId: string; id: string } }>(
    '/api/organisations/:organisationId/imports/:id/rejected.csv',
    { config: { access: 'member' } },
    async (request, reply) => {
      const member = memberOf(request);
      const job = /^[0-9a-f-]{36}$/i.test(request.params.id)
        ? await findImportJob(services.database.db, member.organisationId, request.params.id)
        : undefined;
      if (!job) return reply.code(404).send({ error: 'Import not found' });
      const report = job.report as ImportReport | null;
      const rows = (report?.issues ?? []).map((issue) => [issue.line, issue.column, issue.message]);
      return attachment(reply, `rejected-rows-${job.fileName}.csv`, csvContentType).send(
        csvStream(['Line', 'Column', 'Reason'], rows),
      );
    },
  );

  app.get('/api/import-template.xlsx', { config: { access: 'public' } }, async (_request, reply) =>
    attachment(reply, 'mobilis-import-template.xlsx', xlsxContentType).send(templateXlsx()),
  );
  app.get('/api/import-template.csv', { config: { access: 'public' } }, async (_request, reply) =>
    attachment(reply, 'mobilis-import-template.csv', csvContentType).send(templateCsv()),
  );
}
