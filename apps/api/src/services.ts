import type { DatabaseHandle } from '@mobilis/db';
import { defaultMinimumCellSize } from '@mobilis/schema';

export interface AppConfig {
  /** Where people reach the console; used in the links of e-mails. */
  publicUrl: string;
  sessionTtlMs: number;
  /** Outcome analytics withhold any figure fewer respondents than this stand behind (never below 3). */
  minimumCellSize: number;
  /**
   * Whether e-mail leaves the server (SMTP_URL set). Without it, whoever invites a person is given the link to
   * pass on, since nobody else may read it (the outbox hides links).
   */
  mailDelivery: boolean;
  /** Whether platform administrators must sign in in two steps (MOBILIS_ADMIN_SECOND_FACTOR). */
  administratorsNeedSecondFactor: boolean;
  /** The bearer token a Prometheus scraper sends to /metrics (METRICS_TOKEN); without one there is no /metrics. */
  metricsToken?: string;
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
  mailDelivery: false,
  administratorsNeedSecondFactor: true,
};
