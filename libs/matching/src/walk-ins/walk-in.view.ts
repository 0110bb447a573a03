import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_METHODS } from './walk-in-consent';

export class WalkInConsentTextView {
  @ApiProperty({ example: '2026-11-v1' }) version!: string;
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class WalkInConsentView {
  @ApiProperty({ enum: CONSENT_METHODS }) method!: string;
  @ApiProperty() textVersion!: string;
  @ApiProperty({ format: 'uuid' }) marketId!: string;
  @ApiProperty({ format: 'uuid', description: 'the operator who registered the worker' })
  operatorId!: string;
  @ApiProperty() at!: string;
}

export class WalkInView {
  @ApiProperty({ format: 'uuid' }) workerId!: string;
  @ApiProperty({
    description: 'masked (139****5678) except right after registration and for an exact search',
  })
  phone!: string;
  @ApiProperty() name!: string;
  @ApiProperty() homeDistrict!: string;
  @ApiProperty({ type: [String], description: 'trade codes, strongest first' }) trades!: string[];
  @ApiProperty({ type: WalkInConsentView, description: 'the latest consent at this market' })
  consent!: WalkInConsentView;
}

export class WalkInListView {
  @ApiProperty({ type: [WalkInView], description: 'newest registration first' })
  items!: WalkInView[];
}
