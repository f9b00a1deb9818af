package hotline.telephony.simulator;

import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** Where simulated callers call from: random mainland mobile numbers, or a share of known customers' numbers. */
public final class CallerNumbers {

    private CallerNumbers() {
    }

    /** {@code 1[3-9]x xxxx xxxx}, drawn from {@code random}. */
    public static Supplier<String> mobile(RandomGenerator random) {
        return () -> "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /** A share {@code knownShare} of callers from {@code known} (uniformly), the others from random mobiles. */
    public static Supplier<String> mix(RandomGenerator random, double knownShare, List<String> known) {
        if (knownShare < 0 || knownShare > 1) {
            throw new IllegalArgumentException("knownShare must be in [0, 1], got " + knownShare);
        }
        var numbers = List.copyOf(known);
        var strangers = mobile(random);
        if (numbers.isEmpty() || knownShare == 0) {
            return strangers;
        }
        return () -> random.nextDouble() < knownShare ? numbers.get(random.nextInt(numbers.size())) : strangers.get();
    }
}
