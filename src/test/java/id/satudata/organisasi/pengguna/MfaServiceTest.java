package id.satudata.organisasi.pengguna;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import id.satudata.organisasi.internal.OrganisasiProperties;

/** The TOTP check against the SHA-1 test vectors of RFC 6238, appendix B (6-digit truncation). */
class MfaServiceTest {

	/** The RFC's SHA-1 seed, "12345678901234567890", in Base32 as authenticator apps take it. */
	private static final String SEED = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	private static MfaService at(long epochSecond) {
		OrganisasiProperties p = new OrganisasiProperties(null, null, null, null, null, null, null, null, null, null,
				null, null, null);
		return new MfaService(null, null, null, null, p, null, null, null,
				Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
	}

	@Test
	void acceptsTheRfc6238Vectors() {
		// T, 8-digit TOTP of the RFC; the 6-digit code is its last six digits
		long[][] vectors = { { 59, 94287082 }, { 1111111109, 7081804 }, { 1111111111, 14050471 },
				{ 1234567890, 89005924 }, { 2000000000, 69279037 }, { 20000000000L, 65353130 } };
		for (long[] v : vectors) {
			String code = String.format("%06d", v[1] % 1_000_000);
			assertThat(at(v[0]).langkahCocok(SEED, code)).as("T=%d", v[0]).contains(v[0] / 30);
		}
	}

	@Test
	void acceptsOneStepOfDriftAndNoMore() {
		String code = String.format("%06d", 14050471 % 1_000_000); // T = 1111111111, step 37037037
		assertThat(at(1111111111L + 30).langkahCocok(SEED, code)).isEqualTo(Optional.of(37037037L));
		assertThat(at(1111111111L - 30).langkahCocok(SEED, code)).isEqualTo(Optional.of(37037037L));
		assertThat(at(1111111111L + 90).langkahCocok(SEED, code)).isEmpty();
		assertThat(at(1111111111L).langkahCocok(SEED, "14050471")).isEmpty();
		assertThat(at(1111111111L).langkahCocok(SEED, "05047")).isEmpty();
		assertThat(at(1111111111L).langkahCocok(SEED, null)).isEmpty();
	}

	@Test
	void recoveryCodesAreHashedAfterNormalising() {
		assertThat(MfaService.hashKode(" ABCD-efgh ")).isEqualTo(MfaService.hashKode("abcd-efgh")).hasSize(64);
	}

}
