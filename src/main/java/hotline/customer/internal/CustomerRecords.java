package hotline.customer.internal;

import hotline.customer.AccountType;
import hotline.customer.ConsentChannel;
import hotline.customer.ContactType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows around a profile — contact points, accounts, addresses, consents — with plain SQL. Inserts that would
 * break a uniqueness rule answer empty instead of failing, so the caller can say which rule and who holds the value.
 */
@Component
class CustomerRecords {

    record ContactPointRow(long id, long customerId, ContactType type, String value, String normalized, String label,
                           Instant createdAt) {
    }

    record AccountRow(long id, long customerId, String number, AccountType type, String address, Instant createdAt) {
    }

    record AddressRow(long id, long customerId, String text, String normalized, String district, String areaCode,
                      Instant createdAt) {
    }

    record ConsentRow(long id, long customerId, ConsentChannel channel, boolean granted, Instant at, String source,
                      String note, String recordedBy) {
    }

    private final JdbcClient jdbc;

    CustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the profile row against a concurrent merge; answers its status, or empty when there is no such row. */
    Optional<String> lockStatus(long customerId) {
        return jdbc.sql("select status from customer.customer where id = ? for no key update")
                .param(customerId).query(String.class).optional();
    }

    void touch(long customerId, Instant now) {
        jdbc.sql("update customer.customer set updated_at = ? where id = ?").params(Timestamp.from(now), customerId).update();
    }

    // contact points

    List<ContactPointRow> contactPoints(long customerId) {
        return jdbc.sql("select * from customer.contact_point where customer_id = ? order by id")
                .param(customerId).query(CustomerRecords::contactPoint).list();
    }

    Optional<ContactPointRow> contactPoint(long customerId, long id) {
        return jdbc.sql("select * from customer.contact_point where customer_id = ? and id = ?")
                .params(customerId, id).query(CustomerRecords::contactPoint).optional();
    }

    Optional<Long> insertContactPoint(long customerId, ContactType type, String value, String normalized, String label,
                                      Instant now, String by) {
        return jdbc.sql("""
                        insert into customer.contact_point (customer_id, type, value, normalized, label, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing returning id""")
                .params(customerId, type.name(), value, normalized, label, Timestamp.from(now), by)
                .query(Long.class).optional();
    }

    void deleteContactPoint(long id) {
        jdbc.sql("delete from customer.contact_point where id = ?").param(id).update();
    }

    // accounts

    List<AccountRow> accounts(long customerId) {
        return jdbc.sql("select * from customer.account where customer_id = ? order by id")
                .param(customerId).query(CustomerRecords::account).list();
    }

    Optional<AccountRow> account(long customerId, long id) {
        return jdbc.sql("select * from customer.account where customer_id = ? and id = ?")
                .params(customerId, id).query(CustomerRecords::account).optional();
    }

    Optional<Long> accountHolder(String number) {
        return jdbc.sql("select customer_id from customer.account where number = ?")
                .param(number).query(Long.class).optional();
    }

    Optional<Long> insertAccount(long customerId, String number, AccountType type, String address, Instant now,
                                 String by) {
        return jdbc.sql("""
                        insert into customer.account (customer_id, number, type, address, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing returning id""")
                .params(customerId, number, type.name(), address, Timestamp.from(now), by)
                .query(Long.class).optional();
    }

    void deleteAccount(long id) {
        jdbc.sql("delete from customer.account where id = ?").param(id).update();
    }

    // addresses

    List<AddressRow> addresses(long customerId) {
        return jdbc.sql("select * from customer.address where customer_id = ? order by id")
                .param(customerId).query(CustomerRecords::address).list();
    }

    Optional<AddressRow> address(long customerId, long id) {
        return jdbc.sql("select * from customer.address where customer_id = ? and id = ?")
                .params(customerId, id).query(CustomerRecords::address).optional();
    }

    boolean hasAddress(long customerId, String normalized) {
        return jdbc.sql("select exists (select 1 from customer.address where customer_id = ? and normalized = ?)")
                .params(customerId, normalized).query(Boolean.class).single();
    }

    long insertAddress(long customerId, String text, String normalized, String district, String areaCode, Instant now,
                       String by) {
        return jdbc.sql("""
                        insert into customer.address (customer_id, text, normalized, district, area_code, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customerId, text, normalized, district, areaCode, Timestamp.from(now), by)
                .query(Long.class).single();
    }

    void deleteAddress(long id) {
        jdbc.sql("delete from customer.address where id = ?").param(id).update();
    }

    // consents

    List<ConsentRow> consents(long customerId) {
        return jdbc.sql("select * from customer.consent where customer_id = ? order by at desc, id desc")
                .param(customerId).query(CustomerRecords::consent).list();
    }

    void insertConsent(long customerId, ConsentChannel channel, boolean granted, Instant at, String source, String note,
                       String by) {
        jdbc.sql("""
                        insert into customer.consent (customer_id, channel, granted, at, source, note, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(customerId, channel.name(), granted, Timestamp.from(at), source, note, by)
                .update();
    }

    // merge

    /**
     * Moves a duplicate's rows to the survivor. Contact points and addresses the survivor already has are dropped;
     * accounts and consents all move (account numbers are unique, consents are history).
     */
    void moveDetails(long duplicateId, long survivorId) {
        jdbc.sql("""
                        delete from customer.contact_point d
                        where d.customer_id = ? and exists (select 1 from customer.contact_point s
                            where s.customer_id = ? and s.channel = d.channel and s.normalized = d.normalized)""")
                .params(duplicateId, survivorId).update();
        jdbc.sql("update customer.contact_point set customer_id = ? where customer_id = ?")
                .params(survivorId, duplicateId).update();
        jdbc.sql("update customer.account set customer_id = ? where customer_id = ?")
                .params(survivorId, duplicateId).update();
        jdbc.sql("""
                        delete from customer.address d
                        where d.customer_id = ? and exists (select 1 from customer.address s
                            where s.customer_id = ? and s.normalized = d.normalized)""")
                .params(duplicateId, survivorId).update();
        jdbc.sql("update customer.address set customer_id = ? where customer_id = ?")
                .params(survivorId, duplicateId).update();
        jdbc.sql("update customer.consent set customer_id = ? where customer_id = ?")
                .params(survivorId, duplicateId).update();
        // Archives merged earlier into the duplicate now point straight at the survivor: one hop always suffices.
        jdbc.sql("update customer.customer set merged_into = ? where merged_into = ?")
                .params(survivorId, duplicateId).update();
    }

    private static ContactPointRow contactPoint(ResultSet rs, int row) throws SQLException {
        return new ContactPointRow(rs.getLong("id"), rs.getLong("customer_id"), ContactType.valueOf(rs.getString("type")),
                rs.getString("value"), rs.getString("normalized"), rs.getString("label"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static AccountRow account(ResultSet rs, int row) throws SQLException {
        return new AccountRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("number"),
                AccountType.valueOf(rs.getString("type")), rs.getString("address"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static AddressRow address(ResultSet rs, int row) throws SQLException {
        return new AddressRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("text"),
                rs.getString("normalized"), rs.getString("district"), rs.getString("area_code"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ConsentRow consent(ResultSet rs, int row) throws SQLException {
        return new ConsentRow(rs.getLong("id"), rs.getLong("customer_id"), ConsentChannel.valueOf(rs.getString("channel")),
                rs.getBoolean("granted"), rs.getTimestamp("at").toInstant(), rs.getString("source"),
                rs.getString("note"), rs.getString("recorded_by"));
    }
}
