import { z } from 'zod';

/** Which database engine a Mobilis server runs on. */
export const DatabaseKindSchema = z.enum(['embedded', 'postgresql']);
export type DatabaseKind = z.infer<typeof DatabaseKindSchema>;
