import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CertificatesService, CertificateView } from './certificates.service';

@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @ApiOperation({
    summary: 'The certificate catalogue 证书 (public)',
    description:
      'The codes a worker profile may list and a shift may require; any other code answers 400 UNKNOWN_CERTIFICATE.',
  })
  @ApiOkResponse({ type: [CertificateView] })
  list(): Promise<CertificateView[]> {
    return this.certificates.list();
  }
}
