import { showPlainly } from '../../lib/contact/characters.ts';
import type { StoredRequest } from '../store/store.ts';

/**
 * A request as the staff pages show it: control and text-direction characters an older row may hold (the form
 * refuses them now) appear as U+FFFD, so a name cannot read as something else; the message keeps its lines.
 */
export function shownRequest(request: StoredRequest): StoredRequest {
  const line = (value: string | null) => (value === null ? null : showPlainly(value, false));
  return {
    ...request,
    name: showPlainly(request.name, false),
    email: line(request.email),
    phone: line(request.phone),
    preferredContact: line(request.preferredContact),
    counselor: line(request.counselor),
    from: line(request.from),
    message: request.message === null ? null : showPlainly(request.message, true),
  };
}
