// Offers back text that this browser kept but the server never got.
import type { Messages } from './messages.ts';

export interface DraftBannerActions {
  restore(): void;
  discard(): void;
}

export function showDraftBanner(form: HTMLFormElement, t: Messages, actions: DraftBannerActions): HTMLElement {
  const banner = document.createElement('div');
  banner.className = 'draft-banner';
  banner.dataset['draftBanner'] = '';
  const notice = document.createElement('p');
  notice.textContent = t('msgRestoreNotice', 'This browser kept text from this article that was never saved.');
  const restore = document.createElement('button');
  restore.type = 'button';
  restore.textContent = t('msgRestore', 'Restore my unsaved text');
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'secondary';
  discard.textContent = t('msgDiscard', 'Discard it');
  restore.addEventListener('click', () => {
    banner.remove();
    actions.restore();
  });
  discard.addEventListener('click', () => {
    banner.remove();
    actions.discard();
  });
  const buttons = document.createElement('p');
  buttons.className = 'draft-banner-actions';
  buttons.append(restore, ' ', discard);
  banner.append(notice, buttons);
  form.prepend(banner);
  return banner;
}
