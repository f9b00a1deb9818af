package hotline.incident.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkOrderIntakeTests {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "东城区建设路12号, 东城区",
            "上海市浦东新区张江路1号, 浦东新区",
            "临江县城关镇人民路3号, 临江县",
            "北京市, 北京市",
            "人民路3号, null",
            "null, null"})
    void findsTheDistrictOfAnAddress(String address, String district) {
        assertThat(WorkOrderIntake.district(address)).isEqualTo(district);
    }
}
