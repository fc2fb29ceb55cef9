import { introspectionEndpoint } from "@/lib/oauth/introspection";

export async function POST(request: Request) {
  return introspectionEndpoint(request);
}
