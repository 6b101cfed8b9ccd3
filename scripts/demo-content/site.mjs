// Site settings, topics, counselors and the fit checklist of the demo practice, Abide Counseling. Everything here
// is invented for the demo: the practice, its people, phone numbers (555) and addresses (.example).

/** The siteSettings singleton. */
export const siteSettings = {
  title: 'Abide Counseling',
  description:
    'Abide Counseling is a small counseling practice with plain-language articles about therapy and a free consultation to help you find the right counselor.',
  phone: '(555) 010-4477',
  email: 'hello@abide-counseling.example',
  address: 'Abide Counseling\n210 Linden Street, Suite 3\nMaple Grove, ST 00000',
  timeZone: 'America/Chicago',
  // Drawn by images.mjs (`heroArt`) and shown beside the home page's welcome.
  heroImage: {
    alt: 'Soft green hills under a pale morning sun, with a path winding between them.',
  },
  crisisMessage:
    'In crisis or thinking about suicide? Call or text 988 to reach the Suicide & Crisis Lifeline any time. In an emergency, call 911.',
  crisisLinks: [
    { label: 'Call 988', href: 'tel:988' },
    { label: 'Text 988', href: 'sms:988' },
    { label: 'Call 911', href: 'tel:911' },
    { label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/' },
  ],
  consultation: {
    heading: 'Not sure where to start?',
    body: 'Ask for a free 15-minute phone consultation. Tell us a little about what you are looking for, ask any questions, and we will help you find a counselor who fits. There is no cost and no commitment.',
    buttonLabel: 'Request a free consultation',
  },
  disclaimer:
    'Our articles are here to help you learn, not to diagnose or treat anything. They are not a substitute for care from a counselor or doctor who knows you. If you are in crisis, do not wait for a reply from us: call or text 988, or call 911.',
  searchSynonyms: [
    ['therapist', 'counselor', 'therapy', 'counseling'],
    ['cost', 'fee', 'price', 'pay'],
    ['online', 'telehealth', 'video', 'virtual'],
    ['switch', 'change', 'new'],
    ['grief', 'bereavement', 'mourning'],
  ],
};

/** Topics, by slug. */
export const topics = [
  {
    slug: 'starting-therapy',
    title: 'Starting therapy',
    description:
      'What therapy is like, how to find a counselor who fits, and what to expect from the first call and the first few sessions.',
  },
  {
    slug: 'anxiety',
    title: 'Anxiety and stress',
    description:
      'Why worry and panic happen, how they show up in the body, and practical ways to feel steadier, on your own and in therapy.',
  },
  {
    slug: 'grief-and-loss',
    title: 'Grief and loss',
    description:
      'Making room for grief after a death or another loss, and supporting someone who is grieving.',
  },
  {
    slug: 'relationships',
    title: 'Relationships and couples',
    description: 'Communication, conflict and closeness, and what couples counseling can and cannot do.',
  },
  {
    slug: 'depression',
    title: 'Depression and mood',
    description: 'Low mood, depression, sleep and energy: how to notice the signs and where to find help.',
  },
];

/** Counselors: invented people with invented credentials for the demo. */
export const counselors = [
  {
    slug: 'maya-lindqvist',
    name: 'Maya Lindqvist',
    credentials: 'LPC',
    pronouns: 'she/her',
    portrait: {
      palette: 'sage',
      variant: 0,
      alt: 'Abstract portrait of Maya: a green silhouette in front of soft rings.',
    },
    bio: `Maya is a licensed professional counselor who works with adults facing anxiety, stress and big life changes. Many of her clients are starting therapy for the first time, and she likes to begin by explaining how it works and asking what they hope will change.

Her sessions are practical and warm. She draws on cognitive behavioral therapy and mindfulness, and she often suggests small experiments to try between sessions. She meets clients in the office or online, by secure video.

Maya is a fictional counselor, created for the Abide Counseling demo site.`,
    specialties: ['Anxiety', 'Stress and burnout', 'Life transitions', 'First-time therapy'],
    offersFreeConsultation: true,
    acceptingNewClients: true,
    fees: '$140 for a 50-minute session. Sliding scale from $70, based on income; just ask.',
    insurance: ['Aetna', 'BlueCross BlueShield', 'Cigna'],
    topics: ['anxiety', 'starting-therapy'],
    sessionFormats: ['in-person', 'telehealth'],
    languages: ['en'],
    agesServed: ['adults'],
    clientTypes: ['individuals'],
    availability: ['weekday-daytime', 'weekday-evening'],
    location: 'Linden Street office',
    selfPay: true,
    slidingScale: true,
  },
  {
    slug: 'daniel-okafor',
    name: 'Daniel Okafor',
    credentials: 'LMFT',
    pronouns: 'he/him',
    portrait: {
      palette: 'sea',
      variant: 1,
      alt: 'Abstract portrait of Daniel: a blue silhouette in front of soft rings.',
    },
    bio: `Daniel is a licensed marriage and family therapist. He works with couples, families and individuals who want their relationships to feel calmer and closer.

He helps people slow conversations down, listen for what is underneath an argument, and try new ways of asking for what they need. He works with couples of every kind and at every stage, including partners deciding whether to stay together. He holds sessions in English and Spanish, and families can mix both.

Daniel is a fictional counselor, created for the Abide Counseling demo site.`,
    specialties: ['Couples', 'Families', 'Communication', 'Parenting stress'],
    offersFreeConsultation: true,
    acceptingNewClients: true,
    fees: '$150 for a 50-minute individual session; $175 for an 80-minute couples session. A few reduced-fee spots are available.',
    insurance: ['Aetna', 'UnitedHealthcare'],
    topics: ['relationships', 'starting-therapy'],
    sessionFormats: ['in-person', 'telehealth'],
    languages: ['en', 'es'],
    agesServed: ['children', 'teens', 'adults'],
    clientTypes: ['individuals', 'couples', 'families'],
    availability: ['weekday-evening', 'weekend'],
    location: 'Linden Street office',
    selfPay: true,
    slidingScale: true,
  },
  {
    slug: 'ruth-abernathy',
    name: 'Dr. Ruth Abernathy',
    credentials: 'PhD, Licensed Psychologist',
    pronouns: 'she/her',
    portrait: {
      palette: 'dusk',
      variant: 2,
      alt: 'Abstract portrait of Ruth: a violet silhouette in front of soft rings.',
    },
    bio: `Ruth is a licensed psychologist with many years of experience helping people through grief, trauma and depression. She is steady and unhurried, and she believes people heal at their own pace.

She also reviews many of the articles on this site to make sure they are accurate and kind.

Ruth's schedule is currently full. You are welcome to ask about her waitlist, or to talk with one of her colleagues in the meantime.

Ruth is a fictional psychologist, created for the Abide Counseling demo site.`,
    specialties: ['Grief and loss', 'Trauma', 'Depression'],
    offersFreeConsultation: false,
    acceptingNewClients: false,
    fees: '$185 for a 50-minute session. Out of network: she can give you a receipt (a "superbill") to send to your insurance.',
    insurance: [],
    topics: ['grief-and-loss', 'depression'],
    sessionFormats: ['in-person'],
    languages: ['en'],
    agesServed: ['adults', 'older-adults'],
    clientTypes: ['individuals', 'groups'],
    availability: ['weekday-daytime'],
    location: 'Linden Street office',
    selfPay: true,
    slidingScale: false,
  },
  {
    slug: 'sam-ortega',
    name: 'Sam Ortega',
    credentials: 'LCSW',
    pronouns: 'they/them',
    portrait: {
      palette: 'clay',
      variant: 1,
      alt: 'Abstract portrait of Sam: a rust-colored silhouette in front of soft rings.',
    },
    bio: `Sam is a licensed clinical social worker who works with teens over 16 and adults dealing with low mood, loss and questions of identity. They are LGBTQ+ affirming and glad to work with people who have had a hard time with therapy before.

Sam pays attention to the whole picture: sleep, money, work, family and community all affect how we feel. Sessions often mix talking things through with one or two concrete next steps. Sam also offers virtual sessions for clients who live too far away to come in, in English or Spanish.

Sam is a fictional counselor, created for the Abide Counseling demo site.`,
    specialties: ['Depression', 'Grief', 'LGBTQ+ affirming care', 'Young adults'],
    offersFreeConsultation: true,
    acceptingNewClients: true,
    fees: '$120 for a 50-minute session. Sliding scale from $40 for people with low incomes.',
    insurance: ['BlueCross BlueShield', 'Cigna', 'Medicaid'],
    topics: ['depression', 'grief-and-loss', 'starting-therapy'],
    sessionFormats: ['in-person', 'telehealth'],
    languages: ['en', 'es'],
    agesServed: ['teens', 'adults'],
    clientTypes: ['individuals', 'groups'],
    availability: ['weekday-evening', 'weekend'],
    location: 'Riverside office, Maple Grove',
    selfPay: true,
    slidingScale: true,
  },
  {
    slug: 'theo-marsh',
    name: 'Theo Marsh',
    credentials: 'LPC',
    pronouns: 'he/him',
    portrait: {
      palette: 'sand',
      variant: 0,
      alt: 'Abstract portrait of Theo: a golden silhouette in front of soft rings.',
    },
    bio: `Theo is a licensed professional counselor who works with adults on stress, anger and sleep. Many of his clients come in because someone close to them suggested it, and he is happy to start there.

He is direct and friendly, and he likes clear goals. Together you decide what you want to work on, and you check in often on whether it is helping. Theo meets every client by secure video, and he is fluent in American Sign Language.

Theo is a fictional counselor, created for the Abide Counseling demo site.`,
    specialties: ['Stress', 'Anger', 'Sleep', "Men's mental health"],
    offersFreeConsultation: false,
    acceptingNewClients: true,
    fees: '$130 for a 50-minute session, billed to your insurance plan.',
    insurance: ['Aetna', 'Medicare', 'UnitedHealthcare'],
    topics: ['anxiety', 'depression'],
    sessionFormats: ['telehealth'],
    languages: ['en', 'ase'],
    agesServed: ['adults', 'older-adults'],
    clientTypes: ['individuals', 'couples'],
    availability: ['weekday-daytime', 'weekday-evening'],
    selfPay: false,
    slidingScale: false,
  },
];

/** The fit checklist embedded in the flagship article. Its items follow the five signs of a good fit. */
export const fitChecklist = {
  _id: 'checklist-good-fit',
  title: 'Signs of a good fit',
  intro:
    'After a consultation call or your first few sessions, tick the statements that feel true. Your answers stay in your browser: nothing is sent anywhere, and they are kept on this device only if you choose to.',
  items: [
    {
      label: 'I feel comfortable and respected.',
      detail:
        'You can be yourself, and your counselor treats your time, your culture and your choices with respect.',
    },
    {
      label: 'I feel listened to without judgment.',
      detail: 'You can say hard or embarrassing things without feeling criticized or brushed off.',
    },
    {
      label: 'My counselor seems genuinely interested in my story.',
      detail: 'They ask thoughtful questions and remember what matters to you.',
    },
    {
      label: 'My goals and concerns are taken seriously.',
      detail: 'What you want from therapy shapes what you work on together.',
    },
    {
      label: 'The process is clear, and we decide on it together.',
      detail: 'You know roughly how therapy will go, and you can ask questions or suggest changes.',
    },
  ],
  outcomes: [
    {
      minChecked: 0,
      heading: 'It may not be the right fit yet, and that is okay',
      body: 'Fit matters, and it is fine to keep looking. Try telling your counselor what is missing, or talk with someone else. A free consultation can help you find a counselor who suits you better.',
      showConsultation: true,
    },
    {
      minChecked: 3,
      heading: 'Some good signs',
      body: 'Several important pieces are in place. Think about what is missing and consider raising it in your next session. A good counselor will welcome the conversation.',
      showConsultation: false,
    },
    {
      minChecked: 5,
      heading: 'This sounds like a strong working relationship',
      body: 'You feel safe, heard and part of the process. That is a great base for the work ahead. Keep talking openly as things change.',
      showConsultation: false,
    },
  ],
};
