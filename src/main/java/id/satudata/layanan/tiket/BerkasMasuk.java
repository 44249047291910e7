package id.satudata.layanan.tiket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file as a service sees it: the name the user gave it, its size and its content
 * (a {@code MultipartFile} fits, without the service depending on the web layer).
 */
public interface BerkasMasuk {

	String namaAsli();

	long ukuran();

	InputStream buka() throws IOException;

	/** The files of a form's file field, without the empty ones a browser sends for "no file". */
	static List<BerkasMasuk> dari(List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty()).map(BerkasMasuk::dari).toList();
	}

	/** An uploaded file. */
	static BerkasMasuk dari(MultipartFile f) {
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

	/** A file made by the platform (e.g. the demo's questionnaire). */
	record Dibuat(String namaAsli, byte[] isi) implements BerkasMasuk {

		@Override
		public long ukuran() {
			return isi.length;
		}

		@Override
		public InputStream buka() {
			return new ByteArrayInputStream(isi);
		}

	}

}
