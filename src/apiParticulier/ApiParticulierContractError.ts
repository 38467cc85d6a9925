/**
 * A response that does not fit the published contract (unparseable JSON, unexpected content type, a required
 * field missing or of the wrong type). Unlike `ApiParticulierError` the API did not refuse anything: our
 * understanding of the payload is wrong, so an operator must look. `issues` name paths only, never values.
 */
export class ApiParticulierContractError extends Error {
  override readonly name = 'ApiParticulierContractError';

  constructor(
    readonly operation: string,
    readonly requestId: string | undefined,
    readonly issues: string[],
  ) {
    super(`${operation}: response breaks the contract (${issues.slice(0, 5).join('; ')})`);
  }
}
