import { describe, expect, it } from '@jest/globals';

import { ApiError } from '@web/api/api-client';

import { errorText } from './error-text.util';

describe('errorText', () => {
  it('adds the fields the API names to its sentence', () => {
    const error = new ApiError(422, 'Some fields are not valid', 'INVALID_DATA', [
      { path: '/amount', message: 'must be >= 1', keyword: 'minimum' },
    ]);
    expect(errorText(error, 'offline')).toBe('Some fields are not valid：amount must be >= 1');
  });

  it('says why the server could not be reached', () => {
    expect(errorText(new ApiError(0, '', 'NETWORK'), 'offline')).toBe('offline');
  });
});
