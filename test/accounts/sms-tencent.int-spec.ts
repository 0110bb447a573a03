import { smsGatewaySpecs } from './sms-gateway-cases';

describe('SMS login codes through Tencent Cloud SMS (CODE_SENDER=tencent, against a local fake)', () => {
  smsGatewaySpecs('tencent');
});
