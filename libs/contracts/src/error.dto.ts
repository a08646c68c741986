import type { LocalizedText } from './roles';

/** Every error the API returns has this body. */
export interface ErrorBody {
  statusCode: number;
  /** The HTTP status phrase (`Conflict`); for a rule's refusal, `EVENT_REJECTED`. */
  error: string;
  message: string;
  /** Machine-readable code, e.g. `EVENT_NOT_ALLOWED`. */
  code?: string;
  details?: unknown;
  /** How many more issues there were than `details` lists (it lists at most 20). */
  detailsOmitted?: number;
  /** For `EVENT_REJECTED`: the rule that refused, e.g. `AMOUNT_ABOVE_PROGRAMME_MAX`. */
  reason?: string;
  /** For `EVENT_REJECTED`: the rule's sentence in both languages (`message` is in the caller's language). */
  messages?: LocalizedText;
  /** Present on unexpected errors, to find the log line. */
  errorId?: string;
}

/** One problem with submitted data; `path` is a JSON Pointer into the data (`/amount`, `/members/0/name`). */
export interface FieldIssue {
  path: string;
  message: string;
  keyword: string;
  /**
   * The message in both languages, while the engine holds it: a response carries `message` alone, in the
   * caller's language (`Accept-Language`, Simplified Chinese unless English comes first).
   */
  messages?: LocalizedText;
}
