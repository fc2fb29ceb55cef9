import { jwksDocument } from "@/lib/oauth/metadata";

export async function GET() {
  return jwksDocument();
}
