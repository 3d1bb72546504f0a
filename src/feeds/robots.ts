// robots.txt: everything readers see may be crawled; the newsroom may not; the sitemap index is announced.
import { feedUrls } from './feed-urls.ts';

export function renderRobots(publicUrl: string): string {
  return [
    'User-agent: *',
    // A prefix: /newsroom itself (the dashboard) as well as everything under /newsroom/.
    'Disallow: /newsroom',
    'Allow: /',
    '',
    `Sitemap: ${publicUrl}${feedUrls.sitemapIndex()}`,
    '',
  ].join('\n');
}
