/** Relationships: what couples counseling is and is not. */
export default {
  slug: 'couples-counseling-what-to-expect',
  title: 'Couples counseling: what it is and what it is not',
  excerpt:
    'Couples counseling is not just for relationships in crisis, and the counselor does not pick a side. What actually happens, and how to know if it could help.',
  publishedAt: '2026-01-22T09:00:00.000Z',
  author: 'daniel-okafor',
  reviewedBy: 'ruth-abernathy',
  reviewedAt: '2026-01-20',
  topics: ['relationships'],
  image: {
    art: 'threads',
    palette: 'dusk',
    alt: 'Two violet lines that curve apart and then meet again at a small circle.',
  },
  body: `
Many couples wait years before they try counseling. Often they wait until things feel very bad. But couples counseling can help at many stages, from early bumps to big decisions. Here is what it is, and what it is not.

## What couples counseling is

Couples counseling is a space where both partners can talk with a trained counselor about their relationship. The counselor helps you:

- Understand the patterns that keep repeating, such as the same argument again and again
- Listen to each other with less defensiveness
- Say what you need in ways your partner can hear
- Rebuild trust and closeness after hurt
- Make decisions about the future together

Sessions are often a little longer than individual therapy. Sometimes the counselor will meet with each partner alone once or twice as well.

## What it is not

**The counselor is not a judge.** They will not decide who is right or wrong. Their "client" is the relationship, and they work to make sure both of you feel heard.

**It is not only for couples in crisis.** Some couples come in to prepare for a big change, like a new baby or a move. Others want to feel closer after years of busy routines.

**It is not a promise to stay together.** Some couples use counseling to decide whether to stay together. If they separate, counseling can help them do it with less harm, especially when children are involved.

::image balance | A simple golden scale with its two pans held level. | Good couples counseling gives both partners an equal voice.

## What a session might look like

Early sessions usually focus on your story as a couple: how you met, what has been hard, and what each of you hopes for. Later, the counselor may slow down a difficult conversation and help you notice what is happening. They might suggest new ways to respond, and give you something to try at home.

:::tip
Before your first session, each of you could write down one thing you would like to be different, and one thing you appreciate about the other person.
:::

## How long it takes

There is no set length. Some couples come for a handful of sessions to work on one issue, such as a big decision. Others come for several months to change patterns that have built up over years. Your counselor will talk with you about goals early on and check in along the way. Change usually comes in small steps, such as one argument that ends a little better than the last.

## When couples counseling may not be the right fit

If there is violence or fear in the relationship, couples counseling may not be safe. Individual support is usually the better first step. A counselor can help you think about safety and options.

## Getting started

Both partners do not need to be equally keen to begin. It is common for one person to be more unsure. A free consultation call can help you both ask questions and decide whether it feels right.
`,
};
