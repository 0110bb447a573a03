import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CertificateEntity } from './certificate.entity';

export class CertificateView {
  @ApiProperty({ example: 'forklift_license' }) code!: string;
  @ApiProperty({ example: '叉车证（特种设备作业人员证 N1）' }) nameZh!: string;
  @ApiProperty({ example: 'Forklift licence (N1)' }) nameEn!: string;
}

@Injectable()
export class CertificatesService {
  constructor(
    @InjectRepository(CertificateEntity) private readonly catalogue: Repository<CertificateEntity>,
  ) {}

  async list(): Promise<CertificateView[]> {
    const rows = await this.catalogue.find({
      where: { active: true },
      order: { sortOrder: 'ASC' },
    });
    return rows.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn }));
  }

  /**
   * Throws UNKNOWN_CERTIFICATE naming each code that is not an active certificate
   * (`field(i)`, e.g. "certificates[2]"), all of them in one answer.
   */
  async assertKnown(codes: string[], field: (index: number) => string): Promise<void> {
    if (codes.length === 0) return;
    const found = await this.catalogue.find({
      select: { code: true },
      where: { code: In(codes), active: true },
    });
    const known = new Set(found.map((c) => c.code));
    const details = codes.flatMap((code, index) =>
      known.has(code)
        ? []
        : [
            {
              field: field(index),
              message: { zh: `证书 ${code} 不存在`, en: `unknown certificate ${code}` },
            },
          ],
    );
    if (details.length) throw new AppException(ErrorCode.UNKNOWN_CERTIFICATE, { details });
  }
}
