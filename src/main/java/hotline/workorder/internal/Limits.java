package hotline.workorder.internal;

import hotline.workorder.TimeLimit;

/** The three time limits that apply to one order: sign-off, handling (to the reply), callback. */
record Limits(TimeLimit signOff, TimeLimit handle, TimeLimit callback) {
}
