package id.satudata.organisasi;

/** An organization as other modules see it. */
public record OrganisasiRef(long id, String kodeWilayah, String nama, TingkatOrganisasi tingkat, Long indukId,
		boolean aktif) {
}
