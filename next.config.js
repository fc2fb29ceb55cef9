import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/request-locale/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // gzip of pages and API answers in this process; behind a proxy that compresses (nginx, a CDN,
  // most load balancers) HTTP_COMPRESSION=off leaves it to the proxy and saves this server the CPU.
  // Read when the server starts (scripts/serve.mjs checks the value), not baked into the build.
  compress: process.env.HTTP_COMPRESSION !== "off",
  // forbidden() renders app/admin/forbidden.tsx with a 403 for denied back-office URLs
  // product images travel in the product form's server action (2 MB image plus the form's fields)
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  // `npm test` type-checks the whole tree (tsc --noEmit) before it builds, and says so with this
  // variable; any other build checks the types itself
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === "1" },
};

export default withNextIntl(nextConfig);
