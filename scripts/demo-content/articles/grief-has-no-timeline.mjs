/** Grief: there is no right way or schedule. */
export default {
  slug: 'grief-has-no-timeline',
  title: 'Grief has no timeline',
  excerpt:
    'There is no right way to grieve and no deadline for feeling better. What grief can look like, what helps, and when to reach out for support.',
  publishedAt: '2025-10-02T09:00:00.000Z',
  updatedAt: '2026-06-01T09:00:00.000Z',
  author: 'ruth-abernathy',
  reviewedBy: 'sam-ortega',
  reviewedAt: '2026-05-28',
  topics: ['grief-and-loss'],
  contentNote: 'This article talks about death and loss.',
  image: { art: 'leaves', palette: 'clay', alt: 'Autumn-colored leaves drifting down toward soft ground.' },
  body: `
Grief is what we feel when we lose someone or something we love. It often follows a death. It can also follow a divorce, a move, a lost job, a health problem or the end of a friendship. Grief is not a problem to fix. It is a natural response to loss.

## There is no right way to grieve

People grieve in very different ways. Some cry a lot. Some feel numb. Some want to talk about the person who died, and some need quiet. Many people move between feelings, sometimes in the same hour.

You may have heard of "stages" of grief. Many people find the idea comforting, but grief rarely moves in neat steps. It is more like waves. Some days are calm, and then a song, a smell or a date brings a wave of sadness.

## What grief can feel like

Grief affects the whole person. You might notice:

- Sadness, anger, guilt or relief, sometimes all at once
- Trouble sleeping or eating
- Feeling tired, foggy or forgetful
- Aches, pains or a heavy feeling in your chest
- Wanting to be alone, or not wanting to be alone at all

All of this is common. It does not mean you are grieving "wrong."

## What can help

- **Be patient with yourself.** Grief takes energy. Expect to do less for a while.
- **Keep a simple routine.** Regular meals, sleep and a short walk can help your body cope.
- **Let people help.** Friends often want to help but do not know how. Tell them one specific thing, like bringing a meal.
- **Find ways to remember.** Looking at photos, writing a letter or keeping a tradition can keep a connection alive.
- **Go easy on big decisions.** If you can, wait a while before major changes.

## Grief at special times

Birthdays, holidays and anniversaries can bring grief back with new strength, even years later. It can help to plan ahead. You might spend the day with people who also miss the person, or do something they loved. You might also give yourself permission to skip an event that feels like too much. There is no right way to mark these days.

## When to reach out for support

Talking to a counselor can help at any point. It may be especially helpful if:

- Months have passed and grief still makes daily life very hard
- You feel stuck in guilt, anger or numbness
- You are using alcohol or other substances to cope
- You feel hopeless or think about not wanting to live

:::crisis
If you are thinking about suicide or feel you cannot keep yourself safe, call or text **988** to reach the Suicide & Crisis Lifeline, any time of day. In an emergency, call **911**.
:::

Grief does not really end. Over time, though, most people find that it changes. The loss becomes something they carry, rather than something that carries them.
`,
};
