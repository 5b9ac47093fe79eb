using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Storage.Patients;

/// <summary>Reads every stored patient with her timeline in one sequential pass over one query, for a whole-cohort read.</summary>
/// <remarks>
/// One SQL statement (patients joined to their events, ordered by patient and position) runs on the context's own
/// connection, so the read sees one snapshot of the store, as the query through EF Core did; the rows are read with a
/// plain data reader, column by column in order, with no entity materialisation, change tracking or identity
/// resolution. That materialisation was most of the time of a whole-store read (a profile of <c>analyze --db</c> on
/// 100,000 patients: 17.5 s of 21 s; docs/benchmarks.md). Table and column names come from the EF model, so the query
/// follows the mapping on SQLite and PostgreSQL alike. Dates are the ISO text the model's converter writes.
/// </remarks>
internal static class PatientBulkReader
{
    private const int Identifier = 0, Version = 1, Details = 2, Sequence = 3, Kind = 4, OccurredOn = 5, Precision = 6, Provenance = 7, Payload = 8;

    /// <summary>Every stored patient, ordered by the patients table's key, each with her events in order.</summary>
    public static async IAsyncEnumerable<StoredPatient> ReadAllAsync(LamTrackDatabase database, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using LamTrackDbContext db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Query(db);
        DbDataReader reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var patient = new PatientRows();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (patient.Next(reader) is StoredPatient done)
                {
                    yield return done;
                }
            }

            if (patient.Last() is StoredPatient last)
            {
                yield return last;
            }
        }
    }

    /// <summary>The one statement, with the mapped table and column names quoted by the provider's own rules.</summary>
    internal static string Query(LamTrackDbContext db)
    {
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        IEntityType patients = db.Model.FindEntityType(typeof(PatientRecord))!;
        IEntityType events = db.Model.FindEntityType(typeof(TimelineEventRecord))!;
        string P(string property) => "p." + Column(sql, patients, property);
        string E(string property) => "e." + Column(sql, events, property);
        return $"SELECT {P(nameof(PatientRecord.Identifier))}, {P(nameof(PatientRecord.Version))}, {P(nameof(PatientRecord.DetailsJson))}, "
            + $"{E(nameof(TimelineEventRecord.Sequence))}, {E(nameof(TimelineEventRecord.Kind))}, {E(nameof(TimelineEventRecord.OccurredOn))}, "
            + $"{E(nameof(TimelineEventRecord.DatePrecision))}, {E(nameof(TimelineEventRecord.Provenance))}, {E(nameof(TimelineEventRecord.PayloadJson))} "
            + $"FROM {Table(sql, patients)} AS p LEFT JOIN {Table(sql, events)} AS e ON {E(nameof(TimelineEventRecord.PatientId))} = {P(nameof(PatientRecord.Id))} "
            + $"ORDER BY {P(nameof(PatientRecord.Id))}, {E(nameof(TimelineEventRecord.Sequence))}";
    }

    private static string Table(ISqlGenerationHelper sql, IEntityType entity) => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private static string Column(ISqlGenerationHelper sql, IEntityType entity, string property) =>
        sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);

    /// <summary>The rows of the patient being read; the reader's rows arrive grouped by patient.</summary>
    private sealed class PatientRows
    {
        private readonly List<EventSnapshot> _events = [];
        private string? _identifier;
        private int _version;
        private string _details = string.Empty;

        /// <summary>Takes the reader's current row; returns the previous patient when this row starts another.</summary>
        public StoredPatient? Next(DbDataReader reader)
        {
            string identifier = reader.GetString(Identifier);
            StoredPatient? finished = null;
            if (!string.Equals(identifier, _identifier, StringComparison.Ordinal))
            {
                finished = Last();
                _identifier = identifier;
                _version = reader.GetInt32(Version);
                _details = reader.GetString(Details);
            }

            if (!reader.IsDBNull(Sequence))
            {
                _events.Add(new EventSnapshot(reader.GetString(Kind), ParseDate(reader.GetString(OccurredOn)), reader.GetString(Precision),
                    reader.GetString(Provenance), reader.GetString(Payload)));
            }

            return finished;
        }

        /// <summary>The patient being read, if any; the next row starts afresh.</summary>
        public StoredPatient? Last()
        {
            if (_identifier is null)
            {
                return null;
            }

            var stored = new StoredPatient(new PatientSnapshot(_identifier, _details, [.. _events]), _version);
            _events.Clear();
            _identifier = null;
            return stored;
        }

        // The converter's own pattern (LocalDateToIsoTextConverter), with the plain yyyy-MM-dd shape read by hand.
        private static LocalDate ParseDate(string text) =>
            text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            && int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int month)
            && int.TryParse(text.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                ? new LocalDate(year, month, day)
                : LocalDatePattern.Iso.Parse(text).Value;
    }
}
