import { z } from 'zod';
import { id } from './fields.js';

/** The records whose history (who changed which fields, when) coordinators can read. */
export const auditedEntityTypes = [
  'organisation',
  'project',
  'participant',
  'partner',
  'mobility',
  'membership',
] as const;

export const AuditTrailQuerySchema = z.object({
  entityType: z.enum(auditedEntityTypes, { error: 'Choose a kind of record' }),
  entityId: id('Record id'),
});
