/**
 * The telephony port: an engine-neutral, asynchronous command interface ({@link hotline.telephony.Telephony}) and an
 * in-memory stream of call-control events ({@link hotline.telephony.TelephonyEvents}) that routing, IVR, dialer,
 * recordings and quality build on. Adapters (the in-process simulator today; SIP and FreeSWITCH later) are chosen with
 * {@code hotline.telephony.adapter} and each passes the same contract test suite. The simple IVR in front publishes
 * {@link hotline.telephony.TelephonyEvent.CallQueued} when a caller waits for a queue: routing's integration point.
 * These signals are high-frequency and stay in memory; they are not Spring Modulith module events. See
 * {@code docs/telephony.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telephony")
package hotline.telephony;
