package hotline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    void writesModuleDocumentation() throws IOException {
        var folder = Path.of("docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(folder)) {
            for (var file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The documenter lists relations and canvas entries in hash order, which changes from run to run; sorting each run
     * of such lines keeps the generated files unchanged until the modules really change.
     */
    static List<String> inStableOrder(List<String> lines) {
        var out = new ArrayList<String>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("Rel(") || line.startsWith("|* ")) {
                boolean canvas = line.startsWith("|");
                var run = new ArrayList<String>();
                run.add(canvas ? line.substring(1) : line);
                int j = i + 1;
                while (j < lines.size() && lines.get(j).startsWith(canvas ? "* " : "Rel(")) {
                    run.add(lines.get(j));
                    j++;
                }
                Collections.sort(run);
                if (canvas) {
                    run.set(0, "|" + run.get(0));
                }
                out.addAll(run);
                i = j;
            } else {
                out.add(line);
                i++;
            }
        }
        return out;
    }
}
