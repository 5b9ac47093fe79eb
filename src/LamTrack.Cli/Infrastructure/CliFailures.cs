using LamTrack.Hosting;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Turns the expected failures of any command into one coded line, at the command-line boundary.</summary>
/// <remarks>
/// Commands catch the failures they can explain in their own terms; what reaches this point from a file system or a
/// database is worded by <see cref="ExpectedFailures"/> (exit 1, no stack trace). Anything else is a bug and keeps its
/// stack trace.
/// </remarks>
internal static class CliFailures
{
    /// <summary>The one-line message for <paramref name="exception"/>, or null when it is not an expected failure.</summary>
    public static string? Describe(Exception exception) => ExpectedFailures.Describe(exception);
}
