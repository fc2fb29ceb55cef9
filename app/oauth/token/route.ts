import { tokenEndpoint } from "@/lib/oauth/token-endpoint";

export async function POST(request: Request) {
  return tokenEndpoint(request);
}
