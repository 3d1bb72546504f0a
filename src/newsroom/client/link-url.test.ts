import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedHref, normalizeLinkInput } from './link-url.ts';

test('links may point to http, https and mailto addresses only', () => {
  assert.equal(isAllowedHref('https://example.org/a?b#c'), true);
  assert.equal(isAllowedHref('http://example.org'), true);
  assert.equal(isAllowedHref('mailto:desk@example.org'), true);
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'ftp://example.org', '/relative', 'https://', 'mailto:', 'vbscript:x']) {
    assert.equal(isAllowedHref(bad), false, bad);
  }
});

test('a bare domain becomes https and a bare address becomes mailto; anything with a scheme is kept as typed', () => {
  assert.equal(normalizeLinkInput(' example.org/news '), 'https://example.org/news');
  assert.equal(normalizeLinkInput('münchen.de'), 'https://münchen.de');
  assert.equal(normalizeLinkInput('desk@example.org'), 'mailto:desk@example.org');
  assert.equal(normalizeLinkInput('javascript:alert(1)'), 'javascript:alert(1)');
  assert.equal(normalizeLinkInput('not a link'), 'not a link');
  assert.equal(normalizeLinkInput(''), '');
});
