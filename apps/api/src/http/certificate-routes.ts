import { findProject, hitRateLimit } from '@mobilis/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { audit } from '../audit.js';
import { zipArchive } from '../certificate/certificate-archive.js';
import { notAvailableText } from '../certificate/certificate-content.js';
import { loadCertificateFacts, loadCertifiedMobility } from '../certificate/certificate-facts.js';
import { certificatePdf } from '../certificate/certificate-pdf.js';
import { archiveFileName, certificateFileName } from '../certificate/file-names.js';
import { projectCertificates } from '../certificate/project-certificates.js';
import type { AppServices } from '../services.js';
import { memberOf, refuse } from './door.js';
import { download } from './download.js';

// Certificate downloads: plain same-origin GETs that stream a PDF or a zip, for the console's download links and
// the participant's receipt page. Refusals are one sentence of plain text, as the browser shows them as a page.

const Id = z.uuid();
const isId = (value: string) => Id.safeParse(value).success;

/** Refusals are a sentence of text: the browser shows them as the page. */
const asLink = { refusals: 'text' } as const;

const notCompleted = (status: string) =>
  `Certificates are issued once a mobility is completed: this one is ${status}.`;

export function registerCertificateRoutes(app: FastifyInstance, services: AppServices): void {
  const db = services.database.db;

  /** One participant's certificate, for members of the organisation that owns the mobility. */
  app.get<{ Params: { organisationId: string; mobilityId: string; participantId: string } }>(
    '/api/organisations/:organisationId/certificates/mobilities/:mobilityId/participants/:participantId.pdf',
    { config: { access: 'member', ...asLink } },
    async (request, reply) => {
      const { user, organisationId } = memberOf(request);
      const { mobilityId, participantId } = request.params;
      const mobility = isId(mobilityId)
        ? await loadCertifiedMobility(db, organisationId, mobilityId)
        : undefined;
      if (!mobility) return refuse(request, reply, 404, 'Mobility not found.');
      if (mobility.status !== 'completed') return refuse(request, reply, 409, notCompleted(mobility.status));
      const holder = mobility.holders.find((person) => person.id === participantId);
      if (!holder) return refuse(request, reply, 404, 'This person has no certificate in this mobility.');

      const facts = await loadCertificateFacts(db, mobility, holder.id);
      await audit(
        db,
        { user, organisation: { id: organisationId } },
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
  app.get<{ Params: { organisationId: string; projectId: string } }>(
    '/api/organisations/:organisationId/certificates/projects/:projectId.zip',
    { config: { access: 'member', ...asLink } },
    async (request, reply) => {
      const { user, organisationId } = memberOf(request);
      const { projectId } = request.params;
      const project = isId(projectId) ? await findProject(db, organisationId, projectId) : undefined;
      if (!project) return refuse(request, reply, 404, 'Project not found.');
      const issuedAt = services.clock();
      const entries = await projectCertificates(db, organisationId, projectId, issuedAt);
      if (entries.length === 0)
        return refuse(
          request,
          reply,
          409,
          'This project has no completed mobilities yet: there are no certificates to download.',
        );
      await audit(
        db,
        { user, organisation: { id: organisationId } },
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
        archiveFileName(project.grantAgreementNumber),
        zipArchive(entries, issuedAt),
      );
    },
  );

  /** The participant's own certificate, through their survey session, once the mobility and its end survey are done. */
  const respondents = { config: { access: 'survey-session', ...asLink } } as const;
  app.get('/api/survey/certificate.pdf', respondents, async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const respondent = request.respondent;
    if (!respondent) throw new Error('the door lets only respondents in');
    const limited = await hitRateLimit(db, `certificate:session:${respondent.sessionId}`, {
      limit: 30,
      windowMs: 10 * 60 * 1000,
      now: services.clock(),
    });
    if (!limited.allowed)
      return refuse(request, reply, 429, 'Too many downloads. Wait a few minutes and try again.');

    const mobility = await loadCertifiedMobility(db, respondent.organisationId, respondent.mobilityId);
    if (!mobility?.holders.some((person) => person.id === respondent.participantId))
      return refuse(request, reply, 404, 'Certificate not found.');
    const facts = await loadCertificateFacts(db, mobility, respondent.participantId);
    if (mobility.status !== 'completed' || !facts.assessment)
      return refuse(request, reply, 409, notAvailableText(facts.locale, mobility.issuer));
    const pdf = certificatePdf(facts, services.clock());
    return download(
      reply,
      'application/pdf',
      certificateFileName(facts.participant, mobility.startDate),
      pdf,
    );
  });
}
