import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ResponseMessage } from '@zdm/common';
import { CreateUserDto, UserListQuery } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('Inventory: users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ResponseMessage('User list')
  list(@Query() query: UserListQuery) {
    return this.users.list(query);
  }

  @Post()
  @ResponseMessage('User registered')
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @Get(':identifier')
  @ResponseMessage('User retrieved')
  get(@Param('identifier') identifier: string) {
    return this.users.resolve(identifier, 'identifier');
  }
}
