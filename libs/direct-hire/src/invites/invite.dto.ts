import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** Whom to invite: a worker, or the author of a worker post (exactly one of the two). */
export class CreateInviteDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the worker to invite' })
  @IsOptional()
  @IsUUID()
  workerId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "a worker post 求职信息: its author is invited, distance from the post's area",
  })
  @IsOptional()
  @IsUUID()
  postId?: string;
}
