// Replaces a server-rendered <textarea> of HTML with a TipTap editor, keeping the textarea as the
// field the form submits: it is hidden, not removed, and follows every change of the editor.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import type { Messages } from './messages.ts';
import { createToolbar } from './toolbar.ts';
import { isAllowedHref } from './link-url.ts';

export interface RichText {
  editor: Editor;
  textarea: HTMLTextAreaElement;
  /** The body as the editor would submit it ('' when empty). */
  html(): string;
  /** Takes the textarea's value again, after something outside the editor changed it. */
  reload(): void;
  focus(): void;
}

let counter = 0;

function ensureId(element: HTMLElement, prefix: string): string {
  if (!element.id) element.id = `${prefix}-${++counter}`;
  return element.id;
}

function labelIdOf(textarea: HTMLTextAreaElement): string | undefined {
  const labelledBy = textarea.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy;
  const label = textarea.labels?.[0];
  return label ? ensureId(label, 'rich-text-label') : undefined;
}

function editorAttributes(textarea: HTMLTextAreaElement, id: string): Record<string, string> {
  const attributes: Record<string, string> = { id, role: 'textbox', 'aria-multiline': 'true', class: 'rich-text-content' };
  const labelId = labelIdOf(textarea);
  if (labelId) attributes['aria-labelledby'] = labelId;
  else if (textarea.getAttribute('aria-label')) attributes['aria-label'] = textarea.getAttribute('aria-label') ?? '';
  for (const name of ['aria-describedby', 'aria-invalid', 'aria-errormessage', 'lang', 'dir']) {
    const value = textarea.getAttribute(name);
    if (value) attributes[name] = value;
  }
  if (textarea.required) attributes['aria-required'] = 'true';
  return attributes;
}

export function mountRichText(textarea: HTMLTextAreaElement, t: Messages): RichText {
  const id = `${ensureId(textarea, 'rich-text')}-editor`;
  const attributes = editorAttributes(textarea, id);
  const wrapper = document.createElement('div');
  wrapper.className = 'rich-text';
  const mount = document.createElement('div');
  mount.className = 'rich-text-frame';

  const html = (): string => (editor.isEmpty ? '' : editor.getHTML());
  const editor: Editor = new Editor({
    element: mount,
    content: textarea.value,
    // Our own stylesheet carries TipTap's few base rules, so a strict style-src needs no nonce.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: false,
      }),
      Link.configure({
        openOnClick: false,
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: null },
        isAllowedUri: (url) => isAllowedHref(url),
        shouldAutoLink: (url) => isAllowedHref(url),
      }),
    ],
    editorProps: {
      attributes,
      handleKeyDown: (_view, event) => {
        // Alt+F10 reaches the toolbar from the text, as in most word processors.
        if (event.altKey && event.key === 'F10') {
          toolbar.focus();
          return true;
        }
        return false;
      },
    },
    onUpdate: () => {
      textarea.value = html();
      // A bubbling input event, so autosave and the local copy see the body like any other field.
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
    onTransaction: () => toolbar.refresh(),
  });
  const toolbar = createToolbar(editor, id, t);

  // A hidden control must not block submission with a "please fill in" bubble it cannot show.
  textarea.required = false;
  textarea.hidden = true;
  wrapper.append(toolbar.element, mount);
  textarea.after(wrapper);
  // The label still names the hidden textarea; a click on it should land in the editor instead.
  textarea.labels?.forEach((label) => label.addEventListener('click', (event) => {
    event.preventDefault();
    editor.commands.focus();
  }));

  return {
    editor,
    textarea,
    html,
    reload: () => {
      editor.commands.setContent(textarea.value, { emitUpdate: true });
    },
    focus: () => {
      editor.commands.focus();
    },
  };
}
