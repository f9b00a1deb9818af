package hotline.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The shift handover log of the leads: written by the outgoing lead, acknowledged by the incoming one. */
public interface HandoverLog {

    HandoverEntry write(@Valid HandoverNote note);

    /** Entries of the days from {@code from} to {@code to}, newest first. */
    List<HandoverEntry> list(LocalDate from, LocalDate to);

    /** The incoming lead confirms they read it; an entry is acknowledged once, by someone else than its writer. */
    HandoverEntry acknowledge(long id);

    record HandoverNote(@NotNull LocalDate shiftDate, @NotBlank @Size(max = 40) String shift,
                        @Size(max = 100) String takenOverBy, @NotBlank @Size(max = 5000) String notes,
                        @Size(max = 5000) String openIssues) {
    }
}
