using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Tests;

internal static class TestCitations
{
    public static Citation Any { get; } = new("test source", "test locator", string.Empty, VerificationTag.Primary);
}
