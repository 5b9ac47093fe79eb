using System.Diagnostics;
using System.Globalization;
using LamTrack.Storage.Harness;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Storage.Tests.Import;

/// <summary>Kills a real import process mid-way and checks what it leaves behind.</summary>
public sealed class PatientImporterFaultTests
{
    private const int Total = 1000;
    private const int KillAfter = 250;

    // Small batches, so the kill lands mid-import with several batches committed and more to come.
    private const int BatchSize = 50;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPatientsAsync_ProcessKilledMidway_LeavesNoHalfPatientAndRerunCompletes(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);

        int reached = await RunHarnessAndKillAsync(test.Location);

        Assert.InRange(reached, KillAfter, Total - 1);
        if (provider == StorageProvider.Sqlite)
        {
            Assert.Equal("ok", IntegrityCheck(test.Location));
        }

        int survivors = await AssertEveryPatientWholeAsync(test);
        Assert.InRange(survivors, KillAfter, Total - 1);
        string rerun = await RunHarnessToEndAsync(test.Location);
        Assert.StartsWith($"done {Total} {Total - survivors} {survivors} ", rerun, StringComparison.Ordinal);
        Assert.Equal(Total, await AssertEveryPatientWholeAsync(test));
    }

    private static async Task<int> RunHarnessAndKillAsync(string connection)
    {
        using Process process = StartHarness(connection);
        int processed = 0;
        while (processed < KillAfter && await process.StandardOutput.ReadLineAsync() is { } line)
        {
            processed = line.StartsWith("progress ", StringComparison.Ordinal) ? int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture) : processed;
        }

        // SIGKILL: no finally blocks, no disposal, no rollback by the process itself.
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return processed;
    }

    private static async Task<string> RunHarnessToEndAsync(string connection)
    {
        using Process process = StartHarness(connection);
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
    }

    private static Process StartHarness(string connection)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LamTrack.Storage.Harness.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(connection);
        start.ArgumentList.Add(Total.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(BatchSize.ToString(CultureInfo.InvariantCulture));
        return Process.Start(start)!;
    }

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Asserts that every stored patient has all its events and exactly one audit entry; returns the patient count.</summary>
    private static async Task<int> AssertEveryPatientWholeAsync(TestDatabase test)
    {
        IReadOnlyList<PatientSnapshot> templates = SyntheticPatients.Templates();
        await using LamTrackDbContext db = test.Database.CreateContext();
        var rows = await db.Patients.Select(p => new { p.Identifier, Events = p.Events.Count }).ToListAsync();
        var audits = await db.AuditEntries.GroupBy(a => a.EntityKey).Select(g => new { Key = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        foreach (var row in rows)
        {
            int index = int.Parse(row.Identifier["syn-".Length..], CultureInfo.InvariantCulture);
            Assert.Equal(SyntheticPatients.EventCountOf(index, templates), row.Events);
            Assert.Equal(1, audits[row.Identifier]);
        }

        Assert.Equal(rows.Count, audits.Count);
        return rows.Count;
    }
}
