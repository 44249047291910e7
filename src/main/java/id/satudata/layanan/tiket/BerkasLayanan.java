package id.satudata.layanan.tiket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.satudata.layanan.internal.LayananProperties;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/**
 * Attachments of requests, complaints and recommendations: checked before anything is stored —
 * the extension must be one of the allowed document and image types AND the content must start
 * like that type (a renamed executable is refused), within the size and count limits — then
 * stored under a platform key (never the user's name) in the {@link FileStore}; files of a
 * transaction that does not commit are removed again.
 */
@Component
public class BerkasLayanan {

	/** Allowed types: extension → MIME type; the content check is in {@link #isiCocok}. */
	static final Map<String, String> TIPE = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("odt", "application/vnd.oasis.opendocument.text"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"), Map.entry("csv", "text/csv"),
			Map.entry("txt", "text/plain"));

	/** The types a questionnaire may be. */
	public static final List<String> KUESIONER = List.of("pdf", "docx", "xlsx", "odt", "ods");

	private final FileStore files;
	private final LampiranLayananRepository repository;
	private final LayananProperties properties;
	private final Clock clock;

	BerkasLayanan(FileStore files, LampiranLayananRepository repository, LayananProperties properties, Clock clock) {
		this.files = files;
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	/** Refuses the first file that is not allowed (by name in the field {@code field}); stores nothing. */
	public void periksa(List<BerkasMasuk> berkas, String field, List<String> jenisBoleh) {
		List<BerkasMasuk> ada = berkas == null ? List.of() : berkas.stream().filter(b -> b != null && b.ukuran() > 0).toList();
		if (ada.size() > properties.lampiran().maksJumlah()) {
			throw new InvalidFieldException(field, "layanan.galat.lampiranTerlaluBanyak", properties.lampiran().maksJumlah());
		}
		for (BerkasMasuk b : ada) {
			String nama = namaAman(b.namaAsli());
			String ext = ekstensi(nama);
			if (!jenisBoleh.contains(ext)) {
				throw new InvalidFieldException(field, "layanan.galat.lampiranJenis", nama, String.join(", ", jenisBoleh));
			}
			if (b.ukuran() > properties.lampiran().maksUkuran().toBytes()) {
				throw new InvalidFieldException(field, "layanan.galat.lampiranBesar", nama,
						properties.lampiran().maksUkuran().toMegabytes());
			}
			if (!isiCocok(b, ext)) {
				throw new InvalidFieldException(field, "layanan.galat.lampiranIsi", nama, ext.toUpperCase(Locale.ROOT));
			}
		}
	}

	/** Stores files already checked by {@link #periksa}; call inside the transaction that saves their owner. */
	public List<LampiranLayanan> simpan(String objekTipe, long objekId, String jenis, List<BerkasMasuk> berkas, String oleh) {
		List<LampiranLayanan> out = new ArrayList<>();
		if (berkas == null) {
			return out;
		}
		for (BerkasMasuk b : berkas) {
			if (b == null || b.ukuran() <= 0) {
				continue;
			}
			String nama = namaAman(b.namaAsli());
			String key;
			try (InputStream in = b.buka()) {
				key = files.store("layanan", in);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			hapusBilaBatal(key);
			out.add(repository.save(new LampiranLayanan(objekTipe, objekId, jenis, nama, TIPE.get(ekstensi(nama)), b.ukuran(),
					key, oleh, clock.instant())));
		}
		return out;
	}

	public List<LampiranLayanan> daftar(String objekTipe, long objekId) {
		return repository.findByObjekTipeAndObjekIdOrderByIdAsc(objekTipe, objekId);
	}

	InputStream buka(LampiranLayanan l) {
		try {
			return files.open(l.getStorageKey());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An attachment as a download (never shown inline: a user's file is not a page of this site). */
	public ResponseEntity<InputStreamResource> download(LampiranLayanan l) {
		InputStream in = buka(l);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(l.getNamaBerkas(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(l.getTipeMime())).contentLength(l.getUkuran())
			.body(new InputStreamResource(in));
	}

	/** The attachment {@code uuid} of an object, or "not found". */
	public LampiranLayanan lampiran(String objekTipe, long objekId, String uuid) {
		return daftar(objekTipe, objekId).stream().filter(x -> x.getUuid().equals(uuid)).findFirst()
			.orElseThrow(() -> new NotFoundException("layanan.galat.lampiranTidakAda"));
	}

	/** The accept attribute of a file field for these extensions (".pdf,.docx"). */
	public static String acceptAttribute(List<String> jenis) {
		return "." + String.join(",.", jenis);
	}

	/** Removes an attachment (its file after commit). */
	public void hapus(LampiranLayanan l) {
		repository.delete(l);
		String key = l.getStorageKey();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						hapusBerkas(key);
					}
				}
			});
		}
	}

	/** Stores a generated document (e.g. an issued letter) and returns its key. */
	public String simpanDokumen(byte[] isi) {
		try {
			String key = files.store("layanan", new java.io.ByteArrayInputStream(isi));
			hapusBilaBatal(key);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public byte[] bacaDokumen(String key) {
		try (InputStream in = files.open(key)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void hapusBilaBatal(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						hapusBerkas(key);
					}
				}
			});
		}
	}

	private void hapusBerkas(String key) {
		try {
			files.delete(key);
		}
		catch (IOException e) {
			// an orphan file is harmless; the next clean-up of the store removes it
		}
	}

	/** Whether the first bytes look like the type the extension claims. */
	static boolean isiCocok(BerkasMasuk b, String ext) {
		byte[] head;
		try (InputStream in = b.buka()) {
			head = in.readNBytes(8192);
		}
		catch (IOException e) {
			return false;
		}
		return switch (ext) {
			case "pdf" -> mulai(head, '%', 'P', 'D', 'F', '-');
			case "png" -> mulai(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
			case "jpg", "jpeg" -> mulai(head, 0xFF, 0xD8, 0xFF);
			case "docx", "xlsx", "odt", "ods" -> mulai(head, 'P', 'K', 0x03, 0x04);
			case "csv", "txt" -> teks(head);
			default -> false;
		};
	}

	private static boolean mulai(byte[] head, int... sig) {
		if (head.length < sig.length) {
			return false;
		}
		for (int i = 0; i < sig.length; i++) {
			if ((head[i] & 0xFF) != sig[i]) {
				return false;
			}
		}
		return true;
	}

	/** Plain text: no NUL and no other control bytes besides tab, CR, LF, form feed. */
	private static boolean teks(byte[] head) {
		for (byte x : head) {
			int c = x & 0xFF;
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				return false;
			}
		}
		return true;
	}

	/** The user's file name without folders or control characters, at most 200 characters. */
	public static String namaAman(String nama) {
		String n = nama == null ? "" : nama.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (n.isEmpty()) {
			n = "berkas";
		}
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

	static String ekstensi(String nama) {
		int dot = nama.lastIndexOf('.');
		return dot < 0 ? "" : nama.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	public static List<String> semuaJenis() {
		return Arrays.asList("pdf", "jpg", "jpeg", "png", "docx", "xlsx", "odt", "ods", "csv", "txt");
	}

}
