/**
 * The form two names are compared in: NFKC folds full-width letters, digits, brackets and spaces to
 * half-width (（ → (, Ａ → A), case is folded, and whitespace is dropped (it carries no meaning in a
 * Chinese enterprise name or address).
 */
export function normaliseEnterpriseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Addresses compare like names: `黉门街１２号` and `黉门街 12号` are one place. */
export const normaliseAddress = normaliseEnterpriseName;
