// Follow-ups still misread in the readable conversation sets (issue 19, eighteenth session), one kind each:
// - "him" or "she" in a follow-up that names a body but no person ("how did the govt use him", "why did the nkvd
//   arrest him"): the pronoun can only be a man who came before, so the question leans on the last answer for sure,
//   and is never answered alone as if it asked about the government or the NKVD.
import { beforeAll, describe, expect, it } from 'vitest';
import { courseSubjectReader, leansOnPrevious, type SubjectReader } from '../../src/matching/follow-up.js';
import { newStudent, useAskConversations } from '../helpers/conversation.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let reader: SubjectReader;
/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('s18', 'Student'), 120_000);

beforeAll(async () => {
  reader = courseSubjectReader(await loadRealKnowledge());
}, 120_000);

describe('"him" in a question naming a body but no man leans on the man who came before', () => {
  it('reads "how did the govt use him" and "why did the nkvd arrest him" as surely leaning', () => {
    expect(leansOnPrevious('how did the govt use him', reader)).toBe('yes');
    expect(leansOnPrevious('why did the nkvd arrest him', reader)).toBe('yes');
  });

  it('still lets a question naming its own man, or a thing with "it", only maybe lean', () => {
    expect(leansOnPrevious('how did the govt use it', reader)).toBe('maybe');
    expect(leansOnPrevious('what did khrushchev reveal in his speech', reader)).toBe('no');
  });

  it('answers "how did the govt use him" after Stakhanov\'s record about Stakhanov, not about how the government was organised', async () => {
    const ask = conversation();
    await ask('who was stakhanov');
    await ask('was his record real');
    const reply = await ask('how did the govt use him');
    expect(reply?.title).toMatch(/Stakhanov/);
    expect(reply?.title).not.toBe('How were the Communist Party and the Soviet government organised?');
    expect(reply?.body ?? '').toMatch(/I read this together with your last question/);
  });
});
