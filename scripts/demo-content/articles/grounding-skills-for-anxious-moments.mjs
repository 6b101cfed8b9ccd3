/** Anxiety: five grounding skills. */
export default {
  slug: 'grounding-skills-for-anxious-moments',
  title: 'Five grounding skills for anxious moments',
  excerpt:
    'Simple skills that can help you feel more steady when anxiety or panic rises: use your senses, your breath and your body to come back to the present.',
  publishedAt: '2026-05-20T09:00:00.000Z',
  author: 'theo-marsh',
  reviewedBy: 'maya-lindqvist',
  reviewedAt: '2026-05-15',
  topics: ['anxiety'],
  image: {
    art: 'stones',
    palette: 'sage',
    alt: 'A stack of smooth, rounded stones balanced on top of each other.',
  },
  body: `
When anxiety rises, your mind often races ahead to what might go wrong. Grounding skills help you come back to the present moment, where you are right now. They will not make every feeling go away. But they can take the edge off and help you think more clearly.

Try each one when you are calm first. Skills are easier to use in a hard moment if you have practiced them.

## 1. Five, four, three, two, one

Look around and name:

- Five things you can see
- Four things you can touch
- Three things you can hear
- Two things you can smell
- One thing you can taste

Go slowly. Notice small details, like the color of a cup or the feel of your sleeve.

## 2. Longer breaths out

Breathe in through your nose for a count of four. Then breathe out slowly through your mouth for a count of six. A longer breath out tells your body it is safe to slow down. Repeat for a minute or two.

## 3. Feet on the floor

Press your feet into the floor. Notice the weight of your body in the chair. Say to yourself, "I am here. I am sitting in this room. It is today." This simple reminder can help when your thoughts feel far away.

## 4. Cold water

Splash cold water on your face, or hold something cold, like an ice cube. Strong sensations can interrupt a wave of panic. Be gentle, and stop if it feels unpleasant.

## 5. A calm place in your mind

Picture a place where you feel safe and relaxed. It can be real or made up. What do you see, hear and feel there? Spend a minute in that place whenever you need a break.

:::tip
Write your favorite skill on a card or in your phone. When you are anxious, it is hard to remember what to do.
:::

## Making the skills your own

Not every skill suits every person. Some people find counting sounds calming. Others find it annoying and prefer to move their body. Try each skill a few times, and notice which ones help you most. It can also help to link a skill to a daily habit, like taking three slow breaths each time you make a cup of tea. Small, regular practice makes the skill easier to reach for when you really need it.

If a skill makes you feel worse, such as focusing on your breath when breathing feels scary, stop and try a different one. There is no wrong choice.

## When grounding is not enough

If anxious moments happen often, or panic attacks keep coming back, talking to a counselor can help. Together you can work out what sets them off. You can practice skills that fit your life and slowly take back the things anxiety has made harder.
`,
};
