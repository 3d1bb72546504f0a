import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html, raw, jsonForScript } from './html.ts';

test('interpolated values are escaped unless marked raw', () => {
  const name = '<script>alert("x")</script>';
  assert.equal(html`<p title="${name}">${name}</p>`.value, '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  assert.equal(html`<div>${raw('<b>ok</b>')}</div>`.value, '<div><b>ok</b></div>');
  assert.equal(html`<ul>${['a&b', html`<li>${"'"}</li>`]}</ul>`.value, '<ul>a&amp;b<li>&#39;</li></ul>');
  assert.equal(html`${null}${undefined}${false}${0}`.value, '0');
});

test('JSON for script blocks cannot close the script element', () => {
  assert.equal(jsonForScript({ h: '</script><script>x</script>' }).value.includes('</script>'), false);
  const data = { h: 'A & B <i>', n: 1 };
  const text = jsonForScript(data).value;
  assert.equal(text, '{"h":"A \\u0026 B \\u003ci\\u003e","n":1}');
  assert.deepEqual(JSON.parse(text), data);
});
