/** Where the database lives unless told: $DYAD_DB, else ./dyad.db in the working directory. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DYAD_DB?.trim();
  return fromEnv ? fromEnv : 'dyad.db';
}
