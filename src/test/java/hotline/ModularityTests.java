package hotline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries hold, and the module documentation in docs/modules is regenerated from the code. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(Hotline.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyBusinessModuleIsKnown() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "audit", "identity");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
