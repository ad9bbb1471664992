package org.journeymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution that mvn package leaves in target/journeymap, and its archives: run after
 * packaging (the integration-test phase), as a user runs it.
 */
class DistributionIT {

    private static final Path DIST = Path.of("target/journeymap").toAbsolutePath();
    private static String version;

    @TempDir
    Path temp;

    @BeforeAll
    static void packaged() {
        assertTrue(Files.isDirectory(DIST), "mvn package makes " + DIST);
        version = org.journeymap.init.Starter.version();
    }

    private record Run(int status, String output) {
    }

    private static Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("JOURNEYMAP_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }

    private static List<String> jars() throws IOException {
        try (Stream<Path> files = Files.list(DIST.resolve("lib"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void bothLaunchersGiveTheJvmTheOptionsOfJavaJarsSecondJvmAndNameEveryJar() throws Exception {
        String sh = Files.readString(DIST.resolve("bin/journeymap"));
        String cmd = Files.readString(DIST.resolve("bin/journeymap.cmd"));
        String options = String.join(" ", JvmLauncher.OPTIONS);
        assertTrue(sh.contains("exec \"$java\" " + options + " "), sh);
        assertTrue(cmd.contains("\"%JAVA%\" " + options + " "), cmd);
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "the .cmd has CRLF line ends");
        assertTrue(Files.getPosixFilePermissions(DIST.resolve("bin/journeymap")).contains(PosixFilePermission.OTHERS_EXECUTE));
        String classpath = sh.lines().filter(l -> l.startsWith("classpath=")).findFirst().orElseThrow();
        Set<String> named = new TreeSet<>();
        for (String entry : classpath.substring("classpath=\"".length(), classpath.length() - 1).split(":")) {
            assertTrue(entry.startsWith("$APP_HOME/lib/"), entry);
            named.add(entry.substring("$APP_HOME/lib/".length()));
        }
        assertEquals(new TreeSet<>(jars()), named, "the class path names every jar in lib/, and only those");
        for (String jar : jars()) {
            assertTrue(cmd.contains("%APP_HOME%\\lib\\" + jar), jar);
        }
    }

    @Test
    void theLauncherRunsOneJvmWithItsOptionsThenTheUsersFromJavaHomeThroughALink() throws Exception {
        // a java that records what it is given
        Path fakeHome = temp.resolve("jdk");
        Files.createDirectories(fakeHome.resolve("bin"));
        Path record = temp.resolve("args.txt");
        Files.writeString(fakeHome.resolve("bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + record + "'\n");
        fakeHome.resolve("bin/java").toFile().setExecutable(true);
        Path link = temp.resolve("on-path/journeymap");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, DIST.resolve("bin/journeymap"));

        Run r;
        Run broken;
        try {
            r = run(temp, Map.of("JAVA_HOME", fakeHome.toString(), "JAVA_OPTS", "-Da=1",
                    "JOURNEYMAP_OPTS", "-Db=2 -Dc=3"), link.toString(), "validate", "my journeys");
            broken = run(temp, Map.of("JAVA_HOME", temp.resolve("no-java").toString()), link.toString(), "--version");
        } finally {
            Files.delete(link); // a link out of the temporary folder, which JUnit would warn about
        }
        assertEquals(0, r.status(), r.output());
        List<String> args = Files.readAllLines(record);
        List<String> expected = new ArrayList<>(JvmLauncher.OPTIONS);
        expected.addAll(List.of("-XX:SharedArchiveFile=" + DIST.toRealPath() + "/lib/journeymap.jsa",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Da=1", "-Db=2", "-Dc=3", "-Djourneymap.fork=false", "-cp"));
        assertEquals(expected, args.subList(0, expected.size()));
        assertTrue(args.get(expected.size()).startsWith(DIST.toRealPath() + "/lib/journeymap-generator-"), args.toString());
        assertEquals(List.of("org.journeymap.cli.Main", "validate", "my journeys"),
                args.subList(expected.size() + 1, args.size()), "the arguments as given, spaces kept");

        assertEquals(2, broken.status());
        assertTrue(broken.output().contains("JAVA_HOME is " + temp.resolve("no-java")), broken.output());
    }

    @Test
    void theDistributionInitsValidatesAndBuildsWithItsClassArchive() throws Exception {
        String launcher = DIST.resolve("bin/journeymap").toString();
        // -Xshare:on makes the JVM fail instead of running without the archive when it does not fit
        Map<String, String> shareOn = Map.of("JOURNEYMAP_OPTS", "-Xshare:on");
        Run v = run(temp, shareOn, launcher, "--version");
        assertEquals(0, v.status(), v.output());
        assertEquals("journeymap " + version + ", format v1", v.output().strip());
        Run init = run(temp, shareOn, launcher, "init", "cx", "--language", "ru");
        assertEquals(0, init.status(), init.output());
        Run validate = run(temp, shareOn, launcher, "validate", "--no-cache", "cx/src/journeys");
        assertEquals(0, validate.status(), validate.output());
        assertEquals("0 errors, 0 warnings in 5 files", validate.output().strip());
        Run build = run(temp, shareOn, launcher, "build", "--no-cache", "cx/src/journeys", "-o", "site");
        assertEquals(0, build.status(), build.output());
        assertTrue(Files.readString(temp.resolve("site/index.html")).contains("<html lang=\"ru\""));
        Run help = run(temp, Map.of(), launcher, "--help");
        for (String command : List.of("init", "validate", "build", "serve", "diff", "import-mermaid", "schema")) {
            assertTrue(help.output().contains("\n  " + command + " "), command + " in\n" + help.output());
        }
    }

    @Test
    void theArchivesHoldTheDistributionWithoutItsClassArchive() throws Exception {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(DIST)) {
            files.filter(Files::isRegularFile).map(p -> DIST.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("lib/journeymap.jsa")).forEach(expected::add);
        }
        assertTrue(expected.containsAll(List.of("bin/journeymap", "bin/journeymap.cmd", "licenses/README.md",
                "licenses/Apache-2.0.txt", "licenses/freemarker/META-INF/LICENSE")), expected.toString());
        String base = "journeymap-" + version + "/";
        Set<String> zipped = new TreeSet<>();
        try (ZipFile zip = new ZipFile(Path.of("target/journeymap-" + version + ".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
                assertTrue(e.getName().startsWith(base), e.getName());
                zipped.add(e.getName().substring(base.length()));
            });
        }
        assertEquals(expected, zipped);
        Run tar = run(temp, Map.of(), "tar", "-tvzf", Path.of("target/journeymap-" + version + ".tar.gz").toAbsolutePath().toString());
        assertEquals(0, tar.status(), tar.output());
        Map<String, String> modes = new HashMap<>();
        tar.output().lines().map(l -> l.split("\\s+")).filter(f -> !f[0].startsWith("d"))
                .forEach(f -> modes.put(f[f.length - 1].substring(base.length()), f[0]));
        assertEquals(expected, new TreeSet<>(modes.keySet()));
        assertEquals("-rwxr-xr-x", modes.get("bin/journeymap"), "the launcher stays executable when unpacked");
    }

    @Test
    void everyShippedLibraryHasItsLicenceNamed() throws Exception {
        String readme = Files.readString(DIST.resolve("licenses/README.md"));
        for (String jar : jars()) {
            String artifact = jar.replaceFirst("-\\d[^-]*(-SNAPSHOT)?(-r)?\\.jar$", "").replaceFirst("-\\d.*\\.jar$", "");
            assertTrue(Arrays.stream(readme.split("[|,]")).map(String::strip).anyMatch(artifact::equals),
                    artifact + " (" + jar + ") is not named in licenses/README.md");
        }
    }
}
