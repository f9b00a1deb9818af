/**
 * The technical ground every business module stands on: the database (embedded PostgreSQL by default, migrations per
 * module), the error format of the API, the console layout and its navigation, message bundles, durable timers, demo
 * seeding, exports and masking. It holds no business rules and listens to no business event.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package hotline.platform;
