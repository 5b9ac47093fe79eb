using System.Net.Sockets;
using LamTrack.Storage.Errors;
using Npgsql;

namespace LamTrack.Storage.Postgres;

/// <summary>Words a refusal of a PostgreSQL server (or a server that cannot be reached) as one coded line a user can act on.</summary>
public static class PostgresFailures
{
    /// <summary>The line for <paramref name="exception"/> when it is an <see cref="NpgsqlException"/>, else null.</summary>
    public static string? Describe(Exception exception) => exception is NpgsqlException npgsql
        ? $"{StorageIssues.DatabaseRefused}: PostgreSQL: {Reason(npgsql)}. Nothing more was written."
        : null;

    private static string Reason(NpgsqlException ex) => ex switch
    {
        PostgresException server => $"{server.MessageText} (SQLSTATE {server.SqlState})",
        _ when ex.InnerException is SocketException or TimeoutException => $"the server cannot be reached ({ex.InnerException.Message})",
        _ => ex.Message,
    };
}
