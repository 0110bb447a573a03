import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { isValidCreditCode } from './credit-code';
import { PutEmployerProfileDto } from './employer-profile.dto';
import { EmployerProfileEntity } from './employer-profile.entity';
import { EmployerProfileView, toEmployerProfileView } from './employer-profile.view';

@Injectable()
export class EmployersService {
  constructor(
    @InjectRepository(EmployerProfileEntity)
    private readonly profiles: Repository<EmployerProfileEntity>,
  ) {}

  async get(userId: string): Promise<EmployerProfileView> {
    const profile = await this.profiles.findOneBy({ userId });
    if (!profile) {
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '尚未填写用工主体资料', en: 'You have not written an employer profile yet' },
      });
    }
    return toEmployerProfileView(profile);
  }

  /** For actions that need an employer profile first (posting a shift). */
  async requireProfile(userId: string): Promise<EmployerProfileEntity> {
    const profile = await this.profiles.findOneBy({ userId });
    if (!profile) {
      throw new AppException(ErrorCode.PROFILE_REQUIRED, {
        message: {
          zh: '请先填写用工主体资料再发布岗位',
          en: 'Write your employer profile before posting a shift',
        },
      });
    }
    return profile;
  }

  async put(userId: string, dto: PutEmployerProfileDto): Promise<EmployerProfileView> {
    if (dto.creditCode !== undefined && !isValidCreditCode(dto.creditCode)) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'creditCode', {
        zh: '统一社会信用代码校验位不正确，请核对',
        en: 'the check character of the credit code does not match; check the code',
      });
    }
    await this.profiles.query(
      `INSERT INTO employer_profiles (user_id, name, kind, credit_code, contact_name, contact_phone)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id) DO UPDATE SET
         name = EXCLUDED.name, kind = EXCLUDED.kind, credit_code = EXCLUDED.credit_code,
         contact_name = EXCLUDED.contact_name, contact_phone = EXCLUDED.contact_phone,
         updated_at = now()`,
      [
        userId,
        dto.name.trim(),
        dto.kind,
        dto.creditCode ?? null,
        dto.contactName.trim(),
        dto.contactPhone ?? null,
      ],
    );
    return this.get(userId);
  }
}
