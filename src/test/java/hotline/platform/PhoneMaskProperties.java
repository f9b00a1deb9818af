package hotline.platform;

import hotline.platform.mask.PhoneMask;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskProperties {

    @Test
    void masksAMobileNumberTheWayPeopleExpect() {
        assertThat(PhoneMask.mask("13812341234")).isEqualTo("138****1234");
        assertThat(PhoneMask.mask("021-6523 4567")).isEqualTo("021-**** 4567");
        assertThat(PhoneMask.mask("65234567")).isEqualTo("****4567");
        assertThat(PhoneMask.mask("95598")).isEqualTo("***98");
    }

    @Property
    void keepsLengthAndNonDigits(@ForAll @StringLength(min = 1, max = 30) String phone) {
        net.jqwik.api.Assume.that(!phone.isBlank());
        String masked = PhoneMask.mask(phone);
        assertThat(masked).hasSameSizeAs(phone.strip());
        for (int i = 0; i < masked.length(); i++) {
            char original = phone.strip().charAt(i);
            if (!Character.isDigit(original)) {
                assertThat(masked.charAt(i)).isEqualTo(original);
            }
        }
    }

    @Property
    void hidesAtLeastFourDigitsOfAnyRealNumberAndHalfOfShortOnes(
            @ForAll @NumericChars @StringLength(min = 1, max = 20) String digits) {
        long hidden = PhoneMask.mask(digits).chars().filter(c -> c == '*').count();
        if (digits.length() >= 7) {
            assertThat(hidden).isGreaterThanOrEqualTo(4);
        } else {
            assertThat(hidden * 2).isGreaterThanOrEqualTo(digits.length());
        }
    }
}
