using LamTrack.Web.Identity;

namespace LamTrack.Web.Tests.Security;

/// <summary>
/// What a researcher can reach (every page and API address, the links and downloads in them, the research CSV and the
/// cohort documents) holds none of the synthetic patients' ids, labels, names or free text, and none of their true
/// dates (docs/research-export.md; OWASP ASVS 5.0, V14 Data Protection).
/// </summary>
[Collection(SecurityServerGroup.Name)]
public sealed class ResearcherLeakTests(SecurityServer server)
{
    [Fact]
    public async Task Crawl_Researcher_FindsNoIdentifierNameFreeTextOrTrueDate()
    {
        Crawl crawl = await Crawl.RunAsync(server, Roles.Researcher, await SeedsAsync());
        string[] leaks = [.. crawl.Texts.SelectMany(t => LeakFinder.Find(t.Value).Select(found => $"{t.Key}: {found}"))];
        Assert.True(leaks.Length == 0, "a researcher received:\n" + string.Join("\n", leaks));
        Assert.Equal(200, crawl.Statuses["/api/export/research-csv"]);
        Assert.Equal(200, crawl.Statuses["/api/export/research-csv?file=dictionary"]);
        Assert.Equal(200, crawl.Statuses["/api/cohort/analysis"]);
        Assert.Equal(200, crawl.Statuses["/cohort"]);
        Assert.Contains(crawl.Texts.Keys, k => k.StartsWith("data:text/csv", StringComparison.Ordinal));
        Assert.Equal(200, crawl.Statuses["/api/cohort/kaplan-meier.svg"]);
    }

    [Fact]
    public async Task Crawl_Researcher_ResearchCsvShiftsEveryDate()
    {
        Crawl crawl = await Crawl.RunAsync(server, Roles.Researcher, ["/api/export/research-csv"]);
        string csv = crawl.Texts["/api/export/research-csv"];
        NodaTime.LocalDate[] dates = [.. LeakFinder.IsoDates(csv)];
        // The synthetic patients' rows have dates (shifted ones): the check below is not vacuous.
        Assert.Contains(dates, d => d.Year < 2012);
        Assert.DoesNotContain(dates, SyntheticCohort.TrueDates().Contains);
    }

    [Fact]
    public async Task Find_WhatAClinicianReceives_FindsTheDistinctiveValues()
    {
        string export = await server.Bearer(Roles.Clinician).GetStringAsync(new Uri("/api/export/fhir?format=bundle", UriKind.Relative));
        string list = await server.Browser(Roles.Clinician).GetStringAsync(new Uri("/patients", UriKind.Relative));
        IReadOnlyList<string> found = LeakFinder.Find(export + "\n" + list);
        Assert.Contains("Ottoline Quexbury", found);
        Assert.Contains("1984-02-11", found);
        Assert.Contains("Quexbury Infirmary", found);
    }

    private async Task<IEnumerable<string>> SeedsAsync()
    {
        MatrixRun run = await server.MatrixAsync();
        IEnumerable<string> gets = run.Endpoints.Where(e => e.Method is "GET" or "*" && !e.StaticAsset && !e.Route.Contains("**", StringComparison.Ordinal))
            .Select(e => MatrixRequests.Path(e.Route, server));
        return ["/", .. gets, "/api/export/research-csv?file=dictionary"];
    }
}
