import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One SendSms call as the fake provider understood it. */
export interface FakeSms {
  phone: string;
  signName: string;
  template: string;
  /** The template parameters in order (Aliyun: the values of TemplateParam's JSON). */
  params: string[];
  /** Aliyun: the TemplateParam JSON as sent. */
  templateParam?: Record<string, string>;
  /** Tencent: the SdkAppId. */
  appId?: string;
}

/** How the next calls fail: a provider error answer, a hang (timeout) or a dropped connection. */
export type FakeFailure = 'error' | 'hang' | 'drop';

/**
 * A tiny stand-in for an SMS provider's HTTP API, speaking just enough of it for the
 * real SDK to send a code through it: Alibaba Cloud's RPC-style SendSms (parameters
 * in the query or a form body, JSON answer with Code "OK") or Tencent Cloud's
 * TC3-signed JSON POST (X-TC-Action: SendSms, answer Response.SendStatusSet).
 */
export class FakeSmsProvider {
  readonly sent: FakeSms[] = [];
  /** Requests that reached the fake, failed ones included. */
  requests = 0;
  private failure?: FakeFailure;
  private readonly hanging: ServerResponse[] = [];

  private constructor(
    readonly kind: 'aliyun' | 'tencent',
    private readonly server: Server,
  ) {}

  static async start(kind: 'aliyun' | 'tencent'): Promise<FakeSmsProvider> {
    const server = createServer();
    const fake = new FakeSmsProvider(kind, server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** host:port, as SMS_ENDPOINT takes it. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Makes every following call fail the given way, until `succeed()`. */
  fail(how: FakeFailure): void {
    this.failure = how;
  }

  succeed(): void {
    this.failure = undefined;
  }

  lastTo(phone: string): FakeSms | undefined {
    return this.sent.filter((s) => s.phone === phone).at(-1);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging.splice(0)) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests += 1;
    const body = await readBody(req);
    if (this.failure === 'drop') {
      req.socket.destroy();
      return;
    }
    if (this.failure === 'hang') {
      this.hanging.push(res);
      return;
    }
    try {
      const answer = this.kind === 'aliyun' ? this.aliyun(req, body) : this.tencent(req, body);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    } catch (error) {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ Code: 'FakeRejected', Message: String(error) }));
    }
  }

  private aliyun(req: IncomingMessage, body: string): unknown {
    const url = new URL(req.url ?? '/', 'http://fake');
    const form = new URLSearchParams(
      (req.headers['content-type'] ?? '').includes('form') ? body : '',
    );
    const param = (name: string) => url.searchParams.get(name) ?? form.get(name) ?? '';
    const action = (req.headers['x-acs-action'] as string | undefined) ?? param('Action');
    if (action !== 'SendSms') throw new Error(`unexpected action ${action}`);
    if (!req.headers.authorization && !param('Signature')) throw new Error('unsigned request');
    const templateParam = JSON.parse(param('TemplateParam') || '{}') as Record<string, string>;
    const sms: FakeSms = {
      phone: param('PhoneNumbers'),
      signName: param('SignName'),
      template: param('TemplateCode'),
      params: Object.values(templateParam),
      templateParam,
    };
    if (this.failure === 'error')
      return { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发号码天级流控', RequestId: 'r1' };
    this.sent.push(sms);
    return { Code: 'OK', Message: 'OK', BizId: `biz${this.sent.length}`, RequestId: 'r1' };
  }

  private tencent(req: IncomingMessage, body: string): unknown {
    if (req.headers['x-tc-action'] !== 'SendSms')
      throw new Error(`unexpected action ${String(req.headers['x-tc-action'])}`);
    if (!String(req.headers.authorization ?? '').startsWith('TC3-HMAC-SHA256'))
      throw new Error('not TC3-signed');
    const input = JSON.parse(body) as {
      PhoneNumberSet: string[];
      SmsSdkAppId: string;
      SignName: string;
      TemplateId: string;
      TemplateParamSet?: string[];
    };
    const phone = input.PhoneNumberSet[0] ?? '';
    const sms: FakeSms = {
      phone,
      signName: input.SignName,
      template: input.TemplateId,
      params: input.TemplateParamSet ?? [],
      appId: input.SmsSdkAppId,
    };
    const code = this.failure === 'error' ? 'LimitExceeded.PhoneNumberDailyLimit' : 'Ok';
    if (code === 'Ok') this.sent.push(sms);
    return {
      Response: {
        SendStatusSet: [
          {
            SerialNo: 's1',
            PhoneNumber: phone,
            Fee: 1,
            SessionContext: '',
            Code: code,
            Message: code,
            IsoCode: 'CN',
          },
        ],
        RequestId: 'r1',
      },
    };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
