package hotline.telephony.simulator;

import hotline.telephony.Transcript.Segment;
import hotline.telephony.Transcript.Speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the simulator's callers and agents say, so a simulated recording comes with a transcript (as an engine with
 * speech recognition would deliver) and automatic inspection has something to read in the demo. Drawn from the
 * recording's key, so a key always gets the same conversation; most calls follow the script, some miss the greeting
 * or the closing, fall silent, talk over each other or let slip a forbidden word.
 */
final class SimulatedConversation {

    private static final String[] GREETINGS = {"您好，很高兴为您服务，请问有什么可以帮您", "您好，95598，很高兴为您服务"};
    private static final String[] PROBLEMS = {"我家突然停电了，邻居家也没电", "这个月电费比上个月高了很多，是不是电表有问题",
            "我想办理一下过户手续", "小区门口的路灯坏了好几天了", "我交了电费但是还没来电", "想问一下阶梯电价是怎么算的"};
    private static final String[] IDENTITY = {"请提供一下您的户号", "麻烦您报一下户名和户号，我核实一下您的身份"};
    private static final String[] ACCOUNTS = {"户号是三一零零一二三四五", "户名张伟，户号3100098765"};
    private static final String[] ANSWERS = {"好的，我帮您查询一下", "您所在的区域正在进行线路检修，预计两小时内恢复供电",
            "我已经为您登记了工单，工作人员会尽快联系您", "阶梯电价按年度累计用电量分三档计算", "请您稍等，我看一下系统记录",
            "电费异常的话我们可以安排人员上门校验电表"};
    private static final String[] REPLIES = {"好的", "那大概什么时候能好", "明白了，谢谢", "还要等多久啊", "能不能快一点"};
    private static final String[] RUDE = {"你是不是有病，说了多少遍了", "这个不归我们管，你找别人去"};
    private static final String[] CLOSINGS = {"请问还有其他可以帮您的吗，感谢您的来电，再见", "感谢您的来电，再见"};

    private SimulatedConversation() {
    }

    /** The segments of a conversation that fits in {@code seconds}, timed from the recording's start. */
    static List<Segment> of(String key, double seconds) {
        var random = new SplittableRandom(key.hashCode() * 0x9E3779B97F4A7C15L);
        long end = (long) (seconds * 1000);
        var segments = new ArrayList<Segment>();
        long[] at = {500};
        Line say = (speaker, text) -> {
            long length = text.length() * (180L + random.nextInt(100));
            if (at[0] + length > end) {
                return false;
            }
            segments.add(new Segment(at[0], at[0] + length, speaker, text));
            double roll = random.nextDouble();
            long gap = roll < 0.02 ? 12_000 : roll < 0.06 ? -1_500 : 300 + random.nextInt(900);
            at[0] = Math.max(at[0] + 200, at[0] + length + gap);
            return true;
        };
        if (random.nextDouble() < 0.9) {
            say.add(Speaker.AGENT, pick(random, GREETINGS));
        } else {
            say.add(Speaker.AGENT, "喂，什么事");
        }
        say.add(Speaker.CALLER, pick(random, PROBLEMS));
        if (random.nextDouble() < 0.85) {
            say.add(Speaker.AGENT, pick(random, IDENTITY));
            say.add(Speaker.CALLER, pick(random, ACCOUNTS));
        }
        var closing = pick(random, CLOSINGS);
        long closingLength = closing.length() * 280L + 1_000;
        boolean talking = true;
        while (talking && at[0] + closingLength + 9_000 < end) {
            talking = say.add(Speaker.AGENT, random.nextDouble() < 0.03 ? pick(random, RUDE) : pick(random, ANSWERS))
                    && say.add(Speaker.CALLER, pick(random, REPLIES));
        }
        if (random.nextDouble() < 0.85) {
            say.add(Speaker.AGENT, closing);
        }
        return segments;
    }

    private interface Line {
        boolean add(Speaker speaker, String text);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
