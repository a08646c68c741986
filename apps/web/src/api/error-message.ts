import { MESSAGES, type MessageKey } from '@web/i18n/messages';

import { ApiError } from './api-client';

// The engine's sentences for some refusals are English only; their codes have Chinese (and English) words here.
const language = (): 'zh' | 'en' => (typeof localStorage !== 'undefined' && localStorage.getItem('yilin.language') === 'en' ? 'en' : 'zh');

/** What to tell a person about a failed call: the words for its code when the web has them, else the API's
 * own sentence, or why it could not be reached. */
export function errorMessage(error: unknown, networkMessage: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return networkMessage;
    const key = `apiError.${error.code}`;
    return key in MESSAGES ? MESSAGES[key as MessageKey][language()] : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
