package id.satudata.referensi.kode;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.organisasi.WilayahResolver;
import id.satudata.referensi.KodeReferensiLookup;

/** Gives the organization module the Kemendagri region list. */
@Component
class WilayahResolverAdapter implements WilayahResolver {

	private final KodeReferensiLookup lookup;

	WilayahResolverAdapter(KodeReferensiLookup lookup) {
		this.lookup = lookup;
	}

	@Override
	public Optional<Wilayah> wilayah(String kode) {
		return lookup.kode(KodeReferensiLookup.WILAYAH, kode).filter(k -> k.aktif())
			.map(k -> new Wilayah(k.kode(), k.nama(), k.tingkat()));
	}

}
