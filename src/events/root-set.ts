/**
 * A set of CAMEO roots (the first two digits of a code), tested like the regex it replaces
 * (`/^(02|10)/.test(code)`) but with two character reads and an array lookup: the coder tests
 * a predicate's code against several such sets.
 */
export class RootSet {
  private readonly member: boolean[] = new Array<boolean>(100).fill(false);

  constructor(roots: readonly string[]) {
    for (const r of roots) {
      if (!/^\d\d$/.test(r)) throw new Error(`RootSet: "${r}" is not a two-digit root`);
      this.member[Number(r)] = true;
    }
  }

  /** True when `code` starts with two digits that form one of the roots. */
  test(code: string): boolean {
    const a = code.charCodeAt(0) - 48;
    const b = code.charCodeAt(1) - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 && this.member[a * 10 + b];
  }
}

/** Violence: assault (18), fight (19), mass violence (20). */
export const VIOLENT_ROOTS = new RootSet(['18', '19', '20']);

/** Roots from..to inclusive, as two-digit strings ("13".."19"). */
export const rootRange = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));
