using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Tests.Import;

public sealed class ImportIssueCodesTests
{
    [Fact]
    public void All_Ids_AreUnique() =>
        Assert.Equal(ImportIssueCodes.All.Count, ImportIssueCodes.All.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void All_Ids_FollowFormatAndAreNumberedWithoutGaps()
    {
        var numbers = ImportIssueCodes.All.Select(c =>
        {
            Assert.Matches("^FHIR-IMP-[0-9]{3}$", c.Id);
            return int.Parse(c.Id["FHIR-IMP-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }).Order().ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public void All_Titles_AreUnique() =>
        Assert.Equal(ImportIssueCodes.All.Count, ImportIssueCodes.All.Select(c => c.Title).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void All_AreListedInDocs()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "fhir.md"));
        Assert.All(ImportIssueCodes.All, c => Assert.Contains(c.Id, docs, StringComparison.Ordinal));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LamTrack.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LamTrack.slnx not found above the test folder");
    }
}
