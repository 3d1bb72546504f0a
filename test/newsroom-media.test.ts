// Images in the newsroom: uploads recognised by their bytes and stripped of metadata, the library, and who may edit texts.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { DIALECTS, skipReason } from './support/databases.ts';
import { startSite, type TestSite } from './support/site.ts';
import { addUser, logIn, type Browser } from './support/newsroom.ts';
import { insertMedia } from '../src/db/repos/media-repo.ts';
import { sniffImageFormat } from '../src/services/media-service.ts';

interface FilePart {
  bytes: Uint8Array;
  filename: string;
  type: string;
}

/** A multipart body as a browser's FormData makes it, fields in the order given. */
async function multipart(parts: [string, string | FilePart][]): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of parts) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([new Uint8Array(value.bytes)], { type: value.type }), value.filename);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

function picture(width: number, height: number): Sharp {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 110, b: 170 } } });
}

/** Tag numbers of the first EXIF directory (0x8825 points to GPS data). */
function exifTags(exif: Buffer): number[] {
  const tiff = exif.subarray(exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0);
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const ifd = le ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
}

const GPS_POINTER = 0x8825;

/** A PNG that claims a size it does not hold, as a decompression bomb would: a header and a few bytes of pixels. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(12 + data.length);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 8 + data.length);
    return frame;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

async function jpegWithSecrets(width: number, height: number): Promise<Buffer> {
  return picture(width, height)
    .jpeg()
    .withExif({
      IFD0: { Make: 'SecretCam', Model: 'Whistleblower 3000', Artist: 'Anna Source' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 24/1 36/1' },
    })
    .withIccProfile('p3')
    .toBuffer();
}

for (const dialect of DIALECTS) {
  describe(`newsroom images on ${dialect}`, { skip: skipReason(dialect) }, () => {
    let site: TestSite;
    let owner: { id: number; email: string };
    let uploader: Browser;
    let otherContributor: Browser;
    let editor: Browser;

    before(async () => {
      site = await startSite(dialect);
      const db = site.database.handle.db;
      owner = await addUser(db, 'contributor', 'Olga Owner');
      uploader = await logIn(site.app, owner.email);
      otherContributor = await logIn(site.app, (await addUser(db, 'contributor', 'Otto Other')).email);
      editor = await logIn(site.app, (await addUser(db, 'editor', 'Erika Editor')).email);
    });
    after(() => site?.close());

    const mediaCount = async () => Number((await site.database.handle.db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    /** As the editor's script uploads: the token in a header, JSON asked for. */
    async function uploadAsScript(browser: Browser, file: FilePart, opts: { csrf?: string | null } = {}) {
      const body = await multipart([['file', file]]);
      const csrf = opts.csrf === undefined ? browser.csrf : opts.csrf;
      const res = await site.app.inject({
        method: 'POST', url: '/newsroom/media', payload: body.payload,
        headers: { cookie: browser.cookie, 'content-type': body.contentType, accept: 'application/json', ...(csrf === null ? {} : { 'x-csrf-token': csrf }) },
      });
      return { status: res.statusCode, json: res.body ? JSON.parse(res.body) : null, headers: res.headers };
    }

    /** As a plain form posts without JavaScript: the token is one of the fields. */
    async function uploadAsForm(cookie: string, parts: [string, string | FilePart][]) {
      const body = await multipart(parts);
      const res = await site.app.inject({ method: 'POST', url: '/newsroom/media', payload: body.payload, headers: { cookie, 'content-type': body.contentType } });
      return { status: res.statusCode, body: res.body, location: res.headers.location };
    }

    async function fetchVariant(id: number, width: number): Promise<Buffer> {
      const res = await site.app.inject(`/media/${id}/${width}.jpg`);
      assert.equal(res.statusCode, 200, `/media/${id}/${width}.jpg`);
      assert.equal(res.headers['content-type'], 'image/jpeg');
      return res.rawPayload;
    }

    test('a JPEG with camera, GPS and colour profile data comes out in 480, 800 and 1200 px variants without any metadata', async () => {
      const input = await jpegWithSecrets(1300, 866);
      const seen = await sharp(input).metadata();
      assert.ok(seen.exif && exifTags(seen.exif).includes(GPS_POINTER), 'the upload carries GPS data');
      assert.ok(seen.icc, 'the upload carries a colour profile');

      const res = await uploadAsScript(uploader, { bytes: input, filename: 'DSC_0042.JPG', type: 'image/jpeg' });
      assert.equal(res.status, 201);
      assert.deepEqual(res.json, { id: res.json.id, url: `/media/${res.json.id}/800.jpg`, width: 800, height: 533, variants: [480, 800, 1200] });

      const stored = await site.database.handle.db.selectFrom('media').selectAll().where('id', '=', res.json.id).executeTakeFirstOrThrow();
      assert.equal(stored.created_by, owner.id);
      assert.deepEqual([stored.width, stored.height, stored.mime], [1300, 866, 'image/jpeg']);
      for (const width of [480, 800, 1200]) {
        const bytes = await fetchVariant(res.json.id, width);
        const out = await sharp(bytes).metadata();
        assert.equal(out.format, 'jpeg');
        assert.equal(out.width, width);
        assert.deepEqual([out.exif, out.icc, out.xmp, out.iptc, out.hasProfile], [undefined, undefined, undefined, undefined, false], `${width}px has no metadata`);
        for (const secret of ['Exif', 'SecretCam', 'Anna Source', 'ICC_PROFILE']) assert.ok(!bytes.includes(secret), `${width}px does not contain ${secret}`);
      }
      assert.equal((await site.app.inject(`/media/${res.json.id}/1600.jpg`)).statusCode, 404, 'never wider than the original');
    });

    test('the EXIF orientation is applied before the variants are made', async () => {
      const sideways = await picture(1200, 800).jpeg().withMetadata({ orientation: 6 }).toBuffer();
      const res = await uploadAsScript(uploader, { bytes: sideways, filename: 'portrait.jpg', type: 'image/jpeg' });
      assert.equal(res.status, 201);
      assert.deepEqual([res.json.width, res.json.height, res.json.variants], [800, 1200, [480, 800]]);
      const out = await sharp(await fetchVariant(res.json.id, 480)).metadata();
      assert.deepEqual([out.width, out.height, out.orientation], [480, 720, undefined]);
    });

    test('a very large photo gets a 1600 px variant at most', async () => {
      const res = await uploadAsScript(uploader, { bytes: await picture(3000, 2000).jpeg().toBuffer(), filename: 'big.jpg', type: 'image/jpeg' });
      assert.equal(res.status, 201);
      assert.deepEqual(res.json.variants, [480, 800, 1200, 1600]);
    });

    test('a picture narrower than 480 px is kept in one variant at its own width', async () => {
      const res = await uploadAsScript(uploader, { bytes: await picture(300, 200).png().toBuffer(), filename: 'small.png', type: 'image/png' });
      assert.equal(res.status, 201);
      assert.deepEqual(res.json, { id: res.json.id, url: `/media/${res.json.id}/300.jpg`, width: 300, height: 200, variants: [300] });
    });

    for (const [format, make] of [
      ['PNG', () => picture(900, 600).png().toBuffer()],
      ['PNG with transparency', () => sharp({ create: { width: 900, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer()],
      ['WebP', () => picture(900, 600).webp().toBuffer()],
      ['GIF', () => picture(900, 600).gif().toBuffer()],
      ['AVIF', () => picture(900, 600).avif().toBuffer()],
    ] as const) {
      test(`a ${format} image is accepted and stored as JPEG`, async () => {
        const res = await uploadAsScript(uploader, { bytes: await make(), filename: 'picture', type: 'application/octet-stream' });
        assert.equal(res.status, 201);
        assert.deepEqual(res.json.variants, [480, 800]);
        const out = await sharp(await fetchVariant(res.json.id, 800)).metadata();
        assert.deepEqual([out.format, out.width, out.height, out.channels], ['jpeg', 800, 533, 3]);
      });
    }

    const refused: [string, () => Promise<FilePart>, number, RegExp][] = [
      ['a script disguised as a JPEG', async () => ({ bytes: Buffer.from('<script>alert(1)</script>'), filename: 'evil.jpg', type: 'image/jpeg' }), 415, /not an image we accept/],
      ['an SVG', async () => ({ bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'), filename: 'logo.svg', type: 'image/svg+xml' }), 415, /not an image we accept/],
      ['an HTML page named like a PNG', async () => ({ bytes: Buffer.from('<!DOCTYPE html><html><body>hi</body></html>'), filename: 'x.png', type: 'image/png' }), 415, /not an image we accept/],
      ['a truncated JPEG', async () => {
        const whole = await picture(1000, 700).jpeg().toBuffer();
        return { bytes: whole.subarray(0, Math.floor(whole.length / 2)), filename: 'cut.jpg', type: 'image/jpeg' };
      }, 400, /damaged or incomplete/],
      ['a PNG header over garbage', async () => ({ bytes: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(200, 7)]), filename: 'bad.png', type: 'image/png' }), 400, /damaged or incomplete/],
      ['a file over 15 MB', async () => ({ bytes: Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(15 * 1024 * 1024, 1)]), filename: 'huge.jpg', type: 'image/jpeg' }), 413, /larger than 15 MB/],
      ['an empty file', async () => ({ bytes: new Uint8Array(0), filename: 'empty.jpg', type: 'image/jpeg' }), 400, /Choose an image file/],
    ];
    for (const [what, make, status, message] of refused) {
      test(`${what} is refused with ${status}, a clear message and nothing stored`, async () => {
        const before = await mediaCount();
        const res = await uploadAsScript(uploader, await make());
        assert.equal(res.status, status);
        assert.match(res.json.error, message);
        assert.equal(await mediaCount(), before);
      });
    }

    test('an image of more than 50 megapixels is refused with 400 before it is decoded', async () => {
      const before = await mediaCount();
      const res = await uploadAsScript(uploader, { bytes: pngHeaderOnly(10_000, 5_001), filename: 'bomb.png', type: 'image/png' });
      assert.equal(res.status, 400);
      assert.match(res.json.error, /too many pixels/);
      assert.equal(await mediaCount(), before);
    });

    test('a path in the file name is harmless: the image is stored and only the bare name is logged', async () => {
      const res = await uploadAsScript(uploader, { bytes: await picture(640, 480).jpeg().toBuffer(), filename: '../../etc/passwd.jpg', type: 'image/jpeg' });
      assert.equal(res.status, 201);
      await fetchVariant(res.json.id, 480);
      const entry = await site.database.handle.db.selectFrom('audit_log').select(['summary', 'user_id']).where('action', '=', 'media.upload').where('object_id', '=', String(res.json.id)).executeTakeFirstOrThrow();
      assert.deepEqual({ ...entry }, { summary: 'passwd.jpg', user_id: owner.id });
    });

    test('the plain form uploads without JavaScript and goes back to the article or to the library', async () => {
      const file: FilePart = { bytes: await picture(900, 600).jpeg().toBuffer(), filename: 'form.jpg', type: 'image/jpeg' };
      const toArticle = await uploadAsForm(uploader.cookie, [['_csrf', uploader.csrf], ['article_id', '17'], ['file', file]]);
      assert.equal(toArticle.status, 303);
      assert.match(toArticle.location as string, /^\/newsroom\/articles\/17\?uploaded=\d+$/);
      // In the article editor the file input sits before the upload form's hidden fields, so the file comes first.
      const fileFirst = await uploadAsForm(uploader.cookie, [['file', file], ['_csrf', uploader.csrf]]);
      assert.equal(fileFirst.status, 303);
      const id = /^\/newsroom\/media\?uploaded=(\d+)$/.exec(fileFirst.location as string)?.[1];
      assert.ok(id, `redirected to the library: ${fileFirst.location}`);
      const library = await uploader.get(fileFirst.location as string);
      assert.equal(library.status, 200);
      assert.match(library.body, new RegExp(`href="/newsroom/media/${id}"`));
      assert.match(library.body, /role="status"/);
    });

    test('the plain form shows a refused file on the library page with its status', async () => {
      const res = await uploadAsForm(uploader.cookie, [['_csrf', uploader.csrf], ['file', { bytes: Buffer.from('GIF89a but not really'), filename: 'x.gif', type: 'image/gif' }]]);
      assert.equal(res.status, 400);
      assert.match(res.body, /role="alert">This image is damaged or incomplete/);
      assert.match(res.body, /enctype="multipart\/form-data"/);
    });

    test('an upload without the CSRF token or with a wrong one is refused with 403 and nothing stored', async () => {
      const before = await mediaCount();
      const file: FilePart = { bytes: await picture(600, 400).jpeg().toBuffer(), filename: 'a.jpg', type: 'image/jpeg' };
      assert.equal((await uploadAsScript(uploader, file, { csrf: null })).status, 403);
      assert.equal((await uploadAsScript(uploader, file, { csrf: 'forged-token' })).status, 403);
      assert.equal((await uploadAsScript(uploader, file, { csrf: otherContributor.csrf })).status, 403, "another user's token does not count");
      assert.equal((await uploadAsForm(uploader.cookie, [['file', file]])).status, 403);
      assert.equal((await uploadAsForm(uploader.cookie, [['_csrf', 'forged-token'], ['file', file]])).status, 403);
      assert.equal(await mediaCount(), before);
    });

    test('anonymous visitors may not upload (401) and are sent to log in for the library (303)', async () => {
      const before = await mediaCount();
      const body = await multipart([['file', { bytes: await picture(600, 400).jpeg().toBuffer(), filename: 'a.jpg', type: 'image/jpeg' }]]);
      const res = await site.app.inject({ method: 'POST', url: '/newsroom/media', payload: body.payload, headers: { 'content-type': body.contentType, accept: 'application/json' } });
      assert.equal(res.statusCode, 401);
      assert.equal(await mediaCount(), before);
      const library = await site.app.inject('/newsroom/media');
      assert.equal(library.statusCode, 303);
      assert.equal(library.headers.location, '/newsroom/login?next=%2Fnewsroom%2Fmedia');
      assert.equal((await site.app.inject('/newsroom/media/1')).statusCode, 303);
    });

    test('the library shows the newest images first, 40 a page, with their German texts and links to edit them', async () => {
      const db = site.database.handle.db;
      const bytes = new Uint8Array(await picture(480, 320).jpeg().toBuffer());
      const now = Date.now() + 60_000;
      const ids: number[] = [];
      for (let i = 0; i < 45; i++) {
        ids.push(await insertMedia(db, {
          createdBy: owner.id, credit: `Credit ${i}`, width: 480, height: 320, mime: 'image/jpeg', files: [{ width: 480, height: 320, mime: 'image/jpeg', bytes }],
          texts: [{ edition: 'en', caption: `English caption ${i}`, alt: `English alt ${i}` }, ...(i % 2 ? [] : [{ edition: 'de', caption: `Bildunterschrift ${i}`, alt: `Alternativtext ${i}` }])],
        }, now + i));
      }
      const first = await uploader.get('/newsroom/media');
      assert.equal(first.status, 200);
      const cards = [...first.body.matchAll(/<a href="\/newsroom\/media\/(\d+)">/g)].map((m) => Number(m[1]));
      assert.equal(cards.length, 40);
      assert.deepEqual(cards.slice(0, 3), [ids[44], ids[43], ids[42]]);
      assert.match(first.body, /Bildunterschrift 44/, 'German texts where there are some');
      assert.match(first.body, /English caption 43/, 'the first texts there are otherwise');
      assert.match(first.body, /alt="Alternativtext 44"/);
      assert.match(first.body, /href="\/newsroom\/media\?page=2"/);
      const second = await uploader.get('/newsroom/media?page=2');
      assert.match(second.body, new RegExp(`href="/newsroom/media/${ids[4]}"`));
      assert.ok(!second.body.includes(`href="/newsroom/media/${ids[44]}"`));
    });

    test('the edit page has a credit and a caption and alt text per edition', async () => {
      const res = await uploadAsScript(uploader, { bytes: await picture(900, 600).jpeg().toBuffer(), filename: 'x.jpg', type: 'image/jpeg' });
      const page = await uploader.get(`/newsroom/media/${res.json.id}`);
      assert.equal(page.status, 200);
      for (const name of ['credit', 'caption_de', 'alt_de', 'caption_en', 'alt_en', 'caption_ru', 'alt_ru', 'caption_be', 'alt_be']) assert.match(page.body, new RegExp(`name="${name}"`));
      assert.match(page.body, /<button type="submit">Save<\/button>/);
      assert.equal((await uploader.get('/newsroom/media/999999')).status, 404);
      assert.equal((await uploader.get('/newsroom/media/abc')).status, 404);
    });

    test("a contributor may not change another user's image (403), the uploader and an editor may", async () => {
      const db = site.database.handle.db;
      const { json } = await uploadAsScript(uploader, { bytes: await picture(900, 600).jpeg().toBuffer(), filename: 'x.jpg', type: 'image/jpeg' });
      const url = `/newsroom/media/${json.id}`;
      const texts = async () => (await db.selectFrom('media_texts').select(['edition', 'caption', 'alt']).where('media_id', '=', json.id).orderBy('edition').execute()).map((row) => ({ ...row }));

      const view = await otherContributor.get(url);
      assert.equal(view.status, 200);
      assert.ok(!view.body.includes('<button type="submit">Save</button>'), 'shown read-only');
      const denied = await otherContributor.post(url, { credit: 'Stolen', caption_de: 'Fremd', alt_de: 'Fremd' });
      assert.equal(denied.status, 403);
      assert.deepEqual(await texts(), []);

      const own = await uploader.post(url, { credit: 'Foto: Olga Owner', caption_de: 'Der Hafen am Morgen', alt_de: 'Kräne im Nebel', caption_en: 'The harbour at dawn', alt_en: 'Cranes in fog' });
      assert.equal(own.status, 303);
      assert.equal(own.headers.location, `${url}?saved=1`);
      assert.deepEqual(await texts(), [
        { edition: 'de', caption: 'Der Hafen am Morgen', alt: 'Kräne im Nebel' },
        { edition: 'en', caption: 'The harbour at dawn', alt: 'Cranes in fog' },
      ]);
      const saved = await uploader.get(`${url}?saved=1`);
      assert.match(saved.body, /value="Foto: Olga Owner"/);
      assert.match(saved.body, /Image texts saved/);

      const edited = await editor.post(url, { credit: 'Foto: Agentur', caption_de: 'Der Hafen', alt_de: 'Kräne' });
      assert.equal(edited.status, 303);
      assert.deepEqual((await texts()).map((t) => t.caption), ['Der Hafen', 'The harbour at dawn'], 'editions left out of the form keep their texts');
      assert.equal((await db.selectFrom('media').select('credit').where('id', '=', json.id).executeTakeFirstOrThrow()).credit, 'Foto: Agentur');

      const demoImage = await db.selectFrom('media').select('id').where('created_by', 'is', null).executeTakeFirstOrThrow();
      assert.equal((await otherContributor.post(`/newsroom/media/${demoImage.id}`, { caption_de: 'x' })).status, 403, 'nor an image nobody uploaded');
    });

    test('editing an image needs the CSRF token, and overlong texts come back with the form', async () => {
      const { json } = await uploadAsScript(uploader, { bytes: await picture(900, 600).jpeg().toBuffer(), filename: 'x.jpg', type: 'image/jpeg' });
      const url = `/newsroom/media/${json.id}`;
      assert.equal((await uploader.post(url, { credit: 'x' }, { csrf: null })).status, 403);
      const long = await uploader.post(url, { credit: 'ok', caption_de: 'Ü'.repeat(501), alt_de: '<b>alt</b>' });
      assert.equal(long.status, 400);
      assert.match(long.body, /aria-invalid="true" aria-describedby="caption_de-error"/);
      assert.match(long.body, /value="&lt;b&gt;alt&lt;\/b&gt;"/, 'values come back escaped');
    });
  });
}

describe('recognising image formats by their bytes', () => {
  test('the magic numbers decide, whatever the name', () => {
    const cases: [string, string | null][] = [
      ['ffd8ffe000104a464946', 'jpeg'],
      ['89504e470d0a1a0a0000000d', 'png'],
      [Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1').toString('hex'), 'webp'],
      [Buffer.from('GIF87a\x01\x00', 'latin1').toString('hex'), 'gif'],
      [Buffer.from('GIF89a\x01\x00', 'latin1').toString('hex'), 'gif'],
      [Buffer.from('\x00\x00\x00\x1cftypavif\x00\x00\x00\x00mif1miaf', 'latin1').toString('hex'), 'avif'],
      [Buffer.from('\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00avismiaf', 'latin1').toString('hex'), 'avif'],
      [Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic', 'latin1').toString('hex'), null],
      [Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1').toString('hex'), null],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('hex'), null],
      [Buffer.from('<script>alert(1)</script>').toString('hex'), null],
      ['ffd8', null],
      ['', null],
    ];
    for (const [hex, format] of cases) assert.equal(sniffImageFormat(Buffer.from(hex, 'hex')), format, hex);
  });
});
