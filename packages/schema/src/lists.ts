import { z } from 'zod';
import { id, isoDate, storable } from './fields.js';
import { ActivityTypeCodeSchema } from './mobility/activity-types.js';
import { MobilityStatusSchema } from './mobility/status.js';
import { ParticipantKindSchema } from './participant/kinds.js';
import { countryCode } from './reference/countries.js';

// The filters, search and paging of the console's data tables: the same schema reads the page's search
// parameters and validates the API's list input.

const pageSize = z.number().int().min(1).max(200).default(50);
const search = storable(
  'Search',
  z.string().trim().max(100, 'Search must be at most 100 characters'),
).optional();
/** The `nextCursor` of the previous page. */
const cursor = storable('Cursor', z.string().max(500)).optional();

export const ParticipantListQuerySchema = z.object({
  search,
  kind: z.array(ParticipantKindSchema).max(20).optional(),
  fewerOpportunities: z.boolean().optional(),
  cursor,
  limit: pageSize,
});
export type ParticipantListQuery = z.infer<typeof ParticipantListQuerySchema>;

export const MobilityListQuerySchema = z.object({
  projectId: id('Project').optional(),
  participantId: id('Participant').optional(),
  status: z.array(MobilityStatusSchema).max(5).optional(),
  activityType: z.array(ActivityTypeCodeSchema).max(50).optional(),
  destinationCountry: z.array(countryCode('Destination country')).max(50).optional(),
  startFrom: isoDate('Start from').optional(),
  startTo: isoDate('Start to').optional(),
  participantKind: z.array(ParticipantKindSchema).max(20).optional(),
  fewerOpportunities: z.boolean().optional(),
  search,
  cursor,
  limit: pageSize,
});
export type MobilityListQuery = z.infer<typeof MobilityListQuerySchema>;
