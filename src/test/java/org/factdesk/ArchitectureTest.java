package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LineNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE and decision 0001: ui -> app -> {extract, archive, store, report} -> model;
 * and those of decision 0076: packages free of cycles, view models free of the scene graph, the standard streams
 * only where a user at a terminal reads them, the factdesk.* system properties only in the start-up configuration.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factdesk");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Launcher").definedBy("org.factdesk")
                .layer("UI").definedBy("org.factdesk.ui..")
                .layer("CLI").definedBy("org.factdesk.cli..")
                .layer("App").definedBy("org.factdesk.app..")
                .layer("Extract").definedBy("org.factdesk.extract..")
                .layer("Archive").definedBy("org.factdesk.archive..")
                .layer("Read").definedBy("org.factdesk.read..")
                .layer("Store").definedBy("org.factdesk.store..")
                .layer("Report").definedBy("org.factdesk.report..")
                .layer("Task").definedBy("org.factdesk.task..")
                .layer("Model").definedBy("org.factdesk.model..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Extract").mayOnlyBeAccessedByLayers("App", "Archive", "UI", "CLI")
                .whereLayer("Archive").mayOnlyBeAccessedByLayers("App", "UI", "CLI")
                .whereLayer("Read").mayOnlyBeAccessedByLayers("App", "Archive", "UI", "CLI")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "UI", "CLI")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("App", "UI", "CLI")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("org.factdesk.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.factdesk.model..", "java..")
                .check(classes);
    }

    @Test
    void theArticleReaderNeedsOnlyTheModelAndTasks() {
        noClasses().that().resideInAPackage("org.factdesk.read..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.ui..", "org.factdesk.cli..",
                        "org.factdesk.app..", "org.factdesk.extract..", "org.factdesk.archive..",
                        "org.factdesk.store..", "org.factdesk.report..")
                .check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.factdesk.ui..", "org.factdesk")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..",
                        "atlantafx..")
                .check(classes);
    }

    @Test
    void coreNeverReachesUpToTheUiOrCli() {
        noClasses().that().resideInAnyPackage("org.factdesk.app..", "org.factdesk.extract..", "org.factdesk.archive..",
                        "org.factdesk.store..", "org.factdesk.report..", "org.factdesk.task..", "org.factdesk.read..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.ui..", "org.factdesk.cli..")
                .check(classes);
    }

    /** A package, and each package under it with what lies below, as one slice each (extract, extract.quantity...). */
    private static SliceAssignment eachPackageUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (pkg.equals(root)) {
                    return SliceIdentifier.of(root);
                }
                if (pkg.startsWith(root + ".")) {
                    return SliceIdentifier.of(root + "." + pkg.substring(root.length() + 1).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return root + " and each package under it";
            }
        };
    }

    @Test
    void extractAndItsSubPackagesAreFreeOfCycles() {
        slices().assignedFrom(eachPackageUnder("org.factdesk.extract")).should().beFreeOfCycles().check(classes);
    }

    @Test
    void theAttributionAndQuantityReadersNeverReachBackToTheClaimFinder() {
        noClasses().that().resideInAnyPackage("org.factdesk.extract.attribution..", "org.factdesk.extract.quantity..",
                        "org.factdesk.extract.lexicon..")
                .should().dependOnClassesThat().resideInAPackage("org.factdesk.extract")
                .check(classes);
    }

    @Test
    void theTopLevelPackagesAreFreeOfCycles() {
        slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The article reader: read (the facade, ArticleReader) calls the format readers (read.html, read.text) and the
     * fetcher (read.web); they and the facade share what a page is (read.page: blocks, metadata, chrome rules,
     * dates, ReadException). Each package a slice, no way back up.
     */
    @Test
    void readAndItsSubPackagesAreFreeOfCycles() {
        slices().assignedFrom(eachPackageUnder("org.factdesk.read")).should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAnyPackage("org.factdesk.read.*..")
                .should().dependOnClassesThat().resideInAPackage("org.factdesk.read")
                .check(classes);
        noClasses().that().resideInAPackage("org.factdesk.read.page..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.read.html..",
                        "org.factdesk.read.text..", "org.factdesk.read.web..")
                .check(classes);
    }

    /**
     * The window's packages: ui and each package under it a slice of its own, so a view reaching back to the window
     * (a fully qualified org.factdesk.ui.X in ui.claims) is a cycle.
     */
    @Test
    void theUiAndEachPackageUnderItAreFreeOfCycles() {
        slices().matching("org.factdesk.(ui).*").should().beFreeOfCycles().check(classes);
        slices().matching("org.factdesk.ui.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * The view models hold the state the views show, and are tested without a toolkit: JavaFX properties yes, the
     * scene graph (controls, nodes, windows) no.
     */
    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().resideInAPackage("org.factdesk.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
        noClasses().that().belongToAnyOf(org.factdesk.ui.UiExecutor.class)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    /**
     * Standard output and error are the command line's. Beside the {@code cli} package they are written only by:
     * Main (a start that cannot open a window, or was handed to the running one, is told on its terminal); the crash
     * path (CrashDialog, AppLog: when the log itself cannot be written, stderr is what is left); the startup probe
     * (its lines are what the startup benchmark reads, docs/startup.md); a {@code main(String[])} of an evaluation,
     * which is a command line of its own; and the one-off trainers (until the lab source set takes them).
     */
    @Test
    void theStandardStreamsAreTheCommandLinesOnly() {
        noClasses().that().resideOutsideOfPackages("org.factdesk.cli..")
                .and().doNotBelongToAnyOf(org.factdesk.Main.class, org.factdesk.app.AppLog.class)
                .and().doNotHaveFullyQualifiedName("org.factdesk.ui.CrashDialog")
                .and().doNotHaveFullyQualifiedName("org.factdesk.ui.StartupProbe")
                .and().haveSimpleNameNotEndingWith("Trainer")
                .should(accessTheStandardStreamsOutsideAMainMethod())
                .check(classes);
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> accessTheStandardStreamsOutsideAMainMethod() {
        return new com.tngtech.archunit.lang.ArchCondition<>("write to System.out or System.err outside a main method") {
            @Override
            public void check(JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                for (var access : c.getFieldAccessesFromSelf()) {
                    var target = access.getTarget();
                    boolean stream = target.getOwner().isEquivalentTo(System.class)
                            && (target.getName().equals("out") || target.getName().equals("err"));
                    boolean inMain = access.getOrigin().getName().equals("main")
                            && access.getOrigin().getRawParameterTypes().size() == 1;
                    if (stream && !inMain) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(c, access.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * The start-up configuration is the one reader of {@code factdesk.*} system properties (decision 0076): Main reads
     * them into a FactDeskConfig that every layer is given, so no property is a parameter between layers. A read is a
     * call to System.getProperty, Boolean.getBoolean, Integer.getInteger, Long.getLong or Properties.getProperty
     * with a {@code factdesk.*} key among the string constants loaded before it, or any call of System.getProperties.
     */
    @Test
    void onlyTheStartUpConfigurationReadsFactDeskSystemProperties() {
        noClasses().that().doNotBelongToAnyOf(org.factdesk.Main.class, org.factdesk.app.FactDeskConfig.class)
                .should(readAFactDeskSystemProperty())
                .check(classes);
    }

    @Test
    void theStartUpConfigurationRuleSeesAPropertyReadAndNothingElse() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(ReadsAFactDeskProperty.class,
                ReadsTheUsersHome.class);
        org.assertj.core.api.Assertions.assertThat(factDeskPropertyReads(fixtures.get(ReadsAFactDeskProperty.class)))
                .containsExactly("factdesk.example");
        org.assertj.core.api.Assertions.assertThat(factDeskPropertyReads(fixtures.get(ReadsTheUsersHome.class)))
                .isEmpty();
    }

    static final class ReadsAFactDeskProperty {
        static final String KEY = "factdesk.example";

        String read() {
            return System.getProperty(KEY, String.valueOf(1)).strip();
        }
    }

    static final class ReadsTheUsersHome {
        String read() {
            String label = "factdesk.notAProperty";
            return label + System.getProperty("user.home");
        }
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> readAFactDeskSystemProperty() {
        return new com.tngtech.archunit.lang.ArchCondition<>("read a factdesk.* system property") {
            @Override
            public void check(JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                for (String key : factDeskPropertyReads(c)) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(c,
                            c.getName() + " reads the system property " + key));
                }
            }
        };
    }

    private static final Set<String> PROPERTY_GETTERS = Set.of("java/lang/System.getProperty",
            "java/lang/Boolean.getBoolean", "java/lang/Integer.getInteger", "java/lang/Long.getLong",
            "java/util/Properties.getProperty");

    /**
     * The {@code factdesk.*} keys the class's code reads ("System.getProperties" for a read of them all), from its
     * bytecode: a key is a string constant loaded on the line of the read, before it.
     */
    static List<String> factDeskPropertyReads(JavaClass c) {
        byte[] bytes;
        try (var in = c.getSource().orElseThrow().getUri().toURL().openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> reads = new ArrayList<>();
        for (MethodModel method : ClassFile.of().parse(bytes).methods()) {
            List<String> loaded = new ArrayList<>();
            for (CodeElement e : method.code().map(code -> code.elementList()).orElse(List.of())) {
                if (e instanceof LineNumber) {
                    loaded.clear(); // a new line (the class files are compiled with line numbers): a new statement
                } else if (e instanceof ConstantInstruction k && k.constantValue() instanceof String text) {
                    loaded.add(text);
                } else if (e instanceof InvokeInstruction call) {
                    String target = call.owner().asInternalName() + "." + call.name().stringValue();
                    if (target.equals("java/lang/System.getProperties")) {
                        reads.add("System.getProperties");
                    } else if (PROPERTY_GETTERS.contains(target)) {
                        loaded.stream().filter(t -> t.startsWith("factdesk.")).forEach(reads::add);
                        loaded.clear();
                    }
                }
            }
        }
        return reads;
    }

    /**
     * The lab (src/lab/java: benchmarks, their competitor engines, one-off trainers; docs/lab.md) is compiled after the
     * product and is not in its jar or installer: no product class may name a lab class, not even in a shared package.
     */
    @Test
    void theProductNeverDependsOnTheLab() throws IOException {
        Path lab = Path.of("src/lab/java");
        Set<String> labClasses;
        try (Stream<Path> files = Files.walk(lab)) {
            labClasses = files.map(f -> lab.relativize(f).toString()).filter(f -> f.endsWith(".java"))
                    .map(f -> f.substring(0, f.length() - ".java".length()).replace(File.separatorChar, '.'))
                    .collect(Collectors.toSet());
        }
        org.assertj.core.api.Assertions.assertThat(labClasses).contains("org.factdesk.cli.BenchCommand");
        DescribedPredicate<JavaClass> inTheLab = DescribedPredicate.describe("are the lab's (src/lab/java)",
                c -> labClasses.contains(c.getName().split("\\$")[0]));
        noClasses().should().dependOnClassesThat(inTheLab).check(classes);
    }
}
