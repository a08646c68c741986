import { DISCLOSURES } from '../keywords/disclosure.keyword';
import type { Disclosure } from '../keywords/disclosure.keyword';

/** The most closed of the given disclosures, `undefined` when none is given. */
export function strictestDisclosure(...disclosures: readonly (Disclosure | undefined)[]): Disclosure | undefined {
  let strictest: Disclosure | undefined;
  for (const disclosure of disclosures) {
    if (disclosure && (!strictest || DISCLOSURES.indexOf(disclosure) > DISCLOSURES.indexOf(strictest))) {
      strictest = disclosure;
    }
  }
  return strictest;
}
