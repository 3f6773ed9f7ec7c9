import type { DatabaseHandle } from '@mobilis/db';
import { defaultMinimumCellSize } from '@mobilis/schema';

export interface AppConfig {
  /** Where people reach the console; used in the links of e-mails. */
  publicUrl: string;
  sessionTtlMs: number;
  /** Outcome analytics withhold any figure fewer respondents than this stand behind (never below 3). */
  minimumCellSize: number;
}

/** What every request can use. Tests build their own, with a real database and a clock they move. */
export interface AppServices {
  database: DatabaseHandle;
  config: AppConfig;
  clock: () => Date;
}

export const defaultConfig: AppConfig = {
  publicUrl: 'http://localhost:3000',
  sessionTtlMs: 12 * 60 * 60 * 1000,
  minimumCellSize: defaultMinimumCellSize,
};
