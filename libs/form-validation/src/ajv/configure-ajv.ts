import type Ajv from 'ajv';
import addFormats from 'ajv-formats';

import { CUSTOM_FORMATS } from '../formats/custom-formats.const';
import { amountFenKeyword } from '../keywords/amount-fen.keyword';
import { compareKeyword } from '../keywords/compare.keyword';
import { disclosureKeyword } from '../keywords/disclosure.keyword';
import { weightedTotalKeyword } from '../keywords/weighted-total.keyword';

/**
 * Adds ajv-formats' standard formats, Yilin's custom formats and its `x-` keywords to an AJV instance and returns
 * it. Safe to call on an instance that already has some of them (rjsf's, for example); it is the `extenderFn`
 * handed to rjsf's `customizeValidator`.
 */
export function configureAjv(ajv: Ajv): Ajv {
  // ajv-formats also adds formatMinimum & co.; adding them twice throws, re-adding formats only overwrites.
  addFormats(ajv, { keywords: !ajv.getKeyword('formatMaximum') });
  for (const [name, isValid] of Object.entries(CUSTOM_FORMATS)) ajv.addFormat(name, isValid);
  for (const definition of [amountFenKeyword, compareKeyword, disclosureKeyword, weightedTotalKeyword]) {
    if (!ajv.getKeyword(String(definition.keyword))) ajv.addKeyword(definition);
  }
  return ajv;
}
