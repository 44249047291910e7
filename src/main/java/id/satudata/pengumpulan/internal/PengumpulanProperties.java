package id.satudata.pengumpulan.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Collection settings ({@code satudata.pengumpulan.*}).
 *
 * @param maksTemuanPerAturan issues kept per rule in a validation report (counts stay exact)
 * @param barisIsian rows of the web form for typing a small table
 * @param barisTemplatMaks rows the Excel template prepares drop-downs and type checks for
 * @param kuotaUnggahan bytes of upload files kept per organization (0: no limit); default 5GB
 */
@ConfigurationProperties("satudata.pengumpulan")
public record PengumpulanProperties(Integer maksTemuanPerAturan, Integer barisIsian, Integer barisTemplatMaks,
		org.springframework.util.unit.DataSize kuotaUnggahan) {

	public PengumpulanProperties {
		maksTemuanPerAturan = maksTemuanPerAturan == null ? 100_000 : maksTemuanPerAturan;
		barisIsian = barisIsian == null ? 50 : barisIsian;
		barisTemplatMaks = barisTemplatMaks == null ? 5000 : barisTemplatMaks;
		kuotaUnggahan = kuotaUnggahan == null ? org.springframework.util.unit.DataSize.ofGigabytes(5) : kuotaUnggahan;
	}

}
