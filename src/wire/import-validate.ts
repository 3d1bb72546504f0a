// Tells a ninjs line's major version and checks it against IPTC's schema of that version (compiled once).
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export type NinjsVersion = '2.2' | '3.1';

// Properties that only one major version spells this way (2.x lowercase, 3.x camelCase).
const ONLY_2 = ['representationtype', 'firstcreated', 'versioncreated', 'contentcreated', 'embargoed', 'pubstatus', 'copyrightholder', 'copyrightnotice', 'usageterms', 'ednote', 'infosources', 'altids', 'trustindicators', 'rightsinfo', 'digitalsourcetype'];
const ONLY_3 = ['representationType', 'firstCreated', 'versionCreated', 'contentCreated', 'embargoedUntil', 'pubStatus', 'copyrightHolder', 'copyrightNotice', 'usageTerms', 'edNote', 'infoSources', 'altIds', 'trustIndicators', 'rightsInfo', 'digitalSourceType', 'eventDetails', 'plannedCoverage'];

/**
 * The spelling of the properties decides (2.x `versioncreated`, 3.x `versionCreated`); when it does not (an item
 * with only uri and headlines, or both spellings), `standard.version` or the `standard.schema` URI does; failing
 * that, 3.1, which IPTC recommends. Validation then reports what does not fit the version chosen.
 */
export function detectVersion(item: Record<string, unknown>): NinjsVersion {
  let two = false;
  let three = false;
  for (const key of Object.keys(item)) {
    if (ONLY_2.includes(key)) two = true;
    else if (ONLY_3.includes(key)) three = true;
  }
  if (two === three) {
    // Still undecided: the bodies', headlines' and descriptions' contenttype / contentType.
    for (const list of [item.bodies, item.headlines, item.descriptions, item.renditions]) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        if (entry && typeof entry === 'object') {
          if ('contenttype' in entry) two = true;
          if ('contentType' in entry) three = true;
        }
      }
    }
  }
  if (two !== three) return two ? '2.2' : '3.1';
  const standard = item.standard as { version?: unknown; schema?: unknown } | undefined;
  const hint = typeof standard?.version === 'string' ? standard.version : typeof standard?.schema === 'string' ? /ninjs-schema_(\d)/.exec(standard.schema)?.[1] ?? '' : '';
  return hint.startsWith('2') ? '2.2' : '3.1';
}

let ajv: Ajv2020 | undefined;
const validators = new Map<NinjsVersion, ValidateFunction>();

function load(name: string): object {
  return JSON.parse(readFileSync(new URL(`./schemas/${name}`, import.meta.url), 'utf8'));
}

/** Compiled on first use (about half a second each), once per process. */
function validatorFor(version: NinjsVersion): ValidateFunction {
  let validate = validators.get(version);
  if (validate) return validate;
  if (!ajv) {
    // The first error suffices to say why an item is refused, and stopping there validates about twice as fast.
    ajv = new Ajv2020({ strict: false, allErrors: false });
    // ajv-formats is CommonJS: its function is the default export's `default` under Node's ESM interop.
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
    addFormats(ajv);
    ajv.addSchema(load('GeoJSON-schema.json'));
  }
  validate = ajv.compile(load(`ninjs-schema_${version}.json`));
  validators.set(version, validate);
  return validate;
}

/** Null when the item is valid; else a short reason naming the JSON path(s) at fault. */
export function validateItem(item: unknown, version: NinjsVersion): string | null {
  const validate = validatorFor(version);
  if (validate(item)) return null;
  return describeErrors(validate.errors ?? []);
}

function describeErrors(errors: ErrorObject[]): string {
  // Errors of combinators (anyOf, $ref…) only repeat what the specific ones (a type, an unknown property) say.
  const useful = errors.filter((e) => !['anyOf', 'oneOf', 'if', '$ref', 'allOf'].includes(e.keyword));
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of useful.length ? useful : errors) {
    const path = e.instancePath || '/';
    let text: string;
    if (e.keyword === 'unevaluatedProperties' || e.keyword === 'additionalProperties') {
      const name = (e.params as { unevaluatedProperty?: string; additionalProperty?: string }).unevaluatedProperty ?? (e.params as { additionalProperty?: string }).additionalProperty;
      text = `${path === '/' ? '' : path}/${name}: not a property of this object`;
    } else {
      text = `${path}: ${e.message ?? e.keyword}`;
    }
    if (seen.has(text)) continue;
    seen.add(text);
    parts.push(text);
  }
  const shown = parts.slice(0, 3).join('; ');
  return parts.length > 3 ? `${shown} (and ${parts.length - 3} more)` : shown;
}
