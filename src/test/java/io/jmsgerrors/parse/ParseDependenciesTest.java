package io.jmsgerrors.parse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The parser works on bytes only, so the CLI and the stream processor can share it. */
class ParseDependenciesTest {
  @Test
  void parserShouldNotDependOnKafkaJsonLibrariesOrTheOuterPackages() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.jmsgerrors.parse");

    noClasses().that().resideInAPackage("io.jmsgerrors.parse..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.kafka..", "io.jmsgerrors.app..", "io.jmsgerrors.topology..", "io.jmsgerrors.metrics..",
            "io.jmsgerrors.http..", "picocli..", "com.fasterxml..", "java.util.regex..")
        .check(classes);
  }
}
