import type { Capture } from '../model/capture';
import { isoDateTime } from '../dates';
import { html, type SafeHtml } from './escape';
import { heading, pair } from './report-parts';

export interface CaptureImage {
  /** Path in the zip, e.g. `screenshots/<capture id>.png`. */
  file: string;
  /** Strictly validated `data:image/...;base64,...` (see data-url.ts): safe in an attribute. */
  dataUrl: string;
}

const SOURCE: Record<Capture['source'], string> = {
  auto: 'read as you browsed / 浏览时自动读取',
  click: 'one-click capture / 一键保存',
  paste: 'pasted text / 粘贴的文字',
  eml: '.eml file / .eml 邮件文件',
  check: 'offer check of your listing / 报价检查',
};

/** The captured notices and pages verbatim: escaped text in <pre>, never markup. */
export function capturesSection(captures: readonly Capture[], images: ReadonlyMap<string, CaptureImage[]>): SafeHtml {
  return html`<section id="captures">
${heading(2, 'Captured notices and pages, verbatim', '原文：保存的通知和页面')}
${pair(
    'Each text below is exactly what Brand Sentry read from the page or message, shown as plain text.',
    '以下每段文字都是 Brand Sentry 从页面或邮件中读取的原文，按纯文本显示。',
    'muted',
  )}
${captures.map((capture) => captureBlock(capture, images.get(capture.id) ?? []))}
</section>`;
}

function captureBlock(capture: Capture, images: readonly CaptureImage[]): SafeHtml {
  const mail = capture.read.mail;
  return html`<article class="capture" id="capture-${capture.id}">
<h3>${capture.read.title || capture.pageKind} <span class="muted">(${isoDateTime(capture.capturedAt)})</span></h3>
<table>
<tr><th scope="row">Captured / 保存时间</th><td>${isoDateTime(capture.capturedAt)}</td></tr>
<tr><th scope="row">Source / 来源</th><td>${SOURCE[capture.source]}</td></tr>
<tr><th scope="row">Address / 网址</th><td>${capture.url}</td></tr>
<tr><th scope="row">Page kind / 页面类型</th><td>${capture.pageKind}${capture.marketplace ? ` · ${capture.marketplace}` : ''}</td></tr>
${mail ? html`<tr><th scope="row">From / 发件人</th><td>${mail.from ?? '-'}</td></tr><tr><th scope="row">Subject / 主题</th><td>${mail.subject ?? '-'}</td></tr><tr><th scope="row">Date / 日期</th><td>${mail.date ?? '-'}</td></tr>` : ''}
<tr><th scope="row">Capture ID / 记录编号</th><td>${capture.id}</td></tr>
</table>
${images.map((image) => html`<figure><img src="${image.dataUrl}" alt="Screenshot of the page, ${isoDateTime(capture.capturedAt)}"><figcaption class="muted">${image.file}</figcaption></figure>`)}
<pre>${capture.read.text}</pre>
</article>`;
}
