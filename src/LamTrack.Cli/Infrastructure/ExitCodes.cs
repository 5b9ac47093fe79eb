namespace LamTrack.Cli.Infrastructure;

/// <summary>The documented process exit codes of <c>lamtrack</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The input data is invalid; every problem was printed with its location.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal failure; a bug to report.</summary>
    public const int InternalError = 70;
}
