package id.satudata.organisasi.akun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The enrolment QR code: the SVG draws exactly the code's dark modules, and a reader gets the otpauth URI back. */
class QrSvgTest {

	private static final String URI = "otpauth://totp/Satu%20Data:walidata?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
			+ "&issuer=Satu+Data&algorithm=SHA1&digits=6&period=30";

	@Test
	void theSvgIsTheQrCodeOfTheUri() throws Exception {
		BitMatrix m = QrSvg.matrix(URI);
		// read back like a phone camera would (each module 4 pixels)
		int scale = 4;
		int w = m.getWidth() * scale;
		int h = m.getHeight() * scale;
		int[] pixels = new int[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
			}
		}
		String read = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)))).getText();
		assertThat(read).isEqualTo(URI);

		String uri = QrSvg.dataUri(URI);
		assertThat(uri).startsWith("data:image/svg+xml;base64,");
		String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
		int dark = 0;
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				if (m.get(x, y)) {
					dark++;
					assertThat(svg).contains("M" + x + "," + y + "h1v1h-1z");
				}
			}
		}
		Matcher cells = Pattern.compile("h1v1h-1z").matcher(svg);
		int drawn = 0;
		while (cells.find()) {
			drawn++;
		}
		assertThat(drawn).isEqualTo(dark).isPositive();
		assertThat(svg).contains("viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\"");
	}

}
