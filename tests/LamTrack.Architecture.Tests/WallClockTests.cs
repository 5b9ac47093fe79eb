namespace LamTrack.Architecture.Tests;

public sealed class WallClockTests
{
    [Fact]
    public void ProductCode_NeverReadsTheWallClock()
    {
        string root = RepositoryRoot();
        string[] banned = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "SystemClock.Instance"];
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !IsCompositionRoot(f))
            .SelectMany(f => banned.Where(b => File.ReadAllText(f).Contains(b, StringComparison.Ordinal)).Select(b => $"{f}: {b}"))
            .ToList();
        Assert.Empty(offenders);
    }

    // The composition roots (Program.cs of Cli and Web) are where the system clock is injected.
    private static bool IsCompositionRoot(string file) =>
        file.EndsWith("Program.cs", StringComparison.Ordinal) || file.EndsWith("ClockRegistration.cs", StringComparison.Ordinal);

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LamTrack.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
