import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployerProfileEntity } from './employer-profile.entity';
import { EmployersService } from './employers.service';

@Module({
  imports: [TypeOrmModule.forFeature([EmployerProfileEntity])],
  providers: [EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
