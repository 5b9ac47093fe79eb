using System.Diagnostics;

namespace LamTrack.Web.Benchmarks;

/// <summary>Runs one <c>lamtrack</c> command to its end and keeps what it printed.</summary>
internal static class LamTrackCommand
{
    /// <summary>Runs <paramref name="args"/>, writing <paramref name="input"/> (when given) to its standard input.</summary>
    /// <returns>The exit code and the standard output and error, joined.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(string lamtrack, IEnumerable<string> args, string? input = null)
    {
        var start = new ProcessStartInfo(lamtrack) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{lamtrack} did not start");
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync(), error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output + await error).Trim());
    }
}
