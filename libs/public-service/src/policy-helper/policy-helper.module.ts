import { Module } from '@nestjs/common';
import { PolicyHelperController } from './policy-helper.controller';

/**
 * The policy helper 政策计算器 (clauses 四, 十二, 十三): which subsidies a person may be
 * owed. Rules are data (policy-rules.ts) read by one pure engine; nothing is stored.
 */
@Module({ controllers: [PolicyHelperController] })
export class PolicyHelperModule {}
