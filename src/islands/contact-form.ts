import type { FormScriptMessages } from '../lib/contact/form-messages.ts';
import { FIELDS, validateContact, type FieldErrors } from '../lib/contact/schema.ts';

// Inline validation for /contact/ and /es/contact/ with the schema the server uses, and its messages in the page's
// language (from the form's data-messages). Without this script the form still works: the server answers with the
// same messages.

function currentValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && !Object.hasOwn(values, key)) values[key] = value;
  }
  return values;
}

function showField(form: HTMLFormElement, field: string, message: string | undefined): void {
  const slot = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
  if (slot) {
    slot.textContent = message ?? '';
    slot.hidden = !message;
  }
  const errorId = `${field}-error`;
  for (const control of form.querySelectorAll<HTMLElement>(`[name="${field}"]:not([type=radio])`)) {
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    const ids = (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== errorId);
    if (message) ids.push(errorId);
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

function showSummary(form: HTMLFormElement, errors: FieldErrors, messages: FormScriptMessages): void {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  if (!summary) return;
  const entries = Object.entries(errors);
  const heading = summary.querySelector('h2');
  if (heading)
    heading.textContent =
      entries.length === 1
        ? messages.checkOne
        : messages.checkMany.replace('{count}', String(entries.length));
  let list = summary.querySelector('[data-error-list]');
  if (!list) {
    list = document.createElement('ul');
    list.className = 'mt-2 list-disc pl-5';
    list.setAttribute('data-error-list', '');
    summary.append(list);
  }
  list.replaceChildren(
    ...entries.map(([field, message]) => {
      const link = document.createElement('a');
      link.href = `#${field === 'preferredContact' ? 'preferredContact-email' : field}`;
      link.className = 'font-semibold text-crisis underline';
      link.textContent = `${messages.labels[field as keyof FieldErrors]}: ${message}`;
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  summary.hidden = entries.length === 0;
  summary.classList.toggle('hidden', entries.length === 0);
}

/** Validates as a person leaves each field, and before sending; sends only once. */
export function enhanceContactForm(form: HTMLFormElement): void {
  const messages = JSON.parse(form.dataset['messages'] ?? '') as FormScriptMessages;
  const touched = new Set<string>();
  let sending = false;

  const check = (fields: Iterable<string>): FieldErrors => {
    const result = validateContact(currentValues(form), 'form', messages.errors);
    const errors = result.ok ? {} : result.errors;
    for (const field of fields) showField(form, field, errors[field as keyof FieldErrors]);
    return errors;
  };

  // Showing or clearing a message moves everything below it. A person who leaves a field by pressing on the next
  // control would lose that click if the control moved between mouse-down and mouse-up, so while a pointer is
  // pressed the messages wait until it is released (and the click has landed).
  let pressed = false;
  let waiting: (() => void) | undefined;
  const whenReleased = (show: () => void) => {
    if (pressed) waiting = show;
    else show();
  };
  document.addEventListener('pointerdown', () => (pressed = true), true);
  const release = () => {
    pressed = false;
    const show = waiting;
    waiting = undefined;
    // After the click that follows this release.
    if (show) setTimeout(show, 0);
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);

  const onLeave = (event: Event) => {
    const name = (event.target as HTMLInputElement | null)?.name ?? '';
    if (!(FIELDS as readonly string[]).includes(name)) return;
    touched.add(name);
    // Email and phone answer one question together ("how can we reply?").
    if (name === 'email' || name === 'phone') touched.add(name === 'email' ? 'phone' : 'email');
    whenReleased(() =>
      check(
        [...touched].filter(
          (field) => field === name || form.querySelector(`[data-error-for="${field}"]:not([hidden])`),
        ),
      ),
    );
  };
  form.addEventListener('focusout', onLeave);
  form.addEventListener('change', onLeave);
  // A message goes as soon as what is typed puts it right, while the person is still in the field.
  form.addEventListener('input', (event) => {
    const name = (event.target as HTMLInputElement | null)?.name ?? '';
    const related = name === 'email' || name === 'phone' ? ['email', 'phone'] : [name];
    const result = validateContact(currentValues(form), 'form', messages.errors);
    const errors: FieldErrors = result.ok ? {} : result.errors;
    for (const field of related)
      if (
        !errors[field as keyof FieldErrors] &&
        form.querySelector(`[data-error-for="${field}"]:not([hidden])`)
      )
        showField(form, field, undefined);
  });

  form.addEventListener('submit', (event) => {
    if (sending) {
      event.preventDefault();
      return;
    }
    const errors = check(FIELDS);
    if (Object.keys(errors).length === 0) {
      sending = true;
      return;
    }
    event.preventDefault();
    showSummary(form, errors, messages);
    form.querySelector<HTMLElement>('[data-error-summary]')?.focus();
  });
}
