/**
 * Where the built site will be served, for what must be absolute: the oEmbed response's
 * snippet, `og:image`, the canonical address, the JSON-LD. `DATELINE_SITE_URL` says it (the
 * deployed folder, e.g. `https://maps.example.org/dateline/`); without it, the preview
 * server's own address (`npm start`, or the browser tests' port).
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.DATELINE_SITE_URL;
  const url = given
    ? new URL(given)
    : new URL(`http://127.0.0.1:${env.DATELINE_TEST_PORT ?? 4173}/`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`DATELINE_SITE_URL must be an http(s) address, not ${given}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
