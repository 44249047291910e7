package id.satudata.referensi.internal;

import java.util.List;

/** One page of results with what the pager needs. */
public record Halaman<T>(List<T> isi, int nomor, int ukuran, long total) {

	int jumlahHalaman() {
		return (int) Math.max(1, (total + ukuran - 1) / ukuran);
	}

	public int getJumlahHalaman() {
		return jumlahHalaman();
	}

	public boolean isAdaSebelumnya() {
		return nomor > 0;
	}

	public boolean isAdaBerikutnya() {
		return nomor + 1 < jumlahHalaman();
	}

	public static int safePage(int page) {
		return Math.max(0, Math.min(page, 100_000));
	}

}
