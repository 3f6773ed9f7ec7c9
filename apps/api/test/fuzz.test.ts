import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/router/index.js';
import {
  buildWorld,
  call,
  hintsFor,
  proceduresOf,
  snapshotOf,
  surveyCaller,
  type World,
} from './support/fuzz-world.js';
import { type Caller, createTestApi, MemoryCookie, type TestApi } from './support/harness.js';
import { describeInput, inputArbitrary, jsonSchemasOf, mergeObjectSchemas } from './support/zod-arbitrary.js';

// Issue #15: every procedure of the router, fuzzed with inputs derived from its own zod schemas (fast-check),
// mixed with hostile values. For each call: never INTERNAL_SERVER_ERROR nor an error that is not a TRPCError, only
// the codes a client is meant to see, and a refused call changes nothing (both organisations' rows, their members'
// accounts, their audit and outbox counts). The seed is fixed (FUZZ_SEED to change it, FUZZ_RUNS for the runs per
// procedure) so CI replays the same inputs; a failure names the procedure and the input.

const seed = Number(process.env.FUZZ_SEED ?? 20_270_315);
const runsPerProcedure = Number(process.env.FUZZ_RUNS ?? 20);
/** A procedure without input gets a few calls with whatever a client might send anyway. */
const runsWithoutInput = 4;

/** Codes a refusal may have. */
const refusalCodes = new Set([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE_CONTENT',
  'TOO_MANY_REQUESTS',
]);

/** Public sign-in procedures: called by nobody in particular. */
const anonymousProcedures = new Set([
  'auth.login',
  'auth.requestPasswordReset',
  'auth.linkStatus',
  'auth.resetPassword',
  'auth.acceptInvitation',
  'auth.completeSetup',
]);
/** Platform administrators only: called as one, so the fuzz goes past the role check. */
const adminProcedures = (path: string) => path.startsWith('admin.') || path === 'organisation.create';

let api: TestApi;
let adminEmail: string;
const procedures = proceduresOf(appRouter);
const tally = { calls: 0, procedures: new Set<string>() };
const codesByProcedure = new Map<string, Record<string, number>>();

beforeAll(async () => {
  api = await createTestApi();
  adminEmail = (await api.createUser({ admin: true })).email;
  console.log(`fuzz: seed ${seed}, ${runsPerProcedure} runs per procedure (FUZZ_SEED, FUZZ_RUNS to change)`);
});
afterAll(() => api?.close());

function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return hash;
}

interface Failure {
  input: string;
  problem: string;
}

/** What went wrong with one call, if anything; and whether it was refused. */
async function attempt(caller: Caller, path: string, input: unknown) {
  try {
    await call(caller, path, input);
    return { code: 'OK' };
  } catch (error) {
    if (!(error instanceof TRPCError))
      return { code: 'THROWN', problem: `threw a non-tRPC error: ${firstLines(error)}` };
    if (error.code === 'INTERNAL_SERVER_ERROR')
      return { code: error.code, problem: `INTERNAL_SERVER_ERROR: ${firstLines(error.cause ?? error)}` };
    if (!refusalCodes.has(error.code))
      return { code: error.code, problem: `unexpected code ${error.code}: ${error.message}` };
    return { code: error.code, refused: true, message: error.message };
  }
}

function firstLines(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = error.stack
    ?.split('\n')
    .find((line) => line.includes('/src/') && !line.includes('node_modules'));
  return `${error.name}: ${error.message.slice(0, 300)}${frame ? ` (${frame.trim()})` : ''}`;
}

function firstDifference(before: string, after: string): string {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  const keys = Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
  return keys
    .map(
      (key) => `${key}: ${JSON.stringify(a[key]).slice(0, 300)} -> ${JSON.stringify(b[key]).slice(0, 300)}`,
    )
    .join('; ');
}

async function callerFor(path: string, worldA: World, coordinatorA: Caller): Promise<Caller> {
  if (anonymousProcedures.has(path)) return api.caller(new MemoryCookie(), '203.0.113.7');
  if (adminProcedures(path)) return api.signIn(adminEmail);
  if (path.startsWith('surveyResponse.')) return surveyCaller(api, worldA.surveyLinkToken as string);
  return coordinatorA;
}

describe('fuzz: every procedure, inputs from its zod schema and hostile values', () => {
  it('finds the procedures', () => {
    expect(procedures.length).toBeGreaterThan(50);
  });

  it.each(procedures.map(([path, procedure]) => [path, procedure] as const))(
    '%s: no 500, and a refused call writes nothing',
    async (path, procedure) => {
      // Past the sign-in rate limit's window (15 minutes) of the previous procedure's sign-ins.
      api.advance(16 * 60 * 1000);
      const { world: worldA, coordinator } = await buildWorld(api, `Escola ${path}`);
      const { world: worldB } = await buildWorld(api, `Liceo ${path}`);
      const caller = await callerFor(path, worldA, coordinator);
      const hints = hintsFor(path, worldA, worldB);
      if (path.startsWith('surveyResponse.') && path !== 'surveyResponse.consent') {
        // Past the consent page, and with the statements this survey asks, so answers go deep.
        await caller.surveyResponse.consent({ agree: true, contactConsent: false });
        const asked = JSON.stringify(await caller.surveyResponse.current()).match(/[LS]\d\d\.[a-z-]+/g);
        if (asked) hints.byKey.indicatorCode = [...new Set(asked)];
      }
      const schemas = jsonSchemasOf((procedure._def as { inputs?: unknown[] }).inputs ?? []);
      const runs = schemas.length === 0 ? runsWithoutInput : runsPerProcedure;
      const procedureSeed = seed ^ hashOf(path);
      const inputs = fc.sample(inputArbitrary(schemas, hints), {
        seed: procedureSeed,
        numRuns: runs,
      });
      const snapshot = async () => `${await snapshotOf(api, worldA)}\n${await snapshotOf(api, worldB)}`;
      const failures: Failure[] = [];
      const codes: Record<string, number> = {};
      let current = await snapshot();
      let accepted: Record<string, unknown> | undefined;
      const runOne = async (input: unknown) => {
        const result = await attempt(caller, path, input);
        tally.calls += 1;
        codes[result.code] = (codes[result.code] ?? 0) + 1;
        if (result.code === 'OK' && input && typeof input === 'object' && !Array.isArray(input))
          accepted ??= input as Record<string, unknown>;
        const after = await snapshot();
        if (result.problem) failures.push({ input: describeInput(input), problem: result.problem });
        else if (result.code !== 'OK' && after !== current) {
          const [beforeA, beforeB] = current.split('\n') as [string, string];
          const [afterA, afterB] = after.split('\n') as [string, string];
          failures.push({
            input: describeInput(input),
            problem: `refused (${result.code}: ${result.message}) but wrote: ${firstDifference(beforeA, afterA) || firstDifference(beforeB, afterB)}`,
          });
        }
        current = after;
      };
      for (const input of inputs) await runOne(input);
      // Then cells aimed at storage: an input the procedure accepted, with each of its text fields (and the keys of
      // its records) in turn made of something PostgreSQL cannot store.
      const uuidFields = new Map(
        Object.entries(mergeObjectSchemas(schemas)?.properties ?? {}).map(([key, field]) => [
          key,
          field.format,
        ]),
      );
      const base = accepted as Record<string, unknown> | undefined;
      for (const [key, value] of Object.entries(base ?? {}))
        for (const bad of ['\u0000', 'a\u0000b', '\uD800']) {
          if (typeof value === 'string' && uuidFields.get(key) !== 'uuid')
            await runOne({ ...base, [key]: bad });
          if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length)
            await runOne({ ...base, [key]: { [bad]: Object.values(value)[0] } });
        }
      tally.procedures.add(path);
      codesByProcedure.set(path, codes);
      expect(
        failures,
        `${path} (seed ${procedureSeed}):\n${failures.map((f) => `  ${f.problem}\n    input: ${f.input}`).join('\n')}`,
      ).toEqual([]);
    },
  );

  it('tried some calls, and says how many', () => {
    const lines = [...codesByProcedure].map(
      ([path, codes]) =>
        `  ${path}: ${Object.entries(codes)
          .map(([code, n]) => `${code} ${n}`)
          .join(', ')}`,
    );
    console.log(
      `${lines.join('\n')}\nfuzz: ${tally.calls} calls over ${tally.procedures.size} procedures, seed ${seed}`,
    );
    expect(tally.calls).toBeGreaterThan(0);
    expect(tally.procedures.size).toBe(procedures.length);
  });
});
