package hotline.workforce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Agents ask to swap a published shift with a colleague or for a day of leave; a lead approves or rejects. An
 * approved swap exchanges the two agents' shifts of that day; approved leave frees the day and is kept as
 * availability for the next schedules.
 */
public interface ShiftRequests {

    ShiftRequestView request(@NotNull NewShiftRequest request);

    void cancel(long id);

    ShiftRequestView decide(long id, boolean approve, String note, long version);

    /** The signed-in agent's own requests. */
    List<ShiftRequestView> mine();

    /** Requests awaiting a decision (leads). */
    List<ShiftRequestView> pending();

    List<ShiftRequestView> recent(int limit);

    enum Kind { SWAP, LEAVE }

    enum Status { PENDING, APPROVED, REJECTED, CANCELLED }

    record NewShiftRequest(@NotNull Kind kind, @NotNull LocalDate day, Long counterpartId,
                           @NotBlank @Size(max = 500) String reason) {
    }

    record ShiftRequestView(long id, Kind kind, long requesterId, String requesterName, LocalDate day,
                            Long counterpartId, String counterpartName, String reason, Status status,
                            String decidedBy, Instant decidedAt, String decisionNote, Instant createdAt,
                            long version) {
    }
}
