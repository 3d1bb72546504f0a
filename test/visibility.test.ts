// Readers never see what is not published and visible now: drafts, scheduled, embargoed and withdrawn stories.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { insertArticle } from './support/builders.ts';

import { localDay } from '../src/domain/dates.ts';

for (const dialect of DIALECTS) {
  describe(`what readers may see on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    before(async () => {
      site = await startSite(dialect);
    });
    after(() => site?.close());

    /** The lists a story of now belongs to; today's archive page is today in the edition's time zone, not in UTC. */
    function lists(): string[] {
      const zone = site.app.depesche.state.catalog.byCode.get('de')!.timeZone;
      return ['/de', '/de/news', '/de/politik', '/de/tag/parlament', `/de/news/${localDay(Date.now(), zone)}`];
    }

    async function everywhere(headline: string): Promise<string[]> {
      const seen: string[] = [];
      for (const url of lists()) {
        const res = await site.app.inject(url);
        assert.equal(res.statusCode, 200, url);
        if (res.body.includes(headline)) seen.push(url);
      }
      return seen;
    }

    test('the tag used by these tests exists in the demo content', async () => {
      assert.equal((await site.app.inject('/de/tag/parlament')).statusCode, 200);
    });

    const hidden: [string, (now: number) => Parameters<typeof insertArticle>[1], number][] = [
      ['a draft', (now) => ({ headline: 'Entwurf Geheimsache Alpha', status: 'draft', publishedAt: null }), 404],
      ['a story in review', (now) => ({ headline: 'Prüfung Geheimsache Beta', status: 'review', publishedAt: null }), 404],
      ['a story scheduled for later', (now) => ({ headline: 'Geplant Geheimsache Gamma', status: 'scheduled', publishedAt: now + 3600_000 }), 404],
      ['a published story whose time has not come', (now) => ({ headline: 'Zukunft Geheimsache Delta', publishedAt: now + 3600_000 }), 404],
      ['an embargoed story', (now) => ({ headline: 'Sperrfrist Geheimsache Epsilon', publishedAt: now - 60_000, embargoUntil: now + 3600_000 }), 404],
      ['a withdrawn story', (now) => ({ headline: 'Zurückgezogen Geheimsache Zeta', status: 'withdrawn', publishedAt: now - 60_000 }), 410],
    ];

    for (const [what, make, status] of hidden) {
      test(`${what} answers ${status} and appears in no list`, async () => {
        const input = make(Date.now());
        const { id } = await insertArticle(site.database.handle.db, { ...input, rubricKey: 'politics', tagKeys: ['parliament'], urgency: 2 });
        await site.app.depesche.checkContent();
        const res = await site.app.inject(`/de/politik/${id}-x`);
        assert.equal(res.statusCode, status);
        assert.ok(!res.body.includes(input.headline), 'the page does not leak the headline');
        assert.match(res.body, status === 410 ? /Meldung zurückgezogen/ : /Seite nicht gefunden/);
        assert.deepEqual(await everywhere(input.headline), []);
      });
    }

    test('a published story appears at once in home, all news, rubric, tag and day lists', async () => {
      const { id } = await insertArticle(site.database.handle.db, { headline: 'Sichtbar Meldung Eta', rubricKey: 'politics', tagKeys: ['parliament'], urgency: 2 });
      await site.app.depesche.checkContent();
      assert.deepEqual(await everywhere('Sichtbar Meldung Eta'), lists());
      assert.equal((await site.app.inject(`/de/politik/${id}-sichtbar-meldung-eta`)).statusCode, 200);
    });

    test('an embargoed story becomes visible when the embargo ends, with no write in between', async () => {
      const until = Date.now() + 1500;
      const { id } = await insertArticle(site.database.handle.db, { headline: 'Sperrfrist endet Theta', rubricKey: 'politics', publishedAt: Date.now() - 60_000, embargoUntil: until });
      await site.app.depesche.checkContent();
      assert.equal((await site.app.inject(`/de/politik/${id}-sperrfrist-endet-theta`)).statusCode, 404);
      assert.ok(!(await site.app.inject('/de/news')).body.includes('Sperrfrist endet Theta'));
      await sleep(until - Date.now() + 50);
      await site.app.depesche.checkContent();
      assert.equal((await site.app.inject(`/de/politik/${id}-sperrfrist-endet-theta`)).statusCode, 200);
      assert.ok((await site.app.inject('/de/news')).body.includes('Sperrfrist endet Theta'));
    });

    test('a translation that is not yet published is not offered in the language switcher', async () => {
      const db = site.database.handle.db;
      const { id, storyId } = await insertArticle(db, { headline: 'Übersetzung fehlt Iota', rubricKey: 'politics' });
      await insertArticle(db, { edition: 'en', headline: 'Translation draft Iota', status: 'draft', publishedAt: null, storyId, rubricKey: 'politics' });
      await site.app.depesche.checkContent();
      const res = await site.app.inject(`/de/politik/${id}-uebersetzung-fehlt-iota`);
      assert.equal(res.statusCode, 200);
      const body = res.body;
      assert.ok(body.includes('Übersetzung fehlt Iota'));
      assert.ok(!body.includes('Translation draft Iota'));
      assert.ok(!/hreflang="en-GB" href="https:\/\/news\.example\.org\/en\/politics\//.test(body));
    });
  });
}
