import { Module } from '@nestjs/common';
import { PlatformModule } from '@app/common';
import { AccountsModule } from '@app/accounts';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';

@Module({
  imports: [PlatformModule, AccountsModule, ListingsModule, MatchingModule],
})
export class ApiModule {}
