import { EMAIL_MAX, MESSAGE_MAX, NAME_MAX, PHONE_MAX } from '../lib/contact/limits.ts';

/**
 * Every string of the interface in English, grouped by the part of the site that shows it. `es.ts` must hold the
 * same keys (TypeScript checks it, and `tests/unit/i18n/messages.test.ts` checks both ways). Values are strings, or
 * functions for text that takes a number or a name. Content (articles, bios, settings) comes from Sanity, not here.
 */
export const en = {
  /** The language as its own speakers name it, for the language switch. */
  languageName: 'English',

  /** The page frame: skip link, header, menu, language switch, crisis bar, footer, 404 and privacy pages. */
  site: {
    // keys of this part
  },

  /** Home, article lists, article pages, topics: dates, reading time, counts, pagination, closing invitation. */
  reader: {
    // keys of this part
  },

  /** The search page and its island. */
  search: {
    // keys of this part
  },

  /** The fit checklist island's fixed text (its items and outcomes come from the checklist document). */
  checklist: {
    // keys of this part
  },

  /** The contact page, the form, every error it can show (also in the API's JSON) and the thanks page. */
  contact: {
    /** The `/contact/` page around the form. */
    page: {
      title: 'Request a consultation',
      /** The title when the form is shown again with problems to fix. */
      titleWithErrors: 'Please check your request – Request a consultation',
      description: 'Ask for a free, no-pressure consultation. We reply within two business days.',
      heading: 'Request a consultation',
      /** The opening paragraph; `counselor` is the name of the counselor asked for, if any. */
      intro: (counselor?: string) =>
        `Tell us how to reach you and we will get back to you within two business days to find a time for a free, no-pressure consultation${counselor ? ` with ${counselor}` : ''}. You only need a name and one way to reply.`,
      /** "You can also reach {practice} directly at {phone} or by email at {email}." in pieces around the links. */
      reachDirectly: (practice: string) => `You can also reach ${practice} directly`,
      atPhone: 'at',
      or: 'or',
      byEmail: 'by email at',
    },

    /** The notice on the contact and thanks pages. */
    emergency: {
      heading: 'This form is not for emergencies',
      /** Its heading on the thanks page. */
      headingAfter: 'If you need help before we reply',
      officeHours: 'We read requests during office hours only.',
    },

    /** The form's labels, hints and buttons. */
    form: {
      labels: {
        name: 'Your name',
        email: 'Email address',
        phone: 'Phone number',
        preferredContact: 'How should we reach you?',
        counselor: 'Counselor',
        from: 'Article',
        message: 'Anything you would like us to know first',
        okToLeaveMessage: 'It is OK to leave a message',
        consent: 'Privacy agreement',
        body: 'Form',
      },
      replyLegend: 'How can we reply?',
      replyHint: 'Give an email address, a phone number, or both.',
      /** The ways to answer, as the radio buttons name them. */
      preferred: { email: 'Email', phone: 'Phone call', text: 'Text message' },
      okToLeaveHint: "A voicemail or text would only say the practice's name and ask you to call back.",
      optional: '(optional)',
      noPreference: 'No preference',
      messageHint: `For example, times that suit you or questions about fees. Please do not include health details or what you would like help with; we will talk about that together, privately. Up to ${MESSAGE_MAX} characters.`,
      /** "I agree ... as the {privacy notice} describes." in pieces around the link (the last with its own space). */
      consentBefore: 'I agree that the practice stores this request to answer it, as the',
      consentLink: 'privacy notice',
      consentAfter: ' describes.',
      /** The honeypot's label (only bots see it). */
      honeypot: 'Leave this field empty',
      submit: 'Send request',
      /** The error summary's heading for one problem, and for several (`{count}` is replaced). */
      checkOne: 'Please check one thing',
      checkMany: 'Please check {count} things',
      rateLimitedHeading: 'We have received several requests from this connection',
      rateLimitedWait: (minutes: number) =>
        `Please wait about ${minutes} minutes before sending another, or call us instead.`,
    },

    /**
     * Each field's messages, shown beside the field, in the summary and in the API's JSON. Plain strings: the page
     * hands them to the form's script as they are.
     */
    errors: {
      nameRequired: 'Enter your name.',
      nameTooLong: `Keep your name to ${NAME_MAX} characters or fewer.`,
      nameLineBreak: 'Your name has a line break in it. Please type it on one line.',
      nameHidden:
        'Your name has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      emailInvalid: 'Enter an email address like name@example.com.',
      emailTooLong: `Enter an email address of ${EMAIL_MAX} characters or fewer.`,
      emailLineBreak: 'Your email address has a line break in it. Please type it on one line.',
      emailHidden:
        'Your email address has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      phoneRequired: 'Enter a phone number.',
      phoneTooLong: `Enter a phone number of ${PHONE_MAX} characters or fewer.`,
      phoneInvalid: 'Enter a phone number with at least 7 digits, like 555 123 4567.',
      phoneLineBreak: 'Your phone number has a line break in it. Please type it on one line.',
      phoneHidden:
        'Your phone number has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      preferredInvalid: 'Choose email, phone call or text message.',
      counselorInvalid: 'Choose a counselor from the list.',
      counselorLineBreak: 'The counselor you chose has a line break in it. Please type it on one line.',
      counselorHidden:
        'The counselor you chose has a hidden formatting character (such as a text-direction mark) in it. Please type it again without it.',
      fromInvalid: 'This link is not valid.',
      messageText: 'Enter text here.',
      messageTooLong: `Keep your message to ${MESSAGE_MAX} characters or fewer.`,
      messageControl: 'Remove the special characters from your message.',
      okToLeaveInvalid: 'Tick the box or leave it empty.',
      consentRequired: 'Tick the box to agree, so we can store your request.',
      replyNeeded: 'Give an email address or a phone number so we can reply.',
      emailForPreferred: 'Add your email address, or choose phone.',
      phoneForPreferred: 'Add your phone number, or choose email.',
    },

    /** What `POST /api/contact` answers besides field messages (docs/http.md). */
    api: {
      crossSite: 'Requests from other sites are not accepted.',
      unsupportedType: 'Send application/json or application/x-www-form-urlencoded.',
      rateLimited: 'Too many requests from this connection; try again later.',
      tooLarge: 'The request is larger than 16 KiB.',
      tooLargeForm: 'The form was larger than 16 KiB. Please shorten your message and send it again.',
      cutOff: 'The request body was cut off.',
      notUtf8: 'The request body is not valid UTF-8 text.',
      notJson: 'The request body is not valid JSON.',
      notObject: 'The request body must be a JSON object.',
      emptyForm: 'The form arrived empty.',
      /** A `language` the site is not published in. */
      unknownLanguage: (value: string) => `Unknown language ${JSON.stringify(value)}: send "en" or "es".`,
      unavailable: 'We could not save your request just now. Please try again in a minute.',
    },

    /** The `/contact/thanks/` page. */
    thanks: {
      title: 'Thank you – request received',
      heading: 'Thank you, we have your request',
      nextHeading: 'What happens next',
      /** "Someone from {practice} will reply within **two business days** (...)" in pieces around the bold part. */
      replyBefore: (practice: string) => `Someone from ${practice} will reply within`,
      replyWithin: 'two business days',
      replyAfter: '(Monday to Friday), the way you asked us to.',
      consultation:
        'We will suggest a few times for a free consultation of about 15 minutes, by phone or video, where you can ask anything about working with us.',
      noCommitment:
        'There is no commitment: after the consultation, you decide whether and when to book a first session.',
      notHeard: 'Not heard from us after three business days? Call us at',
      home: 'Back to the home page',
    },
  },

  /** The counselor list, its filters and the counselor page. */
  counselors: {
    // keys of this part
  },

  /** "Help me choose": the questions, the ranking's reasons and the results. */
  choose: {
    // keys of this part
  },
};

/** The shape every language's messages must have. */
export type Messages = typeof en;
