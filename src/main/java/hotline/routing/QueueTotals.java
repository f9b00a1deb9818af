package hotline.routing;

/**
 * A queue's inbound figures added up over a period from its interval statistics: counts and seconds are sums, and the
 * ratios are taken from the sums at the end, never averaged from the intervals' ratios. The definitions are those of
 * {@link IntervalStat}: service level = answered within the target / (answered + abandoned after the target), ASA the
 * mean wait of the answered contacts, AHT the mean handle time (talk with hold, plus wrap-up) of the handled ones.
 *
 * @param queueId 0 for the sum of several queues (the whole center)
 */
public record QueueTotals(long queueId, String code, String name, long offered, long answered, long abandoned,
                          long answeredInTarget, long abandonedAfterTarget, double waitSeconds, long handled,
                          double handleSeconds) {

    public static QueueTotals center(Iterable<QueueTotals> queues) {
        var sum = new QueueTotals(0, null, null, 0, 0, 0, 0, 0, 0, 0, 0);
        for (var q : queues) {
            sum = sum.plus(q);
        }
        return sum;
    }

    public QueueTotals plus(QueueTotals o) {
        return new QueueTotals(0, null, null, offered + o.offered, answered + o.answered, abandoned + o.abandoned,
                answeredInTarget + o.answeredInTarget, abandonedAfterTarget + o.abandonedAfterTarget,
                waitSeconds + o.waitSeconds, handled + o.handled, handleSeconds + o.handleSeconds);
    }

    /** Null when nothing was answered or abandoned after the target. */
    public Double serviceLevel() {
        long denominator = answered + abandonedAfterTarget;
        return denominator == 0 ? null : (double) answeredInTarget / denominator;
    }

    public Double asaSeconds() {
        return answered == 0 ? null : waitSeconds / answered;
    }

    public Double ahtSeconds() {
        return handled == 0 ? null : handleSeconds / handled;
    }

    public Double abandonRate() {
        return offered == 0 ? null : (double) abandoned / offered;
    }
}
