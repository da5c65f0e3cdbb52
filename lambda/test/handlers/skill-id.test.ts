import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { envelope, SKILL_ID } from '../../../tools/envelopes';

process.env.HIP_COACH_QUIET = '1';

const launch = (applicationId: string) =>
  envelope({ type: 'LaunchRequest' }, { userId: 'amzn1.ask.account.skill-id', sessionId: 's', isNew: true, attributes: {}, at: Date.now(), applicationId });

describe('skill id verification', () => {
  it('rejects a request for another skill when SKILL_ID is set', async () => {
    const skill = buildSkill({ store: new MemoryProgressStore(), skillId: SKILL_ID });
    await expect(skill.invoke(launch('amzn1.ask.skill.someone-else'))).rejects.toThrow(/ID verification failed/);
  });

  it('answers its own skill id', async () => {
    const skill = buildSkill({ store: new MemoryProgressStore(), skillId: SKILL_ID });
    const response = await skill.invoke(launch(SKILL_ID));
    expect(response.response.outputSpeech).toBeDefined();
  });
});
