import { Module } from '@nestjs/common';

/** 即时快招 matching: candidates, scoring, offer waves and seats (a later issue fills this in). */
@Module({})
export class MatchingModule {}
