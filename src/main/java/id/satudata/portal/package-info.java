/**
 * The public portal: the home page, the about page and the public pages later modules fill
 * (datasets, release calendar, services). Reads other modules through their public APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "referensi", "katalog", "datastore", "standar", "perencanaan", "organisasi" })
package id.satudata.portal;
