import { Logger } from '@nestjs/common';
import { maskPhone } from '@app/common';

/** Injection token for the way codes reach phones (an SMS gateway in production). */
export const CODE_SENDER = Symbol('CODE_SENDER');

/** Delivers a login code. Real SMS gateways implement this and replace the default. */
export interface CodeSender {
  send(phone: string, code: string, ttlSeconds: number): Promise<void>;
}

/**
 * The development sender: writes the code to the log with the phone masked. In
 * production it never logs the code (anyone reading logs could sign in as anyone);
 * it warns that no gateway is configured instead.
 */
export class LogCodeSender implements CodeSender {
  private readonly logger = new Logger('CodeSender');

  constructor(private readonly revealCodes: boolean) {}

  async send(phone: string, code: string, ttlSeconds: number): Promise<void> {
    if (this.revealCodes) {
      this.logger.log(`login code for ${maskPhone(phone)}: ${code} (valid ${ttlSeconds}s)`);
    } else {
      this.logger.warn(`no SMS gateway configured; code for ${maskPhone(phone)} not delivered`);
    }
  }
}

/**
 * Keeps sent codes in memory so integration tests can read them back, as a phone
 * would. SMS is an external gateway; everything else in those tests is real.
 */
export class MemoryCodeSender implements CodeSender {
  readonly sent: { phone: string; code: string; ttlSeconds: number }[] = [];

  async send(phone: string, code: string, ttlSeconds: number): Promise<void> {
    this.sent.push({ phone, code, ttlSeconds });
  }

  lastCode(phone: string): string | undefined {
    return this.sent.filter((s) => s.phone === phone).at(-1)?.code;
  }
}
