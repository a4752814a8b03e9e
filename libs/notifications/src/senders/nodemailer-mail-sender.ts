import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@zdm/common';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { DeliveryError } from './delivery-error';
import { MailSender, OutgoingMail } from './mail-sender';

/**
 * Email through nodemailer: with SMTP_URL, a pooled SMTP transport (STARTTLS when the server offers
 * it, bounded connection/greeting/socket timeouts); without it, each message is written as an `.eml`
 * file under DATA_DIR/mail/ (the embedded default, spec §15) and counts as sent to `file`.
 */
@Injectable()
export class NodemailerMailSender extends MailSender implements OnApplicationShutdown {
  private readonly smtp?: Transporter;
  private readonly file: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
    const { smtpUrl } = config.notifications;
    if (smtpUrl) {
      const url = new URL(smtpUrl);
      const secure = url.protocol === 'smtps:';
      this.smtp = createTransport({
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port ? Number(url.port) : secure ? 465 : 587,
        secure,
        auth: url.username
          ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
          : undefined,
        pool: true,
        maxConnections: 2,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
    }
    this.file = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<{ sentTo: string }> {
    const message = {
      from: this.config.notifications.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      headers: mail.headers,
    };
    if (!this.smtp) {
      const info = (await this.file.sendMail(message)) as { message: Buffer };
      const dir = this.mailDir();
      await mkdir(dir, { recursive: true });
      const name = `${mail.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`;
      await writeFile(join(dir, `.${name}.tmp`), info.message);
      await rename(join(dir, `.${name}.tmp`), join(dir, name));
      return { sentTo: 'file' };
    }
    try {
      await this.smtp.sendMail(message);
      return { sentTo: 'smtp' };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const text = error instanceof Error ? error.message : String(error);
      throw new DeliveryError(`SMTP: ${text}`, code !== undefined && code >= 500 ? 'permanent' : 'transient');
    }
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }

  /** DATA_DIR/mail (the system's temporary directory when the data directory is in memory). */
  mailDir(): string {
    const dataDir = this.config.dataDir === 'memory://' ? join(tmpdir(), 'zdm-memory') : this.config.dataDir;
    return join(dataDir, 'mail');
  }
}
