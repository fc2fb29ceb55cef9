import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/admin/forbidden.tsx with a 403 for denied back-office URLs
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
