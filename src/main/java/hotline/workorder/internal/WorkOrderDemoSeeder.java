package hotline.workorder.internal;

import hotline.identity.Users;
import hotline.organization.Departments;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.Actor;
import hotline.platform.security.SystemActor;
import hotline.workorder.CallbackResult;
import hotline.workorder.Category;
import hotline.workorder.Channel;
import hotline.workorder.Commands;
import hotline.customer.CustomerQuery;
import hotline.customer.CustomerSummary;
import hotline.customer.Customers;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.Satisfaction;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderSettings;
import hotline.workorder.WorkOrderType;
import hotline.workorder.WorkOrderView;
import hotline.workorder.WorkOrders;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo center's work orders: a utility's business categories, and orders at every step of the loop — some
 * fresh, some replied and waiting for a callback, some already late — so every board has something on it.
 */
@Component
class WorkOrderDemoSeeder implements DemoSeeder, Ordered {

    private final WorkOrderSettings settings;
    private final WorkOrders orders;
    private final Users users;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final Customers customers;

    WorkOrderDemoSeeder(WorkOrderSettings settings, WorkOrders orders, Users users, Departments departments,
                        JdbcClient jdbc, Customers customers) {
        this.customers = customers;
        this.settings = settings;
        this.orders = orders;
        this.users = users;
        this.departments = departments;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "workorder.orders";
    }

    @Override
    public int getOrder() {
        return 500;
    }

    record Template(WorkOrderType type, String category, String title, String description, String department) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template(WorkOrderType.REPAIR, "low-voltage", "家中停电", "客户反映家中突然停电，邻居家也没有电，已持续半小时。", "repair"),
            new Template(WorkOrderType.REPAIR, "meter-fault", "电表不走字", "客户反映电能表液晶屏无显示，疑似表计故障。", "metering"),
            new Template(WorkOrderType.REPAIR, "high-voltage", "线路有火花", "小区门口变压器附近线路有火花并伴有异响。", "repair"),
            new Template(WorkOrderType.COMPLAINT, "meter-billing", "电费异常偏高", "客户反映本月电费比上月高出三倍，怀疑抄表错误。", "marketing"),
            new Template(WorkOrderType.COMPLAINT, "attitude", "营业厅服务态度差", "客户投诉营业厅工作人员办理业务时态度生硬。", "service"),
            new Template(WorkOrderType.COMPLAINT, "voltage", "电压不稳", "晚上用电高峰时灯光忽明忽暗，空调无法启动。", "repair"),
            new Template(WorkOrderType.COMPLAINT, "connection", "报装进度慢", "新房申请装表已超过十个工作日仍未安装。", "marketing"),
            new Template(WorkOrderType.SERVICE_REQUEST, "transfer", "过户更名", "客户购买二手房，申请将户名变更为本人。", "marketing"),
            new Template(WorkOrderType.SERVICE_REQUEST, "meter-check", "申请电表校验", "客户对电能表计量准确性有疑问，申请校验。", "metering"),
            new Template(WorkOrderType.SERVICE_REQUEST, "solar", "光伏并网咨询办理", "客户屋顶安装光伏，申请并网接入。", "marketing"),
            new Template(WorkOrderType.SUGGESTION, "channels", "建议增加缴费渠道", "建议在社区便利店增加电费代收点。", "service"),
            new Template(WorkOrderType.PRAISE, "staff", "表扬抢修人员", "客户致电表扬抢修人员雨夜及时恢复供电。", "repair"),
            new Template(WorkOrderType.QUERY, "progress", "查询工单进度", "客户查询上周报修工单的处理进度。", null),
            new Template(WorkOrderType.CONSULTATION, "billing", "阶梯电价咨询", "客户咨询居民阶梯电价的分档标准。", null));

    static final String[][] CATEGORIES = {
            {"CONSULTATION", "billing", "电费电价", "Tariffs"}, {"CONSULTATION", "payment", "缴费方式", "Payment"},
            {"CONSULTATION", "business", "用电业务", "Services"}, {"CONSULTATION", "outage-info", "停电信息", "Outage info"},
            {"COMPLAINT", "attitude", "服务态度", "Attitude"}, {"COMPLAINT", "meter-billing", "抄表收费", "Meter reading and billing"},
            {"COMPLAINT", "supply-quality", "供电质量", "Supply quality"}, {"COMPLAINT", "connection", "业扩报装", "New connections"},
            {"REPAIR", "low-voltage", "低压故障", "Low-voltage fault"}, {"REPAIR", "high-voltage", "高压故障", "High-voltage fault"},
            {"REPAIR", "meter-fault", "计量装置故障", "Meter fault"}, {"REPAIR", "internal", "客户内部故障", "Fault inside the premises"},
            {"HELP", "electric-shock", "触电", "Electric shock"}, {"HELP", "fire", "电气火灾", "Electrical fire"},
            {"HELP", "pole-down", "倒杆断线", "Fallen pole or line"},
            {"SUGGESTION", "channels", "服务渠道", "Service channels"}, {"SUGGESTION", "grid", "电网建设", "Grid construction"},
            {"PRAISE", "staff", "服务人员", "Staff"},
            {"QUERY", "usage", "电量电费查询", "Usage and bill"}, {"QUERY", "progress", "工单进度", "Order progress"},
            {"SERVICE_REQUEST", "new-connection", "新装增容", "New connection or capacity"},
            {"SERVICE_REQUEST", "transfer", "过户更名", "Change of account holder"},
            {"SERVICE_REQUEST", "meter-check", "电表校验", "Meter test"}, {"SERVICE_REQUEST", "solar", "光伏并网", "Solar grid connection"}};

    @Override
    public void seed() {
        var categories = new HashMap<String, Long>();
        SystemActor.run(() -> {
            for (String[] c : CATEGORIES) {
                var saved = settings.saveCategory(new Category(null, WorkOrderType.valueOf(c[0]), null, c[1], c[2], c[3],
                        0, true, 0));
                categories.put(c[1], saved.id());
            }
            var quality = categories.get("supply-quality");
            var voltage = settings.saveCategory(new Category(null, WorkOrderType.COMPLAINT, quality, "voltage", "电压异常",
                    "Voltage", 1, true, 0));
            categories.put("voltage", voltage.id());
            settings.saveCategory(new Category(null, WorkOrderType.COMPLAINT, quality, "frequent-outage", "频繁停电",
                    "Frequent outages", 2, true, 0));
        });
        Map<String, Long> departmentIds = new HashMap<>();
        Map<String, Actor> staff = new HashMap<>();
        SystemActor.run(() -> departments.listActive().forEach(d -> {
            departmentIds.put(d.code(), d.id());
            users.findByUsername("dept-" + d.code()).ifPresent(u -> staff.put(d.code(),
                    new Actor(u.id(), u.username(), u.displayName(), u.roles())));
        }));
        // a third of the orders come from customers in the archive, so their timelines show work orders
        List<CustomerSummary> known = SystemActor.call(() -> customers.search(
                new CustomerQuery(null, null, null, null, null, null, null, false, CustomerQuery.Sort.NAME, 0, 30)))
                .items();
        var random = new Random(95598);
        for (int i = 0; i < 62; i++) {
            var template = TEMPLATES.get(i % TEMPLATES.size());
            // the last two are agent1's, replied and waiting for the callback: the desk's Call button has work
            String username = i < 60 ? "agent" + (1 + random.nextInt(14)) : "agent1";
            var agentUser = SystemActor.call(() -> users.findByUsername(username)).orElseThrow();
            var agent = new Actor(agentUser.id(), agentUser.username(), agentUser.displayName(), agentUser.roles());
            Long department = template.department() == null ? null : departmentIds.get(template.department());
            String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
            CustomerSummary customer = i % 3 == 0 && !known.isEmpty() ? known.get((i / 3) % known.size()) : null;
            String name = NAMES[i % NAMES.length];
            if (customer != null) {
                name = customer.name();
                phone = customer.phones().isEmpty() ? phone : customer.phones().get(0);
            }
            var request = new NewWorkOrder(template.type(), categories.get(template.category()),
                    i % 9 == 0 ? Urgency.URGENT : Urgency.NORMAL, i % 23 == 0, template.title(), template.description(),
                    i % 7 == 0 ? Channel.WECHAT : Channel.PHONE, null, customer == null ? null : customer.id(), name,
                    phone,
                    DISTRICTS[i % DISTRICTS.length] + (100 + i) + "号", String.format("31%08d", 1000 + i), department,
                    department == null ? "已向客户解答。" : null);
            var order = SystemActor.callAs(agent, () -> orders.accept(request));
            var departmentStaff = template.department() == null ? null : staff.get(template.department());
            advance(order, i < 60 ? i % 6 : 2, agent, departmentStaff);
            // spread the orders over the last days, so some are old enough to be late
            int hoursAgo = (i * 7) % 96;
            age(order.id(), hoursAgo);
        }
    }

    /** Moves an order some steps round the loop, as its department and agent would. */
    private void advance(WorkOrderView order, int steps, Actor agent, Actor staff) {
        if (staff == null || steps == 0) {
            return;
        }
        var current = SystemActor.callAs(staff, () -> orders.signOff(order.id(), new Commands.Versioned(order.version())));
        if (steps >= 2) {
            var v = current;
            current = SystemActor.callAs(staff, () -> orders.reply(order.id(), new Commands.Reply(v.version(),
                    "已安排人员处理完毕，并向客户说明情况。")));
        }
        if (steps >= 3) {
            var v = current;
            current = SystemActor.callAs(agent, () -> orders.callback(order.id(), new Commands.Callback(v.version(),
                    CallbackResult.REACHED, Satisfaction.SATISFIED, "客户表示满意")));
        }
        if (steps >= 4) {
            var v = current;
            SystemActor.callAs(agent, () -> orders.archive(order.id(), new Commands.Versioned(v.version())));
        }
    }

    /** Shifts every instant of an order into the past, as if it had been accepted {@code hours} ago. */
    private void age(long id, int hours) {
        String interval = hours + " hours";
        jdbc.sql("""
                        update workorder.work_order set
                            accepted_at = accepted_at - cast(? as interval),
                            dispatched_at = dispatched_at - cast(? as interval),
                            signed_off_at = signed_off_at - cast(? as interval),
                            replied_at = replied_at - cast(? as interval),
                            called_back_at = called_back_at - cast(? as interval),
                            archived_at = archived_at - cast(? as interval),
                            sign_off_due_at = sign_off_due_at - cast(? as interval),
                            handle_due_at = handle_due_at - cast(? as interval),
                            callback_due_at = callback_due_at - cast(? as interval),
                            window_start_at = window_start_at - cast(? as interval),
                            due_at = due_at - cast(? as interval),
                            next_alert_at = next_alert_at - cast(? as interval)
                        where id = ?""")
                .params(interval, interval, interval, interval, interval, interval, interval, interval, interval,
                        interval, interval, interval, id)
                .update();
        jdbc.sql("update workorder.step set at = at - cast(? as interval) where work_order_id = ?")
                .params(interval, id).update();
    }

    static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊"};
    static final String[] DISTRICTS = {"浦东新区张江路", "黄浦区南京东路", "徐汇区漕溪北路", "静安区延安中路",
            "闵行区莘庄镇莘松路", "杨浦区五角场淞沪路"};
}
