// Views of editions: the list, and one edition's settings with a sample of each date pattern formatted for now.
import { html, type SafeHtml } from '../../site/html.ts';
import type { Edition } from '../../domain/model.ts';
import { isLocale, isTimeZone, labelKeys, PATTERN_KEYS, samplePattern } from '../../services/manage-edition-service.ts';
import type { NewsroomContext } from '../guard.ts';
import type { ManageMessages } from '../manage-i18n.ts';
import { csrfField } from './layout.ts';
import { fieldId, problemSummary, textField, type FormState } from './manage-views.ts';

export function editionListBody(ctx: NewsroomContext, m: ManageMessages, editions: Edition[]): SafeHtml {
  return html`<h1>${ctx.t.editions}</h1>
<table><thead><tr><th scope="col">${m.code}</th><th scope="col">${m.name}</th><th scope="col">${m.editionLocale}</th><th scope="col">${m.timeZone}</th><th scope="col">${m.host}</th><th scope="col">${m.actions}</th></tr></thead>
<tbody>${editions.map((e) => html`<tr><td>${e.code}</td><td>${e.flag} ${e.name}</td><td>${e.locale}</td><td>${e.timeZone}</td><td>${e.host ?? '—'}</td><td><a href="/newsroom/editions/${e.code}" aria-label="${m.edit}: ${e.name}">${m.edit}</a></td></tr>`)}</tbody></table>`;
}

export function editionValues(e: Edition): Record<string, string> {
  const values: Record<string, string> = {
    name: e.name, flag: e.flag, locale: e.locale, timeZone: e.timeZone, host: e.host ?? '', agencyName: e.agencyName, agencyShort: e.agencyShort,
    labels: JSON.stringify(e.labels, null, 2),
  };
  for (const key of PATTERN_KEYS) values[`pattern.${key}`] = e.datePatterns[key];
  for (const [i, link] of e.socialLinks.entries()) {
    values[`social.${i}.network`] = link.network;
    values[`social.${i}.url`] = link.url;
  }
  return values;
}

function socialRowCount(values: Record<string, string>): number {
  let rows = 0;
  for (const name of Object.keys(values)) {
    const match = /^social\.(\d+)\./.exec(name);
    if (match) rows = Math.max(rows, Number(match[1]) + 1);
  }
  return Math.min(rows, 50);
}

export function editionFormBody(ctx: NewsroomContext, m: ManageMessages, o: { edition: Edition; form: FormState; now: number }): SafeHtml {
  const f = o.form;
  const e = o.edition;
  // Samples use the locale and zone in the form when they are valid, so a change shows before it is saved.
  const locale = isLocale(f.values.locale ?? '') ? f.values.locale : e.locale;
  const zone = isTimeZone(f.values.timeZone ?? '') ? f.values.timeZone : e.timeZone;
  const rows = socialRowCount(f.values) + 2;
  const form = html`<form method="post" action="/newsroom/editions/${e.code}" novalidate>${csrfField(ctx)}
${textField(m, f, { name: 'name', label: m.name, required: true, max: 60 })}
${textField(m, f, { name: 'flag', label: m.flag, max: 16 })}
${textField(m, f, { name: 'locale', label: m.editionLocale, required: true, hint: m.editionLocaleHint, max: 35, code: true })}
${textField(m, f, { name: 'timeZone', label: m.timeZone, required: true, hint: m.timeZoneHint, max: 64, code: true })}
${textField(m, f, { name: 'host', label: m.host, hint: m.hostHint, max: 253, code: true })}
${textField(m, f, { name: 'agencyName', label: m.agencyName, required: true, max: 120 })}
${textField(m, f, { name: 'agencyShort', label: m.agencyShort, required: true, hint: m.agencyShortHint, max: 30 })}
<fieldset><legend>${m.datePatterns}</legend>
<p class="hint">${m.patternHint}</p>
${PATTERN_KEYS.map((key) => {
    const sample = samplePattern(f.values[`pattern.${key}`] ?? '', locale, zone, o.now);
    return textField(m, f, { name: `pattern.${key}`, label: m.pattern[key], required: true, max: 60, code: true, hint: sample ? `${m.sampleNow} ${sample}` : undefined });
  })}
</fieldset>
<fieldset><legend>${m.socialLinks}</legend>
<p class="hint">${m.socialHint}</p>
<table><thead><tr><th scope="col">${m.network}</th><th scope="col">${m.url}</th></tr></thead>
<tbody>${Array.from({ length: rows }, (_, i) => html`<tr>
<td>${textField(m, f, { name: `social.${i}.network`, label: `${m.network} (${m.row} ${i + 1})`, max: 30, code: true })}</td>
<td>${textField(m, f, { name: `social.${i}.url`, label: `${m.url} (${m.row} ${i + 1})`, type: 'url', max: 500, code: true })}</td></tr>`)}</tbody></table>
<p class="hint">${m.networkHint}</p>
</fieldset>
${textField(m, f, { name: 'labels', label: m.labels, rows: 8, hint: m.labelsHint, code: true })}
<details><summary>${m.knownKeys}</summary><p id="${fieldId('label-keys')}"><code>${labelKeys().join(', ')}</code></p></details>
<p><button type="submit">${ctx.t.save}</button></p>
</form>`;
  return html`<h1>${m.editEdition}: ${e.name} (${e.code})</h1>
<p><a href="/newsroom/editions">${m.cancel}</a> · <a href="/${e.code}">${m.readerPage}</a></p>
${problemSummary(ctx, m, f)}
${form}`;
}
