import { strictestDisclosure } from './strictest-disclosure.util';

describe('strictestDisclosure', () => {
  it('orders public < masked < private and ignores gaps', () => {
    expect(strictestDisclosure('public', 'masked')).toBe('masked');
    expect(strictestDisclosure(undefined, 'private', 'public')).toBe('private');
    expect(strictestDisclosure(undefined)).toBeUndefined();
  });
});
