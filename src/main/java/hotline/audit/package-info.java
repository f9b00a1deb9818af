/**
 * The audit trail: every change a person makes, in any module, with who, when, what, and the state before and after.
 * Modules write to it through {@link hotline.audit.AuditLog} inside their own transaction, so a change and its audit
 * entry commit together. Administrators search it; work orders show their own entries.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package hotline.audit;
