import { Module } from '@nestjs/common';
import { ShiftProgressService } from './shift-progress.service';

/** Time-driven shift status changes, for the matcher's sweep (no routes). */
@Module({ providers: [ShiftProgressService], exports: [ShiftProgressService] })
export class ShiftProgressModule {}
