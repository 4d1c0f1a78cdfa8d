// Follow-ups still misread after the sixteenth session (issue 19, seventeenth session), one kind each:
// - "him" after an answer that opens on a man, when an earlier answer's man was remembered ("who killed kirov", "what was
//   the yezhovshchina", "what happened to him": Yezhov, not Kirov);
// - "why did they matter?": what difference the thing made (the MTS a tool of control), not the sentence giving a cause;
// - someone's view of the last subject ("what did trotsky think about it" after why the NEP divided the party: the Left's
//   view, led by Trotsky), not another man's view (Bukharin's);
// - "who came up with it?" when the last answer says who (Stalin, whom no entry of his own answers for this);
// - "what book was that in?" after a historian's card: the titles that card gives, not what books to read.
import { beforeAll, describe, expect, it } from 'vitest';
import { courseSubjectReader, fittingPart, previousAsRead, saysWhoDidIt, type SubjectReader } from '../../src/matching/follow-up.js';
import { newStudent, useAskConversations } from '../helpers/conversation.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let reader: SubjectReader;
/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('s17', 'Student'), 120_000);

beforeAll(async () => {
  reader = courseSubjectReader(await loadRealKnowledge());
}, 120_000);

const MTS =
  'A Machine Tractor Station was a state depot that hired out tractors to the collective farms. The farms paid with a share of their produce. Each MTS also had a political department that watched the villages, so it was a tool of control as well as of modernisation. The stations were often short of machines, a sign of how hastily collectivisation had been launched.';
const HISTORIAN =
  'She taught at Chicago and Sydney. She studied society from below. Her Education and Social Mobility (1979) showed how the regime made a new elite. Her Stalin\'s Peasants (1994) and Everyday Stalinism (1999) used the archives.';

describe('"him" is the man the last answer opens on, not one remembered from before it', () => {
  it('reads "what happened to him" after the Yezhovshchina as Yezhov, though Kirov was remembered', () => {
    const answer = 'Yezhovshchina means "the Yezhov business". It is the name for the Terror when Nikolai Yezhov headed the NKVD.';
    expect(previousAsRead('what happened to him', { question: 'What was the Yezhovshchina?', man: 'kirov' }, answer, reader)).toMatch(/^yezhov /);
  });

  it('keeps the man remembered when the answer opens naming him too (Bukharin, then the smychka)', () => {
    const answer = 'Russian for link: the alliance of workers and peasants that Lenin and Bukharin believed in.';
    expect(previousAsRead('what happened to him', { question: 'What was meant by "smychka"?', man: 'bukharin' }, answer, reader)).toMatch(/^bukharin /);
  });

  it('answers "what happened to him" after "who killed kirov" and the Yezhovshchina with an entry about Yezhov', async () => {
    const ask = conversation();
    await ask('who killed kirov');
    await ask('what was the yezhovshchina');
    const reply = await ask('what happened to him');
    expect(reply?.title).toMatch(/Yezhov/);
    expect(reply?.title).not.toBe("What happened to Stalin's defeated rivals after the power struggle?");
  });
});

describe('"why did they matter?" asks what difference it made', () => {
  it('quotes the sentence on what the thing was a tool of, not the one giving a cause', () => {
    expect(fittingPart('why did they matter', MTS, reader.lexicon, reader.people)).toBe(
      'Each MTS also had a political department that watched the villages, so it was a tool of control as well as of modernisation.',
    );
  });

  it('answers "why did they matter" after the MTS with their role in controlling the farms', async () => {
    const ask = conversation();
    await ask('what were the MTS');
    const reply = await ask('why did they matter');
    expect(reply?.body).toMatch(/tool of control/);
    expect(reply?.body).not.toMatch(/This part of it answers you: The stations were often short/);
  });
});

describe("someone's view of the last subject", () => {
  it('answers "what did trotsky think about it" after why the NEP divided the party with the Left\'s view, not Bukharin\'s', async () => {
    const ask = conversation();
    await ask('Why did the NEP divide the Communist Party?');
    const reply = await ask('what did trotsky think about it');
    expect(reply?.title).toBe('What did the Left want to change about the NEP?');
    expect(reply?.body).toMatch(/Trotsky/);
  });
});

describe('"who did it?" when the last answer says who', () => {
  it('finds the sentence naming the one who did it and the subject, not one naming someone on the way', () => {
    const answer =
      'Socialism in One Country was the idea, put forward by Stalin from late 1924, that the USSR could build socialism alone. It meant building up the economy rather than spreading revolution abroad. It became the party line in 1925. It flattered national pride and seemed safer than permanent revolution.';
    expect(saysWhoDidIt('who came up with it', 'What was Socialism in One Country?', answer, reader)).toBe(true);
    const order = 'Order 00447 set quotas of arrests by region. Cases were decided by troikas. They were halted in November 1938, before Beria took over the NKVD.';
    expect(saysWhoDidIt('who did the sentencing', 'What was Order No. 00447?', order, reader)).toBe(false);
    expect(saysWhoDidIt('who was the prosecutor', 'What was Socialism in One Country?', answer, reader)).toBe(false);
  });

  it('answers "who came up with it" after Socialism in One Country with the sentence naming Stalin', async () => {
    const ask = conversation();
    await ask('what was socialism in one country');
    const reply = await ask('who came up with it');
    expect(reply?.body).toMatch(/This part of it answers you: [^\n]*put forward by Stalin from late 1924/);
  });

  it('still answers "who did the sentencing" after Order 00447 with the troikas', async () => {
    const ask = conversation();
    await ask('what was order 00447');
    const reply = await ask('who did the sentencing');
    expect(reply?.title).toBe('What was an NKVD troika?');
  });
});

describe('"what book was that in?" after a card that names books', () => {
  it('quotes the sentence giving most titles with their years', () => {
    expect(fittingPart('and what book was that in', HISTORIAN, reader.lexicon, reader.people)).toBe("Her Stalin's Peasants (1994) and Everyday Stalinism (1999) used the archives.");
  });

  it("answers it after Fitzpatrick's card with her books, not what books to read", async () => {
    const ask = conversation();
    await ask('who is fitzpatrick');
    const reply = await ask('and what book was that in');
    expect(reply?.title).toBe('Who was Sheila Fitzpatrick?');
    expect(reply?.body).toMatch(/This part of it answers you: [^\n]*Everyday Stalinism \(1999\)/);
  });
});
