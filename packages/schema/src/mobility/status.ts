import { oneOf } from '../fields.js';

/** A mobility's lifecycle; lifecycle.ts holds the allowed transitions. */
export const mobilityStatuses = ['draft', 'planned', 'ongoing', 'completed', 'cancelled'] as const;
export type MobilityStatus = (typeof mobilityStatuses)[number];
export const MobilityStatusSchema = oneOf('Status', mobilityStatuses);
