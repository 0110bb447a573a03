import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SharingPostView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['offer', 'request'] }) kind!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty() tradeNameZh!: string;
  @ApiProperty() tradeNameEn!: string;
  @ApiProperty() headcount!: number;
  @ApiProperty({ description: 'people not yet committed by an agreement' }) remaining!: number;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty() district!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ description: "the employer's name (an individual's masked: 张**)" })
  employerName!: string;
  @ApiProperty({ description: 'posted by the caller' }) mine!: boolean;
  @ApiProperty() createdAt!: string;
}

export class SharingPostListView {
  @ApiProperty({ type: [SharingPostView] }) items!: SharingPostView[];
  @ApiPropertyOptional({ nullable: true }) nextCursor!: string | null;
}

export class SharingContactView {
  @ApiProperty() employerName!: string;
  @ApiProperty() contactName!: string;
  @ApiPropertyOptional({ nullable: true }) contactPhone!: string | null;
}

export class SharingMatchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['proposed', 'agreed', 'declined', 'withdrawn'] }) status!: string;
  @ApiProperty() headcount!: number;
  @ApiProperty({ description: 'the agreement text both sides accept' }) terms!: string;
  @ApiProperty({ enum: ['proposer', 'counterpart'] }) myRole!: string;
  @ApiProperty({ type: SharingPostView }) offer!: SharingPostView;
  @ApiProperty({ type: SharingPostView }) request!: SharingPostView;
  @ApiProperty({ description: 'the proposer accepts the terms by proposing' })
  proposerAcceptedAt!: string;
  @ApiPropertyOptional({ nullable: true }) counterpartAcceptedAt!: string | null;
  @ApiPropertyOptional({
    type: SharingContactView,
    nullable: true,
    description: "the other side's contact, once agreed",
  })
  otherContact!: SharingContactView | null;
  @ApiProperty() createdAt!: string;
}

export class SharingMatchListView {
  @ApiProperty({ type: [SharingMatchView] }) items!: SharingMatchView[];
}
