package hotline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules the compiler cannot check (style guide §2). */
class ArchitectureTests {

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("hotline");

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
    }

    @Test
    void nobodyUsesH2OrFieldInjection() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.h2..").check(classes);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                "org.springframework.beans.factory.annotation.Autowired").check(classes);
    }
}
