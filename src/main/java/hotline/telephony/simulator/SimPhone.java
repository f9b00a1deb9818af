package hotline.telephony.simulator;

import hotline.telephony.Timekeeper.Scheduled;

import java.util.random.RandomGenerator;

/**
 * A simulated device at an endpoint: rings, answers after a delay (or not at all), and hangs up a while after the
 * other side left if its behaviour says so. One call at a time: a second originate finds it busy.
 */
final class SimPhone implements FarEnd {

    final String endpoint;
    PhoneBehaviour behaviour;
    boolean registered;
    SimLeg current;

    private final SimulatedEngine engine;
    private final RandomGenerator random;
    private Scheduled timer = Scheduled.NONE;

    SimPhone(String endpoint, PhoneBehaviour behaviour, SimulatedEngine engine, RandomGenerator random) {
        this.endpoint = endpoint;
        this.behaviour = behaviour;
        this.engine = engine;
        this.random = random;
    }

    boolean busy() {
        return current != null;
    }

    @Override
    public void ringing(SimLeg leg) {
        // Both samples are drawn for every ring so the generator's sequence does not depend on the outcome.
        boolean answers = random.nextDouble() >= behaviour.noAnswerShare();
        var delay = behaviour.answerDelay().sample(random);
        if (answers) {
            timer = engine.after(delay, () -> {
                if (engine.isLive(leg) && leg.state == SimLeg.State.RINGING) {
                    engine.answerFromFarEnd(leg);
                }
            });
        }
    }

    @Override
    public void bridged(SimLeg leg) {
        timer.cancel();
    }

    @Override
    public void unbridged(SimLeg leg) {
        if (behaviour.hangUpWhenAlone() != null) {
            timer.cancel();
            timer = engine.after(behaviour.hangUpWhenAlone(), () -> {
                if (engine.isLive(leg) && leg.peer == null) {
                    engine.hangUpFromFarEnd(leg);
                }
            });
        }
    }

    @Override
    public void ended(SimLeg leg) {
        timer.cancel();
        if (current == leg) {
            current = null;
        }
    }
}
