package hotline.quality.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import hotline.quality.QualityReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The quality report as PDF (OpenPDF, ADR 0083) with an embedded CJK font so Chinese names and items print on any
 * reader. The font comes from the OS ({@code fonts-noto-cjk} or {@code fonts-wqy-microhei}) or from
 * {@code hotline.quality.pdf-font} ({@code path} or {@code path,index} for a collection); without one the export
 * fails with a message saying which package to install.
 */
@Component
class ReportPdf {

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2");

    private final String configured;
    private volatile BaseFont font;

    ReportPdf(@Value("${hotline.quality.pdf-font:}") String configured) {
        this.configured = configured;
    }

    /** Thrown when no CJK font is installed: the message tells the administrator what to do. */
    static class NoCjkFont extends IllegalStateException {
        NoCjkFont(String message) {
            super(message);
        }
    }

    BaseFont font() {
        if (font == null) {
            var tried = new ArrayList<String>();
            var candidates = new ArrayList<String>();
            if (configured != null && !configured.isBlank()) {
                candidates.add(configured.strip());
            }
            candidates.addAll(CANDIDATES);
            for (String candidate : candidates) {
                String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
                tried.add(file);
                if (Files.isReadable(Path.of(file))) {
                    try {
                        font = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                        break;
                    } catch (IOException | RuntimeException e) {
                        // try the next one
                    }
                }
            }
            if (font == null) {
                throw new NoCjkFont("no CJK font for PDF export: install fonts-noto-cjk (apt-get install "
                        + "fonts-noto-cjk) or set hotline.quality.pdf-font; looked for " + tried);
            }
        }
        return font;
    }

    void write(OutputStream out, QualityReports.Report report, Function<String, String> msg, Locale locale) {
        var base = font();
        var title = new Font(base, 16, Font.BOLD);
        var heading = new Font(base, 12, Font.BOLD);
        var text = new Font(base, 9);
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(msg.apply("quality.report.title") + " · "
                + msg.apply("quality.report.period." + report.period()) + " " + report.from() + " – " + report.to(),
                title));
        var s = report.summary();
        document.add(new Paragraph(msg.apply("quality.report.evaluations") + ": " + s.evaluations() + "    "
                + msg.apply("quality.report.average") + ": " + fmt(s.average()) + "    "
                + msg.apply("quality.report.passRate") + ": " + pct(s.passRate()) + "    "
                + msg.apply("quality.report.fatal") + ": " + s.fatal() + "    "
                + msg.apply("quality.report.appeals") + ": " + s.appeals() + " / " + s.appealsChanged(), text));
        section(document, msg.apply("quality.report.distribution"), heading,
                List.of(msg.apply("quality.report.range"), msg.apply("quality.report.evaluations")),
                report.distribution().stream().map(b -> List.of(b.from() + "–" + b.to(), String.valueOf(b.count())))
                        .toList(), text);
        var rowHeaders = List.of(msg.apply("quality.report.name"), msg.apply("quality.report.evaluations"),
                msg.apply("quality.report.average"), msg.apply("quality.report.min"), msg.apply("quality.report.max"),
                msg.apply("quality.report.passRate"), msg.apply("quality.report.fatal"),
                msg.apply("quality.report.appeals"));
        section(document, msg.apply("quality.report.byAgent"), heading, rowHeaders,
                report.agents().stream().map(ReportPdf::cells).toList(), text);
        section(document, msg.apply("quality.report.byTeam"), heading, rowHeaders,
                report.teams().stream().map(ReportPdf::cells).toList(), text);
        section(document, msg.apply("quality.report.byItem"), heading,
                List.of(msg.apply("quality.report.item"), msg.apply("quality.report.scored"),
                        msg.apply("quality.report.lost"), msg.apply("quality.report.lostRate"),
                        msg.apply("quality.report.fatal")),
                report.items().stream().map(i -> List.of(i.itemName(), String.valueOf(i.scored()),
                        String.valueOf(i.lost()), pct(i.lostRate()), String.valueOf(i.fatal()))).toList(), text);
        section(document, msg.apply("quality.report.trend"), heading,
                List.of(msg.apply("quality.report.from"), msg.apply("quality.report.evaluations"),
                        msg.apply("quality.report.average"), msg.apply("quality.report.passRate")),
                report.trend().stream().map(t -> List.of(t.from().toString(), String.valueOf(t.evaluations()),
                        fmt(t.average()), pct(t.passRate()))).toList(), text);
        document.close();
    }

    private static List<String> cells(QualityReports.Row r) {
        return List.of(r.name() == null ? "—" : r.name(), String.valueOf(r.evaluations()), fmt(r.average()),
                fmt(r.min()), fmt(r.max()), pct(r.passRate()), String.valueOf(r.fatal()), String.valueOf(r.appeals()));
    }

    private static void section(Document document, String heading, Font headingFont, List<String> headers,
                                List<List<String>> rows, Font text) {
        var title = new Paragraph(heading, headingFont);
        title.setSpacingBefore(10);
        title.setSpacingAfter(4);
        document.add(title);
        var table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        for (String header : headers) {
            var cell = new PdfPCell(new Phrase(header, text));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (var row : rows) {
            for (String value : row) {
                var cell = new PdfPCell(new Phrase(value, text));
                cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    static String fmt(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String pct(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
