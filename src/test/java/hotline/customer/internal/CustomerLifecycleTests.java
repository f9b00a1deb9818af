package hotline.customer.internal;

import hotline.customer.CustomerStatus;
import hotline.platform.ConflictException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole table: an active archive allows everything, a merged one nothing. */
class CustomerLifecycleTests {

    @ParameterizedTest
    @EnumSource(CustomerLifecycle.Action.class)
    void anActiveArchiveAllowsEveryAction(CustomerLifecycle.Action action) {
        assertThat(CustomerLifecycle.allows(CustomerStatus.ACTIVE, action)).isTrue();
        assertThatCode(() -> CustomerLifecycle.check(CustomerStatus.ACTIVE, 1, action)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(CustomerLifecycle.Action.class)
    void aMergedArchiveRefusesEveryActionNamingItsState(CustomerLifecycle.Action action) {
        assertThat(CustomerLifecycle.allows(CustomerStatus.MERGED, action)).isFalse();
        assertThatThrownBy(() -> CustomerLifecycle.check(CustomerStatus.MERGED, 42, action))
                .isInstanceOf(ConflictException.class)
                .hasMessage("cannot " + CustomerLifecycle.verb(action) + ": customer 42 is MERGED")
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("illegal-transition"));
    }

    @Property
    void everyStatusHasARuleForEveryAction(@ForAll CustomerStatus status, @ForAll CustomerLifecycle.Action action) {
        assertThat(CustomerLifecycle.ALLOWED).containsKey(status);
        boolean allowed = CustomerLifecycle.allows(status, action);
        if (allowed) {
            assertThatCode(() -> CustomerLifecycle.check(status, 7, action)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CustomerLifecycle.check(status, 7, action)).isInstanceOf(ConflictException.class);
        }
    }

    @Property
    void aMergedArchiveStaysMergedWhateverIsTried(@ForAll CustomerLifecycle.Action action) {
        var customer = Customer.open("王芳", hotline.customer.CustomerKind.PERSON, null, 0, null, java.util.List.of(),
                "test", java.time.Instant.EPOCH);
        customer.id = 5L;
        customer.mergeInto(9, java.time.Instant.EPOCH);
        assertThat(customer.status).isEqualTo(CustomerStatus.MERGED);
        assertThatThrownBy(() -> CustomerLifecycle.check(customer, action)).isInstanceOf(ConflictException.class);
        assertThat(customer.mergedInto).isEqualTo(9L);
    }
}
