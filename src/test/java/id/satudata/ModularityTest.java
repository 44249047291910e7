package id.satudata;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of DESIGN.md hold: no module reaches into another's internal packages,
 * and dependencies have no cycles. Also writes the module diagrams (target/spring-modulith-docs),
 * copied into docs/ when the module map changes.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(SatuDataApplication.class);

	@Test
	void moduleBoundariesAreRespected() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
