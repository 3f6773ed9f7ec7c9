import { z } from 'zod';
import { searchCities } from '../cities/city-index.js';
import { authedProcedure, router } from '../trpc/init.js';

export const geoRouter = router({
  /** City type-ahead with coordinates, so the distance band is right without anyone typing coordinates. */
  cities: authedProcedure
    .input(
      z.object({
        query: z.string().trim().max(100, 'Search must be at most 100 characters'),
        country: z.string().trim().length(2, 'Country must be a 2-letter code').optional(),
        limit: z.number().int().min(1).max(50).default(10),
      }),
    )
    .query(({ input }) =>
      searchCities(input.query, { limit: input.limit, ...(input.country ? { country: input.country } : {}) }),
    ),
});
