using LamTrack.Storage.Errors;

namespace LamTrack.Storage.Tests.Errors;

public sealed class StorageIssuesTests
{
    [Fact]
    public void All_Codes_AreUniqueAndFollowThePattern()
    {
        Assert.Equal(StorageIssues.All.Count, StorageIssues.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(StorageIssues.All, code => Assert.Matches("^STORE-[0-9]{3}$", code));
    }
}
