import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, ResponseMessage } from '@zdm/common';
import { FastifyRequest } from 'fastify';
import { IssuedToken, IssueTokenDto } from './issue-token.dto';
import { Public } from './public.decorator';
import { TokenService } from './token.service';

@ApiTags('Auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly tokens: TokenService) {}

  /** Exchange email + password for a JWT. Paste it into "Authorize" to try the other routes. */
  @Public()
  @Post('issue')
  @ApiOperation({ operationId: 'issueToken', summary: 'Exchange email and password for a token' })
  @ApiEnvelope(IssuedToken, { status: 201, message: 'Token issued successfully.' })
  @ApiErrors([404, 429], {
    descriptions: {
      404: 'Unknown email or wrong password (one answer for both)',
      429: 'Too many failed attempts from this client (see Retry-After)',
    },
  })
  @ResponseMessage('Token issued successfully.')
  issue(@Body() dto: IssueTokenDto, @Req() request: FastifyRequest) {
    return this.tokens.issue(dto, request.ip);
  }
}
