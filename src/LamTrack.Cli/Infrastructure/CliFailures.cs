using System.Data.Common;
using System.Net.Sockets;
using LamTrack.Storage.Errors;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Turns the expected failures of any command into one coded line, at the command-line boundary.</summary>
/// <remarks>
/// Commands catch the failures they can explain in their own terms. What reaches this point from a file system or a
/// database (a path that is a folder, a read-only file, a file that is not a database, a server that does not answer,
/// another process holding the write lock) is a user's situation, not a bug, so it gets a coded message and exit 1
/// instead of a stack trace. Anything else is a bug and keeps its stack trace.
/// </remarks>
internal static class CliFailures
{
    /// <summary>The code of a file-system failure with no more specific code.</summary>
    public const string FileSystem = "IO-001";

    /// <summary>The one-line message for <paramref name="exception"/>, or null when it is not an expected failure.</summary>
    public static string? Describe(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            string? message = current switch
            {
                StorageException storage => storage.Message,
                OutputPathException or Fhir.Export.ExportFolderException => current.Message,
                SqliteException sqlite => $"{StorageIssues.DatabaseRefused}: the SQLite database refused the operation: {SqliteReason(sqlite)}. Nothing more was written.",
                NpgsqlException npgsql => $"{StorageIssues.DatabaseRefused}: PostgreSQL: {PostgresReason(npgsql)}. Nothing more was written.",
                DbException db => $"{StorageIssues.DatabaseRefused}: the database refused the operation: {db.Message}",
                UnauthorizedAccessException denied => $"{FileSystem}: permission denied: {denied.Message}",
                IOException io => $"{FileSystem}: {io.Message}",
                _ => null,
            };
            if (message is not null)
            {
                return message;
            }
        }

        return null;
    }

    private static string SqliteReason(SqliteException ex) => ex.SqliteErrorCode switch
    {
        5 or 6 => "another process is writing to it (the wait for its lock timed out); try again when it has finished",
        8 => "the file (or its folder) is read-only",
        14 => "the file cannot be opened (a folder, a missing folder, or no permission)",
        26 => "the file is not a SQLite database",
        19 => $"a constraint failed ({ex.Message})",
        _ => ex.Message,
    };

    private static string PostgresReason(NpgsqlException ex) => ex switch
    {
        PostgresException server => $"{server.MessageText} (SQLSTATE {server.SqlState})",
        _ when ex.InnerException is SocketException or TimeoutException => $"the server cannot be reached ({ex.InnerException.Message})",
        _ => ex.Message,
    };
}
