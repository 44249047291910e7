/**
 * PPID: requests for public information under UU KIP 14/2008 and the Komisi Informasi's standard
 * for public information services (Perki 1/2021). A registered user asks for a TERBATAS dataset
 * from its public stub (listed by the Walidata) or for any information from {@code /ppid}; the
 * PPID registers the request in the register book, asks the Walidata or the producer for a view,
 * and decides within 10 working days (once extendable by 7, with a written reason) on the holiday
 * calendar. A grant gives exactly that requester time-limited access to exactly that dataset's
 * published releases (pages, downloads, the API with their own token), recorded and revocable; the
 * catalog applies it through its SPI {@code katalog.HakAksesKhusus}. A refusal names the exemption
 * ground of Pasal 17 and the consequence test; the requester may object within 30 working days,
 * answered by the PPID's superior (the organization's Kepala Dinas) within 30 working days.
 * <p>
 * The requester's identity (ID number, address, contact) is personal data (UU PDP 27/2022): shown
 * only to the requester, the PPID and the deciding officers, never to those asked for a view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PPID", allowedDependencies = { "shared", "katalog", "organisasi", "notifikasi" })
package id.satudata.ppid;
