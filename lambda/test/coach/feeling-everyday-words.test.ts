import { classifyFeeling, type Feeling } from '../../src/coach/feeling';

/**
 * Issue 11: each warning sign in the everyday words people use for it, beyond the words the
 * tables before this one held: "gone to sleep", "isn't mine", "won't do what I tell it", "a wee",
 * "a prang", "not well", "worst of my life", "can't get to sleep". Written from what each sign
 * means, not from the classifier's patterns; each phrasing holds one sign. And the stretch as it
 * should feel is fine even said with a "not" ("not bad") or in words the coach had not listed.
 */
const warning = (sign: string): Feeling => ({ kind: 'warning', sign } as Feeling);

const table: ReadonlyArray<readonly [Feeling, readonly string[]]> = [
  [warning('numbness'), ['my foot has gone to sleep', 'I do not feel my toes', 'I feel nothing in my heel', 'my foot feels like it is not mine', 'my toes feel like cotton wool', 'my foot feels kind of dead']],
  [warning('tingling'), ['needles in my foot', 'my calf feels like static', 'zinging in my toes', 'like insects on my shin']],
  [warning('weakness'), ["my leg won't do what I tell it", 'I cannot push up onto my toes', "I can't walk properly", 'my knee is wobbly', 'I have lost power in my leg', "I can't get up off the floor"]],
  [warning('bothLegs'), ['both my feet have gone numb', 'my left and right leg feel weak', 'both my calves are tingling', 'i can barely move either of my legs', 'my feet are both dragging', 'legs have gone dead']],
  // A plural alone, numb, tingling or weak, is both legs': the urgent kind (over-triage is the safe side).
  [warning('bothLegs'), ['my feet have gone numb', 'my thighs have gone numb', 'my calves are tingling', 'tingling in my legs', 'my legs have been tingling since yesterday']],
  [warning('numbness'), ["my leg's falling asleep", "i can't really feel my toes anymore", 'i can hardly feel my heel']],
  [warning('weakness'), ["my foot's been dragging when i walk", 'i keep tripping over my right foot']],
  [warning('bladderBowel'), ["i've lost control down there", "i had to run to the bathroom i couldn't hold it", "i can't tell if i need to go to the bathroom anymore"]],
  [warning('fall'), ['i just toppled over', 'my dad keeled over in the garden and so did i']],
  [warning('night'), ["i haven't slept properly for the pain", 'i have not been sleeping with my back']],
  [{ kind: 'none' }, ["i can't hold it any longer", 'i need the bathroom']],
  [warning('weakness'), ['i can barely lift my leg']],
  [warning('bladderBowel'), ["I can't tell when I need a wee", "i had an accident i didn't even know i had to go"]],
  [warning('fall'), ['I had a prang in the car', 'I got whiplash', 'I lost my footing on the stairs', 'I came off a ladder']],
  [warning('fever'), ["I'm not feeling well", 'I feel rotten', 'I think I am coming down with something', 'I feel clammy']],
  [warning('severe'), ['the worst pain of my life', 'it is nine out of ten', 'it is off the scale', "I can't cope with it", 'I am in tears']],
  [warning('night'), ["I can't get to sleep with it", 'it stops me sleeping', 'it hurts when I lie down in bed']],
  [{ kind: 'pain' }, ["that's killing my knee"]],
  // Issue 11, en7s: word families a blind corpus found missing (a joint "going on me", no way to lie in bed, going down hard,
  // the most pain ever, too much to take, pain that grows by the day, discomfort said mildly, pain in the calf that comes from the back).
  [warning('weakness'), ['my ankle keeps going on me', 'my knee has gone on me again']],
  [warning('night'), ['i can never get comfortable in bed with it', "i'm up most of the night with it"]],
  [warning('fall'), ['i went down heavily in the garden', 'i wiped out on my bike', 'i came down hard on the patio', 'i missed my footing on the ladder', 'i had a tumble down the steps', 'i got tackled playing football']],
  [warning('weakness'), ["my left leg's just gone", 'my knee keeps going']],
  [warning('severe'), ['the most pain i have had in years', "it's too much to handle", 'the ache is increasing', 'it hurts more day by day', 'it is absolutely killing me']],
  [warning('radiating'), ['a pain in my heel that comes from my back', 'my calf aches and it starts in my lower back']],
  [{ kind: 'pain' }, ["this doesn't feel good", "oof that's a bit much", "it's grabbing at the front", 'my knee is playing up', 'my hip is giving me grief', 'my hip feels dodgy', "that's not comfy"]],
  [{ kind: 'fine' }, ["that's a lot better", 'i feel a lot better now']],
  // Issue 11, en8s: a limb that cannot be held up or pushed with, a foot that flops, a leg "not working properly" (weakness);
  // pain scored a nine or ten, and pain that is what stops someone moving or walking (severe, not a nerve's weakness).
  [warning('weakness'), ["i can't hold my leg up", "i can't push with my foot", 'my foot keeps flopping down', "my left leg isn't working properly"]],
  [warning('severe'), ["the pain's a ten", 'my pain is at a nine', "i can't even walk because of the pain", "i can't move for the pain", "i'm in so much pain i can't move"]],
  // Issue 11, en9s (2026-12-07): groin as the recogniser writes it, a fizz like soda pop, pushing with one named leg, "the other leg
  // too" (both), bowels written "bowls", not able to go at all, felt down in the ankle or foot, sciatica misheard, pain that stops
  // the breath (severe), a jab and a "bad stretch" (pain).
  [warning('saddle'), ['my grown area is numb', 'tingling in the groan area']],
  [warning('tingling'), ["my leg's got that soda pop feeling"]],
  [warning('weakness'), ["i can't push with my right leg", 'push off my foot']],
  [warning('bothLegs'), ["now the other leg's gone weak too", 'and the other leg is numb']],
  [warning('bladderBowel'), ["i can't control my bowls", "i haven't been able to go to the bathroom at all today"]],
  [warning('radiating'), ['i can feel it down in my ankle now', 'sigh attica down my leg']],
  [warning('severe'), ["i'm in so much pain i can't breathe"]],
  [{ kind: 'pain' }, ["that's jabbing me in the groin", "that's not a good stretch that's a bad one"]],
  // Regional fresh7 (2026-12-07): Scots "bot" and "jaggy", a current in the leg, a "wee" tingle (not a wee), a leg not taking the
  // weight, a motion coming without control (Indian English).
  [warning('saddle'), ["my bot's all numb"]],
  [warning('tingling'), ["my leg's all jaggy", "feels like there's current in my leg", "there's a wee tingle in my shin"]],
  [warning('weakness'), ['my leg is not taking my weight']],
  [warning('bladderBowel'), ['motion is coming without control', 'i keep needing a wee', "i need a wee but can't go"]],
  // Needing the toilet, said plainly, is a pause: never the emergency line for bladder control.
  [{ kind: 'none' }, ['i need a wee', 'hang on i need the loo', 'sorry i need to go to the toilet']],
  [{ kind: 'fine' }, ['not bad', 'that is perfect', 'really nice', 'feels very good', 'this is relieving my back', 'my hips are opening up', "I'm feeling it now"]],
];

describe.each(table)('%j', (expected, phrasings) => {
  it.each(phrasings)('"%s"', (said) => {
    expect(classifyFeeling(said)).toEqual(expected);
  });
});

describe('everyday words that are not warning signs', () => {
  it.each(['a wee bit tight', 'a wee break from work stretches', 'give me a wee minute', 'can I have a wee rest', 'I smashed it today', 'this is dead easy', 'I feel fluid and loose', "i'm wiped out", 'can we increase the hold', 'i stretch every day', 'someone is at the door, a knock on the door', 'this stretch is useless', "it's gone now", "this stretch isn't working for me", 'hold it for ten seconds', 'can we do ten more', 'i can feel it down in my calf', 'i played bowls yesterday', 'my other leg is fine too'])('"%s" is not a warning sign', (said) => {
    expect(classifyFeeling(said).kind).not.toBe('warning');
  });
});
