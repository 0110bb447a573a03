import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { nullsNotAllowed } from './contract-validation.pipe';

class Inner {
  @IsOptional() @IsString() note?: string;
}

class Outer {
  @IsOptional() @IsString() note?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() phone?: string | null;
  @IsString() title!: string;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Inner) items?: Inner[];
}

const fields = (plain: object) =>
  nullsNotAllowed(plainToInstance(Outer, plain)).map((e) => [
    e.property,
    e.constraints ? Object.keys(e.constraints) : e.children?.map((c) => c.property),
  ]);

describe('nullsNotAllowed', () => {
  it('refuses null for an optional field the contract does not call nullable', () => {
    expect(fields({ note: null, title: 'x' })).toEqual([['note', ['isNotNull']]]);
  });

  it('lets null through where the contract says nullable (it clears the field)', () => {
    expect(fields({ phone: null, title: 'x' })).toEqual([]);
  });

  it('leaves a required field to its own rules, and finds nulls in nested items', () => {
    expect(fields({ title: null, items: [{ note: 'a' }, { note: null }] })).toEqual([
      ['items', ['1']],
    ]);
  });
});
