package hotline.customer;

/** Recorded only when the customer says so; used for the form of address in scripts (先生 / 女士). */
public enum Gender {
    MALE, FEMALE
}
