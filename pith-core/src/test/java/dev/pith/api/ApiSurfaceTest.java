package dev.pith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API: exactly the API packages are exported, and nothing in them mentions
 * the libraries Pith uses inside (jsoup, Jackson), so those can change without breaking users.
 */
class ApiSurfaceTest {

    /** The packages users may import; adding one is a decision, made here and in module-info.java. */
    private static final Set<String> API_PACKAGES = Set.of(
            "dev.pith", "dev.pith.model", "dev.pith.render", "dev.pith.dedup", "dev.pith.clean");

    private static final List<String> HIDDEN_LIBRARIES = List.of("org.jsoup", "com.fasterxml");

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void exactlyTheApiPackagesAreExported() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .as("exported packages of module %s", module.name())
                .isEqualTo(API_PACKAGES);
    }

    @Test
    void noApiSignatureMentionsJsoupOrJackson() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(type, m.toGenericString(), leaks);
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    check(type, c.toGenericString(), leaks);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(type, f.toGenericString(), leaks);
                }
            }
            for (Type t : type.getGenericInterfaces()) {
                check(type, t.getTypeName(), leaks);
            }
            if (type.getGenericSuperclass() != null) {
                check(type, type.getGenericSuperclass().getTypeName(), leaks);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyApiTypeIsFinalOrARecordOrAnInterfaceOrSealed() throws Exception {
        // users cannot subclass what they cannot depend on: the API stays free to change inside
        List<String> open = apiTypes().stream()
                .filter(t -> !t.isInterface() && !t.isEnum() && !t.isRecord() && !t.isSealed()
                        && !Modifier.isFinal(t.getModifiers()) && !t.isAnnotation())
                .map(Class::getName).toList();
        assertThat(open).isEmpty();
    }

    private static void check(Class<?> type, String signature, List<String> leaks) {
        for (String library : HIDDEN_LIBRARIES) {
            if (signature.contains(library)) {
                leaks.add(type.getName() + ": " + signature);
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The public types of the API packages, nested ones included. */
    static List<Class<?>> apiTypes() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : API_PACKAGES) {
            Path dir = CLASSES.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                    if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()
                            && isReachable(c)) {
                        types.add(c);
                    }
                }
            }
        }
        return types;
    }

    /** A nested type is API only when every type around it is public too. */
    private static boolean isReachable(Class<?> c) {
        for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            if (!Modifier.isPublic(outer.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
