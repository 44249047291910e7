package id.satudata.layanan.permintaan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.DatasetRingkas;
import id.satudata.perencanaan.UsulanDaftarData;

/**
 * What the requester sees of a data request beside the ticket ({@code layanan/tiket-isi}, as
 * {@code @permintaanDataPublik}): the area, years and purpose they gave, the dataset that answered
 * it, and the Daftar Data proposal made of it with its status until the data is published. Asked
 * only for a ticket the page already showed to its requester (tracking code or account); it holds no
 * personal data.
 */
@Component("permintaanDataPublik")
@Transactional(readOnly = true)
public class PermintaanDataPublik {

	/**
	 * @param usulan the proposal, when the Walidata made one
	 * @param terbit the dataset the planned data became, once published and visible to the caller
	 */
	public record Tampilan(PermintaanData data, UsulanDaftarData.StatusUsulan usulan, DatasetRingkas terbit) {
	}

	private final PermintaanDataRepository repository;
	private final PermintaanDataService service;

	PermintaanDataPublik(PermintaanDataRepository repository, PermintaanDataService service) {
		this.repository = repository;
		this.service = service;
	}

	/** The data request's part of ticket {@code nomor}; null for any other ticket. */
	public Tampilan untuk(String nomor) {
		return repository.findByNomor(nomor).map(d -> {
			UsulanDaftarData.StatusUsulan u = service.usulan(d).orElse(null);
			DatasetRingkas terbit = u == null ? null : service.terbit(u).map(x -> x.ringkas()).orElse(null);
			return new Tampilan(d, u, terbit);
		}).orElse(null);
	}

}
