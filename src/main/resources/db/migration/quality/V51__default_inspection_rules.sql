-- The rules a utility hotline starts with; every one can be edited, disabled or deleted. Scorecard item codes are
-- suggestions: set them to the codes of the center's own scorecard.
insert into inspection_rule (code, name_zh, name_en, kind, phrases, speaker, phase, window_seconds, threshold,
                             item_code, violation, updated_at, updated_by) values
    ('forbidden-words', '服务禁语', 'Forbidden words', 'FORBIDDEN_WORDS',
     E'笨蛋\n有病\n滚\n闭嘴\n你听不懂吗|听不懂吗\n不归我们管|不归我管\n我不知道\n没办法\n找别人去|你找别人', 'AGENT', 'ANYWHERE', 0, 0,
     'manner-forbidden-words', true, now(), 'system'),
    ('greeting', '标准开场白', 'Greeting', 'REQUIRED_PHRASE',
     E'很高兴为您服务|您好请讲|有什么可以帮您', 'AGENT', 'GREETING', 15, 0,
     'script-greeting', true, now(), 'system'),
    ('identity-check', '身份核实', 'Identity check', 'REQUIRED_PHRASE',
     E'户号|户名|身份证号|核实一下您的身份|核对一下您的信息', 'AGENT', 'ANYWHERE', 0, 0,
     'script-identity-check', true, now(), 'system'),
    ('closing', '标准结束语', 'Closing script', 'REQUIRED_PHRASE',
     E'还有其他可以帮您|还有什么可以帮您|感谢您的来电|感谢来电|再见', 'AGENT', 'CLOSING', 20, 0,
     'script-closing', true, now(), 'system'),
    ('silence', '长时间静音', 'Long silence', 'SILENCE', '', 'AGENT', 'ANYWHERE', 0, 10,
     'manner-silence', false, now(), 'system'),
    ('talk-over', '抢话', 'Talk-over', 'TALK_OVER', '', 'AGENT', 'ANYWHERE', 0, 2,
     'manner-talk-over', false, now(), 'system'),
    ('long-hold', '长时间保持', 'Long hold', 'LONG_HOLD', '', 'AGENT', 'ANYWHERE', 0, 60,
     'manner-hold', false, now(), 'system'),
    ('speech-rate', '语速过快', 'Speaking too fast', 'SPEECH_RATE', '', 'AGENT', 'ANYWHERE', 0, 300,
     'manner-speech-rate', false, now(), 'system');
