import type { KeywordDefinition } from 'ajv';

/** The annotation that says who may see a field once the data is published or shown to other people. */
export const DISCLOSURE_KEYWORD = 'x-disclosure';

/** `public`: shown as is; `masked`: shown partly hidden; `private`: never leaves the staff views. */
export type Disclosure = 'public' | 'masked' | 'private';

/** Disclosures from the most open to the most closed. */
export const DISCLOSURES: readonly Disclosure[] = ['public', 'masked', 'private'];

/** Annotation only: it never fails data, but its value must be one of {@link DISCLOSURES}. */
export const disclosureKeyword: KeywordDefinition = {
  keyword: DISCLOSURE_KEYWORD,
  metaSchema: { enum: [...DISCLOSURES] },
};
