import { ServiceError, invalidParameter } from './errors.js';

/** What a List request says about paging, as it arrived (query parameters or body members). */
export interface PageRequest {
  readonly maxResults: string | number | undefined;
  readonly nextToken: string | undefined;
}

/** One page of a listing, and the token of the next one when more items follow. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken: string | undefined;
}

/** How a listing pages. */
export interface PageLimits {
  /** The largest `MaxResults` the operation accepts (1000 for most, 25 for Lambda and bots). */
  readonly maximum: number;
  /**
   * The most items the emulator puts on a page whatever `MaxResults` asks for; the service may
   * return fewer items than asked, so code under test must follow `NextToken` anyway.
   */
  readonly pageSize: number;
  /**
   * What the listing is (operation, instance, filters); a token only continues the listing that
   * issued it.
   */
  readonly scope: string;
}

/**
 * Cuts one page out of `items`: validates `maxResults` against the operation's maximum, resumes
 * after `nextToken`, and issues an opaque token when items remain.
 * @example
 * ```ts
 * import { paginate } from './pagination.js';
 * const first = paginate(['a', 'b', 'c'], { maxResults: undefined, nextToken: undefined },
 *   { maximum: 1000, pageSize: 2, scope: 'ListQueues/i' });
 * first.items; // ['a', 'b']
 * paginate(['a', 'b', 'c'], { maxResults: 10, nextToken: first.nextToken },
 *   { maximum: 1000, pageSize: 2, scope: 'ListQueues/i' }).items; // ['c']
 * ```
 */
export function paginate<T>(
  items: readonly T[],
  request: PageRequest,
  limits: PageLimits,
): Page<T> {
  const size = Math.min(limits.pageSize, pageSizeAsked(request.maxResults, limits.maximum));
  const start = request.nextToken === undefined ? 0 : offsetOf(request.nextToken, limits.scope);
  const end = Math.min(items.length, start + size);
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? tokenFor(limits.scope, end) : undefined,
  };
}

function pageSizeAsked(maxResults: string | number | undefined, maximum: number): number {
  if (maxResults === undefined) return maximum;
  const value = Number(maxResults);
  if (!Number.isInteger(value) || value < 1)
    throw invalidParameter(
      'maxResults',
      maxResults,
      'Member must have value greater than or equal to 1',
    );
  if (value > maximum)
    throw invalidParameter(
      'maxResults',
      maxResults,
      `Member must have value less than or equal to ${maximum}`,
    );
  return value;
}

// Tokens are base64url of the scope and offset: opaque enough that code under test cannot build
// one, and checkable so that a token replayed against another listing is refused.
function tokenFor(scope: string, offset: number): string {
  return Buffer.from(JSON.stringify([scope, offset]), 'utf8').toString('base64url');
}

function offsetOf(token: string, scope: string): number {
  try {
    const [tokenScope, offset] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as [
      unknown,
      unknown,
    ];
    if (tokenScope === scope && typeof offset === 'number' && Number.isInteger(offset))
      return offset;
  } catch {
    // Falls through to the refusal below.
  }
  throw new ServiceError('InvalidParameterException', 400, {
    Message: 'The nextToken is not valid for this request.',
  });
}
