import { Module } from '@nestjs/common';

/** Placeholder until this part of issue 7 lands. */
@Module({})
export class AgreementsModule {}
