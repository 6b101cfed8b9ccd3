/** Relationships: habits for calmer conversations about conflict. */
export default {
  slug: 'arguing-better',
  title: 'Arguing better: five habits for calmer conversations',
  excerpt:
    'Every couple disagrees. What matters is how. Five habits that help hard conversations stay kind, and what to do when they do not.',
  publishedAt: '2026-10-14T09:00:00.000Z',
  author: 'daniel-okafor',
  reviewedBy: 'maya-lindqvist',
  reviewedAt: '2026-10-10',
  topics: ['relationships'],
  body: `
Disagreements are a normal part of any close relationship. Two people will always want different things some of the time. Conflict is not a sign that a relationship is failing. What matters most is how you handle it. These five habits can help.

## 1. Start gently

The first few sentences of a hard talk often set the tone for the rest. Try to start with how you feel and what you need, rather than blame. "I feel stressed when the dishes pile up. Can we make a plan?" lands very differently from "You never help."

## 2. Take a break when it gets too heated

When your heart is racing and you feel flooded, it is very hard to listen. It is okay to pause. Agree on a signal, take 20 to 30 minutes to calm down, and then come back to the conversation. The key is to return, so the break does not feel like walking away.

## 3. Listen to understand

Try to repeat back what you heard before you reply: "So you feel like you are doing most of the planning, and that is exhausting." You do not have to agree. But feeling understood often softens the other person, and it can turn a fight into a conversation.

## 4. Look for the need underneath

Many arguments are not really about dishes, money or phones. Underneath, there may be a need to feel respected, cared for, or like a team. Ask, "What matters most to you about this?" The answer may surprise you.

## 5. Repair

Every couple says things they regret. Strong couples make repair attempts: a joke, a touch, an apology, or "Can we start over?" Try to notice and accept your partner's attempts too, even if they are a bit clumsy.

:::tip
After a disagreement has cooled down, talk about what helped and what did not. Small changes in how you argue can make a big difference over time.
:::

## What to do after a bad argument

Even with good habits, some arguments go badly. When things have calmed down, come back to it. Each of you can share what you felt and what you needed, without blaming. Take responsibility for your part, even if it was small: "I raised my voice, and I'm sorry." Then talk about what you could each try next time. Repair after a fight can bring a couple closer than if the fight had never happened.

## When to get support

If the same argument keeps going in circles, or if conflict leaves one or both of you feeling hurt or distant, couples counseling can help. A counselor can slow things down and help you both feel heard.

:::warning
If you feel afraid of your partner, or if arguments include threats or violence, your safety comes first. Couples counseling is usually not the right first step. Talk to a counselor on your own, or call 911 in an emergency.
:::
`,
};
