import { importLimits } from '@mobilis/schema';

const megabytes = Math.round(importLimits.maxFileBytes / (1024 * 1024));

/**
 * Sends the file itself to the server, which starts its dry run as a job and answers with the job's id. The
 * session cookie goes along (same origin); the server checks that the caller coordinates the organisation.
 */
export async function uploadImportFile(
  organisationId: string,
  projectId: string,
  file: File,
): Promise<string> {
  if (file.size > importLimits.maxFileBytes)
    throw new Error(`The file is larger than ${megabytes} MB: split it into smaller files`);
  const query = new URLSearchParams({ projectId, fileName: file.name });
  const response = await fetch(`/api/organisations/${organisationId}/imports?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
  if (!response.ok || !body.id) throw new Error(body.error ?? `The upload failed (${response.status})`);
  return body.id;
}
