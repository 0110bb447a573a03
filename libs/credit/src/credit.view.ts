import { ApiProperty } from '@nestjs/swagger';
import { AppealView } from './appeals/appeal.dto';
import { BlacklistEntryView } from './blacklist/blacklist.view';
import { CREDIT_KINDS } from './credit-rules';
import { COMMITMENT_KINDS } from '@app/commitments';
import { ShiftReviewView } from './review/shift-review.dto';

export class CreditEventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CREDIT_KINDS }) kind!: string;
  @ApiProperty({ description: 'the points when new' }) delta!: number;
  @ApiProperty({ description: 'what it counts now, after ageing (0 when voided)' })
  weighted!: number;
  @ApiProperty({ type: String, nullable: true }) assignmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'voided by an upheld appeal' })
  voidedAt!: string | null;
}

export class CommitmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: COMMITMENT_KINDS }) kind!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the shift it was about' })
  subjectId!: string | null;
  @ApiProperty() version!: string;
  @ApiProperty() textZh!: string;
  @ApiProperty() textEn!: string;
  @ApiProperty() at!: string;
}

export class CreditThresholdsView {
  @ApiProperty({ description: 'below this a worker gets no instant-hire offers' })
  instantMin!: number;
  @ApiProperty({ description: "below this an employer's new shifts are held for review" })
  reviewBelow!: number;
  @ApiProperty() halfLifeDays!: number;
}

/** Everything about one user's credit: GET /credit/me, and the admin lookup. */
export class CreditRecordView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({
    description: 'masked for the user (their own screen may be seen by others), full for admins',
  })
  phone!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ description: 'computed from the ledger now (0–1000, everyone starts at 100)' })
  score!: number;
  @ApiProperty({ type: CreditThresholdsView }) thresholds!: CreditThresholdsView;
  @ApiProperty({ type: [CreditEventView], description: 'newest first, at most 100' })
  ledger!: CreditEventView[];
  @ApiProperty({ type: [CommitmentView], description: 'newest first, at most 100' })
  commitments!: CommitmentView[];
  @ApiProperty({
    type: [BlacklistEntryView],
    description: 'all entries, newest first; `active` marks those in force',
  })
  blacklist!: BlacklistEntryView[];
  @ApiProperty({ type: [AppealView] }) appeals!: AppealView[];
  @ApiProperty({ type: [ShiftReviewView], description: 'shifts held for review (employers)' })
  heldShifts!: ShiftReviewView[];
}
