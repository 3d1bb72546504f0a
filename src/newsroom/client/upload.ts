// Uploads the lead image as soon as it is chosen or dropped, with progress, instead of with the
// form. The file input keeps working without JavaScript: the form then posts the file itself.
import type { Messages } from './messages.ts';

interface UploadedImage {
  id: string | number;
  url: string;
  width: number;
  height: number;
}

export interface UploadOptions {
  root: HTMLElement;
  form: HTMLFormElement;
  t: Messages;
  csrf(): string;
}

function isUploadedImage(value: unknown): value is UploadedImage {
  const reply = value as Partial<UploadedImage> | null;
  return !!reply && (typeof reply.id === 'string' || typeof reply.id === 'number') && typeof reply.url === 'string'
    && typeof reply.width === 'number' && typeof reply.height === 'number';
}

function errorOf(value: unknown): string | null {
  const reply = value as { error?: unknown } | null;
  return reply && typeof reply.error === 'string' && reply.error.trim() ? reply.error : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function accepts(input: HTMLInputElement, file: File): boolean {
  const accepted = input.accept.split(',').map((type) => type.trim().toLowerCase()).filter(Boolean);
  return accepted.length === 0 || accepted.includes(file.type.toLowerCase());
}

function findOrCreate<T extends HTMLElement>(root: HTMLElement, selector: string, create: () => T): T {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  const element = create();
  root.append(element);
  return element;
}

export function mountUpload({ root, form, t, csrf }: UploadOptions): void {
  const foundInput = root.querySelector<HTMLInputElement>('input[type=file]');
  const foundUrl = root.dataset['uploadUrl'];
  if (!foundInput || !foundUrl) return;
  const input: HTMLInputElement = foundInput;
  const url: string = foundUrl;
  const zone = root.querySelector<HTMLElement>('[data-upload-drop]') ?? root;
  const progress = findOrCreate(root, 'progress', () => document.createElement('progress'));
  progress.hidden = true;
  const status = findOrCreate(root, '[data-upload-status]', () => {
    const region = document.createElement('p');
    region.dataset['uploadStatus'] = '';
    region.setAttribute('aria-live', 'polite');
    return region;
  });
  const preview = form.querySelector<HTMLElement>('[data-upload-preview]') ?? document.querySelector<HTMLElement>('[data-upload-preview]');
  const maxBytes = Number(root.dataset['uploadMaxBytes']) || Infinity;

  function fail(message: string): void {
    progress.hidden = true;
    status.dataset['state'] = 'error';
    status.textContent = message;
  }

  function succeed(image: UploadedImage): void {
    progress.hidden = true;
    status.dataset['state'] = 'done';
    status.textContent = t('msgUploaded', 'Image uploaded.');
    // The file is on the server now; left in the input, a normal submit would send it again.
    input.value = '';
    const id = form.elements.namedItem('lead_media_id');
    if (id instanceof HTMLInputElement) {
      id.value = String(image.id);
      id.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (preview) {
      const img = document.createElement('img');
      img.src = image.url;
      img.width = image.width;
      img.height = image.height;
      img.alt = '';
      preview.replaceChildren(img);
    }
    form.querySelector<HTMLElement>('[name=lead_media_alt]')?.focus();
  }

  function send(file: File): void {
    if (!accepts(input, file)) return fail(t('msgUploadType', 'This kind of file cannot be used as an image.'));
    if (file.size > maxBytes) return fail(t('msgUploadTooLarge', 'This file is too large.'));
    const body = new FormData();
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('x-csrf-token', csrf());
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = event.loaded / event.total;
    });
    request.addEventListener('load', () => {
      const reply = parseJson(request.responseText);
      if (request.status === 201 && isUploadedImage(reply)) succeed(reply);
      else fail(errorOf(reply) ?? t('msgUploadFailed', 'The image could not be uploaded.'));
    });
    request.addEventListener('error', () => fail(t('msgUploadFailed', 'The image could not be uploaded.')));
    progress.removeAttribute('value');
    progress.max = 1;
    progress.hidden = false;
    status.dataset['state'] = 'uploading';
    status.textContent = t('msgUploading', 'Uploading…');
    request.send(body);
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) send(file);
  });

  const highlight = (on: boolean): void => void zone.classList.toggle('is-dragover', on);
  zone.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    highlight(true);
  });
  zone.addEventListener('dragleave', (event) => {
    if (!(event.relatedTarget instanceof Node) || !zone.contains(event.relatedTarget)) highlight(false);
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    highlight(false);
    const file = event.dataTransfer?.files[0];
    if (file) send(file);
  });
}
