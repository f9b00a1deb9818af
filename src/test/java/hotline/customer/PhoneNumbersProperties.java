package hotline.customer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One number, many notations: normalization finds the same archive whichever way a number is written. */
class PhoneNumbersProperties {

    @Test
    void stripsTheCountryCodeOfMainlandMobiles() {
        assertThat(PhoneNumbers.normalize("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThat(PhoneNumbers.normalize("0086 13812345678")).isEqualTo("13812345678");
        assertThat(PhoneNumbers.normalize("8613812345678")).isEqualTo("13812345678");
        assertThat(PhoneNumbers.normalize("(+86)138 1234 5678")).isEqualTo("13812345678");
        assertThat(PhoneNumbers.normalize("＋８６ １３８１２３４５６７８")).isEqualTo("13812345678");
    }

    @Test
    void stripsTheLongDistanceZeroAndIpDiallingPrefixesOfMobiles() {
        assertThat(PhoneNumbers.normalize("013812345678")).isEqualTo("13812345678");
        assertThat(PhoneNumbers.normalize("17951 13812345678")).isEqualTo("13812345678");
    }

    @Test
    void keepsTheTrunkZeroOfLandlinesAndGivesItBackAfterTheCountryCode() {
        assertThat(PhoneNumbers.normalize("021-6523 4567")).isEqualTo("02165234567");
        assertThat(PhoneNumbers.normalize("+86 21 6523 4567")).isEqualTo("02165234567");
        assertThat(PhoneNumbers.normalize("0086 571 8888 8888")).isEqualTo("057188888888");
        assertThat(PhoneNumbers.normalize("057188888888")).isEqualTo("057188888888");
    }

    @Test
    void keepsOtherCountriesApartFromDomesticNumbers() {
        assertThat(PhoneNumbers.normalize("+852 2345 6789")).isEqualTo("0085223456789");
        assertThat(PhoneNumbers.normalize("00852 2345 6789")).isEqualTo("0085223456789");
        assertThat(PhoneNumbers.normalize("+1 (415) 555-0100")).isEqualTo("0014155550100");
    }

    @Test
    void givesLocalNumbersTheCentersAreaCodeWhenConfigured() {
        assertThat(PhoneNumbers.normalize("6523 4567", "021")).isEqualTo("02165234567");
        assertThat(PhoneNumbers.normalize("6523 4567")).isEqualTo("65234567");
        assertThat(PhoneNumbers.normalize("95598", "021")).isEqualTo("95598");
        assertThat(PhoneNumbers.normalize("13812345678", "021")).isEqualTo("13812345678");
    }

    @Test
    void answersNullWhenThereIsNoNumber() {
        assertThat(PhoneNumbers.normalize(null)).isNull();
        assertThat(PhoneNumbers.normalize("  ")).isNull();
        assertThat(PhoneNumbers.normalize("unknown")).isNull();
        assertThat(PhoneNumbers.normalize("+")).isNull();
    }

    @Test
    void tellsCompleteNumbersFromFragments() {
        assertThat(PhoneNumbers.isComplete("13812345678")).isTrue();
        assertThat(PhoneNumbers.isComplete("02165234567")).isTrue();
        assertThat(PhoneNumbers.isComplete("0085223456789")).isTrue();
        assertThat(PhoneNumbers.isComplete("5678")).isFalse();
        assertThat(PhoneNumbers.isComplete("1381234")).isFalse();
    }

    @Property
    void everyNotationOfAMobileNumberIsTheSameNumber(@ForAll("mobiles") String mobile, @ForAll("prefixes") String prefix,
                                                     @ForAll("separators") String separator) {
        String written = prefix + mobile.substring(0, 3) + separator + mobile.substring(3, 7) + separator
                + mobile.substring(7);
        assertThat(PhoneNumbers.normalize(written)).isEqualTo(mobile);
        assertThat(PhoneNumbers.normalize(written, "021")).isEqualTo(mobile);
    }

    @Property
    void normalizingTwiceChangesNothing(@ForAll @StringLength(max = 30) String text) {
        String once = PhoneNumbers.normalize(text);
        assertThat(PhoneNumbers.normalize(once)).isEqualTo(once);
        String local = PhoneNumbers.normalize(text, "021");
        assertThat(PhoneNumbers.normalize(local, "021")).isEqualTo(local);
    }

    @Property
    void normalizedNumbersAreDigitsOnly(@ForAll("phoneLike") String text) {
        String normalized = PhoneNumbers.normalize(text, "021");
        if (normalized != null) {
            assertThat(normalized).containsOnlyDigits().isNotEmpty();
        }
    }

    @Property
    void differentMobilesNeverBecomeTheSameNumber(@ForAll("mobiles") String a, @ForAll("mobiles") String b,
                                                  @ForAll("prefixes") String prefix) {
        if (!a.equals(b)) {
            assertThat(PhoneNumbers.normalize(prefix + a)).isNotEqualTo(PhoneNumbers.normalize(b));
        }
    }

    @Property
    void everyNotationOfANumberNormalizesBackToIt(@ForAll("wholeNumbers") String number) {
        assertThat(PhoneNumbers.notations(number)).contains(number).allSatisfy(notation ->
                assertThat(PhoneNumbers.normalize(notation)).as(notation).isEqualTo(number));
    }

    @Test
    void listsTheNotationsASwitchDelivers() {
        assertThat(PhoneNumbers.notations("13812345678")).contains("13812345678", "8613812345678",
                "008613812345678", "013812345678", "1795113812345678");
        assertThat(PhoneNumbers.notations("02165234567")).contains("02165234567", "00862165234567");
        assertThat(PhoneNumbers.notations("0085223456789")).containsExactly("0085223456789");
        assertThat(PhoneNumbers.notations(null)).isEmpty();
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> "1" + second + rest);
    }

    @Provide
    Arbitrary<String> wholeNumbers() {
        Arbitrary<String> landlines = Combinators.combine(Arbitraries.of("010", "021", "0571", "0755"),
                Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(6))
                .as((area, first, rest) -> area + first + rest + (area.length() == 3 ? "1" : ""));
        Arbitrary<String> abroad = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12)
                .map(rest -> "00852" + rest);
        return Arbitraries.oneOf(mobiles(), landlines, abroad);
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "+86", "+86 ", "0086", "0086 ", "86", "(+86) ", "0", "17951", "12593 ");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", "  ", ".");
    }

    @Provide
    Arbitrary<String> phoneLike() {
        return Arbitraries.strings().withChars("0123456789+-() ０１２３４５６７８９").ofMaxLength(25);
    }
}
