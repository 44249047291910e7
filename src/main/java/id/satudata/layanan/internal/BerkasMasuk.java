package id.satudata.layanan.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * An uploaded file as a service sees it: the name the user gave it, its size and its content
 * (a {@code MultipartFile} fits, without the service depending on the web layer).
 */
interface BerkasMasuk {

	String namaAsli();

	long ukuran();

	InputStream buka() throws IOException;

	static BerkasMasuk dari(org.springframework.web.multipart.MultipartFile f) {
		return new BerkasMasuk() {
			@Override
			public String namaAsli() {
				return f.getOriginalFilename();
			}

			@Override
			public long ukuran() {
				return f.getSize();
			}

			@Override
			public InputStream buka() throws IOException {
				return f.getInputStream();
			}
		};
	}

}
