package id.satudata.sinkron.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of outbound requests to harvest sources ({@code satudata.sinkron.*}).
 *
 * @param batasSambung connect timeout
 * @param batasBaca timeout of a whole answer
 * @param maksJawaban the largest API answer read (bytes)
 * @param maksTabel the largest table downloaded for the datastore (bytes)
 * @param maksBarisTabel the most rows of a harvested table
 * @param maksTabelPerDataset how many of a dataset's newest tables are imported
 * @param maksHalaman the most pages of 100 datasets a gather reads
 * @param jaringanPrivat whether sources on loopback or private addresses are allowed (an intranet
 *        between levels; off by default: see docs/keamanan.md)
 */
@ConfigurationProperties(prefix = "satudata.sinkron")
public record SinkronProperties(@DefaultValue("5s") Duration batasSambung, @DefaultValue("30s") Duration batasBaca,
		@DefaultValue("10485760") long maksJawaban, @DefaultValue("20971520") long maksTabel,
		@DefaultValue("200000") long maksBarisTabel, @DefaultValue("5") int maksTabelPerDataset,
		@DefaultValue("500") int maksHalaman, @DefaultValue("false") boolean jaringanPrivat) {
}
