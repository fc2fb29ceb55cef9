import "server-only";

import { isConnectionError } from "./db-outage";

/** A background run taken this many times without making progress ends FAILED instead of being retried again. */
export const MAX_ATTEMPTS = 3;

/** Why a background run ended FAILED: a message key its page translates. */
export type RunFailure = "error" | "stopped" | "forbidden";
export type Failure = { reason: RunFailure; detail?: string };

/**
 * Works one attempt of a run, `attempts` being the number of workers (this one included) that took
 * it since it last made progress; `work` calls `progressed` after each committed chunk. The run is
 * failed through `fail` when the earlier workers stopped without a word (killed) too often, or when
 * the last allowed attempt throws; other errors go back to the queue, which retries. A database
 * outage does not fail the run on its last attempt: it goes back to the queue too (a worker that
 * took the run and then lost PostgreSQL three times over does count as stopped).
 */
export async function attempt<T>(
  attempts: number,
  work: (progressed: () => void) => Promise<T>,
  fail: (failure: Failure) => Promise<T>,
): Promise<T> {
  if (attempts > MAX_ATTEMPTS) return fail({ reason: "stopped" });
  try {
    return await work(() => (attempts = 1));
  } catch (e) {
    if (attempts < MAX_ATTEMPTS || isConnectionError(e)) throw e;
    return fail({ reason: "error", detail: e instanceof Error ? e.message : String(e) });
  }
}
