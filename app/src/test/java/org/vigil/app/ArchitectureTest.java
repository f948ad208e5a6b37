package org.vigil.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.lists.archfixture.ListsClassThatUsesTheWebAndTheApp;

/**
 * The module direction: lists <- match <- screening, rewards <- app; spark and bench beside. HTTP, SQL, CLI and
 * configuration stay out of the domain modules. Rules for modules not written yet hold vacuously and start to bite
 * when their packages appear; the last test proves each rule fails on a deliberate violation.
 */
class ArchitectureTest {
    static final ArchRule MODULE_DIRECTION = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("lists").definedBy("org.vigil.lists..")
            .layer("match").definedBy("org.vigil.match..")
            .layer("screening").definedBy("org.vigil.screening..")
            .layer("rewards").definedBy("org.vigil.rewards..")
            .layer("app").definedBy("org.vigil.app..")
            .layer("spark").definedBy("org.vigil.spark..")
            .layer("bench").definedBy("org.vigil.bench..")
            .whereLayer("app").mayOnlyBeAccessedByLayers("bench")
            .whereLayer("screening").mayOnlyBeAccessedByLayers("app", "bench")
            .whereLayer("rewards").mayOnlyBeAccessedByLayers("app", "bench")
            .whereLayer("match").mayOnlyBeAccessedByLayers("screening", "rewards", "app", "spark", "bench")
            .whereLayer("lists").mayOnlyBeAccessedByLayers("match", "screening", "rewards", "app", "spark", "bench")
            .whereLayer("spark").mayNotBeAccessedByAnyLayer();

    static final ArchRule DOMAIN_HAS_NO_HTTP_SQL_CLI = noClasses()
            .that().resideInAnyPackage("org.vigil.lists..", "org.vigil.match..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..",
                    "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "org.jdbi..", "org.flywaydb..",
                    "com.zaxxer..", "picocli..", "gg.jte..", "com.fasterxml.jackson.databind..")
            .allowEmptyShould(true);

    /** The matching engine is pure computation: it reads no files and opens no connections. */
    static final ArchRule MATCH_DOES_NO_IO = noClasses()
            .that().resideInAnyPackage("org.vigil.match..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream");

    static final ArchRule ONLY_APP_KNOWS_WEB_AND_CLI = noClasses()
            .that().resideOutsideOfPackage("org.vigil.app..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "picocli..");

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigil");
    }

    @Test
    void modulesDependOneWay() {
        MODULE_DIRECTION.check(production);
    }

    @Test
    void listsAndMatchKnowNoHttpSqlCliOrTemplates() {
        DOMAIN_HAS_NO_HTTP_SQL_CLI.check(production);
    }

    @Test
    void matchReadsNoFilesAndOpensNoConnections() {
        MATCH_DOES_NO_IO.check(production);
        JavaClasses bad = new ClassFileImporter().importClasses(
                org.vigil.match.archfixture.MatchClassThatReadsAFile.class);
        assertThatThrownBy(() -> MATCH_DOES_NO_IO.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.nio.file");
    }

    @Test
    void onlyTheAppKnowsJavalinAndPicocli() {
        ONLY_APP_KNOWS_WEB_AND_CLI.check(production);
    }

    @Test
    void everyRuleFailsOnADeliberateViolation() {
        JavaClasses bad = new ClassFileImporter().importClasses(ListsClassThatUsesTheWebAndTheApp.class, Main.class);
        assertThatThrownBy(() -> MODULE_DIRECTION.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ListsClassThatUsesTheWebAndTheApp");
        assertThatThrownBy(() -> DOMAIN_HAS_NO_HTTP_SQL_CLI.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.javalin.Javalin");
        assertThatThrownBy(() -> ONLY_APP_KNOWS_WEB_AND_CLI.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.javalin.Javalin");
    }
}
