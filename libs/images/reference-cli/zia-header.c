/*
 * zia-header — reference implementation of the ZDM header-CLI contract for the ZIA-SAMPLE 1 format.
 *
 *   zia-header <image-path> [<image-path> ...]
 *
 * For every path, in argument order, prints one block on stdout (blocks separated by a blank line):
 *
 *   [<path exactly as passed>]
 *   name=<header name, else base name of the path>
 *   <key>=<value>           (every other header line, in file order)
 *
 * or, when the file cannot be read or is not a valid sample image:
 *
 *   [<path exactly as passed>]
 *   error=<reason>
 *
 * Exit status: 0 every path read, 1 at least one error block, 2 usage / stdout failure.
 * Only the header (at most HEADER_MAX bytes) of each file is read. See README.md for the format.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEADER_MAX 65536
#define MAGIC "ZIA-SAMPLE 1"
#define TERMINATOR "END"

static char header_buf[HEADER_MAX + 1];

/* Growable output buffer for one block, so a block is either printed whole or not at all. */
struct block {
  char *data;
  size_t len;
  size_t cap;
};

static int block_append(struct block *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 1024;
    while (b->len + n + 1 > cap) cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) return -1;
    b->data = data;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

static int block_puts(struct block *b, const char *s) { return block_append(b, s, strlen(s)); }

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

static int valid_key(const char *key, size_t len) {
  if (len == 0) return 0;
  if (!((key[0] >= 'A' && key[0] <= 'Z') || (key[0] >= 'a' && key[0] <= 'z'))) return 0;
  for (size_t i = 1; i < len; i++) {
    char c = key[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return 0;
  }
  return 1;
}

static int valid_value(const char *value, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)value[i];
    if ((c < 0x20 && c != '\t') || c == 0x7f) return 0;
  }
  return 1;
}

/*
 * Reads the header of `path` into header_buf. Returns the number of bytes available (the header ends
 * somewhere inside them) or -1 with *reason set.
 */
static ssize_t read_header(const char *path, char *reason, size_t reason_len) {
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    snprintf(reason, reason_len, "%s", strerror(errno));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    snprintf(reason, reason_len, "%s", strerror(errno));
    close(fd);
    return -1;
  }
  if (S_ISDIR(st.st_mode)) {
    snprintf(reason, reason_len, "%s", strerror(EISDIR));
    close(fd);
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    snprintf(reason, reason_len, "not a regular file");
    close(fd);
    return -1;
  }
  size_t got = 0;
  /* Read until the terminator line is in the buffer, EOF, or the header limit. */
  while (got < HEADER_MAX) {
    ssize_t n = read(fd, header_buf + got, HEADER_MAX - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      snprintf(reason, reason_len, "%s", strerror(errno));
      close(fd);
      return -1;
    }
    if (n == 0) break;
    size_t from = got >= 5 ? got - 5 : 0;
    got += (size_t)n;
    header_buf[got] = '\0';
    if (memmem(header_buf + from, got - from, "\n" TERMINATOR "\n", 5) != NULL ||
        memmem(header_buf + from, got - from, "\n" TERMINATOR "\r\n", 6) != NULL)
      break;
  }
  close(fd);
  header_buf[got] = '\0';
  return (ssize_t)got;
}

/* Builds the block for one path into `out`. Returns 0 when the header was read, 1 for an error block. */
static int describe(const char *path, struct block *out) {
  char reason[512];
  out->len = 0;
  block_puts(out, "[");
  block_puts(out, path);
  block_puts(out, "]\n");
  size_t head_len = out->len;

  ssize_t got = read_header(path, reason, sizeof reason);
  if (got < 0) goto fail;

  char *cursor = header_buf;
  char *end = header_buf + got;
  int line_no = 0;
  int terminated = 0;
  int have_name = 0;
  struct block body = {0};

  while (cursor < end) {
    char *nl = memchr(cursor, '\n', (size_t)(end - cursor));
    if (!nl) break; /* an unterminated last line: the header did not end within the bytes read */
    size_t len = (size_t)(nl - cursor);
    if (len > 0 && cursor[len - 1] == '\r') len--;
    line_no++;
    if (memchr(cursor, '\0', len) != NULL) {
      snprintf(reason, sizeof reason, "NUL byte in header line %d", line_no);
      free(body.data);
      goto fail;
    }
    if (line_no == 1) {
      if (len != strlen(MAGIC) || memcmp(cursor, MAGIC, len) != 0) {
        snprintf(reason, sizeof reason, "not a ZIA-SAMPLE image (bad magic line)");
        free(body.data);
        goto fail;
      }
    } else if (len == strlen(TERMINATOR) && memcmp(cursor, TERMINATOR, len) == 0) {
      terminated = 1;
      break;
    } else if (len > 0) {
      char *eq = memchr(cursor, '=', len);
      if (!eq || !valid_key(cursor, (size_t)(eq - cursor)) ||
          !valid_value(eq + 1, len - (size_t)(eq - cursor) - 1)) {
        snprintf(reason, sizeof reason, "malformed header line %d", line_no);
        free(body.data);
        goto fail;
      }
      size_t key_len = (size_t)(eq - cursor);
      if (key_len == 4 && memcmp(cursor, "name", 4) == 0) {
        if (have_name) { /* keep the first name; ignore repeats */
          cursor = nl + 1;
          continue;
        }
        have_name = 1;
        /* name goes first in the block */
        block_append(out, cursor, len);
        block_puts(out, "\n");
      } else {
        if (block_append(&body, cursor, len) != 0 || block_puts(&body, "\n") != 0) {
          snprintf(reason, sizeof reason, "out of memory");
          free(body.data);
          goto fail;
        }
      }
    }
    cursor = nl + 1;
  }

  if (line_no == 0) {
    snprintf(reason, sizeof reason, got == 0 ? "empty file" : "not a ZIA-SAMPLE image (bad magic line)");
    free(body.data);
    goto fail;
  }
  if (!terminated) {
    snprintf(reason, sizeof reason, "header not terminated by " TERMINATOR " within %d bytes", HEADER_MAX);
    free(body.data);
    goto fail;
  }
  if (!have_name) {
    block_puts(out, "name=");
    block_puts(out, base_name(path));
    block_puts(out, "\n");
  }
  if (body.len) block_append(out, body.data, body.len);
  free(body.data);
  return 0;

fail:
  out->len = head_len;
  out->data[out->len] = '\0';
  block_puts(out, "error=");
  block_puts(out, reason);
  block_puts(out, "\n");
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s <image-path> [<image-path> ...]\n", argc > 0 ? argv[0] : "zia-header");
    return 2;
  }
  static char out_buf[1 << 16];
  setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);

  struct block b = {0};
  int failed = 0;
  for (int i = 1; i < argc; i++) {
    if (describe(argv[i], &b) != 0) failed = 1;
    if (i > 1 && fputs("\n", stdout) == EOF) break;
    if (fwrite(b.data, 1, b.len, stdout) != b.len) break;
  }
  free(b.data);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "zia-header: cannot write to stdout: %s\n", strerror(errno));
    return 2;
  }
  return failed ? 1 : 0;
}
