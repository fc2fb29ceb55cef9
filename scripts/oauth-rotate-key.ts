// `npm run oauth:rotate-key`: a new key signs the API's access tokens from now on; the former one keeps
// verifying the tokens it signed until they have expired, then leaves the JWKS. Also the way back to a
// working token endpoint after AUTH_SECRET changed (the stored key can no longer be opened). Without
// DATABASE_URL it uses the embedded database of `npm start` (which must be running), like the app.
// Instances pick the new key up within a minute; until then they still sign with the former one.
// With OAUTH_SIGNING_KEYS the keys are configuration: the script says so and changes nothing.
process.env.DATABASE_URL ||= `postgresql://postgres:postgres@127.0.0.1:${process.env.PGPORT ?? 54329}/concierge`;

const { rotateSigningKey } = await import("@/lib/oauth/keys");
const { prisma } = await import("@/lib/db");

try {
  const { kid, retired } = await rotateSigningKey();
  console.log(`[oauth] new signing key ${kid}`);
  for (const former of retired) console.log(`[oauth] ${former} no longer signs; it verifies until its tokens expire`);
} catch (e) {
  console.error(`[oauth] ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}

// a module, so that it may await at the top level
export {};
