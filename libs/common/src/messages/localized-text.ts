/** A user-facing message in every language the API speaks. Korean is the default (the seeds are Korean). */
export interface LocalizedText {
  ko: string;
  en: string;
}

export type Language = keyof LocalizedText;

export const DEFAULT_LANGUAGE: Language = 'ko';

/** `Accept-Language: en`, `en-US`, `en;q=0.9,ko;q=0.5` … pick English only when it is the first choice. */
export function languageFromHeader(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return DEFAULT_LANGUAGE;
  const first = value.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

export function text(ko: string, en: string = ko): LocalizedText {
  return { ko, en };
}
