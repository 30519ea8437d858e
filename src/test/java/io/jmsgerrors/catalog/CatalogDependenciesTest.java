package io.jmsgerrors.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalog works on bytes and strings only, so the CLI and the stream processor can share it. */
class CatalogDependenciesTest {
  @Test
  void catalogShouldNotDependOnKafkaOrTheOtherPackages() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.jmsgerrors.catalog");

    noClasses().that().resideInAPackage("io.jmsgerrors.catalog..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.kafka..", "io.jmsgerrors.app..", "io.jmsgerrors.parse..", "io.jmsgerrors.topology..",
            "io.jmsgerrors.metrics..", "io.jmsgerrors.http..", "picocli..", "com.fasterxml..")
        .check(classes);
  }
}
