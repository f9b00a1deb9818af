package hotline.workorder.internal;

import hotline.platform.mask.PhoneMask;
import hotline.platform.security.Actor;
import hotline.platform.security.CurrentUser;
import hotline.platform.security.Role;
import hotline.platform.time.CenterTime;
import hotline.workorder.Extension;
import hotline.workorder.Satisfaction;
import hotline.workorder.Status;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderFigures;
import hotline.workorder.WorkOrderFilter;
import hotline.workorder.WorkOrderQueries;
import hotline.workorder.WorkOrderRow;
import hotline.workorder.WorkOrderType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static hotline.workorder.internal.WorkOrderStore.instant;
import static hotline.workorder.internal.WorkOrderStore.ts;

/**
 * The lists and boards as SQL that the indexes of V1 serve: the data scope ({@link Visibility}) and the filters
 * become one WHERE clause; boards sort by deadline, searches by newest.
 */
@Service
@Transactional(readOnly = true)
class WorkOrderSearch implements WorkOrderQueries {

    private final JdbcClient jdbc;
    private final WorkOrderService orders;
    private final ExtensionStore extensions;
    private final CenterTime time;

    WorkOrderSearch(JdbcClient jdbc, WorkOrderService orders, ExtensionStore extensions, CenterTime time) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.extensions = extensions;
        this.time = time;
    }

    @Override
    public Page list(WorkOrderFilter filter) {
        var params = new ArrayList<Object>();
        Actor actor = CurrentUser.require();
        String where = where(filter, actor, params);
        params.add(filter.size() + 1);
        params.add((long) filter.page() * filter.size());
        boolean masked = !Roles.seesPhoneNumbers(actor);
        var rows = jdbc.sql(SELECT + where + order(filter) + " limit ? offset ?").params(params)
                .query((rs, n) -> row(rs, masked)).list();
        boolean hasNext = rows.size() > filter.size();
        return new Page(hasNext ? rows.subList(0, filter.size()) : rows, filter.page(), filter.size(), hasNext);
    }

    @Override
    public void export(WorkOrderFilter filter, Consumer<WorkOrderRow> consumer) {
        var params = new ArrayList<Object>();
        Actor actor = CurrentUser.require();
        String where = where(filter, actor, params);
        boolean masked = !Roles.seesPhoneNumbers(actor);
        try (var rows = jdbc.sql(SELECT + where + order(filter)).params(params).withFetchSize(1000)
                .query((rs, n) -> row(rs, masked)).stream()) {
            rows.forEach(consumer);
        }
    }

    @Override
    public Counts counts() {
        Actor actor = CurrentUser.require();
        var scope = orders.scope(actor);
        var params = new ArrayList<Object>();
        params.add(ts(time.now()));
        String escalated = escalatedTo(scope, params);
        String visible = Visibility.sql(scope, false, params);
        return jdbc.sql("""
                        select count(*) filter (where w.overdue or w.due_at < ?) as overdue,
                               count(*) filter (where w.warning_level > 0 and not w.overdue) as due_soon,
                               count(*) filter (where w.supervised) as supervised,
                               count(*) filter (where w.status = 'REPLIED') as callbacks,
                               count(*) filter (where %s) as escalated
                        from workorder.work_order w where w.status <> 'ARCHIVED' and %s""".formatted(escalated, visible))
                .params(params)
                .query((rs, n) -> new Counts(rs.getLong("overdue"), rs.getLong("due_soon"), rs.getLong("supervised"),
                        rs.getLong("callbacks"), rs.getLong("escalated")))
                .single();
    }

    @Override
    public List<Extension> pendingExtensions() {
        Actor actor = CurrentUser.require();
        if (!actor.hasAny(Role.SUPERVISOR, Role.MANAGER)) {
            return List.of();
        }
        return extensions.pending(200);
    }

    @Override
    public List<WorkOrderFigures> figures(Instant from, Instant to) {
        Actor actor = CurrentUser.require();
        Long[] teams;
        if (actor.hasAny(Role.SUPERVISOR, Role.MANAGER)) {
            teams = null;
        } else if (actor.has(Role.TEAM_LEAD)) {
            teams = orders.scope(actor).ledTeams().toArray(Long[]::new);
        } else {
            throw new AccessDeniedException(actor.username() + " may not read work-order figures");
        }
        var rows = new LinkedHashMap<Long, Figures>();
        String teamFilter = teams == null ? " " : " and w.accepted_team_id = any(?) ";
        jdbc.sql("""
                        select w.accepted_team_id as team, w.type, count(*) as accepted,
                               count(*) filter (where w.dispatched_at is null and w.replied_at is not null) as on_spot
                        from workorder.work_order w where w.accepted_at >= ? and w.accepted_at < ?""" + teamFilter + """
                        group by 1, 2""")
                .params(figureParams(from, to, teams))
                .query(rs -> {
                    var f = rows.computeIfAbsent(team(rs), Figures::new);
                    f.accepted.put(WorkOrderType.valueOf(rs.getString("type")), rs.getLong("accepted"));
                    f.onSpot += rs.getLong("on_spot");
                });
        jdbc.sql("""
                        select w.accepted_team_id as team, count(*) as archived,
                               count(*) filter (where w.handle_due_at is null or w.replied_at is null
                                                or w.replied_at <= w.handle_due_at) as on_time,
                               count(w.satisfaction) as reached,
                               count(*) filter (where w.satisfaction in ('VERY_SATISFIED', 'SATISFIED')) as satisfied
                        from workorder.work_order w where w.archived_at >= ? and w.archived_at < ?
                          and w.outcome <> 'MERGED'""" + teamFilter + """
                        group by 1""")
                .params(figureParams(from, to, teams))
                .query(rs -> {
                    var f = rows.computeIfAbsent(team(rs), Figures::new);
                    f.archived = rs.getLong("archived");
                    f.onTime = rs.getLong("on_time");
                    f.reached += rs.getLong("reached");
                    f.satisfied = rs.getLong("satisfied");
                });
        jdbc.sql("""
                        select w.accepted_team_id as team, count(*) as dissatisfied
                        from workorder.step s join workorder.work_order w on w.id = s.work_order_id
                        where s.action = 'REOPEN' and s.from_status = 'REPLIED' and s.at >= ? and s.at < ?""" + teamFilter + """
                        group by 1""")
                .params(figureParams(from, to, teams))
                .query(rs -> {
                    rows.computeIfAbsent(team(rs), Figures::new).reached += rs.getLong("dissatisfied");
                });
        return rows.values().stream().map(Figures::figures).toList();
    }

    private static List<Object> figureParams(Instant from, Instant to, Long[] teams) {
        var params = new ArrayList<Object>(List.of(ts(from), ts(to)));
        if (teams != null) {
            params.add(teams);
        }
        return params;
    }

    private static Long team(ResultSet rs) throws SQLException {
        return (Long) rs.getObject("team");
    }

    /** One team's counts while the three queries fill them in. */
    private static final class Figures {
        final Long team;
        final Map<WorkOrderType, Long> accepted = new EnumMap<>(WorkOrderType.class);
        long onSpot;
        long archived;
        long onTime;
        long reached;
        long satisfied;

        Figures(Long team) {
            this.team = team;
        }

        WorkOrderFigures figures() {
            return new WorkOrderFigures(team, accepted, onSpot, archived, onTime, reached, satisfied);
        }
    }

    private String where(WorkOrderFilter f, Actor actor, List<Object> params) {
        var scope = orders.scope(actor);
        var sql = new StringBuilder(" where ").append(Visibility.sql(scope, f.searchesByCustomer(), params));
        switch (f.view()) {
            case MINE -> {
                sql.append(" and w.accepted_by = ?");
                params.add(actor.id());
            }
            case INBOX -> {
                sql.append(" and w.status <> 'ARCHIVED' and w.department_id = ?");
                params.add(scope.departmentId() == null ? -1L : scope.departmentId());
            }
            case TEAM -> {
                sql.append(" and w.accepted_team_id = any(?)");
                params.add(scope.ledTeams().toArray(Long[]::new));
            }
            case OVERDUE -> {
                sql.append(" and w.status <> 'ARCHIVED' and w.due_at < ?");
                params.add(ts(time.now()));
            }
            case DUE_SOON -> sql.append(" and w.status <> 'ARCHIVED' and w.warning_level > 0 and not w.overdue");
            case SUPERVISED -> sql.append(" and w.status <> 'ARCHIVED' and w.supervised");
            case ESCALATED -> sql.append(" and w.status <> 'ARCHIVED' and ").append(escalatedTo(scope, params));
            case CALLBACKS -> sql.append(" and w.status = 'REPLIED'");
            case ALL -> { }
        }
        if (!f.statuses().isEmpty()) {
            sql.append(" and w.status = any(?)");
            params.add(f.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (f.type() != null) {
            sql.append(" and w.type = ?");
            params.add(f.type().name());
        }
        if (f.categoryId() != null) {
            sql.append(" and w.category_id = ?");
            params.add(f.categoryId());
        }
        if (f.departmentId() != null) {
            sql.append(" and w.department_id = ?");
            params.add(f.departmentId());
        }
        if (f.from() != null) {
            sql.append(" and w.accepted_at >= ?");
            params.add(ts(time.startOfDay(f.from())));
        }
        if (f.to() != null) {
            sql.append(" and w.accepted_at < ?");
            params.add(ts(time.startOfDay(f.to().plusDays(1))));
        }
        if (f.customerId() != null) {
            sql.append(" and w.customer_id = ?");
            params.add(f.customerId());
        }
        if (f.phone() != null && !f.phone().isBlank()) {
            sql.append(" and w.customer_phone = ?");
            params.add(f.phone().strip());
        }
        if (f.number() != null && !f.number().isBlank()) {
            sql.append(" and w.number = ?");
            params.add(f.number().strip().toUpperCase());
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (w.title || ' ' || w.description) ilike ?");
            params.add("%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    /**
     * Orders escalated to a role the reader holds: to team leads, those of the teams they lead; to supervisors, all;
     * managers answer for both.
     */
    private static String escalatedTo(Visibility.Scope scope, List<Object> params) {
        Actor a = scope.actor();
        var any = new ArrayList<String>();
        if (a.has(Role.MANAGER)) {
            any.add("w.escalated_to is not null");
        } else {
            if (a.has(Role.TEAM_LEAD) && !scope.ledTeams().isEmpty()) {
                any.add("(w.escalated_to = 'TEAM_LEAD' and w.accepted_team_id = any(?))");
                params.add(scope.ledTeams().toArray(Long[]::new));
            }
            if (a.has(Role.SUPERVISOR)) {
                any.add("w.escalated_to = 'SUPERVISOR'");
            }
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    private static String order(WorkOrderFilter f) {
        return f.sort() == WorkOrderFilter.Sort.DEADLINE
                ? " order by w.due_at asc nulls last, w.id asc"
                : " order by w.id desc";
    }

    private static final String SELECT = """
            select w.id, w.number, w.type, c.name as category_name, w.urgency, w.status, w.confidential, w.title,
                   w.customer_name, w.customer_phone, w.department_name, w.accepted_by_name, w.accepted_at, w.due_at,
                   w.warning_level, w.overdue, w.supervised, w.urge_count, w.escalated_to, w.satisfaction
            from workorder.work_order w left join workorder.category c on c.id = w.category_id""";

    private static WorkOrderRow row(ResultSet rs, boolean masked) throws SQLException {
        String phone = rs.getString("customer_phone");
        return new WorkOrderRow(rs.getLong("id"), rs.getString("number"), WorkOrderType.valueOf(rs.getString("type")),
                rs.getString("category_name"), Urgency.valueOf(rs.getString("urgency")),
                Status.valueOf(rs.getString("status")), rs.getBoolean("confidential"), rs.getString("title"),
                rs.getString("customer_name"), masked ? PhoneMask.mask(phone) : phone,
                rs.getString("department_name"), rs.getString("accepted_by_name"), instant(rs, "accepted_at"),
                instant(rs, "due_at"), rs.getInt("warning_level"), rs.getBoolean("overdue"),
                rs.getBoolean("supervised"), rs.getInt("urge_count"), rs.getString("escalated_to"),
                rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")));
    }
}
