package hotline.customer;

import hotline.platform.security.Role;
import hotline.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo center's customers (same configuration as DemoModeTests, so the seeded context is shared): a few hundred
 * Shanghai households and businesses with 10-digit account numbers, sensitive and do-not-call customers, and
 * duplicates waiting to be merged.
 */
@SpringBootTest(properties = {"hotline.demo=true", "server.address=0.0.0.0"})
@AutoConfigureMockMvc
class CustomerDemoSeederTests {

    @Autowired
    Customers customers;

    @Test
    void seedsAFewHundredShanghaiCustomersWithTenDigitAccounts() {
        var all = SystemActor.call(() -> customers.search(CustomerQuery.all().withPage(0, 200)));
        assertThat(all.total()).isBetween(300L, 600L);
        assertThat(all.items()).flatExtracting(CustomerSummary::accountNumbers).isNotEmpty()
                .allSatisfy(number -> assertThat(number).matches("[1-9][0-9]{9}"));
        assertThat(all.items()).extracting(CustomerSummary::address).filteredOn(a -> a != null)
                .allSatisfy(address -> assertThat(address).startsWith("上海市"));
        long pudong = SystemActor.call(() -> customers.search(new CustomerQuery(null, null, null, "浦东新区", null, null,
                null, false, null, 0, 1))).total();
        assertThat(pudong).isPositive();
    }

    @Test
    void seedsSensitiveAndDoNotCallCustomersWithReasons() {
        var sensitive = SystemActor.call(() -> customers.search(new CustomerQuery(null, null, null, null, null, true,
                null, false, null, 0, 50)));
        assertThat(sensitive.total()).isGreaterThanOrEqualTo(10);
        var first = SystemActor.call(() -> customers.get(sensitive.items().get(0).id()));
        assertThat(first.sensitiveReason()).containsAnyOf("投诉", "监管部门", "媒体");
        var dnc = SystemActor.call(() -> customers.search(new CustomerQuery(null, null, null, null, null, null,
                true, false, null, 0, 50)));
        assertThat(dnc.total()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void leavesDuplicatesForATeamLeadToMerge() {
        var groups = Acting.as(() -> customers.duplicateCandidates(50), Role.TEAM_LEAD);
        assertThat(groups).extracting(DuplicateGroup::reason)
                .contains(DuplicateReason.SAME_PHONE, DuplicateReason.SAME_NAME_AND_ADDRESS);
        assertThat(groups).hasSizeGreaterThanOrEqualTo(6);
    }
}
