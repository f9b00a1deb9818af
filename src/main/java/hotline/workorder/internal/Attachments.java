package hotline.workorder.internal;

import hotline.audit.AuditLog;
import hotline.platform.DataDirectory;
import hotline.platform.InvalidInputException;
import hotline.platform.NotFoundException;
import hotline.platform.security.CurrentUser;
import hotline.platform.time.CenterTime;
import hotline.workorder.Attachment;
import hotline.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static hotline.workorder.internal.WorkOrderStore.instant;
import static hotline.workorder.internal.WorkOrderStore.ts;

/**
 * Files attached to work orders, kept under {@code <data dir>/attachments} with their SHA-256; the database holds the
 * path and checksum. Whoever may see an order may see and add its files (while it is open).
 */
@Service
@Transactional
public class Attachments {

    static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf",
            "text/plain", "audio/wav", "audio/x-wav", "audio/mpeg", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
            "application/vnd.ms-excel");

    /** A stored file ready to stream to whoever asked. */
    public record Content(Attachment attachment, Path path) {
    }

    private final JdbcClient jdbc;
    private final WorkOrders orders;
    private final DataDirectory data;
    private final AuditLog audit;
    private final CenterTime time;
    private final long maxBytes;

    Attachments(JdbcClient jdbc, WorkOrders orders, DataDirectory data, AuditLog audit, CenterTime time,
                @Value("${hotline.workorder.max-attachment-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.data = data;
        this.audit = audit;
        this.time = time;
        this.maxBytes = maxSize.toBytes();
    }

    public Attachment attach(long orderId, String fileName, String contentType, InputStream content) {
        var order = orders.get(orderId);
        if (!order.status().open()) {
            throw hotline.platform.ConflictException.illegalTransition("work order", order.number(), order.status(),
                    "attach a file");
        }
        String name = fileName == null ? "" : Path.of(fileName).getFileName().toString().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw InvalidInputException.of("file", "Name", "needs a file name of at most 200 characters");
        }
        String type = contentType == null ? "application/octet-stream" : contentType.toLowerCase();
        if (!ALLOWED.contains(type)) {
            throw InvalidInputException.of("file", "ContentType", "files of type " + type + " cannot be attached");
        }
        try {
            var folder = data.resolve("attachments/" + orderId);
            var temp = Files.createTempFile(folder, "upload", ".part");
            var digest = MessageDigest.getInstance("SHA-256");
            long size;
            String sha;
            Path target;
            try {
                try (var in = new DigestInputStream(content, digest)) {
                    size = Files.copy(limited(in), temp, StandardCopyOption.REPLACE_EXISTING);
                }
                sha = HexFormat.of().formatHex(digest.digest());
                target = folder.resolve(sha);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            var actor = CurrentUser.require();
            long id = jdbc.sql("""
                            insert into workorder.attachment (work_order_id, file_name, content_type, size_bytes, sha256,
                                storage_path, uploaded_by, uploaded_name, uploaded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(orderId, name, type, size, sha, data.path().relativize(target).toString(), actor.id(),
                            actor.displayName(), ts(time.now()))
                    .query(Long.class).single();
            var attachment = get(id);
            audit.record("work-order", orderId, "attach", "attached " + name, null, attachment);
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the attachment", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(long orderId) {
        orders.get(orderId);
        return jdbc.sql("select * from workorder.attachment where work_order_id = ? order by id").param(orderId)
                .query(Attachments::map).list();
    }

    @Transactional(readOnly = true)
    public Content content(long orderId, long attachmentId) {
        orders.get(orderId);
        var row = jdbc.sql("select * from workorder.attachment where id = ? and work_order_id = ?")
                .params(attachmentId, orderId).query((rs, n) -> new Content(map(rs, n),
                        data.path().resolve(rs.getString("storage_path"))))
                .optional().orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        if (!Files.exists(row.path())) {
            throw new NotFoundException("attachment file", attachmentId);
        }
        return row;
    }

    private Attachment get(long id) {
        return jdbc.sql("select * from workorder.attachment where id = ?").param(id).query(Attachments::map).single();
    }

    private InputStream limited(InputStream in) {
        return new java.io.FilterInputStream(in) {
            long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(n);
                return n;
            }

            @Override
            public int read() throws IOException {
                int n = super.read();
                count(n < 0 ? -1 : 1);
                return n;
            }

            private void count(int n) {
                if (n > 0 && (read += n) > maxBytes) {
                    throw InvalidInputException.of("file", "Size", "must be at most " + maxBytes / (1024 * 1024) + " MB");
                }
            }
        };
    }

    static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("work_order_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_name"), instant(rs, "uploaded_at"));
    }
}
