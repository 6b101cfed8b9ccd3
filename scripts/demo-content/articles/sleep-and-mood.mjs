/** Depression and anxiety: how sleep and mood affect each other. */
export default {
  slug: 'sleep-and-mood',
  title: 'Sleep and mood: a two-way street',
  excerpt:
    'Poor sleep can make anxiety and low mood worse, and worry can keep you awake. Practical habits that help, and when to ask for support.',
  publishedAt: '2026-07-08T09:00:00.000Z',
  author: 'theo-marsh',
  reviewedBy: 'maya-lindqvist',
  reviewedAt: '2026-07-01',
  topics: ['depression', 'anxiety'],
  image: {
    art: 'night',
    palette: 'dusk',
    alt: 'A crescent moon and a few small stars above dark rolling hills.',
  },
  body: `
Most of us know how a bad night can shape the next day. Small problems feel bigger. Patience runs short. Over weeks, poor sleep can make anxiety and depression worse. At the same time, worry and low mood can make it harder to sleep. Sleep and mood are a two-way street.

## How sleep affects mood

Sleep gives your brain time to recover and sort through the day. When you do not get enough, it is harder to manage strong feelings. You may feel more irritable or tearful, or more easily worried. Your body may also feel more tense and tired.

## How mood affects sleep

Anxiety can keep your mind busy at bedtime, going over the day or planning for tomorrow. Depression can lead to waking very early, or to sleeping much more than usual without feeling rested. Stress hormones can keep your body alert when you want to rest.

## Habits that help

No single habit fixes sleep, but together they can help:

- **Keep regular times.** Go to bed and get up at about the same time each day, even on weekends.
- **Wind down.** Give yourself 30 to 60 minutes before bed for something calm, like reading or a warm shower.
- **Dim the screens.** Bright phones and laptops late at night can keep your brain alert.
- **Watch caffeine and alcohol.** Caffeine can stay in your body for hours. Alcohol may help you fall asleep, but it often wakes you later in the night.
- **Get daylight.** Morning light helps set your body clock.
- **Use bed for sleep.** If you have been awake for a long time, get up and do something quiet in dim light until you feel sleepy.

:::tip
If worries keep you awake, try a "worry list" in the early evening. Write down what is on your mind and one small next step for each item. Then tell yourself you will come back to it tomorrow.
:::

## A note on naps and weekends

A short nap early in the afternoon, of about 20 minutes, can help you get through a tiring day. Long or late naps, though, can make it harder to fall asleep at night. The same goes for sleeping in late on weekends. It can feel like catching up, but a big shift in your wake-up time can leave you feeling jet-lagged on Monday. Try to keep your weekend wake-up time within about an hour of your usual one.

## When to get help

Talk to a doctor or counselor if poor sleep lasts more than a few weeks or makes daily life hard. Also reach out if you snore loudly or stop breathing in your sleep, or if you feel very low or anxious. There are talking therapies that work well for long-term sleep problems, and a counselor can help with the worry or low mood behind them.
`,
};
