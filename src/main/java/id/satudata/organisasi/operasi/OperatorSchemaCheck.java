package id.satudata.organisasi.operasi;

import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Operator commands never change the schema (it belongs to the server, which may be running another
 * version): they only check that the database's migrations are exactly this version's, and refuse to
 * run otherwise (an empty database: start the server once first).
 */
@Configuration(proxyBeanMethods = false)
@Profile("operator")
class OperatorSchemaCheck {

	@Bean
	FlywayMigrationStrategy validateOnly() {
		return flyway -> {
			MigrationInfoService info = flyway.info();
			if (info.applied().length == 0) {
				throw new IllegalStateException("The database has no Satu Data schema yet: start the server once "
						+ "(it creates the schema and loads the region list), then run the command.");
			}
			ValidateResult result = flyway.validateWithResult();
			if (!result.validationSuccessful) {
				throw new IllegalStateException("The database schema does not match this version of Satu Data ("
						+ info.pending().length + " migrations not applied; start the server of this version once, "
						+ "it migrates the schema): " + result.errorDetails.errorMessage);
			}
		};
	}

}
