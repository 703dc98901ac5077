/**
 * Errors and warnings with stable codes. Callers match on `code`, never on the message.
 * The CLI translates them once, at its boundary: input errors exit 2, findings exit 1.
 */
export type ErrorCode =
  | 'E_USAGE' // bad command line
  | 'E_NOT_FOUND' // a file that does not exist
  | 'E_READ' // the file could not be read
  | 'E_TOO_LARGE' // input over the documented size cap
  | 'E_BINARY' // NUL bytes or other signs of a binary file
  | 'E_BAD_JSON' // a JSONL line that is not JSON
  | 'E_BAD_RECORD' // a JSON record of the wrong shape
  | 'E_DUPLICATE_ID' // a record id seen before in the same batch
  | 'E_FETCH' // a URL could not be fetched
  | 'E_FORBIDDEN_HOST' // a URL that resolves to a private, loopback or link-local address
  | 'E_PARSE' // a document (HTML, feed) that cannot be parsed
  | 'E_EMPTY' // an input with no text in it (an empty body, a page without words)
  | 'E_TIMEOUT' // a URL that did not answer in time
  | 'E_CONTENT_TYPE' // a URL that answered with something other than a page or a feed
  | 'E_INTERNAL';

export type WarningCode =
  | 'W_INVALID_UTF8' // decoded with U+FFFD replacement characters
  | 'W_LEGACY_ENCODING' // decoded from a legacy encoding (windows-1256, ISO-8859-6)
  | 'W_TRUNCATED'
  | 'W_DATE'
  | 'W_CHARSET_MISMATCH' // the declared charset did not fit the bytes; the detected one was used
  | 'W_NO_ARTICLE'; // no main text found in a page: the whole body was read

export interface Where {
  file?: string;
  line?: number;
  id?: string;
  field?: string;
  /** Position of an item in a feed (0-based). */
  index?: number;
  url?: string;
}

export class TabayyunError extends Error {
  readonly code: ErrorCode;
  readonly where: Where | undefined;
  constructor(code: ErrorCode, message: string, where?: Where) {
    super(message);
    this.name = 'TabayyunError';
    this.code = code;
    this.where = where;
  }
  toJSON(): { code: ErrorCode; message: string; where?: Where } {
    return this.where ? { code: this.code, message: this.message, where: this.where } : { code: this.code, message: this.message };
  }
}

export interface Warning {
  code: WarningCode;
  message: string;
  where?: Where;
}

/** A non-throwing result, for callers that batch (like zod's safeParse). */
export type Result<T> = { ok: true; value: T; warnings: Warning[] } | { ok: false; error: TabayyunError };

export function isTabayyunError(e: unknown): e is TabayyunError {
  return e instanceof TabayyunError;
}
