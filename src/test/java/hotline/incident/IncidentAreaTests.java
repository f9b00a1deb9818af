package hotline.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentAreaTests {

    private final IncidentArea area = new IncidentArea(List.of("东城区建设路"), List.of("南湖区"), List.of("3100012345"));

    @Test
    void coversAddressesStartingWithAPrefix() {
        assertThat(area.covers("东城区建设路88号2单元", null)).isTrue();
        assertThat(area.covers("东城区 建设路 88号", null)).as("spaces ignored").isTrue();
        assertThat(area.covers("东城区解放路1号", null)).isFalse();
    }

    @Test
    void coversAddressesInADistrict() {
        assertThat(area.covers("某某市南湖区滨湖大道15号", null)).isTrue();
    }

    @Test
    void coversListedAccountsWhateverTheAddress() {
        assertThat(area.covers(null, "3100012345")).isTrue();
        assertThat(area.covers("西城区长安街", " 3100012345 ")).isTrue();
        assertThat(area.covers(null, "3100099999")).isFalse();
    }

    @Test
    void coversNobodyWithoutAnAddressOrAccount() {
        assertThat(area.covers(null, null)).isFalse();
        assertThat(area.covers("  ", "")).isFalse();
        assertThat(new IncidentArea(null, List.of(" "), null).isEmpty()).isTrue();
    }
}
