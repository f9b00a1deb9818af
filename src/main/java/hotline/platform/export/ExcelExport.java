package hotline.platform.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams a list page to an .xlsx file row by row (fastexcel), so exporting a million rows needs no more memory than
 * exporting ten. Instants are written in the center's time zone.
 */
public final class ExcelExport {

    private static final int FLUSH_EVERY = 1_000;

    public record Column<T>(String header, Function<T, Object> value) {
    }

    /** Feeds rows to the consumer it is given; typically a streaming query run in its own read-only transaction. */
    @FunctionalInterface
    public interface RowSource<T> {
        void forEach(Consumer<T> row);
    }

    private ExcelExport() {
    }

    public static <T> ResponseEntity<StreamingResponseBody> download(String fileName, String sheet,
                                                                     List<Column<T>> columns, RowSource<T> rows,
                                                                     ZoneId zone) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out -> write(out, sheet, columns, rows, zone));
    }

    public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, RowSource<T> rows,
                                 ZoneId zone) throws IOException {
        var workbook = new Workbook(out, "Hotline", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().set();
        }
        int[] row = {1};
        rows.forEach(item -> {
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, row[0], c, columns.get(c).value().apply(item), zone);
            }
            if (row[0]++ % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value, ZoneId zone) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(row, column, bool);
        } else if (value instanceof Instant instant) {
            dateTime(sheet, row, column, LocalDateTime.ofInstant(instant, zone));
        } else if (value instanceof OffsetDateTime time) {
            dateTime(sheet, row, column, time.atZoneSameInstant(zone).toLocalDateTime());
        } else if (value instanceof LocalDateTime time) {
            dateTime(sheet, row, column, time);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else {
            sheet.value(row, column, value.toString());
        }
    }

    private static void dateTime(Worksheet sheet, int row, int column, LocalDateTime time) {
        sheet.value(row, column, time);
        sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
    }
}
