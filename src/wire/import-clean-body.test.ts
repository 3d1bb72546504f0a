import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyText, sanitizeBody } from '../domain/body-html.ts';
import { cleanBody, isCleanBody, sanitizedBodyText } from './import-clean-body.ts';
import { mapItem } from './import-map.ts';

test('a body in the allowlist\'s own form is recognized as clean and kept as it is', () => {
  const body = '<p>Die Brücke &amp; der Fluss: 3 &lt; 4 &gt; 2, „Zitat“ und "Zoll".</p>\n<h2>Zwischentitel</h2>\n'
    + '<blockquote><p>Ein <strong>Zitat</strong> mit <em>Betonung</em><br />und Umbruch.</p></blockquote>\n<ul><li>eins</li><li><b>zwei</b></li></ul>';
  assert.ok(isCleanBody(body));
  assert.equal(cleanBody(body), sanitizeBody(body));
});

test('whatever the sanitizer would change is left to it', () => {
  for (const body of [
    '<p class="x">Attribut</p>', '<P>Groß</P>', '<p>offen', '<p>a<br>b</p>', '<p>a &nbsp; b</p>', '<p>a &quot; b</p>', '<p>a & b</p>',
    '<p>1 > 0</p>', '<script>alert(1)</script>', '<p><p>doppelt</p></p>', '<p><h2>Titel im Absatz</h2></p>', 'Text ohne Absatz',
    '<ul>Text in der Liste</ul>', '<li>Punkt ohne Liste</li>', '<p>a</b></p>', '<a href="https://example.org">Link</a>', '<p>\r\n</p>', '<br />',
  ]) {
    assert.equal(isCleanBody(body), false, body);
    assert.equal(cleanBody(body), sanitizeBody(body), body);
  }
});

test('on random markup, a body taken as clean is exactly what the sanitizer returns', () => {
  const pieces = ['<p>', '</p>', '<h2>', '</h2>', '<blockquote>', '</blockquote>', '<ul>', '</ul>', '<ol>', '</ol>', '<li>', '</li>', '<strong>', '</strong>',
    '<em>', '</em>', '<sub>', '</sub>', '<br />', '<br>', 'Wort', ' ', '\n', '&amp;', '&lt;', '&gt;', '&quot;', '"', '\'', 'ä', '<i>', '</i>', '<div>', '</div>'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let clean = 0;
  for (let n = 0; n < 60_000; n++) {
    // Mostly well-formed: open a tag, put something in it, close it.
    let body = '';
    const stack: string[] = [];
    for (let k = 0, len = 1 + Math.floor(random() * 12); k < len; k++) {
      const piece = pieces[Math.floor(random() * pieces.length)];
      const open = /^<([a-z0-9]+)>$/.exec(piece);
      if (open && random() < 0.9) stack.push(open[1]);
      body += piece;
      if (stack.length && random() < 0.3) body += `</${stack.pop()}>`;
    }
    while (stack.length && random() < 0.95) body += `</${stack.pop()}>`;
    if (isCleanBody(body)) {
      clean++;
      assert.equal(body.trim(), sanitizeBody(body), body);
    }
  }
  assert.ok(clean > 1000, `only ${clean} clean bodies were generated`);
});

test('the text of a sanitized body is what bodyText reads from it (up to whitespace), on random markup with attributes, entities and stray tags', () => {
  const pieces = ['<p>', '</p>', '<h2>', '</h2>', '<h3>', '</h3>', '<blockquote>', '</blockquote>', '<ul>', '</ul>', '<li>', '</li>', '<strong>', '</strong>',
    '<br>', '<br />', '<BR/>', '<td>', '</td>', '<th>', '<table>', '<tr>', '<figure>', '<figcaption>', '</figcaption>', '<img src="https://example.org/a.jpg" alt="a > b">',
    '<a href="https://example.org/?a=1&b=2" title="x &quot;y&quot;">', '</a>', '<a href="javascript:alert(1)">', '<script>alert("x")</script>', '<style>p{}</style>',
    '<textarea>t</textarea>', '<!-- Kommentar -->', '<div class="x">', '</div>', '<P>', 'Wort', 'Straße', ' ', '\n', '\t', '\u00a0', '&amp;', '&lt;', '&gt;', '&quot;',
    '&#39;', '&nbsp;', '&amp;quot;', '&#x41;', '&unknown;', '&', '<', '>', '"', "'", '’', '<p >', '</p >', '< p>', '<1>', '<!doctype html>'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let n = 0; n < 20_000; n++) {
    let body = '';
    for (let k = 0, len = 1 + Math.floor(random() * 16); k < len; k++) body += pieces[Math.floor(random() * pieces.length)];
    const stored = cleanBody(body);
    assert.equal(sanitizedBodyText(stored).replace(/\s+/g, ' ').trim(), bodyText(stored), body);
  }
});

test('so is the text of a plain-text body, as the importer turns it into paragraphs', () => {
  const pieces = ['Wort', ' ', '\n', '\n\n', '\r\n', '\r', '\0', '\t', '\u00a0', '&', '&amp;', '&nbsp;', '&#39;', '<', '>', '<p>', '<br>', '"', "'", 'ä'];
  let seed = 3;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let n = 0; n < 5_000; n++) {
    let text = '';
    for (let k = 0, len = 1 + Math.floor(random() * 14); k < len; k++) text += pieces[Math.floor(random() * pieces.length)];
    const mapped = mapItem({ uri: 'urn:test:plain', type: 'text', headlines: [{ value: 'Titel' }], bodies: [{ contenttype: 'text/plain', value: text }] }, '2.2');
    assert.ok(!('error' in mapped), text);
    assert.equal(sanitizedBodyText(mapped.article.body).replace(/\s+/g, ' ').trim(), bodyText(mapped.article.body), text);
  }
});
