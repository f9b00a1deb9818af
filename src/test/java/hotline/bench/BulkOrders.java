package hotline.bench;

import hotline.workorder.LoopFixture;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads many work orders with one SQL statement, shaped like a year of a large center: most archived, the open ones
 * spread over every status with deadlines around now (some late), many departments, agents and teams, a few
 * confidential, and the fixture's department, agent and team holding their share.
 */
final class BulkOrders {

    private BulkOrders() {
    }

    static void load(JdbcClient jdbc, int count, LoopFixture f) {
        int batch = 100_000;
        for (int from = 1; from <= count; from += batch) {
            int to = Math.min(count, from + batch - 1);
            jdbc.sql("""
                    insert into workorder.work_order (number, type, urgency, status, outcome, confidential, title,
                        description, channel, customer_name, customer_phone, customer_address, accepted_by,
                        accepted_by_name, accepted_team_id, department_id, department_name, accepted_at, dispatched_at,
                        window_start_at, due_at, warning_level, overdue, handle_due_at, updated_at, archived_at, version)
                    select 'GX' || lpad(i::text, 14, '0'),
                           (array['CONSULTATION','COMPLAINT','SUGGESTION','PRAISE','REPAIR','HELP','QUERY','SERVICE_REQUEST'])[1 + i % 8],
                           case when i % 20 = 0 then 'URGENT' else 'NORMAL' end,
                           s.status,
                           case when s.status = 'ARCHIVED' then 'RESOLVED' end,
                           i % 50 = 0,
                           (array['家中停电','电费异常','电压不稳','报装进度慢','表扬抢修人员','过户更名'])[1 + i % 6],
                           (array['客户反映家中停电，邻居家也没电','本月电费偏高，怀疑抄表有误','晚上经常跳闸，灯光忽明忽暗',
                                  '新装申请已超过十个工作日','雨夜及时恢复供电，特此表扬','购买二手房申请过户'])[1 + i % 6],
                           'PHONE', '客户' || (i % 9973), '139' || lpad((i % 100000000)::text, 8, '0'), '上海市某区某路' || (i % 500) || '号',
                           case when i % 50 = 0 then ? else 100000 + i % 400 end, '坐席' || (i % 400),
                           case when i % 50 = 0 then null else 1000 + i % 30 end,
                           case when i % 40 = 0 then ? else 2000 + i % 60 end, '部门' || (i % 60),
                           a.at, a.at + interval '5 minutes',
                           case when s.status <> 'ARCHIVED' then a.at end,
                           case when s.status <> 'ARCHIVED' then now() + ((i % 97) - 20) * interval '1 hour' end,
                           case when s.status <> 'ARCHIVED' and i % 97 < 20 then 100 when s.status <> 'ARCHIVED' and i % 97 < 30 then 75 else 0 end,
                           s.status <> 'ARCHIVED' and i % 97 < 20,
                           a.at + interval '5 days', a.at,
                           case when s.status = 'ARCHIVED' then a.at + interval '3 days' end, 0
                    from generate_series(?, ?) i
                    cross join lateral (select now() - ((i::bigint * 7919) % (365 * 24 * 60)) * interval '1 minute' as at) a
                    cross join lateral (select case when i % 100 < 85 then 'ARCHIVED'
                                                    else (array['ACCEPTED','DISPATCHED','SIGNED_OFF','IN_PROGRESS','REPLIED','RETURNED'])[1 + i % 6]
                                               end as status) s
                    """)
                    .params(f.agent.id(), f.departmentId, from, to)
                    .update();
        }
        // autovacuum would have set the visibility map of a year-old table; index-only scans depend on it
        jdbc.sql("vacuum analyze workorder.work_order").update();
    }
}
