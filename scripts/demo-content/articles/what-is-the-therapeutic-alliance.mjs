/** The flagship article: what the therapeutic alliance is, why it matters, and how to tell if you have one. */
export default {
  slug: 'what-is-the-therapeutic-alliance',
  title: 'What is the therapeutic alliance?',
  excerpt:
    'The bond between you and your counselor is one of the best signs that therapy will help. Here is what it is, why it matters, and how to tell if you have it.',
  publishedAt: '2026-09-15T09:00:00.000Z',
  updatedAt: '2026-10-20T14:30:00.000Z',
  author: 'maya-lindqvist',
  reviewedBy: 'ruth-abernathy',
  reviewedAt: '2026-10-18',
  topics: ['starting-therapy', 'relationships'],
  featured: true,
  image: {
    art: 'alliance',
    palette: 'sage',
    alt: 'Two overlapping circles in shades of green, meeting in a darker shared middle.',
  },
  // The research the article summarizes: the three parts of the alliance (Bordin) and the link between alliance and
  // outcome across many studies (Flückiger and colleagues).
  references: [
    {
      citation:
        'Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working alliance. Psychotherapy: Theory, Research & Practice, 16(3), 252–260.',
      url: 'https://doi.org/10.1037/h0085885',
    },
    {
      citation:
        'Flückiger, C., Del Re, A. C., Wampold, B. E., & Horvath, A. O. (2018). The alliance in adult psychotherapy: A meta-analytic synthesis. Psychotherapy, 55(4), 316–340.',
      url: 'https://doi.org/10.1037/pst0000172',
    },
  ],
  seo: {
    title: 'The therapeutic alliance: why fit matters in therapy',
    description:
      'What the therapeutic alliance is, why research links it to how well therapy works, and signs that you and your counselor are a good fit.',
  },
  body: `
When people think about therapy, they often picture a method: a kind of talk, a set of skills, a worksheet. Those things matter. But there is something underneath all of them that matters just as much. It is the relationship between you and your counselor. Counselors call it the **therapeutic alliance**.

## What the therapeutic alliance is

The therapeutic alliance is the working relationship between a counselor and a client. It is built on three things:

- **Trust.** You feel safe enough to be honest, even about things that are hard to say.
- **Collaboration.** You and your counselor agree on what you are working toward and how you will get there.
- **Connection.** You feel that your counselor cares about you and understands you, at least a little more each week.

It is not the same as a friendship. Your counselor will not share their own problems with you, and the time is about you. But it is still a real relationship between two people, and it can be one of the most helpful parts of therapy.

## Why researchers pay so much attention to it

For decades, researchers have tried to find out what makes therapy work. They have compared many kinds of therapy, for many kinds of problems. Again and again, one finding stands out: **the strength of the alliance is one of the strongest predictors of how therapy goes**, whatever the approach.

In other words, the method matters, but so does the fit. A skilled counselor using a well-tested method will usually help more when the two of you work well together. That is good news, because it means you have a say in how therapy goes. You can notice how the relationship feels, and you can talk about it.

## Why it matters to you

A strong alliance makes many things possible.

- **You feel safe and heard.** When you trust your counselor, you can talk about what is really going on, not just the parts that are easy to share.
- **You work toward goals together.** Therapy feels like teamwork rather than something done to you. You help decide what to focus on.
- **You stay with it when it gets hard.** Change can be uncomfortable. A good working relationship makes it easier to keep going through the difficult weeks, and to say so when something is not helping.
- **You have hope.** Feeling understood can bring back a sense that change is possible, and confidence that you can make it happen.

## Signs of a good fit

There is no perfect test for fit, but some signs are worth looking for. Use this checklist after a consultation call or your first few sessions. It is private: what you tick stays on this page.

::checklist checklist-good-fit

## It is normal to shop around

Many people feel they should stay with the first counselor they meet. You do not have to. It is normal, and sensible, to talk with more than one counselor before you choose. Think of it like finding a doctor or a teacher you click with.

Many counselors offer a **free phone consultation**, often about 15 minutes long. It is a chance to ask questions, describe what you are looking for, and get a feel for how they talk and listen. You do not need to have everything figured out before you call.

:::tip
Questions you could ask in a consultation: How do you usually work with someone like me? What would our first few sessions look like? How will we know if therapy is helping?
:::

## When it does not feel right

Sometimes the fit is not there, even with a skilled counselor. If something feels off, you have options.

1. **Say so.** Tell your counselor what is not working. It might be the pace, the approach, or something they said. Many problems get better once they are named, and talking about them can make the alliance stronger.
2. **Give it a little time.** Trust often takes a few sessions to build. Feeling a bit awkward at first is common.
3. **Switch if you need to.** If things still do not feel right, it is okay to find someone else. A good counselor will not take it personally. They want you to get help, even if it is with someone else, and they can often suggest names.

Whatever you decide, the fact that you are paying attention to fit is a good sign. It means you are taking your own needs seriously.

::cta Looking for a counselor who fits? | Request a free 15-minute phone consultation. We will listen to what you are looking for and help you find a counselor you feel comfortable with.
`,
};
