import { describe, expect, it } from '@jest/globals';

import { ApiError } from '@web/api/api-client';

import { errorText, labelsOf } from './error-text.util';

describe('errorText', () => {
  it('adds the fields the API names to its sentence', () => {
    const error = new ApiError(422, 'Some fields are not valid', 'INVALID_DATA', [
      { path: '/amount', message: 'must be >= 1', keyword: 'minimum' },
    ]);
    expect(errorText(error, 'offline')).toBe('Some fields are not valid：amount must be >= 1');
  });

  it('names each field by its form label when it has one', () => {
    const error = new ApiError(422, 'Some fields are not valid', 'INVALID_DATA', [
      { path: '/founder/mobile', message: 'must be an 11-digit mainland mobile number', keyword: 'format' },
      { path: '/addresses/0/address', message: 'is required', keyword: 'required' },
      { path: '/nickname', message: 'is not a field of this form', keyword: 'additionalProperties' },
    ]);
    const labelOf = labelsOf({ 'founder.mobile': '手机', 'addresses.address': '地址' });
    expect(errorText(error, 'offline', labelOf)).toBe(
      'Some fields are not valid：手机 must be an 11-digit mainland mobile number；地址 is required；nickname is not a field of this form',
    );
  });

  it('lists the items a rule’s refusal names', () => {
    const error = new ApiError(409, '一次性告知须列明所有缺少的材料', 'EVENT_REJECTED', { state: 'processing.precheck', missing: ['公司章程', '住所使用证明'] });
    expect(errorText(error, 'offline')).toBe('一次性告知须列明所有缺少的材料：公司章程、住所使用证明');
  });

  it('says why the server could not be reached', () => {
    expect(errorText(new ApiError(0, '', 'NETWORK'), 'offline')).toBe('offline');
  });
});
