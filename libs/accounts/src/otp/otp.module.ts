import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/common';
import { CODE_SENDER, CodeSender, LogCodeSender, MemoryCodeSender } from './code-sender';
import { AliyunCodeSender } from './aliyun-code-sender';
import { OtpService } from './otp.service';
import { TencentCodeSender } from './tencent-code-sender';

function createCodeSender(config: AppConfig): CodeSender {
  const production = config.NODE_ENV === 'production';
  if (config.CODE_SENDER === 'memory') {
    if (production)
      throw new Error('CODE_SENDER=memory is for tests and must not run in production');
    return new MemoryCodeSender();
  }
  if (config.CODE_SENDER === 'aliyun') return new AliyunCodeSender(config);
  if (config.CODE_SENDER === 'tencent') return new TencentCodeSender(config);
  return new LogCodeSender(!production);
}

/** SMS login codes, sent through the gateway CODE_SENDER names (docs/sms.md). */
@Module({
  providers: [
    OtpService,
    { provide: CODE_SENDER, inject: [APP_CONFIG], useFactory: createCodeSender },
  ],
  exports: [OtpService, CODE_SENDER],
})
export class OtpModule {}
