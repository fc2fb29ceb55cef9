import { referenceAsset } from "@/lib/api/reference";

export async function GET(_request: Request, ctx: RouteContext<"/api/doc/[asset]">): Promise<Response> {
  return referenceAsset((await ctx.params).asset);
}
