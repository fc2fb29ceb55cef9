import { metadataDocument } from "@/lib/oauth/metadata";

export async function GET(request: Request) {
  return metadataDocument(request);
}
