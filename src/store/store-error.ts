/** Errors of the store, each with a stable code and naming the path or field at fault. */
export type StoreErrorCode =
  | 'E_STORE_PATH' // the database file cannot be opened or created
  | 'E_STORE_MIGRATE' // a migration failed, or a read-only database is not up to date
  | 'E_STORE_FILTER' // a query filter value is not valid
  | 'E_STORE_READONLY' // a write on a store opened read-only
  | 'E_STORE_CLOSED'; // the store was used after close()

export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[${code}] ${message}`, options);
    this.name = 'StoreError';
  }
}
