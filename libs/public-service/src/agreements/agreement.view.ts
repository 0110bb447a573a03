import { ApiProperty } from '@nestjs/swagger';

export class AgreementEmployerView {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['individual', 'business'] }) kind!: string;
  @ApiProperty() contactName!: string;
  @ApiProperty({ example: '139****5678', description: 'masked' }) phone!: string;
}

export class AgreementWorkerView {
  @ApiProperty() name!: string;
  @ApiProperty({ example: '138****8000', description: 'masked' }) phone!: string;
}

export class AgreementPartiesView {
  @ApiProperty({ type: AgreementEmployerView }) employer!: AgreementEmployerView;
  @ApiProperty({ type: AgreementWorkerView }) worker!: AgreementWorkerView;
}

export class AgreementWorkView {
  @ApiProperty() title!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty() tradeNameZh!: string;
  @ApiProperty() tradeNameEn!: string;
  @ApiProperty() description!: string;
}

export class AgreementTimeView {
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() hours!: number;
}

export class AgreementPayView {
  @ApiProperty({ enum: ['hour', 'day', 'piece'] }) unit!: string;
  @ApiProperty() amountFen!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'for one worker; null for piece work' })
  estimateFen!: number | null;
}

export class AgreementPlaceView {
  @ApiProperty() address!: string;
  @ApiProperty() district!: string;
}

export class AgreementTermsView {
  @ApiProperty({ example: '2026-11-v1' }) version!: string;
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class AgreementAcceptanceView {
  @ApiProperty({ type: String, nullable: true, description: 'when this side accepted' })
  acceptedAt!: string | null;
}

export class AgreementView {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty({ description: 'when it was produced; its content has not changed since' })
  producedAt!: string;
  @ApiProperty({ enum: ['worker', 'employer'], description: "the caller's side" })
  yourSide!: string;
  @ApiProperty({ type: AgreementPartiesView }) parties!: AgreementPartiesView;
  @ApiProperty({ type: AgreementWorkView }) work!: AgreementWorkView;
  @ApiProperty({ type: AgreementTimeView }) time!: AgreementTimeView;
  @ApiProperty({ type: AgreementPayView }) pay!: AgreementPayView;
  @ApiProperty({ type: AgreementPlaceView }) place!: AgreementPlaceView;
  @ApiProperty({ type: AgreementTermsView }) terms!: AgreementTermsView;
  @ApiProperty({ type: AgreementAcceptanceView }) worker!: AgreementAcceptanceView;
  @ApiProperty({ type: AgreementAcceptanceView }) employer!: AgreementAcceptanceView;
  @ApiProperty({ description: 'both sides have accepted' }) accepted!: boolean;
}
