import { revocationEndpoint } from "@/lib/oauth/revocation";

export async function POST(request: Request) {
  return revocationEndpoint(request);
}
