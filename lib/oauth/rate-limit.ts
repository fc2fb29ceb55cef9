/**
 * The headers of an application's rate bucket (a token bucket: `perSecond` refill, `burst` capacity),
 * in the IETF draft "RateLimit header fields for HTTP": the policy names the burst and the time it takes
 * to refill; the state says what is left and when the bucket is full again.
 */
export type BucketState = { perSecond: number; burst: number; left: number };

export function rateLimitHeaders({ perSecond, burst, left }: BucketState): Record<string, string> {
  const rate = Math.max(perSecond, Number.MIN_VALUE);
  const window = Math.max(1, Math.ceil(burst / rate));
  const remaining = Math.max(0, Math.floor(left));
  const reset = Math.max(0, Math.ceil((burst - Math.max(0, left)) / rate));
  return {
    "RateLimit-Policy": `"application";q=${burst};w=${window}`,
    RateLimit: `"application";r=${remaining};t=${Math.min(reset, window)}`,
  };
}

/** Whole seconds until the bucket holds one token again. */
export function retryAfterSeconds({ perSecond, left }: Omit<BucketState, "burst">): number {
  if (perSecond <= 0) return 60;
  return Math.max(1, Math.ceil((1 - left) / perSecond));
}

/** The bucket's content at `now`, refilled since `refilledAt` and capped at the burst. */
export function refilled(tokens: number, refilledAt: Date, now: Date, perSecond: number, burst: number): number {
  const elapsed = Math.max(0, (now.getTime() - refilledAt.getTime()) / 1000);
  return Math.min(burst, tokens + elapsed * perSecond);
}
