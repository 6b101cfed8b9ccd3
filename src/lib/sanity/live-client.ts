import { createClient, type ClientPerspective, type SanityClient } from '@sanity/client';

/** What a server-rendered route needs to reach Sanity's live API. */
export interface LiveApiSettings {
  projectId: string;
  dataset: string;
  apiVersion: string;
  /** Needed to read drafts; published documents of a public dataset need none. */
  token?: string | undefined;
  apiHost?: string | undefined;
}

/** A client for the live API (never the CDN: a change must be seen the moment it is published). */
export function liveClient(settings: LiveApiSettings, perspective: ClientPerspective): SanityClient {
  return createClient({
    projectId: settings.projectId,
    dataset: settings.dataset,
    apiVersion: settings.apiVersion,
    ...(settings.token ? { token: settings.token } : {}),
    useCdn: false,
    perspective,
    // A non-Sanity host (a proxy, or the local GROQ server in tests) must not get the project id prefixed.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    ...(settings.apiHost ? { apiHost: settings.apiHost, useProjectHostname: false } : {}),
  });
}
