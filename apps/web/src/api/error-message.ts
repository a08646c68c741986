import { ApiError } from './api-client';

/** What to tell a person about a failed call: the API's own sentence, or why it could not be reached. */
export function errorMessage(error: unknown, networkMessage: string): string {
  if (error instanceof ApiError) return error.code === 'NETWORK' ? networkMessage : error.message;
  return error instanceof Error ? error.message : String(error);
}
