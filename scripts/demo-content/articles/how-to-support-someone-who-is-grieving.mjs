/** Grief: how to support someone else. */
export default {
  slug: 'how-to-support-someone-who-is-grieving',
  title: 'How to support someone who is grieving',
  excerpt:
    'Not sure what to say to someone after a loss? You do not need perfect words. Small, steady acts of care matter most.',
  publishedAt: '2026-02-10T09:00:00.000Z',
  author: 'sam-ortega',
  reviewedBy: 'ruth-abernathy',
  reviewedAt: '2026-02-05',
  topics: ['grief-and-loss'],
  contentNote: 'This article talks about death and loss.',
  image: {
    art: 'petals',
    palette: 'clay',
    alt: 'Soft petals in warm shades fanning out from a pale center, like an open flower.',
  },
  body: `
When someone you care about is grieving, it is natural to want to help. It is also natural to worry about saying the wrong thing. The good news is that you do not need perfect words. Showing up, listening and staying in touch matter far more.

## Say something simple

It can feel safer to say nothing. But silence can feel lonely to the person who is grieving. A few honest words are enough:

- "I'm so sorry."
- "I've been thinking about you."
- "I don't know what to say, but I'm here."

If you knew the person who died, share a memory or say their name. Many grieving people love to hear that others remember too.

## What to avoid

Some common phrases can hurt, even when they are meant kindly. Try not to:

- Tell them how they should feel or how long it should take
- Say "everything happens for a reason" or "they're in a better place"
- Compare their loss to your own
- Push them to "move on"

If you say something clumsy, that is okay. You can say, "That came out wrong. I'm sorry." What they will remember most is that you cared.

## Offer specific help

"Let me know if you need anything" is kind, but it puts the work on them. Offer something specific instead:

- "Can I bring dinner on Tuesday?"
- "I'm going to the store. What can I pick up for you?"
- "Would you like company for a walk this weekend?"

Practical help with meals, errands, child care or paperwork can be a real relief.

## Keep showing up

Support often pours in during the first few weeks and then fades. Grief does not. Put a reminder in your calendar to check in after a month, and again on birthdays, holidays and the anniversary of the loss. A short message saying "thinking of you today" can mean a lot.

## Supporting a grieving child or teen

Children grieve too, though it can look different. A young child may ask the same questions again and again, or seem fine one minute and upset the next. Teens may pull away or show anger rather than sadness. Use simple, honest words, like "died" rather than "went to sleep." Keep routines steady, answer questions as well as you can, and let them know all their feelings are okay.

## Know when to suggest more help

Grief is not an illness, and most people do not need therapy to grieve. But some people get stuck, or their grief becomes very heavy. If your friend seems unable to cope with daily life for a long time, you can gently mention that talking to a counselor might help.

:::warning
If someone tells you they are thinking about suicide, take it seriously. Stay with them if you can, and call or text 988 together. If they are in immediate danger, call 911.
:::

Supporting someone through grief can be tiring. Take care of yourself too, and lean on others when you need to.
`,
};
