/** Depression: telling sadness and depression apart, and where to find help. */
export default {
  slug: 'when-sadness-becomes-depression',
  title: 'When sadness becomes depression',
  excerpt:
    'Sadness comes and goes. Depression tends to stay, and it can change how you think, sleep and feel about yourself. How to notice the signs and find help.',
  publishedAt: '2025-08-18T09:00:00.000Z',
  updatedAt: '2026-04-02T09:00:00.000Z',
  author: 'sam-ortega',
  reviewedBy: 'ruth-abernathy',
  reviewedAt: '2026-03-30',
  topics: ['depression'],
  contentNote: 'This article mentions suicidal thoughts. Help is listed at the top of every page.',
  image: {
    art: 'window',
    palette: 'sand',
    alt: 'A tall window with four panes, and a soft patch of light falling on the floor below it.',
  },
  body: `
Everyone feels sad sometimes. Sadness is a normal response to disappointment, loss or a hard week. It usually eases with time, rest and support. Depression is different. It tends to last, and it can affect almost every part of your life.

## Signs of depression

Depression looks different for different people. Common signs include:

- Feeling sad, empty or hopeless most of the day, nearly every day
- Losing interest in things you used to enjoy
- Sleeping much more or much less than usual
- Changes in appetite or weight
- Feeling tired or slowed down, even after rest
- Trouble focusing or making decisions
- Feeling worthless or very guilty
- Thinking about death or suicide

If several of these have lasted two weeks or more, it is worth talking to a counselor or a doctor.

Depression can also show up as irritability, anger or physical aches, especially in men and in teens. Some people keep working and smiling on the outside while feeling very low inside.

## Depression is not a weakness

Depression is a real health condition. It is not laziness, and you cannot simply "snap out of it." Many things can play a part: stress, loss, health problems, family history and changes in the brain and body. It is very common, and it is treatable.

## What helps

Talking therapy helps many people with depression. A counselor can help you notice patterns in your thoughts and habits. Together you can take small steps to feel more like yourself. For some people, medicine from a doctor also helps, often alongside therapy.

Some small steps can make a difference too:

- **Do one small thing each day** that used to bring you joy or a sense of achievement, even for five minutes.
- **Spend time with someone**, even if you do not feel like talking much.
- **Get outside** in daylight when you can.
- **Keep regular sleep times**, as best you can.

These are not a cure, and depression can make them hard. Be gentle with yourself about what you can manage.

## How to help someone who may be depressed

If you are worried about someone else, you do not need to have the answers. Tell them what you have noticed, kindly and without blame: "You haven't seemed like yourself lately. I'm worried about you." Listen more than you talk. Offer to help with practical steps, like finding a counselor or going with them to an appointment. Keep checking in, even if they say no at first.

## If you are thinking about suicide

:::crisis
If you are thinking about ending your life, please reach out now. Call or text **988** to reach the Suicide & Crisis Lifeline. It is free, private and open all day and night. If you are in immediate danger, call **911**.
:::

Thoughts of suicide can feel very convincing when you are depressed. They are a sign of how much pain you are in, not a sign that things cannot change. Many people who once felt this way have found relief with support.

## Reaching out

Starting can be the hardest step, especially when depression drains your energy. You could ask someone you trust to help you make the first call. A free consultation can be a low-pressure way to begin.
`,
};
