import { hitRateLimit } from '@mobilis/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { audit } from '../audit.js';
import type { AppServices } from '../services.js';
import { memberMobility, memberProject, signedInUser, surveyRespondent } from './certificate-access.js';
import { zipArchive } from './certificate-archive.js';
import { notAvailableText } from './certificate-content.js';
import { loadCertificateFacts, loadCertifiedMobility } from './certificate-facts.js';
import { certificatePdf } from './certificate-pdf.js';
import { archiveFileName, attachment, certificateFileName } from './file-names.js';
import { projectCertificates } from './project-certificates.js';

// Certificate downloads: plain same-origin GETs that stream a PDF or a zip, for the console's download links and
// the participant's receipt page. Refusals are one sentence of plain text, as the browser shows them as a page.

const Id = z.uuid();
const isId = (value: string) => Id.safeParse(value).success;

function refuse(reply: FastifyReply, status: number, message: string) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(message);
}

function download(reply: FastifyReply, type: string, fileName: string, body: NodeJS.ReadableStream) {
  return reply
    .header('content-type', type)
    .header('content-disposition', attachment(fileName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

const notCompleted = (status: string) =>
  `Certificates are issued once a mobility is completed: this one is ${status}.`;

export function registerCertificateRoutes(app: FastifyInstance, services: AppServices): void {
  const db = services.database.db;

  /** One participant's certificate, for members of the organisation that owns the mobility. */
  app.get<{ Params: { mobilityId: string; participantId: string } }>(
    '/api/certificates/mobilities/:mobilityId/participants/:participantId.pdf',
    async (request, reply) => {
      const user = await signedInUser(request, services);
      if (!user) return refuse(reply, 401, 'Please sign in to download certificates.');
      const { mobilityId, participantId } = request.params;
      const found = isId(mobilityId) ? await memberMobility(db, user.userId, mobilityId) : undefined;
      if (!found) return refuse(reply, 404, 'Mobility not found.');
      const mobility = found.record;
      if (mobility.status !== 'completed') return refuse(reply, 409, notCompleted(mobility.status));
      const holder = mobility.holders.find((person) => person.id === participantId);
      if (!holder) return refuse(reply, 404, 'This person has no certificate in this mobility.');

      const facts = await loadCertificateFacts(db, mobility, holder.id);
      await audit(
        db,
        { user, organisation: found.organisation },
        {
          entityType: 'mobility',
          entityId: mobility.id,
          action: 'certificate',
          changes: { participantId: { to: holder.id } },
        },
      );
      const pdf = certificatePdf(facts, services.clock());
      return download(reply, 'application/pdf', certificateFileName(holder, mobility.startDate), pdf);
    },
  );

  /** Every certificate of a project's completed mobilities, one PDF per participant, in one zip. */
  app.get<{ Params: { projectId: string } }>(
    '/api/certificates/projects/:projectId.zip',
    async (request, reply) => {
      const user = await signedInUser(request, services);
      if (!user) return refuse(reply, 401, 'Please sign in to download certificates.');
      const { projectId } = request.params;
      const found = isId(projectId) ? await memberProject(db, user.userId, projectId) : undefined;
      if (!found) return refuse(reply, 404, 'Project not found.');
      const issuedAt = services.clock();
      const entries = await projectCertificates(db, found.organisation.id, projectId, issuedAt);
      if (entries.length === 0)
        return refuse(
          reply,
          409,
          'This project has no completed mobilities yet: there are no certificates to download.',
        );
      await audit(
        db,
        { user, organisation: found.organisation },
        {
          entityType: 'project',
          entityId: projectId,
          action: 'certificates',
          changes: { certificates: { to: entries.length } },
        },
      );
      return download(
        reply,
        'application/zip',
        archiveFileName(found.record.grantAgreementNumber),
        zipArchive(entries, issuedAt),
      );
    },
  );

  /** The participant's own certificate, through their survey session, once the mobility and its end survey are done. */
  app.get('/api/survey/certificate.pdf', async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const respondent = await surveyRespondent(request, services);
    if (!respondent)
      return refuse(reply, 401, 'Your survey session has ended: open the link from your e-mail again.');
    const limited = await hitRateLimit(db, `certificate:session:${respondent.sessionId}`, {
      limit: 30,
      windowMs: 10 * 60 * 1000,
      now: services.clock(),
    });
    if (!limited.allowed) return refuse(reply, 429, 'Too many downloads. Wait a few minutes and try again.');

    const mobility = await loadCertifiedMobility(db, respondent.organisationId, respondent.mobilityId);
    if (!mobility?.holders.some((person) => person.id === respondent.participantId))
      return refuse(reply, 404, 'Certificate not found.');
    const facts = await loadCertificateFacts(db, mobility, respondent.participantId);
    if (mobility.status !== 'completed' || !facts.assessment)
      return refuse(reply, 409, notAvailableText(facts.locale, mobility.issuer));
    const pdf = certificatePdf(facts, services.clock());
    return download(
      reply,
      'application/pdf',
      certificateFileName(facts.participant, mobility.startDate),
      pdf,
    );
  });
}
