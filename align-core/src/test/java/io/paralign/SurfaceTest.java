package io.paralign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link CoreSurface} matches the code: its packages, the types the exported ones carry, and no needless public. */
class SurfaceTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.paralign");

    @Test
    void everyPackageIsExportedOrInternal() {
        Set<String> packages = CORE.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>(CoreSurface.EXPORTED);
        listed.addAll(CoreSurface.INTERNAL);
        assertEquals(listed, packages);
    }

    @Test
    void theCarriedTypesAreExactlyThoseTheExportedSignaturesReach() {
        Set<String> reached = new TreeSet<>();
        Set<JavaClass> seen = new HashSet<>();
        Deque<JavaClass> queue = new ArrayDeque<>();
        CORE.stream().filter(c -> CoreSurface.EXPORTED.contains(c.getPackageName())).filter(SurfaceTest::visible)
                .filter(c -> !CoreSurface.WIRING.contains(c.getName())).forEach(queue::add);
        while (!queue.isEmpty()) {
            JavaClass type = queue.poll();
            if (!seen.add(type)) {
                continue;
            }
            for (JavaClass used : signatureTypes(type)) {
                if (used.getPackageName().startsWith("io.paralign") && !seen.contains(used)
                        && !CoreSurface.WIRING.contains(used.getName())) {
                    if (CoreSurface.INTERNAL.contains(used.getPackageName())) {
                        reached.add(used.getName());
                        used.getEnclosingClass().ifPresent(outer -> reached.add(outer.getName()));
                    }
                    queue.add(used);
                }
            }
        }
        assertEquals(new TreeSet<>(CoreSurface.CARRIED), reached);
    }

    @Test
    void anInternalTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
        List<String> needless = CORE.stream()
                .filter(c -> CoreSurface.INTERNAL.contains(c.getPackageName()))
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !CoreSurface.CARRIED.contains(c.getName()))
                .filter(c -> c.getDirectDependenciesToSelf().stream()
                        .allMatch(d -> d.getOriginClass().getPackageName().equals(c.getPackageName())))
                .map(JavaClass::getName).sorted().toList();
        assertEquals(List.of(), needless, "public types of internal packages that no other package uses");
    }

    @Test
    void eachPackageInfoSaysWhetherItIsExported() throws IOException {
        for (String name : CoreSurface.EXPORTED) {
            assertTrue(packageInfo(name).contains("<p>Exported"), name + "'s package-info says it is exported");
        }
        for (String name : CoreSurface.INTERNAL) {
            assertTrue(packageInfo(name).contains("<p>Internal"), name + "'s package-info says it is internal");
        }
    }

    private static String packageInfo(String name) throws IOException {
        return Files.readString(Path.of("src/main/java", name.replace('.', '/'), "package-info.java"));
    }

    /** Public, and so are the classes it is nested in. */
    private static boolean visible(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.getEnclosingClass().map(SurfaceTest::visible).orElse(true);
    }

    /** The types named by a visible class's supertypes and its public members' signatures. */
    private static Set<JavaClass> signatureTypes(JavaClass type) {
        Set<JavaClass> types = new HashSet<>();
        type.getRawSuperclass().ifPresent(types::add);
        types.addAll(type.getRawInterfaces());
        type.getMembers().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(member -> {
            if (member instanceof JavaField field) {
                types.addAll(field.getType().getAllInvolvedRawTypes());
            } else if (member instanceof JavaCodeUnit code) {
                Stream.concat(Stream.of(code.getReturnType()), code.getParameterTypes().stream())
                        .map(JavaType::getAllInvolvedRawTypes).forEach(types::addAll);
                types.addAll(code.getThrowsClause().getTypes());
            }
        });
        return types;
    }
}
