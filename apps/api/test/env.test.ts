import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../src/env.js';

describe('parseEnv', () => {
  it('starts on the embedded database at port 3000 with nothing set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: 'localhost',
      MOBILIS_DATA_DIR: '.mobilis/data',
      LOG_LEVEL: 'info',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('names each bad variable and says why', () => {
    const attempt = () => parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://db/x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(EnvError);
    try {
      attempt();
    } catch (error) {
      const message = (error as EnvError).message;
      expect(message).toMatch(/PORT: /);
      expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ connection string/);
      expect(message).toMatch(/LOG_LEVEL: /);
    }
  });

  it('accepts a PostgreSQL connection string', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://mobilis@127.0.0.1:5432/mobilis' }).DATABASE_URL).toBe(
      'postgresql://mobilis@127.0.0.1:5432/mobilis',
    );
  });

  it('believes only the proxies it is told of: one for true, a number of them, or their addresses', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: '10.0.0.1, 10.0.1.0/24' }).TRUST_PROXY).toBe('10.0.0.1,10.0.1.0/24');
    expect(() => parseEnv({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY: must be false, true/);
  });
});
