import { referencePage } from "@/lib/api/reference";

export function GET(request: Request): Response {
  return referencePage(request);
}
