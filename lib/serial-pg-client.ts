import pg from "pg";

/**
 * A pg client that runs the promise-style queries given to it one after the other. Prisma loads
 * sibling relations of one query side by side; inside an interactive transaction they all go to
 * the transaction's single connection, where pg 8 queues them itself (with a deprecation warning
 * on every such query) and pg 9 will refuse them. Queuing here keeps the order pg 8 gives and
 * needs nothing of the driver's queue. Callback and submittable queries (pg-pool's own) pass through.
 */
export class SerialPgClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();

  // pg's overloads are many; Prisma's driver adapter and the pool call the two forms handled here
  override query(...args: unknown[]): never {
    const [config, values, callback] = args as [unknown, unknown, unknown];
    const passThrough =
      typeof values === "function" ||
      typeof callback === "function" ||
      (typeof config === "object" && config !== null && typeof (config as { submit?: unknown }).submit === "function");
    const query = super.query.bind(this) as (...a: unknown[]) => Promise<unknown>;
    if (passThrough) return query(...args) as never;
    const run = this.#tail.then(() => query(...args));
    this.#tail = run.catch(() => undefined);
    return run as never;
  }
}
