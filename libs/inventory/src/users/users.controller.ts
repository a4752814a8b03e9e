import { Body, Controller, Get, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiEnvelope, ApiErrors, CurrentActor, RequiredRole, ResponseMessage } from '@zdm/common';
import { FastifyRequest } from 'fastify';
import { CreateUserDto, UpdateUserDto, UserListQuery, UserView } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('Inventory: users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listUsers', summary: 'List users' })
  @ApiEnvelope(UserView, { message: 'User list', list: true, paginated: true })
  @ResponseMessage('User list')
  list(@Query() query: UserListQuery) {
    return this.users.list(query);
  }

  @Post()
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'createUser', summary: 'Register a user' })
  @ApiEnvelope(UserView, { status: 201, message: 'User registered' })
  @ApiErrors([409], { descriptions: { 409: 'A user with this email exists' } })
  @ResponseMessage('User registered')
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @Get(':identifier')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'getUser', summary: 'One user by id or email' })
  @ApiEnvelope(UserView, { message: 'User retrieved' })
  @ApiErrors([404])
  @ResponseMessage('User retrieved')
  get(@Param('identifier') identifier: string) {
    return this.users.resolve(identifier, 'identifier');
  }

  /**
   * Change a user's password, role, name or `disabled` (admins); any user may change their own
   * password with `currentPassword`. A password, role or disabled change revokes the user's tokens.
   * A `currentPassword` check counts against the login limit like a login (429 when used up).
   */
  @Put(':identifier')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'updateUser', summary: "Change a user's password, role, name or disabled flag" })
  @ApiEnvelope(UserView, { message: 'User updated' })
  @ApiErrors([404, 409, 429], {
    descriptions: {
      409: 'The last active administrator cannot lose the role or be disabled',
      429: 'Too many wrong passwords for this account or from this client (see Retry-After)',
    },
  })
  @ResponseMessage('User updated')
  update(
    @Param('identifier') identifier: string,
    @Body() dto: UpdateUserDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<UserView> {
    return this.users.update(identifier, dto, actor, request.ip);
  }
}
