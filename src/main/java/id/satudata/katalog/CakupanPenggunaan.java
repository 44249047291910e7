package id.satudata.katalog;

/**
 * Which datasets a usage list covers: all, those of one organization (government) or those of one
 * producing unit. Whatever the scope, only datasets the caller may see are counted.
 */
public record CakupanPenggunaan(Long organisasiId, Long unitId) {

	public static CakupanPenggunaan semua() {
		return new CakupanPenggunaan(null, null);
	}

	public static CakupanPenggunaan organisasi(long organisasiId) {
		return new CakupanPenggunaan(organisasiId, null);
	}

	public static CakupanPenggunaan unit(long unitId) {
		return new CakupanPenggunaan(null, unitId);
	}

}
