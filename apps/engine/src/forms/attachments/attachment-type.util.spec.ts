import { acceptsAttachment, safeFilename } from './attachment-type.util';

describe('acceptsAttachment', () => {
  it('accepts a PDF that starts like one', () => {
    expect(acceptsAttachment('application/pdf', '预算.pdf', Buffer.from('%PDF-1.7 …'))).toBe(true);
  });

  it('refuses a declared type the bytes contradict, a wrong extension and unknown types', () => {
    expect(acceptsAttachment('application/pdf', 'x.pdf', Buffer.from('<script>alert(1)</script>'))).toBe(false);
    expect(acceptsAttachment('application/pdf', 'x.exe', Buffer.from('%PDF-1.7'))).toBe(false);
    expect(acceptsAttachment('text/html', 'x.html', Buffer.from('<p>hi</p>'))).toBe(false);
    expect(acceptsAttachment('text/plain', 'x.txt', Buffer.from([0x41, 0x00, 0x42]))).toBe(false);
  });

  it('accepts text and images by their bytes', () => {
    expect(acceptsAttachment('text/csv; charset=utf-8', 'list.CSV', Buffer.from('a,b\n1,2'))).toBe(true);
    expect(acceptsAttachment('image/png', 'p.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe(true);
  });
});

describe('safeFilename', () => {
  it('keeps the last path segment without control characters or quotes', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\temp\\a"b\r\n.pdf')).toBe('ab.pdf');
    expect(safeFilename('')).toBe('attachment');
  });

  it('drops bidirectional overrides and isolates, so a name reads as what it is', () => {
    expect(safeFilename('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFilename('\u2066a\u2067b\u2068c\u2069\u202A\u202B\u202C\u202D.pdf')).toBe('abc.pdf');
  });
});
