import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginLimits } from '../src/router/auth.js';
import { buildServer } from '../src/server.js';
import { createTestApi, type TestApi, testPassword } from './support/harness.js';

let api: TestApi;
let app: FastifyInstance;
let proxied: FastifyInstance;
let email: string;

beforeAll(async () => {
  api = await createTestApi();
  app = await buildServer({ services: api.services });
  proxied = await buildServer({ services: api.services, trustProxy: true });
  email = (await api.createUser()).email;
});
afterAll(async () => {
  await app.close();
  await proxied.close();
  await api.close();
});

const json = { 'content-type': 'application/json' };
const login = (server: FastifyInstance, headers: Record<string, string> = {}) =>
  server.inject({
    method: 'POST',
    url: '/trpc/auth.login',
    headers: { ...json, ...headers },
    payload: { email, password: testPassword },
  });

describe('the session cookie', () => {
  it('is httpOnly and SameSite=Lax, without Secure over plain HTTP', async () => {
    const response = await login(app, { host: 'localhost:3000', origin: 'http://localhost:3000' });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^mobilis_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });

  it('takes the __Host- prefix and Secure behind an HTTPS proxy', async () => {
    const response = await login(proxied, { host: 'mobilis.example.eu', 'x-forwarded-proto': 'https' });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-mobilis_session=/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Domain=');
  });

  it('signs the browser in for later requests, and out again', async () => {
    const signedIn = await login(app);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0] ?? '';
    const me = await app.inject({ url: '/trpc/auth.me', headers: { cookie } });
    expect(me.json().result.data.email).toBe(email);
    const logout = await app.inject({
      method: 'POST',
      url: '/trpc/auth.logout',
      headers: { ...json, cookie },
      payload: {},
    });
    expect(String(logout.headers['set-cookie'])).toMatch(/mobilis_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await app.inject({ url: '/trpc/auth.me', headers: { cookie } });
    expect(after.json().result.data).toBeNull();
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request from another origin', async () => {
    const response = await login(app, { host: 'localhost:3000', origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a form post, which a cross-site page could send without a preflight', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${encodeURIComponent(email)}&password=${encodeURIComponent(testPassword)}`,
    });
    expect(response.statusCode).toBe(415);
  });
});

describe('errors over HTTP', () => {
  it('name the fields of bad input, without a stack trace', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: json,
      payload: { email: 'nope', password: '' },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.data.code).toBe('BAD_REQUEST');
    expect(error.data.fieldErrors.email).toEqual(['Email must be an email address, e.g. ana@example.org']);
    expect(JSON.stringify(error)).not.toMatch(/stack|\.ts:\d+|node_modules/);
  });

  it('answer 401 to a signed-out caller', async () => {
    const response = await app.inject({ url: `/trpc/organisation.list` });
    expect(response.statusCode).toBe(401);
  });
});

describe('behind a proxy that appends the client address (nginx)', () => {
  it('takes the address the proxy saw, so a forged X-Forwarded-For does not escape the sign-in limit', async () => {
    const oneProxy = await buildServer({ services: api.services, trustProxy: 1 });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < loginLimits.perAddress + 1; attempt++) {
        const response = await oneProxy.inject({
          method: 'POST',
          url: '/trpc/auth.login',
          headers: { ...json, 'x-forwarded-for': `198.51.100.${attempt}, 203.0.113.7` },
          payload: { email: `nobody-${attempt}@example.org`, password: 'not the password' },
        });
        statuses.push(response.statusCode);
      }
      // Each attempt forges another first address; the proxy's own entry is the same: the last one is refused.
      expect(statuses.at(-1)).toBe(429);
      const fromAnother = await oneProxy.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: { ...json, 'x-forwarded-for': '203.0.113.8' },
        payload: { email: 'someone@example.org', password: 'not the password' },
      });
      expect(fromAnother.statusCode).toBe(401);
    } finally {
      await oneProxy.close();
    }
  });
});

describe('security headers', () => {
  it('send a strict content security policy, no framing, no sniffing, no referrer and no caching of API answers', async () => {
    const response = await app.inject('/trpc/system.info');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['permissions-policy']).toContain('camera=()');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('add HSTS over HTTPS only', async () => {
    const response = await proxied.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
