using System.Data.Common;
using LamTrack.Fhir.Export;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;

namespace LamTrack.Hosting;

/// <summary>Turns the expected failures of the infrastructure into one coded line, for a composition root's last catch.</summary>
/// <remarks>
/// What reaches a composition root from a file system or a database (a path that is a folder, a read-only file, a file
/// that is not a database, a server that does not answer, another process holding the write lock) is a user's
/// situation, not a bug, so it gets a coded message instead of a stack trace. Anything else is a bug: null is returned
/// and the caller keeps the stack trace.
/// </remarks>
public static class ExpectedFailures
{
    /// <summary>The code of a file-system failure with no more specific code.</summary>
    public const string FileSystem = "IO-001";

    /// <summary>The one-line message for <paramref name="exception"/> or one of its inner exceptions, or null when none is an expected failure.</summary>
    public static string? Describe(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (DescribeOne(current) is { } message)
            {
                return message;
            }
        }

        return null;
    }

    private static string? DescribeOne(Exception current) => current switch
    {
        StorageException storage => storage.Message,
        Application.Output.OutputPathException or ExportFolderException => current.Message,
        DbException db => SqliteFailures.Describe(db) ?? PostgresFailures.Describe(db) ?? $"{StorageIssues.DatabaseRefused}: the database refused the operation: {db.Message}",
        UnauthorizedAccessException denied => $"{FileSystem}: permission denied: {denied.Message}",
        IOException io => $"{FileSystem}: {io.Message}",
        _ => null,
    };
}
