namespace LamTrack.Cli.Commands.Pk;

/// <summary>An option value of a pk command is wrong; printed as a usage error (exit 2), like every other command's.</summary>
internal sealed class PkUsageException : Exception
{
    public PkUsageException()
    {
    }

    public PkUsageException(string message)
        : base(message)
    {
    }

    public PkUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
