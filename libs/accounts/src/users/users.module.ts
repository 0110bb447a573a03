import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshTokensModule } from '../refresh-tokens/refresh-tokens.module';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), RefreshTokensModule],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
