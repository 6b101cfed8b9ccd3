import type { Messages } from '../../i18n/en.ts';
import type { ValidationMessages } from './schema.ts';

/**
 * The strings the contact form's script needs, rendered by the page into the form's `data-messages` (JSON) in the
 * page's language: the script never imports the message files (src/i18n/), so its bytes stay within budget.
 */
export interface FormScriptMessages {
  /** Each field's messages. */
  errors: ValidationMessages;
  /** The fields' names, as the error summary starts each line with them. */
  labels: Messages['contact']['form']['labels'];
  /** The summary's heading for one problem, and for several (`{count}` is replaced). */
  checkOne: string;
  checkMany: string;
}
