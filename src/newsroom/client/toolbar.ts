// The formatting toolbar: real buttons in one tab stop (arrow keys move between them, as the ARIA
// toolbar pattern asks), toggles announce their state with aria-pressed.
import type { Editor } from '@tiptap/core';
import type { Messages } from './messages.ts';
import { iconSvg, toolbarIcons } from './toolbar-icons.ts';
import { isAllowedHref, normalizeLinkInput } from './link-url.ts';

interface ToolbarAction {
  key: string;
  label: string;
  face: string;
  run(editor: Editor): void;
  /** Only toggles have a pressed state; link, unlink, undo and redo are plain actions. */
  isActive?(editor: Editor): boolean;
  isEnabled?(editor: Editor): boolean;
}

function text(face: string, className: string): string {
  return `<span class="${className}" aria-hidden="true">${face}</span>`;
}

function promptForLink(editor: Editor, t: Messages): void {
  const current = editor.getAttributes('link')['href'];
  const answer = window.prompt(t('msgLinkPrompt', 'Link address (https://…)'), typeof current === 'string' ? current : 'https://');
  if (answer === null) return;
  const href = normalizeLinkInput(answer);
  if (href === '') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  if (!isAllowedHref(href)) {
    window.alert(t('msgLinkInvalid', 'Only web (http, https) and e-mail (mailto) addresses can be linked.'));
    return;
  }
  const { empty } = editor.state.selection;
  if (empty && !editor.isActive('link')) {
    // Nothing selected: the address itself becomes the linked text.
    editor.chain().focus().insertContent({ type: 'text', text: href.replace(/^mailto:/, ''), marks: [{ type: 'link', attrs: { href } }] }).run();
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
}

function actionsFor(t: Messages): ToolbarAction[] {
  return [
    { key: 'heading2', label: t('msgHeading2', 'Heading 2'), face: iconSvg(toolbarIcons.heading2), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), isActive: (e) => e.isActive('heading', { level: 2 }) },
    { key: 'heading3', label: t('msgHeading3', 'Heading 3'), face: iconSvg(toolbarIcons.heading3), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), isActive: (e) => e.isActive('heading', { level: 3 }) },
    { key: 'bold', label: t('msgBold', 'Bold'), face: text('B', 'face-bold'), run: (e) => e.chain().focus().toggleBold().run(), isActive: (e) => e.isActive('bold') },
    { key: 'italic', label: t('msgItalic', 'Italic'), face: text('I', 'face-italic'), run: (e) => e.chain().focus().toggleItalic().run(), isActive: (e) => e.isActive('italic') },
    { key: 'quote', label: t('msgQuote', 'Quote'), face: iconSvg(toolbarIcons.quote), run: (e) => e.chain().focus().toggleBlockquote().run(), isActive: (e) => e.isActive('blockquote') },
    { key: 'bulletList', label: t('msgBulletList', 'Bulleted list'), face: iconSvg(toolbarIcons.bulletList), run: (e) => e.chain().focus().toggleBulletList().run(), isActive: (e) => e.isActive('bulletList') },
    { key: 'orderedList', label: t('msgOrderedList', 'Numbered list'), face: iconSvg(toolbarIcons.orderedList), run: (e) => e.chain().focus().toggleOrderedList().run(), isActive: (e) => e.isActive('orderedList') },
    { key: 'link', label: t('msgLink', 'Link'), face: iconSvg(toolbarIcons.link), run: (e) => promptForLink(e, t) },
    { key: 'unlink', label: t('msgUnlink', 'Remove link'), face: iconSvg(toolbarIcons.unlink), run: (e) => e.chain().focus().extendMarkRange('link').unsetLink().run(), isEnabled: (e) => e.isActive('link') },
    { key: 'undo', label: t('msgUndo', 'Undo'), face: iconSvg(toolbarIcons.undo), run: (e) => e.chain().focus().undo().run(), isEnabled: (e) => e.can().undo() },
    { key: 'redo', label: t('msgRedo', 'Redo'), face: iconSvg(toolbarIcons.redo), run: (e) => e.chain().focus().redo().run(), isEnabled: (e) => e.can().redo() },
  ];
}

export interface Toolbar {
  element: HTMLElement;
  refresh(): void;
  focus(): void;
}

export function createToolbar(editor: Editor, editorId: string, t: Messages): Toolbar {
  const element = document.createElement('div');
  element.className = 'rich-text-toolbar';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', t('msgToolbar', 'Formatting'));
  element.setAttribute('aria-controls', editorId);
  element.setAttribute('aria-keyshortcuts', 'Alt+F10');

  const actions = actionsFor(t);
  const buttons = actions.map((action, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `rich-text-button rich-text-${action.key}`;
    button.dataset['action'] = action.key;
    button.setAttribute('aria-label', action.label);
    button.title = action.label;
    button.tabIndex = index === 0 ? 0 : -1;
    button.innerHTML = action.face;
    // Keeps the editor's focus and selection on a mouse click; keyboard users stay in the toolbar.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      moveTabStop(index);
      action.run(editor);
    });
    element.append(button);
    return button;
  });

  function moveTabStop(index: number): void {
    buttons.forEach((button, i) => (button.tabIndex = i === index ? 0 : -1));
  }

  function focusButton(index: number): void {
    const target = (index + buttons.length) % buttons.length;
    moveTabStop(target);
    buttons[target]?.focus();
  }

  element.addEventListener('keydown', (event) => {
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      focusButton(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
    }
  });

  function refresh(): void {
    actions.forEach((action, i) => {
      const button = buttons[i];
      if (!button) return;
      if (action.isActive) button.setAttribute('aria-pressed', String(action.isActive(editor)));
      // aria-disabled rather than disabled: the button stays reachable with the arrow keys.
      if (action.isEnabled) button.setAttribute('aria-disabled', String(!action.isEnabled(editor)));
    });
  }

  refresh();
  return { element, refresh, focus: () => buttons.find((b) => b.tabIndex === 0)?.focus() };
}
