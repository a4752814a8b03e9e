import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ResponseMessage } from '@zdm/common';
import { FastifyRequest } from 'fastify';
import { IssueTokenDto } from './issue-token.dto';
import { Public } from './public.decorator';
import { TokenService } from './token.service';

@ApiTags('Auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly tokens: TokenService) {}

  /** Exchange email + password for a JWT. Paste it into "Authorize" to try the other routes. */
  @Public()
  @Post('issue')
  @ResponseMessage('Token issued successfully.')
  issue(@Body() dto: IssueTokenDto, @Req() request: FastifyRequest) {
    return this.tokens.issue(dto, request.ip);
  }
}
