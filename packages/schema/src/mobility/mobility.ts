import { z } from 'zod';
import { flag, id, isoDate, text, uniqueList, wholeNumber } from '../fields.js';
import { CoordinatesSchema } from '../geo.js';
import { OutcomeCodeSchema } from '../outcomes/schema.js';
import { countryCode } from '../reference/countries.js';
import { languageCode } from '../reference/languages.js';
import { ActivityTypeCodeSchema } from './activity-types.js';
import { MobilityStatusSchema } from './status.js';
import { MeansOfTransportSchema } from './transport.js';

export const PlaceSchema = z.object({
  city: text('City', { max: 100 }),
  country: countryCode('Country'),
  /** Optional, for the travel distance. */
  coordinates: CoordinatesSchema.nullish(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** One participant, or a group of learners with the persons accompanying them (group mobilities). */
export const ParticipationSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('individual'), participantId: id('Participant') }),
    z.object({
      mode: z.literal('group'),
      learnerIds: uniqueList('Learners', id('Learner')).min(1, 'Learners must list at least one learner'),
      accompanyingPersonIds: uniqueList('Accompanying persons', id('Accompanying person')),
    }),
  ],
  {
    error:
      'Participation mode must be "individual" (with participantId) or "group" (with learnerIds and accompanyingPersonIds)',
  },
);
export type Participation = z.infer<typeof ParticipationSchema>;

// Everything but the project may stay empty while a mobility is a draft; lifecycle.ts says what each status needs.
const fields = {
  projectId: id('Project'),
  activityType: ActivityTypeCodeSchema.nullish(),
  participation: ParticipationSchema.nullish(),
  sendingOrganisationId: id('Sending organisation').nullish(),
  /**
   * In a consortium project (KA121, KA131, KA151): the consortium member, itself a Mobilis organisation, on whose
   * behalf the participant goes. That member can follow the mobilities it sends.
   */
  consortiumMemberId: id('Consortium member').nullish(),
  receivingOrganisationId: id('Receiving organisation').nullish(),
  origin: PlaceSchema.nullish(),
  destination: PlaceSchema.nullish(),
  /** First day of the activity, travel excluded. */
  startDate: isoDate('Start date').nullish(),
  /** Last day of the activity, travel excluded. */
  endDate: isoDate('End date').nullish(),
  /** Days of travel before and after the activity, kept apart from the activity days. */
  travelDays: wholeNumber('Travel days', { min: 0, max: 30 }),
  /** Blended mobility: the physical mobility is combined with a virtual component. */
  blended: flag('Blended'),
  /** The main means of transport, which decides green travel. */
  meansOfTransport: MeansOfTransportSchema.nullish(),
  longTerm: flag('Long-term'),
  /** ISO 639-1: the language the participant mainly uses abroad, which the surveys ask them to self-assess. */
  mainLanguage: languageCode('Main language').nullish(),
  /** The outcomes the mobility aims at; empty or missing means all outcomes of the participant's group. */
  targetOutcomes: uniqueList('Target outcomes', OutcomeCodeSchema).nullish(),
};

type Checked = {
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  participation?: Participation | null | undefined;
};

function checkMobility(value: Checked, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'End date must not be before the start date',
    });
  }
  const participation = value.participation;
  if (participation?.mode === 'group') {
    participation.accompanyingPersonIds.forEach((personId, index) => {
      if (participation.learnerIds.includes(personId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['participation', 'accompanyingPersonIds', index],
          message: 'Accompanying persons must not also be listed as learners',
        });
      }
    });
  }
}

export const MobilitySchema = z
  .object({ id: id('Mobility id'), status: MobilityStatusSchema, ...fields })
  .superRefine(checkMobility);
export type Mobility = z.infer<typeof MobilitySchema>;

/** A new mobility always starts as a draft; its status then changes only through `canTransition`. */
export const MobilityCreateSchema = z
  .object({
    ...fields,
    travelDays: fields.travelDays.default(0),
    blended: fields.blended.default(false),
    longTerm: fields.longTerm.default(false),
  })
  .superRefine(checkMobility);
export type MobilityCreate = z.infer<typeof MobilityCreateSchema>;
export type MobilityCreateInput = z.input<typeof MobilityCreateSchema>;

/** The project is fixed once created, and the status has its own input (`MobilityStatusChangeSchema`). */
export const MobilityUpdateSchema = z
  .object(fields)
  .omit({ projectId: true })
  .partial()
  .extend({ id: id('Mobility id') })
  .superRefine(checkMobility);
export type MobilityUpdate = z.infer<typeof MobilityUpdateSchema>;

export const MobilityStatusChangeSchema = z.object({ id: id('Mobility id'), status: MobilityStatusSchema });
export type MobilityStatusChange = z.infer<typeof MobilityStatusChangeSchema>;
