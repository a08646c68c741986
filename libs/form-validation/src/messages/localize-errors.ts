import type { ErrorObject } from 'ajv';

import { errorMessage } from './error-message';
import type { Locale } from './locale';

/**
 * An rjsf `Localizer` (the second argument of `customizeValidator`): rewrites each AJV error's `message` in place
 * with the same text the engine returns, so the applicant reads identical messages before and after submitting.
 */
export function localizeErrors(locale: Locale): (errors?: ErrorObject[] | null) => void {
  return (errors) => {
    for (const error of errors ?? []) error.message = errorMessage(error, locale);
  };
}
