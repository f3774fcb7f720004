/** Plain 403s in a row, with no good answer between, that mean the site has blocked us. */
export const FORBIDDEN_IN_A_ROW = 3;

/**
 * Decides when the site has blocked us: at once on a 403 with Cloudflare's
 * signature, or after several plain 403s in a row. Once blocked, it stays so.
 */
export class BlockDetector {
  #forbiddenInARow = 0;
  #reason: string | undefined;

  /** Why we are blocked, or undefined while we are not. */
  get reason(): string | undefined {
    return this.#reason;
  }

  onForbidden(message: string, cloudflare: boolean): void {
    this.#forbiddenInARow++;
    if (cloudflare || this.#forbiddenInARow >= FORBIDDEN_IN_A_ROW) {
      this.#reason ??= cloudflare ? message : `${this.#forbiddenInARow} answers in a row were HTTP 403`;
    }
  }

  /** Any answer that is not a 403 breaks the run of 403s. */
  onOtherAnswer(): void {
    this.#forbiddenInARow = 0;
  }
}
