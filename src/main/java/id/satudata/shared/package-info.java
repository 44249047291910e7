/**
 * Shared kernel: the vocabulary and infrastructure every module uses — the role vocabulary and the
 * current user ({@code security}), the working calendar ({@code kalender}), the web shell, i18n and
 * error handling ({@code web}), tabular file reading and writing ({@code tabular}) and file storage
 * ({@code storage}). It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.satudata.shared;
