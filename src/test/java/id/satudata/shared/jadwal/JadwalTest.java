package id.satudata.shared.jadwal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * With several nodes every scheduled job takes the database lock, so it runs on one node at a time
 * (MultiNodeIT shows the lock at work on two nodes). The one exception is per node by nature: each
 * node writes its own in-memory usage counts.
 */
class JadwalTest {

	static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.satudata");

	@Test
	void everyScheduledJobTakesTheLockExceptThePerNodeOnes() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.and()
			.areDeclaredInClassesThat()
			.doNotHaveFullyQualifiedName("id.satudata.katalog.penggunaan.PenggunaanService")
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.because("a job without the lock runs once per node")
			.check(MAIN);
	}

}
