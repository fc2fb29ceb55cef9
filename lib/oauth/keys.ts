import "server-only";

import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";

import { getSetting } from "@/lib/config/settings";
import { prisma, transaction } from "@/lib/db";
import { authSecret, env } from "@/lib/env";
import { secretBox } from "@/lib/secret-box";

import { parseConfiguredKeys, publicPart, SIGNING_ALGORITHMS, type SigningAlgorithm } from "./jwk";

/**
 * The keys that sign the API's access tokens. Either OAUTH_SIGNING_KEYS names them (a JWK Set of
 * private keys: the first signs, all verify), or they live in OAuthSigningKey: generated on first
 * use (ES256), the private half sealed under AUTH_SECRET, rotated by `npm run oauth:rotate-key`.
 * Verification only needs the public halves, so tokens keep verifying even when a stored private key
 * can no longer be opened (AUTH_SECRET changed); only signing stops until a rotation.
 * Each process keeps the keys for a minute, and reloads them early when a token names a key it does
 * not know (a newer key another instance made), at most once every few seconds.
 */

export type VerificationKey = { kid: string; alg: SigningAlgorithm; key: CryptoKey; publicJwk: JWK };
export type Signer = { kid: string; alg: SigningAlgorithm; key: CryptoKey };

type KeyRing = { signer: Signer | null; verifiers: Map<string, VerificationKey> };

const CACHE_MS = 60_000;
const UNKNOWN_KID_RELOAD_MS = 5_000;
const box = () => secretBox(authSecret, "oauth-signing-key");

export { SIGNING_ALGORITHMS, type SigningAlgorithm };

async function verifierOf(kid: string, alg: SigningAlgorithm, jwk: JWK): Promise<VerificationKey> {
  const publicJwk = publicPart({ ...jwk, kid, alg });
  return { kid, alg, key: (await importJWK(publicJwk, alg)) as CryptoKey, publicJwk };
}

async function configuredRing(raw: string): Promise<KeyRing> {
  const keys = parseConfiguredKeys(raw);
  const verifiers = new Map<string, VerificationKey>();
  for (const k of keys) verifiers.set(k.kid, await verifierOf(k.kid, k.alg, k.jwk));
  const first = keys[0]!;
  return {
    signer: { kid: first.kid, alg: first.alg, key: (await importJWK(first.jwk, first.alg)) as CryptoKey },
    verifiers,
  };
}

const liveRows = (now: Date) =>
  prisma.oAuthSigningKey.findMany({
    where: { OR: [{ retiresAt: null }, { retiresAt: { gt: now } }] },
    orderBy: [{ createdAt: "desc" }, { kid: "asc" }],
  });

async function newStoredKey() {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "ES256" };
  return {
    kid,
    algorithm: "ES256",
    publicJwk: publicPart({ ...publicJwk, kid, alg: "ES256" }),
    privateJwkSealed: box().seal(JSON.stringify(privateJwk)),
  };
}

/** Instances starting at once all wait for this lock, and only the first finds no signer. */
const lockKeys = (tx: Parameters<Parameters<typeof transaction>[0]>[0]) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:oauth-signing-key'))`;

async function ensureStoredSigner(): Promise<void> {
  await transaction(async (tx) => {
    await lockKeys(tx);
    if (await tx.oAuthSigningKey.count({ where: { rotatedAt: null } })) return;
    await tx.oAuthSigningKey.create({ data: await newStoredKey() });
  });
}

async function storedRing(now: Date): Promise<KeyRing> {
  let rows = await liveRows(now);
  if (!rows.some((r) => r.rotatedAt === null)) {
    await ensureStoredSigner();
    rows = await liveRows(now);
  }
  const verifiers = new Map<string, VerificationKey>();
  for (const r of rows)
    if (isAlgorithm(r.algorithm)) verifiers.set(r.kid, await verifierOf(r.kid, r.algorithm, r.publicJwk as JWK));
  const current = rows.find((r) => r.rotatedAt === null);
  let signer: Signer | null = null;
  if (current && isAlgorithm(current.algorithm)) {
    try {
      const jwk = JSON.parse(box().open(current.privateJwkSealed)) as JWK;
      signer = {
        kid: current.kid,
        alg: current.algorithm,
        key: (await importJWK(jwk, current.algorithm)) as CryptoKey,
      };
    } catch {
      // sealed under another AUTH_SECRET: tokens still verify, none can be issued until a rotation
      signer = null;
    }
  }
  return { signer, verifiers };
}

const isAlgorithm = (alg: string): alg is SigningAlgorithm => (SIGNING_ALGORITHMS as readonly string[]).includes(alg);

let cached: { ring: Promise<KeyRing>; at: number } | null = null;

function load(): Promise<KeyRing> {
  const ring = env.OAUTH_SIGNING_KEYS ? configuredRing(env.OAUTH_SIGNING_KEYS) : storedRing(new Date());
  const entry = { ring, at: Date.now() };
  cached = entry;
  // a failed load (database away, bad configuration) is not kept: the next call tries again
  ring.catch(() => {
    if (cached === entry) cached = null;
  });
  return ring;
}

function keyRing(): Promise<KeyRing> {
  return cached && Date.now() - cached.at < CACHE_MS ? cached.ring : load();
}

/** No key can sign: OAUTH_SIGNING_KEYS is unusable, or the stored key was sealed under another AUTH_SECRET. */
export class SigningKeyUnavailable extends Error {
  constructor(cause?: unknown) {
    super("No usable OAuth signing key: check OAUTH_SIGNING_KEYS, or run `npm run oauth:rotate-key`", { cause });
  }
}

/** The key new tokens are signed with (see oauthKeysStatus). */
export async function currentSigner(): Promise<Signer> {
  let signer: Signer | null;
  try {
    signer = (await keyRing()).signer;
  } catch (e) {
    if (env.OAUTH_SIGNING_KEYS) throw new SigningKeyUnavailable(e);
    throw e;
  }
  if (!signer) throw new SigningKeyUnavailable();
  return signer;
}

/** The public key a token's `kid` names, or null; an unknown kid reloads the keys first (at most every few seconds). */
export async function verificationKey(kid: string): Promise<VerificationKey | null> {
  const known = (await keyRing()).verifiers.get(kid);
  if (known || !cached || Date.now() - cached.at < UNKNOWN_KID_RELOAD_MS) return known ?? null;
  return (await load()).verifiers.get(kid) ?? null;
}

export async function oauthKeysStatus(): Promise<{ usable: boolean }> {
  try {
    return { usable: (await keyRing()).signer !== null };
  } catch {
    return { usable: false };
  }
}

/** The JWK Set published at /oauth/jwks: the public half of every key that still verifies. */
export async function publicJwks(): Promise<{ keys: JWK[] }> {
  return { keys: [...(await keyRing()).verifiers.values()].map((v) => v.publicJwk) };
}

/**
 * A new key signs from now on; the former ones keep verifying until every token they may have signed
 * has expired (the latest live token, or a full lifetime from now, plus the time other instances may
 * still sign with the old key before they reload).
 */
export async function rotateSigningKey(now = new Date()): Promise<{ kid: string; retired: string[] }> {
  if (env.OAUTH_SIGNING_KEYS)
    throw new Error(
      "OAUTH_SIGNING_KEYS configures the signing keys: put the new key first in that set and keep the old one until its tokens have expired",
    );
  const minutes = await getSetting("oauthAccessTokenMinutes");
  const result = await transaction(async (tx) => {
    await lockKeys(tx);
    const latest = await tx.oAuthAccessToken.aggregate({ _max: { expiresAt: true }, where: { revokedAt: null } });
    const lifetimeEnd = Math.max(now.getTime() + minutes * 60_000, latest._max.expiresAt?.getTime() ?? 0);
    const retiresAt = new Date(lifetimeEnd + 2 * CACHE_MS);
    const former = await tx.oAuthSigningKey.findMany({ where: { rotatedAt: null }, select: { kid: true } });
    await tx.oAuthSigningKey.updateMany({ where: { rotatedAt: null }, data: { rotatedAt: now, retiresAt } });
    const created = await tx.oAuthSigningKey.create({ data: await newStoredKey(), select: { kid: true } });
    return { kid: created.kid, retired: former.map((f) => f.kid) };
  });
  cached = null;
  return result;
}
