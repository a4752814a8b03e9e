import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, RequiredRole, ResponseMessage } from '@zdm/common';
import { CreateUserDto, UpdateUserDto, UserListQuery } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('Inventory: users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('User list')
  list(@Query() query: UserListQuery) {
    return this.users.list(query);
  }

  @Post()
  @RequiredRole('admin')
  @ResponseMessage('User registered')
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @Get(':identifier')
  @RequiredRole('viewer')
  @ResponseMessage('User retrieved')
  get(@Param('identifier') identifier: string) {
    return this.users.resolve(identifier, 'identifier');
  }

  /**
   * Change a user's password, role, name or `disabled` (admins); any user may change their own
   * password with `currentPassword`. A password, role or disabled change revokes the user's tokens.
   */
  @Put(':identifier')
  @RequiredRole('viewer')
  @ResponseMessage('User updated')
  update(@Param('identifier') identifier: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor) {
    return this.users.update(identifier, dto, actor);
  }
}
