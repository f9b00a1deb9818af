package hotline.workorder.internal;

import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.organization.Teams;
import hotline.workorder.LoopFixture;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

import static hotline.workorder.LoopFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The update every transition runs stays one prepared statement on its connection, whichever of its nullable
 * columns are empty: its parameters keep their types, so PostgreSQL neither parses nor plans it again per call
 * ({@code hotline.platform.db.Typed}).
 */
@SpringBootTest
class WorkOrderStoreStatementTests {

    @Autowired
    WorkOrders orders;
    @Autowired
    WorkOrderStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Users users;
    @Autowired
    Departments departments;
    @Autowired
    Teams teams;

    @Test
    void updatesWithAndWithoutEmptyColumnsShareOnePreparedStatement() {
        var f = new LoopFixture(users, departments, teams);
        long id = as(f.agent, () -> orders.accept(f.order(WorkOrderType.REPAIR, "13911112222", f.departmentId))).id();

        // one transaction keeps one connection, whose prepared statements pg_prepared_statements lists
        Map<String, Object> statement = transactions.execute(status -> {
            for (int i = 0; i < 12; i++) {
                var order = store.lock(id);
                boolean empty = i % 2 == 0;
                order.replyText = empty ? null : "已处理 " + i;
                order.departmentName = empty ? null : "城东供电所";
                order.incidentId = null;
                order.duplicateOf = empty ? null : id;
                order.satisfaction = empty ? null : hotline.workorder.Satisfaction.SATISFIED;
                store.update(order);
            }
            var rows = jdbc.sql("""
                            select generic_plans + custom_plans as executions from pg_prepared_statements
                            where statement like 'update workorder.work_order set%version = version + 1%'""")
                    .query().listOfRows();
            assertThat(rows).as("prepared work-order updates on this connection").hasSize(1);
            return rows.get(0);
        });
        // pgjdbc prepares on the server from the fifth execution on; every later one reuses it
        assertThat(((Number) statement.get("executions")).longValue()).isGreaterThanOrEqualTo(8);
    }
}
