import { z } from 'zod';

/** ISCED-F 2013 broad fields of education and training (UNESCO Institute for Statistics). */
export const iscedBroadFields = [
  { code: '00', name: 'Generic programmes and qualifications' },
  { code: '01', name: 'Education' },
  { code: '02', name: 'Arts and humanities' },
  { code: '03', name: 'Social sciences, journalism and information' },
  { code: '04', name: 'Business, administration and law' },
  { code: '05', name: 'Natural sciences, mathematics and statistics' },
  { code: '06', name: 'Information and Communication Technologies' },
  { code: '07', name: 'Engineering, manufacturing and construction' },
  { code: '08', name: 'Agriculture, forestry, fisheries and veterinary' },
  { code: '09', name: 'Health and welfare' },
  { code: '10', name: 'Services' },
] as const;

export type IscedBroadFieldCode = (typeof iscedBroadFields)[number]['code'];

export const IscedBroadFieldSchema = z.enum(
  iscedBroadFields.map((field) => field.code) as [IscedBroadFieldCode, ...IscedBroadFieldCode[]],
  { error: 'ISCED-F field must be a two-digit broad field code from 00 to 10' },
);
