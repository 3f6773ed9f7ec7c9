import type { Executor } from './executor.js';

// A bulk write (an import) is a series of large statements on one connection, in one transaction. Node builds
// each statement's parameters (tens of megabytes of array text) while the database runs the one before, so that
// neither waits for the other longer than it must.

/** One statement of a bulk write, built already; `records` is how many records it writes, for progress. */
export interface BulkStatement {
  run: (db: Executor) => Promise<unknown>;
  records: number;
}

/**
 * Gives the event loop a turn: builders call it between pieces of their work, so that a statement that ended
 * meanwhile is seen (and the next one sent) at once instead of after the whole build.
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the statements in their order, pulling (building) the next one while the database runs the current one.
 * `onWritten` gets the records written so far after each statement.
 */
export async function runInOrder(
  db: Executor,
  statements: AsyncIterable<BulkStatement>,
  onWritten: (records: number) => void = () => {},
): Promise<void> {
  let written = 0;
  // An error is kept as a value until awaited, so that none is left unhandled while the next statement is built.
  let running: Promise<Error | undefined> = Promise.resolve(undefined);
  for await (const statement of statements) {
    const failed = await running;
    if (failed) throw failed;
    running = statement.run(db).then(
      () => {
        written += statement.records;
        onWritten(written);
        return undefined;
      },
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
    await nextTurn(); // let it reach the database before building on
  }
  const failed = await running;
  if (failed) throw failed;
}
