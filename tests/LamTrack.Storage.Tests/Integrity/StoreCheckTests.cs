using LamTrack.Storage.Integrity;
using LamTrack.Storage.Tests.Support;
using LamTrack.Storage.Timelines;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Integrity;

public sealed class StoreCheckTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_HealthyStore_FindsNothingAndChecksEveryPatient(StorageProvider provider)
    {
        await using TestDatabase test = await ImportedAsync(provider);

        StoreCheckReport report = await new StoreCheck(test.Database).RunAsync();

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(CaseSeries.Load().Count, report.PatientsChecked);
        Assert.Contains(report.Notes, n => n.StartsWith(provider == StorageProvider.Sqlite ? "SQLite" : "PostgreSQL", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_OneCorruptEventRow_ReportsThatPatientOnly(StorageProvider provider)
    {
        await using TestDatabase test = await ImportedAsync(provider);
        await CorruptAsync(test, "case-3");

        StoreCheckReport report = await new StoreCheck(test.Database).RunAsync();

        StoreFinding finding = Assert.Single(report.Findings);
        Assert.Equal(("patient", "case-3", "STORE-006"), (finding.Area, finding.Patient, finding.Code));
        Assert.Equal(CaseSeries.Load().Count, report.PatientsChecked);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_AuditEntryEdited_ReportsTheAuditChain(StorageProvider provider)
    {
        await using TestDatabase test = await ImportedAsync(provider);
        await Tampering.DropAuditGuardsAsync(test, provider);
        await Tampering.ExecuteAsync(test, """UPDATE "AuditEntries" SET "Actor" = 'mallory'""");

        StoreCheckReport report = await new StoreCheck(test.Database).RunAsync();

        StoreFinding finding = Assert.Single(report.Findings);
        Assert.Equal(("audit", "STORE-009"), (finding.Area, finding.Code));
    }

    [Fact]
    public async Task RunAsync_SqliteEventRowWithoutPatient_ReportsTheForeignKey()
    {
        await using TestDatabase test = await ImportedAsync(StorageProvider.Sqlite);
        // Written with foreign keys switched off, as another program could.
        await Tampering.ExecuteAsync(test, """
            PRAGMA foreign_keys = OFF;
            UPDATE "TimelineEvents" SET "PatientId" = '00000000-0000-0000-0000-000000000001' WHERE "Sequence" = 0 AND "PatientId" = (SELECT "Id" FROM "Patients" WHERE "Identifier" = 'case-2');
            """);

        StoreCheckReport report = await new StoreCheck(test.Database).RunAsync();

        string all = string.Join("\n", report.Findings);
        Assert.True(report.Findings.Any(f => f.Area == "database" && f.Message.Contains("foreign_key_check", StringComparison.Ordinal)), all);
        Assert.Contains(report.Findings, f => f.Area == "foreign-key");
    }

    [Fact]
    public async Task RunAsync_PostgresTriggerDisabled_ReportsIt()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            return;
        }

        await using TestDatabase test = await ImportedAsync(StorageProvider.Postgres);
        await Tampering.ExecuteAsync(test, """ALTER TABLE "AuditEntries" DISABLE TRIGGER "AuditEntries_AppendOnly" """);

        StoreCheckReport report = await new StoreCheck(test.Database).RunAsync();

        StoreFinding finding = Assert.Single(report.Findings);
        Assert.Contains("AuditEntries_AppendOnly is disabled", finding.Message, StringComparison.Ordinal);
    }

    internal static async Task CorruptAsync(TestDatabase test, string identifier) => await Tampering.ExecuteAsync(test, $$"""
        UPDATE "TimelineEvents" SET "PayloadJson" = '{"type":"no-such-event"}'
        WHERE "Sequence" = 0 AND "PatientId" = (SELECT "Id" FROM "Patients" WHERE "Identifier" = '{{identifier}}')
        """);

    private static async Task<TestDatabase> ImportedAsync(StorageProvider provider)
    {
        TestDatabase test = await TestDatabase.CreateAsync(provider);
        await new TimelineStore(test.Database, new FakeClock(Samples.Now), "import").ImportPatientsAsync(CaseSeries.Load());
        return test;
    }
}
