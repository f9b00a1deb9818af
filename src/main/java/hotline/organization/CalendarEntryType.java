package hotline.organization;

/** What a dated entry of a business calendar says about its day. */
public enum CalendarEntryType {
    /** 节假日: no working time that day, whatever the weekday. */
    HOLIDAY,
    /** 调休上班 (make-up working day) or a day with special hours: working time as the entry says (default Monday's). */
    WORKDAY
}
