import "server-only";

import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 exports `Algorithm` as a const enum, which isolatedModules cannot use: 2 = Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spend the same time on an unknown e-mail as on a wrong password, so timing does not tell them apart. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("timing-equaliser-" + Math.random());
  await verifyPassword(await dummyHash, password);
}
