using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Web.Hosting;

namespace LamTrack.Cli.Commands.Web;

/// <summary><c>lamtrack users add|list|disable</c>: the web application's accounts.</summary>
public static class UsersCommand
{
    /// <summary>Creates the command with its three subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("users", "Manage the web application's accounts (roles: clinician, pharmacist, researcher, admin)")
        {
            Add(context),
            List(context),
            Disable(context),
        };
        return command;
    }

    private static Option<string?> Database() =>
        new("--db") { Description = "Database: a SQLite file path or a PostgreSQL connection string; default: the demo store" };

    private static Command Add(CliContext context)
    {
        var db = Database();
        var email = new Option<string>("--email") { Description = "The account's sign-in email", Required = true };
        var role = new Option<string>("--role") { Description = "clinician, pharmacist, researcher or admin", Required = true };
        var command = new Command("add", "Add an account; the password is read from standard input, or generated and printed once") { db, email, role };
        command.SetAction(parse => LamTrackWebServer.AddUserAsync(
            parse.GetValue(db), parse.GetValue(email)!, parse.GetValue(role)!, ReadPassword(), context.Console.Profile.Out.Writer, context.Error));
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = Database();
        var command = new Command("list", "List the accounts: email, roles, state and id") { db };
        command.SetAction(parse => LamTrackWebServer.ListUsersAsync(parse.GetValue(db), context.Console.Profile.Out.Writer));
        return command;
    }

    private static Command Disable(CliContext context)
    {
        var db = Database();
        var email = new Option<string>("--email") { Description = "The account to disable", Required = true };
        var command = new Command("disable", "Disable an account: it can no longer sign in") { db, email };
        command.SetAction(parse => LamTrackWebServer.DisableUserAsync(parse.GetValue(db), parse.GetValue(email)!, context.Console.Profile.Out.Writer, context.Error));
        return command;
    }

    // A password piped in (echo "$PW" | lamtrack users add ...) is used; at a terminal one is generated instead.
    private static string? ReadPassword()
    {
        string? line = Console.IsInputRedirected ? Console.In.ReadLine() : null;
        return string.IsNullOrWhiteSpace(line) ? null : line.TrimEnd('\r');
    }
}
