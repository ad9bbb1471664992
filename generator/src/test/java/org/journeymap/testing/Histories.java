package org.journeymap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A git repository made from the sample journeys, with a few commits of the kinds a team makes:
 * for the history pages' tests. Its source folder is repo/src/journeys.
 */
public final class Histories {

    private Histories() {
    }

    /** The sample in a new repository at repo, committed, then changed over four more commits. */
    public static Path sampleRepository(Path repo) throws IOException {
        Path src = repo.resolve("src/journeys");
        Sites.copy(Sites.sample(), src);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Map the sample journeys", "Marta Kowalska", "2026-09-01T10:00:00+02:00");
            Path sofa = src.resolve("journeys/retail/buy-sofa-online.yaml");
            FixtureEdits.replace(sofa, "emotion: 0.5", "emotion: -1");
            commit(git, "Reviews step feels worse after the October survey", "Jan Nowak", "2026-10-05T09:00:00+02:00");
            FixtureEdits.replace(sofa, "emotion: -1", "emotion: 1");
            commit(git, "Reviews on the product page: the step recovers", "Marta Kowalska", "2026-11-12T14:00:00+01:00");
            FixtureEdits.replace(sofa, "          - Ad opens the home page, not the sofa\n",
                    "          - Ad opens the home page, not the sofa\n          - \"The <b>price</b> shows at checkout\"\n");
            commit(git, "Add the hidden-price pain point <script>alert(1)</script> @team\n\nFrom the interviews.",
                    "Jan <Nowak>", "2026-11-20T16:30:00+01:00");
            Files.move(src.resolve("journeys/telecom/smena-tarifa.yaml"), src.resolve("journeys/retail/smena-tarifa.yaml"));
            commit(git, "Move the tariff journey to retail", "Ольга Смирнова", "2026-11-21T10:00:00+01:00");
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
        return src;
    }

    /** Commits every change under the work tree, as author at time (an ISO offset date-time). */
    public static void commit(Git git, String message, String author, String time) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(time);
        PersonIdent who = new PersonIdent(author, "author@example.org", Instant.from(t), ZoneId.of(t.getOffset().getId()));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
