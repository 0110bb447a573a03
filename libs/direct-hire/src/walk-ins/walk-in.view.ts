import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiPropertyOptional({
    type: [String],
    description:
      'in the answer to a registration: the profile fields the desk filled (an existing account keeps its own)',
  })
  filledFields?: string[];
}

export class WalkInMaskedProfileView {
  @ApiProperty({ example: '张**' }) name!: string;
  @ApiProperty({ type: [String] }) trades!: string[];
  @ApiProperty({ example: '甘井子区' }) homeDistrict!: string;
}

export class WalkInLookupView {
  @ApiProperty({ description: 'an account has this phone: the person must verify first' })
  exists!: boolean;
  @ApiPropertyOptional({ type: WalkInMaskedProfileView, nullable: true })
  profile!: WalkInMaskedProfileView | null;
  @ApiProperty({ description: 'an ID number is on file, so an ID check can replace the SMS code' })
  idNumberOnFile!: boolean;
}

export class WalkInCodeSentView {
  @ApiProperty({ description: 'seconds the code stays valid' }) expiresIn!: number;
  @ApiPropertyOptional() resendAfter?: number;
}

export class WalkInListView {
  @ApiProperty({ type: [WalkInView], description: 'newest registration first' })
  items!: WalkInView[];
}
