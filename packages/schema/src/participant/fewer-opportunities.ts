import { oneOf } from '../fields.js';

/** The barriers the Programme names for participants with fewer opportunities (Programme Guide, Part A, "Inclusion and diversity"). */
export const barrierCategories = [
  'disability',
  'health_problems',
  'education_and_training_systems',
  'cultural_differences',
  'social',
  'economic',
  'discrimination',
  'geographical',
] as const;

export type BarrierCategory = (typeof barrierCategories)[number];

export const barrierLabels: Record<BarrierCategory, string> = {
  disability: 'Disability',
  health_problems: 'Health problems',
  education_and_training_systems: 'Barriers linked to education and training systems',
  cultural_differences: 'Cultural differences',
  social: 'Social barriers',
  economic: 'Economic barriers',
  discrimination: 'Barriers linked to discrimination',
  geographical: 'Geographical barriers',
};

export const BarrierCategorySchema = oneOf('Barrier', barrierCategories);
