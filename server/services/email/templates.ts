/**
 * The few emails Accord sends share one layout: a greeting, a few lines, one action and a footer
 * that says why the email came and how to stop it. Each is written once here and rendered as both
 * a plain-text and an HTML part; every value is escaped for HTML.
 */
export interface EmailSection {
  heading: string;
  /** Each item links straight to what it is about, when it is about something one can open. */
  items: Array<{ text: string; url?: string | undefined }>;
  /** Said after the items: how many more there are, or why none. */
  note?: string | undefined;
}

export interface EmailContent {
  subject: string;
  greeting: string;
  lines: string[];
  /** Lists under headings, after the lines: the daily summary's notifications, the digest's parts. */
  sections?: EmailSection[] | undefined;
  action: { label: string; url: string };
  footer: string;
  unsubscribeUrl?: string;
}

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

function renderSection(section: EmailSection): string {
  const item = ({ text, url }: EmailSection['items'][number]) =>
    `<li style="margin:0 0 6px">${
      url ? `<a href="${escapeHtml(url)}" style="color:#1864ab">${escapeHtml(text)}</a>` : escapeHtml(text)
    }</li>`;
  return `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(section.heading)}</h2>
${section.items.length > 0 ? `<ul style="margin:0 0 8px;padding-left:20px">${section.items.map(item).join('')}</ul>` : ''}${
  section.note ? `<p style="margin:0 0 12px;color:#495057">${escapeHtml(section.note)}</p>` : ''
}`;
}

export function renderEmail(content: EmailContent): { text: string; html: string } {
  const text = [
    content.greeting,
    '',
    ...content.lines,
    '',
    ...(content.sections ?? []).flatMap((section) => [
      section.heading,
      ...section.items.map((item) => `- ${item.text}${item.url ? `\n  ${item.url}` : ''}`),
      ...(section.note ? [section.note] : []),
      '',
    ]),
    `${content.action.label}: ${content.action.url}`,
    '',
    '-- ',
    content.footer,
    ...(content.unsubscribeUrl ? [`Stop these emails: ${content.unsubscribeUrl}`] : []),
    '',
  ].join('\n');
  const paragraph = (line: string) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1a1b1e;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
${paragraph(content.greeting)}
${content.lines.map(paragraph).join('\n')}
${(content.sections ?? []).map(renderSection).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1864ab;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<hr style="border:none;border-top:1px solid #dee2e6;margin:24px 0">
<p style="font-size:13px;color:#495057;margin:0">${escapeHtml(content.footer)}${
    content.unsubscribeUrl
      ? ` <a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#1864ab">Stop these emails</a>.`
      : ''
  }</p>
</body></html>
`;
  return { text, html };
}
