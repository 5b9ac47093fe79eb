using LamTrack.Storage.Errors;
using Microsoft.Data.Sqlite;

namespace LamTrack.Storage.Sqlite;

/// <summary>Words a refusal of the SQLite engine as one coded line a user can act on.</summary>
public static class SqliteFailures
{
    /// <summary>The line for <paramref name="exception"/> when it is a <see cref="SqliteException"/>, else null.</summary>
    public static string? Describe(Exception exception) => exception is SqliteException sqlite
        ? $"{StorageIssues.DatabaseRefused}: the SQLite database refused the operation: {Reason(sqlite)}. Nothing more was written."
        : null;

    private static string Reason(SqliteException ex) => ex.SqliteErrorCode switch
    {
        5 or 6 => "another process is writing to it (the wait for its lock timed out); try again when it has finished",
        8 => "the file (or its folder) is read-only",
        14 => "the file cannot be opened (a folder, a missing folder, or no permission)",
        26 => "the file is not a SQLite database",
        19 => $"a constraint failed ({ex.Message})",
        _ => ex.Message,
    };
}
