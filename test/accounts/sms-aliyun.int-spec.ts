import { smsGatewaySpecs } from './sms-gateway-cases';

describe('SMS login codes through Alibaba Cloud SMS (CODE_SENDER=aliyun, against a local fake)', () => {
  smsGatewaySpecs('aliyun');
});
