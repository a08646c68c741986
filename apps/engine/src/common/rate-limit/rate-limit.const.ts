/** Named `default` so the throttler answers with the standard `Retry-After` header. */
export const SENSITIVE_THROTTLER = 'default';

export const TOO_MANY_ATTEMPTS = 'Too many attempts; please wait a minute and try again';
