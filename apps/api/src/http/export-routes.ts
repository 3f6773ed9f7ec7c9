import { randomUUID } from 'node:crypto';
import {
  listMobilities,
  listParticipants,
  mobilityExportRows,
  participantExportRows,
  recordAuditEvent,
} from '@mobilis/db';
import {
  AnalyticsScopeSchema,
  beneficiaryModuleLayout,
  type ImportLayout,
  MobilityListQuerySchema,
  mobilisLayout,
  ParticipantListQuerySchema,
} from '@mobilis/schema';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { exportColumns, type FieldCells, mobilityCells, participantCells } from '../exchange/export-cells.js';
import {
  type CellValue,
  csvContentType,
  csvStream,
  xlsxContentType,
  xlsxStream,
} from '../exchange/spreadsheet-writer.js';
import { surveyResultsHeaders, surveyResultsRows } from '../exchange/survey-results-table.js';
import { createCaller } from '../router/index.js';
import type { AppServices } from '../services.js';
import { attachment, type Member, memberOf, refuse } from './door.js';

// Exports of the participants and mobilities lists, filtered exactly as the lists are (the same query schemas, as
// query parameters), as CSV or XLSX in the Mobilis template's columns; and a project's mobilities in the
// Beneficiary Module's layout. Sensitive fields only on request, for coordinators; every export is audited
// (what, filters, how many rows; never the rows themselves).

const pageSize = 1_000;
type Format = 'csv' | 'xlsx';

interface ExportRoute {
  Params: { organisationId: string; format: string };
  Querystring: Record<string, string | string[]>;
}

/** Query parameters into a schema's input: repeated keys are lists, "true"/"false" booleans, digits numbers. */
function listInput<S extends z.ZodObject>(schema: S, query: Record<string, string | string[]>) {
  const input: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = query[key];
    if (value === undefined || key === 'cursor' || key === 'limit') continue;
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    if (inner instanceof z.ZodArray) input[key] = [value].flat();
    else if (inner instanceof z.ZodBoolean)
      input[key] = value === 'true' ? true : value === 'false' ? false : value;
    else if (inner instanceof z.ZodNumber) input[key] = Number([value].flat()[0]);
    else input[key] = [value].flat()[0];
  }
  return schema.safeParse(input);
}

/** The filters as the audit log keeps them: a name search is personal data, so only its presence is noted. */
function auditedFilters(filters: object) {
  const { search, cursor: _c, limit: _l, ...rest } = filters as Record<string, unknown>;
  return { ...rest, ...(search ? { search: '(a search)' } : {}) };
}

async function* pages<T>(fetch: (after: T | undefined) => Promise<{ rows: T[] }>) {
  let after: T | undefined;
  for (;;) {
    const { rows } = await fetch(after);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    after = rows.at(-1);
  }
}

function send(
  reply: FastifyReply,
  format: Format,
  name: string,
  layout: ImportLayout['columns'],
  rows: AsyncIterable<FieldCells>,
) {
  const headers = layout.map((column) => column.header);
  async function* cells(): AsyncIterable<CellValue[]> {
    for await (const row of rows) yield layout.map((column) => row[column.field] ?? null);
  }
  const date = new Date().toISOString().slice(0, 10);
  return format === 'csv'
    ? attachment(reply, `${name}-${date}.csv`, csvContentType).send(csvStream(headers, cells()))
    : attachment(reply, `${name}-${date}.xlsx`, xlsxContentType).send(
        xlsxStream([{ name: 'Export', headers, rows: cells() }]),
      );
}

async function auditExport(
  services: AppServices,
  member: Member,
  what: string,
  details: {
    format: Format;
    filters: object;
    rows: number;
    includeSensitive: boolean;
    withBarriers?: boolean;
  },
) {
  await recordAuditEvent(services.database.db, {
    actorUserId: member.user.userId,
    organisationId: member.organisationId,
    entityType: 'export',
    entityId: randomUUID(),
    action: what,
    changes: {
      format: { to: details.format },
      filters: { to: auditedFilters(details.filters) },
      rows: { to: details.rows },
      includeSensitive: { to: details.includeSensitive },
      barriers: { to: details.withBarriers ?? false },
    },
  });
}

export function registerExportRoutes(app: FastifyInstance, services: AppServices): void {
  const db = services.database.db;

  /** Checks the format and sensitive access (coordinators only); answers and returns undefined when refused. */
  function exporter(request: FastifyRequest<ExportRoute>, reply: FastifyReply) {
    const format = request.params.format;
    if (format !== 'csv' && format !== 'xlsx') {
      reply.code(404).send({ error: 'Exports are csv or xlsx' });
      return undefined;
    }
    const member = memberOf(request);
    const includeSensitive = request.query.includeSensitive === 'true';
    if (includeSensitive && member.role !== 'coordinator') {
      refuse(request, reply, 403, 'Only coordinators of this organisation can do this');
      return undefined;
    }
    // Barrier categories (special categories of data) only for a member granted access to them.
    const withBarriers = includeSensitive && member.specialCategories;
    return { member, format: format as Format, includeSensitive, withBarriers };
  }

  app.get<ExportRoute>(
    '/api/organisations/:organisationId/exports/participants.:format',
    { config: { access: 'member' } },
    async (request, reply) => {
      const access = exporter(request, reply);
      if (!access) return reply;
      const query = listInput(ParticipantListQuerySchema, request.query);
      if (!query.success)
        return reply.code(400).send({ error: query.error.issues.map((i) => i.message).join('; ') });
      const filters = { ...query.data, limit: pageSize };
      const organisationId = access.member.organisationId;
      const { total } = await listParticipants(db, organisationId, { ...filters, limit: 1 });
      await auditExport(services, access.member, 'participants', { ...access, filters, rows: total });
      async function* rows() {
        for await (const page of pages(
          (after: { id: string; familyName: string; givenName: string } | undefined) =>
            listParticipants(db, organisationId, { ...filters, after }),
        ))
          for (const row of await participantExportRows(
            db,
            organisationId,
            page.map((p) => p.id),
          ))
            yield participantCells(row);
      }
      const columns = exportColumns(mobilisLayout, {
        includeSensitive: access.includeSensitive,
        withBarriers: access.withBarriers,
        records: ['participant'],
      });
      return send(reply, access.format, 'participants', columns, rows());
    },
  );

  app.get<ExportRoute>(
    '/api/organisations/:organisationId/exports/mobilities.:format',
    { config: { access: 'member' } },
    async (request, reply) => {
      const access = exporter(request, reply);
      if (!access) return reply;
      const query = listInput(MobilityListQuerySchema, request.query);
      if (!query.success)
        return reply.code(400).send({ error: query.error.issues.map((i) => i.message).join('; ') });
      const columns = exportColumns(mobilisLayout, {
        includeSensitive: access.includeSensitive,
        withBarriers: access.withBarriers,
      });
      return sendMobilities(reply, access, 'mobilities', { ...query.data, limit: pageSize }, columns);
    },
  );

  /** A project's mobilities in the Beneficiary Module's layout, completed ones unless `status` says otherwise. */
  app.get<ExportRoute>(
    '/api/organisations/:organisationId/exports/beneficiary-module.:format',
    { config: { access: 'coordinator' } },
    async (request, reply) => {
      const access = exporter(request, reply);
      if (!access) return reply;
      const query = listInput(MobilityListQuerySchema.pick({ projectId: true, status: true }), request.query);
      if (!query.success || !query.data.projectId)
        return reply.code(400).send({ error: 'Choose the project to export (projectId)' });
      const filters = { status: ['completed' as const], ...query.data, limit: pageSize };
      // The Module needs its personal fields (birth date, gender, fewer opportunities); barriers are not among them.
      const columns = exportColumns(beneficiaryModuleLayout, { includeSensitive: true });
      return sendMobilities(
        reply,
        { ...access, includeSensitive: true },
        'beneficiary-module',
        filters,
        columns,
      );
    },
  );

  /** The outcome analytics of the organisation (or one project, or call year) as a table, suppression kept. */
  app.get<ExportRoute>(
    '/api/organisations/:organisationId/exports/survey-results.:format',
    { config: { access: 'member' } },
    async (request, reply) => {
      const access = exporter(request, reply);
      if (!access) return reply;
      const scope = listInput(AnalyticsScopeSchema.omit({ organisationId: true }), request.query);
      if (!scope.success)
        return reply.code(400).send({ error: scope.error.issues.map((i) => i.message).join('; ') });
      const overview = await createCaller(access.member.context)
        .analytics.overview({ ...scope.data, organisationId: access.member.organisationId, breakdown: 'all' })
        // The procedure's refusal (a project of another organisation: NOT_FOUND) keeps its status, not a 500.
        .catch((error: unknown) => {
          if (error instanceof TRPCError) return error;
          throw error;
        });
      if (overview instanceof TRPCError)
        return reply.code(getHTTPStatusCodeFromError(overview)).send({ error: overview.message });
      const rows = surveyResultsRows(overview);
      await auditExport(services, access.member, 'survey-results', {
        ...access,
        filters: scope.data,
        rows: rows.length,
      });
      const date = new Date().toISOString().slice(0, 10);
      return access.format === 'csv'
        ? attachment(reply, `survey-results-${date}.csv`, csvContentType).send(
            csvStream(surveyResultsHeaders, rows),
          )
        : attachment(reply, `survey-results-${date}.xlsx`, xlsxContentType).send(
            xlsxStream([{ name: 'Survey results', headers: surveyResultsHeaders, rows }]),
          );
    },
  );

  async function sendMobilities(
    reply: FastifyReply,
    access: { member: Member; format: Format; includeSensitive: boolean },
    what: string,
    filters: Parameters<typeof listMobilities>[2],
    columns: ImportLayout['columns'],
  ) {
    const organisationId = access.member.organisationId;
    const { total } = await listMobilities(db, organisationId, { ...filters, limit: 1 });
    await auditExport(services, access.member, what, { ...access, filters, rows: total });
    async function* rows() {
      for await (const page of pages((after: { id: string; startDate: string | null } | undefined) =>
        listMobilities(db, organisationId, { ...filters, after }),
      ))
        for (const row of await mobilityExportRows(
          db,
          organisationId,
          page.map((m) => m.id),
        ))
          yield mobilityCells(row);
    }
    return send(reply, access.format, what, columns, rows());
  }
}
