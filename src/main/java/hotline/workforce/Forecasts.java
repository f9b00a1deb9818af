package hotline.workforce;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Forecasts of contacts and handle time per queue and interval, with the method chosen by backtest and the lead's
 * adjustments; the stateless forecaster behind {@code POST /api/v1/workforce/forecasts}; history import.
 */
public interface Forecasts {

    /** Forecasts the {@code horizonIntervals} open intervals after the given history (nothing is stored). */
    ForecastAnswer forecast(@Valid ForecastRequest request);

    /** History and forecast of a stored queue for {@code days} days from {@code from}, adjustments applied. */
    QueueForecast forecastQueue(String queueCode, LocalDate from, int days);

    List<String> queues();

    /** Replaces the forecast of one interval with the lead's number; the reason is kept. */
    void adjust(String queueCode, Instant intervalStart, double contacts, String reason);

    List<SpecialDayView> specialDays();

    SpecialDayView addSpecialDay(LocalDate day, SpecialDayKind kind, DayOfWeek behavesLike, double factor,
                                 String queueCode, String note);

    void removeSpecialDay(long id);

    /** Imports history: per-call records (bank layout), interval counts as CSV, or as Excel (.xlsx). */
    ImportResult importHistory(ImportFormat format, byte[] content, String queueCode, int intervalMinutes);

    enum ImportFormat { CALL_RECORDS, INTERVAL_CSV, INTERVAL_XLSX }

    enum SpecialDayKind { HOLIDAY, MAKE_UP_WORKDAY, INCIDENT }

    /** {@code start} keeps its offset: the forecast answers in the same offset and reads days and hours in it. */
    record HistoryPoint(@NotNull @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                        OffsetDateTime start, @NotNull @PositiveOrZero Double contacts,
                        @PositiveOrZero Double ahtSeconds) {
    }

    record ForecastRequest(@NotNull @Min(5) @Max(1440) Integer intervalMinutes,
                           @NotEmpty List<@Valid @NotNull HistoryPoint> history,
                           @NotNull @Min(1) @Max(20160) Integer horizonIntervals) {
    }

    /** {@code start} keeps the offset of the history it came from (not adjusted to UTC). */
    record Point(@JsonSerialize(using = ToStringSerializer.class) OffsetDateTime start,
                 double contacts, Double ahtSeconds) {
    }

    /** Backtest errors in percent (MAPE over intervals with contacts, WAPE over the volume); null when too short. */
    record MethodAccuracy(String method, Double mape, Double wape) {
    }

    record ForecastAnswer(String method, Double backtestMape, Double backtestWape, List<MethodAccuracy> candidates,
                          List<Point> points) {
    }

    record Adjustment(long id, Instant intervalStart, double contacts, String reason, String createdBy,
                      Instant createdAt) {
    }

    record QueueForecast(String queueCode, int intervalMinutes, String method, Double backtestMape,
                         Double backtestWape, List<MethodAccuracy> candidates, List<Point> history,
                         List<Point> forecast, List<Adjustment> adjustments) {
    }

    record SpecialDayView(long id, LocalDate day, SpecialDayKind kind, DayOfWeek behavesLike, double factor,
                          String queueCode, String note) {
    }

    record ImportResult(int rows, int intervals, int skipped, List<String> queues) {
    }
}
