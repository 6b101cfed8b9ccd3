/** Starting therapy: what happens in the first few sessions. */
export default {
  slug: 'what-to-expect-in-your-first-therapy-session',
  previousSlugs: ['your-first-therapy-session'],
  title: 'What to expect in your first therapy session',
  excerpt:
    'Nervous about your first appointment? Here is what usually happens, what you might be asked, and how to get the most out of it.',
  publishedAt: '2026-03-04T10:00:00.000Z',
  author: 'maya-lindqvist',
  reviewedBy: 'sam-ortega',
  reviewedAt: '2026-03-01',
  topics: ['starting-therapy'],
  image: {
    art: 'path',
    palette: 'sea',
    alt: 'A winding blue path leading over gentle hills toward a pale sun.',
  },
  body: `
Feeling nervous before your first therapy session is completely normal. You are about to talk to someone new about personal things. Knowing what usually happens can make the first step a little easier.

## Before the session

Most practices will send you some forms to fill out first. They usually ask for your contact details, some background about your health, and what brings you to therapy. You can keep your answers short. Your counselor will talk with you about anything that matters.

You will also get information about fees, privacy and cancellations. Read it, and write down any questions. It is fine to ask about money. A good practice will be clear and open about costs.

## What happens in the first session

The first session is mostly about getting to know each other. Your counselor will probably ask:

- What made you decide to start therapy now
- How things are going at home, at work or at school
- Your health, sleep and any past counseling
- What you would like to be different

You do not have to answer everything. If a question feels like too much, you can say, "I'm not ready to talk about that yet." A good counselor will respect that.

Your counselor will also explain how they work and how privacy works. They will tell you about the few times they might have to share information, such as if someone is in danger.

## It is a two-way conversation

The first session is also your chance to learn about your counselor. You can ask how they usually work, what a typical session looks like, and how you will both know if therapy is helping. Notice how it feels to talk with them. Do you feel listened to? Do you feel respected?

:::tip
Bring a few notes: what you want help with, and any questions. It is easy to forget things when you are nervous.
:::

## Common worries, and what is true

- **"I won't know what to say."** That is fine. Your counselor is used to quiet moments and will guide the conversation. You can even start with "I'm not sure where to begin."
- **"They will judge me."** Counselors hear about every kind of struggle. Their job is to understand, not to judge.
- **"I have to tell them everything right away."** You decide what to share and when. Trust can grow one step at a time.
- **"My problem isn't serious enough."** You do not need a crisis to deserve support. Many people come to therapy to handle stress, make a decision or understand themselves better.

## After the first session

It is common to feel tired, relieved or a bit unsettled afterward. You have just opened up about things that matter. Be kind to yourself for the rest of the day.

Over the next few sessions, you and your counselor will agree on goals. You will start working on them together. Trust usually grows over time, so the first session does not need to feel perfect.

If it did not feel right at all, that is useful information too. You can mention it next time, or look for someone who suits you better. Our article on [the therapeutic alliance](/articles/what-is-the-therapeutic-alliance/) explains why the fit between you and your counselor matters so much.
`,
};
