package org.vigil.app.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.web.TestServer;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.version.ImportRequest;
import org.vigil.screening.alerts.Alert;
import org.vigil.screening.alerts.AlertStatus;

/**
 * The console pages over HTTP, as a browser without script sees them: content, form validation, the decision flow
 * with four eyes, history and diffs of list versions, the audit page, and markup from lists, records and requests
 * shown as text on every page.
 */
class ConsolePagesTest {
    @TempDir
    static Path data;
    @TempDir
    static Path files;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(data);
        // an older UN publication, stored but refused (older than the bundled one): history and diffs have two versions
        server.ctx.store().importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                List.of(TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml")), "test"));
        ConsoleFixtures.loadHostileWatchlist(server, files);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theDashboardShowsTheActiveListsAndTheAlertCountsInTheLayout() throws Exception {
        TestServer.Browser b = server.login("analyst1");
        HttpResponse<String> r = b.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Dashboard</h1>").contains("un-sc@2026-02-27-66b392a4")
                .contains("us-ofac-sdn").contains("href=\"/alerts?status=OPEN\"")
                // the layout: navigation, the user, the logout form with the session's token
                .contains("href=\"/screen\"").contains("href=\"/lists\"").contains("href=\"/batches\"")
                .contains("analyst1 (analyst)").contains("action=\"/logout\"")
                .contains("name=\"_csrf\" value=\"" + b.csrf + "\"")
                .doesNotContain("href=\"/audit\"") // analysts do not see the audit log
                .doesNotContain("<script").doesNotContain("style=");
        assertThat(server.login("reviewer1").get("/").body()).contains("href=\"/audit\"");
    }

    @Test
    void screeningShowsMatchesWithTheirExplanationAndValidatesTheForm() throws Exception {
        TestServer.Browser b = server.login("analyst1");
        HttpResponse<String> r = b.get("/screen?name=" + q("Hafiz Mohammad Sayeed") + "&type=person&dob=1950"
                + "&country=PK&threshold=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/entities/un-sc%3AQDi.263\"").contains("HAFIZ MUHAMMAD SAEED")
                .contains("<td>sayeed</td><td>sayeed</td><td>exact</td>")
                .contains("<strong>date of birth</strong>").contains("consistent with listed 1950-06-05");
        assertThat(b.get("/screen?name=" + q("Hafiz Mohammad Sayeed") + "&sources=un-sc").body())
                .contains("un-sc:QDi.263").doesNotContain("us-ofac-sdn:10689");
        assertThat(b.get("/screen?name=" + q("George Bush")).body()).contains("No matches for");
        assertThat(b.get("/screen").body()).contains("<form method=\"get\" action=\"/screen\"")
                .doesNotContain("class=\"results\"");

        HttpResponse<String> badDob = b.get("/screen?name=x&dob=1960-13-45");
        assertThat(badDob.statusCode()).isEqualTo(400);
        assertThat(badDob.body()).contains("dob: invalid dob '1960-13-45'");
        assertThat(b.get("/screen?name=x&threshold=2").statusCode()).isEqualTo(400);
        assertThat(b.get("/screen?name=x&sources=nope").body()).contains("sources: unknown source");
        assertThat(b.get("/screen?name=x&type=spaceship").body()).contains("type: unknown type");
        // each screening is in the audit log
        assertThat(server.services.audit().read(1, 100_000)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("screen.console");
            assertThat(e.actor()).isEqualTo("user:analyst1");
            assertThat(e.details()).contains("Hafiz Mohammad Sayeed").contains("un-sc:QDi.263");
        });
    }

    @Test
    void entityPagesShowLinksBothWaysOtherDesignationsAndHistory() throws Exception {
        TestServer.Browser b = server.login("analyst1");
        String page = b.get("/entities/un-sc:QDe.118").body();
        assertThat(page).contains("LASHKAR-E-TAYYIBA").contains("Jamaat-ud-Dawa")
                .contains("href=\"/entities/un-sc%3AQDi.263\"") // linked from: its leader
                .contains("us-ofac-sdn:7140").contains("Other designations of the same subject")
                .contains("<h2>History</h2>").contains("listed</span> in <a href=\"/lists#un-sc@2025-08-02");
        // IQi.085 gained an alias between the two UN versions
        String changed = b.get("/entities/un-sc:IQi.085").body();
        assertThat(changed).contains("changed</span> in <a href=\"/lists#un-sc@2026-02-27-66b392a4\"")
                .contains("+ names: strong-alias: BASHAR AL-NASIRI");
        // a record added in the newer version
        assertThat(b.get("/entities/un-sc:HTi.008").body())
                .contains("listed</span> in <a href=\"/lists#un-sc@2026-02-27-66b392a4\"")
                .doesNotContain("un-sc@2025-08-02");
        // a record no longer listed: its history, from the stored versions
        HttpResponse<String> delisted = b.get("/entities/un-sc:QDi.317");
        assertThat(delisted.statusCode()).isEqualTo(200);
        assertThat(delisted.body()).contains("ABU MOHAMMED AL-JAWLANI").contains("not in the active version")
                .contains("removed</span> in <a href=\"/lists#un-sc@2026-02-27-66b392a4\"");
        assertThat(b.get("/entities/un-sc:QDi.999").statusCode()).isEqualTo(404);
        assertThat(b.get("/entities/nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void listsShowStoredVersionsAndDiffsByRecordAndField() throws Exception {
        TestServer.Browser b = server.login("analyst1");
        String lists = b.get("/lists").body();
        assertThat(lists).contains("un-sc@2026-02-27-66b392a4").contains("un-sc@2025-08-02")
                .contains("badge ok\">active").contains("badge refused\">refused")
                .contains("href=\"/lists/diff?from=un-sc%402025-08-02");
        HttpResponse<String> diff = b.get("/lists/diff?from=un-sc@2025-08-02&to=un-sc");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("127 added").contains("3 removed").contains("15 changed")
                .contains("861 unchanged").contains("HTi.008").contains("DIMITRI HERARD")
                .contains("href=\"/entities/un-sc%3AQDi.317\"") // removed, linked to its history
                .contains("+ names: strong-alias: BASHAR AL-NASIRI");
        assertThat(b.get("/lists/diff").statusCode()).isEqualTo(200);
        assertThat(b.get("/lists/diff?from=un-sc").statusCode()).isEqualTo(400);
        assertThat(b.get("/lists/diff?from=un-sc@1999-01-01&to=un-sc").statusCode()).isEqualTo(404);
        assertThat(b.get("/lists/diff?from=un-sc&to=us-ofac-sdn").body()).contains("different lists");
    }

    @Test
    void anAlertIsDecidedThroughTheFormWithFourEyes() throws Exception {
        Alert a = ConsoleFixtures.raise(server, "C-1001", "Hafiz Mohammad Sayeed", "Hafiz Mohammad Sayeed",
                "un-sc:QDi.263");
        TestServer.Browser analyst = server.login("analyst1");
        assertThat(analyst.get("/alerts").body()).contains("href=\"/alerts/" + a.id() + "\"").contains("C-1001");
        String page = analyst.get("/alerts/" + a.id()).body();
        assertThat(page).contains("Hafiz Mohammad Sayeed").contains("HAFIZ MUHAMMAD SAEED")
                .contains("<td>hafiz</td><td>hafiz</td><td>exact</td>")
                .contains("action=\"/alerts/" + a.id() + "/decision\"")
                .contains("value=\"TRUE_MATCH\"").contains("value=\"FALSE_POSITIVE\"").contains("value=\"ESCALATE\"");

        HttpResponse<String> noReason = analyst.postForm("/alerts/" + a.id() + "/decision", "decision=TRUE_MATCH");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason: required");
        assertThat(analyst.postForm("/alerts/" + a.id() + "/decision", "decision=MAYBE&reason=x").statusCode())
                .isEqualTo(400);

        HttpResponse<String> proposed = analyst.postForm("/alerts/" + a.id() + "/decision",
                "decision=TRUE_MATCH&reason=" + q("same name, date of birth and country"));
        assertThat(proposed.statusCode()).isEqualTo(303); // redirect after post
        assertThat(proposed.headers().firstValue("Location")).contains("/alerts/" + a.id() + "?done=1");
        assertThat(analyst.get("/alerts/" + a.id() + "?done=1").body())
                .contains("Decision recorded; the alert is now pending second review.")
                .contains("a reviewer must confirm or reject it").doesNotContain("value=\"TRUE_MATCH\"");
        // the analyst cannot take the second decision, even by posting it
        HttpResponse<String> byAnalyst = analyst.postForm("/alerts/" + a.id() + "/decision",
                "decision=TRUE_MATCH&reason=" + q("confirming my own"));
        assertThat(byAnalyst.statusCode()).isEqualTo(403);
        assertThat(server.services.alerts().find(a.id()).orElseThrow().status())
                .isEqualTo(AlertStatus.PENDING_SECOND_REVIEW);

        TestServer.Browser reviewer = server.login("reviewer1");
        assertThat(reviewer.get("/alerts/" + a.id()).body()).contains("Confirm true match");
        HttpResponse<String> confirmed = reviewer.postForm("/alerts/" + a.id() + "/decision",
                "decision=TRUE_MATCH&reason=" + q("checked the passport"));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        String done = reviewer.get("/alerts/" + a.id()).body();
        assertThat(done).contains("confirmed match").contains("user:analyst1").contains("user:reviewer1")
                .contains("checked the passport").contains("No further decisions").doesNotContain("<form method=\"post\" action=\"/alerts/");
        HttpResponse<String> again = reviewer.postForm("/alerts/" + a.id() + "/decision",
                "decision=FALSE_POSITIVE&reason=x");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already decided");
        assertThat(reviewer.get("/alerts?status=CONFIRMED_MATCH").body()).contains("href=\"/alerts/" + a.id() + "\"");
        assertThat(reviewer.get("/alerts?status=bogus").statusCode()).isEqualTo(400);
        assertThat(reviewer.get("/alerts/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theSameReviewerCannotProposeAndConfirm() throws Exception {
        Alert a = ConsoleFixtures.raise(server, "C-2002", "Zakiur Rehman Lakhvi", "Zakiur Rehman Lakhvi",
                "un-sc:QDi.264");
        TestServer.Browser reviewer = server.login("reviewer1");
        assertThat(reviewer.postForm("/alerts/" + a.id() + "/decision", "decision=TRUE_MATCH&reason=match")
                .statusCode()).isEqualTo(303);
        assertThat(reviewer.get("/alerts/" + a.id()).body())
                .contains("You proposed this true match; a second, different reviewer must confirm it")
                .doesNotContain("Confirm true match");
        HttpResponse<String> self = reviewer.postForm("/alerts/" + a.id() + "/decision",
                "decision=TRUE_MATCH&reason=me+again");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(self.body()).contains("four eyes");
    }

    @Test
    void theAuditPageIsForReviewersAndShowsTheVerifiedChainNewestFirst() throws Exception {
        for (int i = 0; i < AuditPage.PAGE; i++) {
            server.services.audit().append("test", "test.row", "row:" + i, "{}");
        }
        assertThat(server.login("analyst1").get("/audit").statusCode()).isEqualTo(403);
        TestServer.Browser reviewer = server.login("reviewer1");
        // background work of the server (re-screening, a login) may append rows while the page renders: the page's
        // newest row lies between the chain's length before and after the request
        long rowsBefore = server.services.audit().verify().rowsChecked();
        HttpResponse<String> r = reviewer.get("/audit");
        long rowsAfter = server.services.audit().verify().rowsChecked();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Hash chain verified: audit chain intact").contains("auth.login")
                .contains("kept 10 years");
        assertThat(rowsBefore).isGreaterThan(AuditPage.PAGE); // users, keys and logins of the test server
        // newest first: the first row shown is the newest, and the link to older rows starts a page below it
        Matcher seq = Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(r.body());
        assertThat(seq.find()).isTrue();
        long newest = Long.parseLong(seq.group(1));
        assertThat(newest).isBetween(rowsBefore, rowsAfter);
        assertThat(seq.find()).isTrue();
        assertThat(Long.parseLong(seq.group(1))).isEqualTo(newest - 1);
        assertThat(r.body()).contains("href=\"/audit?before=" + (newest + 1 - AuditPage.PAGE) + "\"");
        // the last page reaches row 1
        String oldest = reviewer.get("/audit?before=" + (AuditPage.PAGE / 2 + 1)).body();
        assertThat(oldest).contains("<td class=\"num\">1</td>").doesNotContain("Older");
        assertThat(reviewer.get("/audit?before=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void markupFromRecordsListsAndRequestsIsShownAsTextOnEveryPage() throws Exception {
        String xss = ConsoleFixtures.XSS;
        String escaped = "&lt;img src=x onerror=alert(1)&gt;";
        Alert a = ConsoleFixtures.raiseWithHostileExplanation(server, "R-" + xss, "un-sc:QDi.263");
        TestServer.Browser b = server.login("reviewer1");
        for (String path : List.of("/screen?name=" + q(xss), "/screen?name=x&dob=" + q(xss),
                "/screen?name=x&country=" + q(xss), "/alerts/" + a.id(), "/alerts", "/audit",
                "/lists/diff?from=" + q(xss) + "&to=un-sc", "/entities/" + q("un-sc:" + xss).replace("+", "%20"),
                "/alerts?status=" + q(xss))) {
            HttpResponse<String> r = b.get(path);
            assertThat(r.body()).as(path).doesNotContain(xss).doesNotContain("<img");
            if (!path.startsWith("/lists/diff") && !path.startsWith("/alerts?status")) {
                assertThat(r.body()).as(path).contains(escaped);
            }
        }
        // a reason with markup, posted through the form, is shown as text too
        assertThat(b.postForm("/alerts/" + a.id() + "/decision", "decision=ESCALATE&reason=" + q(xss))
                .statusCode()).isEqualTo(303);
        assertThat(b.get("/alerts/" + a.id()).body()).doesNotContain(xss).contains(escaped);
    }

    @Test
    void markupInAListedRecordIsShownAsTextInResultsAndOnItsPage() throws Exception {
        TestServer.Browser b = server.login("analyst1");
        String screen = "/screen?name=" + q(ConsoleFixtures.XSS) + "&threshold=0.9";
        String body = b.get(screen).body();
        long deadline = System.nanoTime() + 30_000_000_000L; // the index picks up the new list in the background
        while (!body.contains(ConsoleFixtures.HOSTILE_ENTITY) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            body = b.get(screen).body();
        }
        assertThat(body).contains("href=\"/entities/internal%3AX-1\"")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        String entity = b.get("/entities/" + ConsoleFixtures.HOSTILE_ENTITY).body();
        assertThat(entity).contains("&lt;script&gt;alert(2)&lt;/script&gt;").contains("&lt;b&gt;prog&lt;/b&gt;")
                .contains("&lt;svg onload=alert(3)&gt;");
        for (String page : List.of(body, entity, b.get("/lists").body())) {
            assertThat(page).doesNotContain(ConsoleFixtures.XSS).doesNotContain("<script").doesNotContain("<svg")
                    .doesNotContain("<b>prog");
        }
    }
}
