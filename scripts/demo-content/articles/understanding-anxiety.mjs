/** Anxiety: what it is, how it shows up, and when to get help. */
export default {
  slug: 'understanding-anxiety',
  title: 'Anxiety: when worry takes up too much room',
  excerpt:
    'Everyone worries sometimes. Here is how to tell when anxiety has started to run your life, and what can help you feel steadier.',
  publishedAt: '2025-11-12T09:00:00.000Z',
  updatedAt: '2026-08-03T12:00:00.000Z',
  author: 'maya-lindqvist',
  reviewedBy: 'ruth-abernathy',
  reviewedAt: '2026-08-01',
  topics: ['anxiety'],
  featured: true,
  image: {
    art: 'waves',
    palette: 'sea',
    alt: 'Layers of blue waves, choppy on the left and calm on the right.',
  },
  body: `
Anxiety is a normal part of being human. It is your body's alarm system. It gets you ready to deal with danger, like a car swerving toward you or a big test tomorrow. A little anxiety can even help you focus.

But sometimes the alarm goes off too often, too loudly, or when there is no real danger. Then it can start to take up too much room in your life.

## How anxiety can show up

Anxiety affects your body, your thoughts and what you do. You might notice:

- A racing heart, tight chest or shallow breathing
- Stomach aches, headaches or tense muscles
- Trouble falling asleep because your mind will not switch off
- Worrying about many things, or "what if" thoughts that keep looping
- Feeling on edge, irritable or tired
- Avoiding places, people or tasks that make you nervous

Avoiding things can bring quick relief. Over time, though, it can make your world smaller and the fear stronger.

## When to think about getting help

It may be time to reach out if anxiety:

- Lasts for weeks, most days
- Gets in the way of work, school, sleep or relationships
- Leads you to skip things you used to enjoy
- Comes with panic attacks that scare you

You do not have to wait until things are very bad. Getting support early often makes it easier.

## Why avoiding things backfires

Imagine you feel panicky on a crowded bus, so you start walking instead. The relief is real. But your brain learns a lesson: "The bus was dangerous, and I escaped." Next time, the fear may spread to trains or busy shops. Bit by bit, the list of places that feel safe gets shorter.

Facing fears slowly, in small and planned steps, teaches your brain a new lesson: "I felt anxious, and I was okay." A counselor can help you plan those steps so they feel manageable, not overwhelming.

## What can help

Therapy is one of the best-studied ways to treat anxiety. A counselor can help you understand what triggers your worry. You can practice skills to calm your body, and you can slowly face the things you have been avoiding. Many people notice changes within a few months.

Some things can also help day to day:

- **Slow breathing.** Breathe out a little longer than you breathe in.
- **Moving your body.** A short walk can burn off some of the extra energy anxiety creates.
- **Limiting caffeine.** It can make a racing heart and jittery feelings worse.
- **Naming the worry.** Saying "this is anxiety talking" can create a little distance.

Our article on [grounding skills](/articles/grounding-skills-for-anxious-moments/) has more ideas for hard moments.

:::info
Some physical health problems can feel like anxiety. If your symptoms are new or strong, it is a good idea to see a doctor too.
:::

## You are not alone

Anxiety is one of the most common reasons people start therapy. Feeling anxious does not mean you are weak or broken. It means your alarm system is working overtime, and it can learn to settle.
`,
};
