import { type Executor, mobilityIdsOfProject } from '@mobilis/db';
import type { ArchiveEntry } from './certificate-archive.js';
import { loadCertificateFacts, loadCertifiedMobility } from './certificate-facts.js';
import { certificatePdf } from './certificate-pdf.js';
import { certificateFileName, uniqueNames } from './file-names.js';

/**
 * The certificates of a project's completed mobilities, one per participant, as archive entries: each is made
 * only when the archive reaches it.
 */
export async function projectCertificates(
  db: Executor,
  organisationId: string,
  projectId: string,
  issuedAt: Date,
): Promise<ArchiveEntry[]> {
  const certificates = [];
  for (const id of await mobilityIdsOfProject(db, organisationId, projectId)) {
    const mobility = await loadCertifiedMobility(db, organisationId, id);
    if (mobility?.status !== 'completed') continue;
    for (const holder of mobility.holders) certificates.push({ mobility, holder });
  }
  const names = uniqueNames(
    certificates.map(({ mobility, holder }) => certificateFileName(holder, mobility.startDate)),
  );
  return certificates.map(({ mobility, holder }, index) => ({
    name: names[index] ?? `certificate-${index + 1}.pdf`,
    open: async () => certificatePdf(await loadCertificateFacts(db, mobility, holder.id), issuedAt),
  }));
}
