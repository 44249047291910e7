package id.satudata.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One set of hostile files (issue 19, item 4), fed to every upload path: each must be refused with
 * the same clear message status, no 500, nothing stored. Built in memory when asked (the 50 MB line
 * is not committed).
 */
public enum BerkasBerbahaya {

	/** A tiny XLSX whose sheet XML inflates to 200 MB. */
	ZIP_BOMB("bom.xlsx"),
	/** An XLSX whose sheet declares an external entity (a local file). */
	XXE("xxe.xlsx"),
	/** A CSV with 100,000 columns. */
	SERATUS_RIBU_KOLOM("kolom.csv"),
	/** A CSV whose second line is one 50 MB line. */
	SATU_BARIS_50MB("baris.csv"),
	/** A PNG image named .csv. */
	BINER_SEBAGAI_CSV("gambar.csv"),
	/** Random bytes named .csv. */
	ACAK_SEBAGAI_CSV("acak.csv"),
	/** A quoted field that starts with a carriage return. */
	KUTIP_DIAWALI_CR("cr.csv"),
	/** UTF-16 (little endian) without a byte-order mark. */
	UTF16_TANPA_BOM("utf16.csv"),
	/** Bytes that are not UTF-8 and not a single-byte text either (overlong, unpaired). */
	UTF8_RUSAK("utf8.csv");

	/** What every hostile file's secret (XXE target) contains; must never be shown. */
	public static final String RAHASIA = "RAHASIA-NEGARA-19";

	private final String namaBerkas;

	BerkasBerbahaya(String namaBerkas) {
		this.namaBerkas = namaBerkas;
	}

	public String namaBerkas() {
		return namaBerkas;
	}

	/** The file's bytes; {@code header} is the first line of a CSV (the dataset's column names). */
	public byte[] isi(String header) {
		try {
			return switch (this) {
				case ZIP_BOMB -> zipBomb();
				case XXE -> xxe();
				case SERATUS_RIBU_KOLOM -> kolom(100_000);
				case SATU_BARIS_50MB -> barisPanjang(header, 50 * 1024 * 1024);
				case BINER_SEBAGAI_CSV -> png();
				case ACAK_SEBAGAI_CSV -> acak();
				case KUTIP_DIAWALI_CR -> (header + "\n\"\rx\",2024,1,1,2\n\"\r\",2024,1,1,2\n").getBytes(StandardCharsets.UTF_8);
				case UTF16_TANPA_BOM -> (header + "\n19.01,2024,1,1,2\n").getBytes(StandardCharsets.UTF_16LE);
				case UTF8_RUSAK -> utf8Rusak(header);
			};
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<BerkasBerbahaya> semua() {
		return Arrays.asList(values());
	}

	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return bomb.toByteArray();
	}

	private static byte[] xxe() throws IOException {
		java.nio.file.Path secret = java.nio.file.Files.createTempFile("rahasia", ".txt");
		java.nio.file.Files.writeString(secret, RAHASIA);
		secret.toFile().deleteOnExit();
		byte[] plain;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet("Data").createRow(0).createCell(0).setCellValue("kode_wilayah");
			wb.write(out);
			plain = out.toByteArray();
		}
		ByteArrayOutputStream hostile = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
				ZipOutputStream zip = new ZipOutputStream(hostile)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] data = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					data = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri()
							+ "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
							+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>")
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(data);
				zip.closeEntry();
			}
		}
		return hostile.toByteArray();
	}

	private static byte[] kolom(int n) {
		StringBuilder s = new StringBuilder(n * 8);
		for (int row = 0; row < 2; row++) {
			for (int i = 0; i < n; i++) {
				if (i > 0) {
					s.append(',');
				}
				s.append(row == 0 ? "k" + i : String.valueOf(i % 10));
			}
			s.append('\n');
		}
		return s.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] barisPanjang(String header, int size) {
		byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[head.length + size + 1];
		System.arraycopy(head, 0, out, 0, head.length);
		Arrays.fill(out, head.length, out.length - 1, (byte) 'x');
		out[out.length - 1] = '\n';
		return out;
	}

	private static byte[] png() {
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] out = Arrays.copyOf(signature, 4096);
		new Random(19).nextBytes(Arrays.copyOfRange(out, 0, 0));
		Random r = new Random(19);
		for (int i = signature.length; i < out.length; i++) {
			out[i] = (byte) r.nextInt(256);
		}
		return out;
	}

	private static byte[] acak() {
		byte[] out = new byte[64 * 1024];
		new Random(1919).nextBytes(out);
		return out;
	}

	private static byte[] utf8Rusak(String header) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < 50; i++) {
			// overlong encodings, lone continuation bytes, a surrogate half, and C1 controls
			out.writeBytes(new byte[] { (byte) 0xC0, (byte) 0x80, ',', (byte) 0x80, (byte) 0xBF, ',', (byte) 0xED,
					(byte) 0xA0, (byte) 0x80, ',', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, ',',
					(byte) 0xFF, (byte) 0xFE, '\n' });
		}
		return out.toByteArray();
	}

}
