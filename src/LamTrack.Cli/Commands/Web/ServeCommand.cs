using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Web.Hosting;

namespace LamTrack.Cli.Commands.Web;

/// <summary><c>lamtrack serve [--urls URL] [--db CONNECTION]</c>: runs the web application.</summary>
/// <remarks>Without <c>--db</c> the server uses its demo store, seeded once with the published cases.</remarks>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, separated by ';' (default http://127.0.0.1:5080)" };
        var db = new Option<string?>("--db") { Description = "Database: a SQLite file path or a PostgreSQL connection string; default: the demo store" };
        var command = new Command("serve", "Run the web application for clinicians, pharmacists and researchers") { urls, db };
        command.SetAction((parse, cancellationToken) =>
            LamTrackWebServer.ServeAsync(parse.GetValue(urls), parse.GetValue(db), context.Console.Profile.Out.Writer, cancellationToken));
        return command;
    }
}
