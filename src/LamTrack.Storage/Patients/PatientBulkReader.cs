using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LamTrack.Storage.Patients;

/// <summary>Reads every stored patient's record in one sequential pass over one query, for a whole-cohort read.</summary>
/// <remarks>
/// One SQL statement (patients joined to their events, ordered by patient and position) runs on the context's own
/// connection, so the read sees one snapshot of the store, as the query through EF Core did; the rows are read with a
/// plain data reader, column by column in order, with no entity materialisation, change tracking or identity
/// resolution. That materialisation was most of the time of a whole-store read (a profile of <c>analyze --db</c> on
/// 100,000 patients: 17.5 s of 21 s; docs/benchmarks.md). Table and column names come from the EF model, so the query
/// follows the mapping on SQLite and PostgreSQL alike. Only the columns a record is rebuilt from are read (identifier,
/// version, details, payloads): the event rows' kind, date, precision and source columns are there for queries and
/// copy what the payloads hold, and reading them cost as much as the rest of a row (docs/benchmarks.md).
/// </remarks>
internal static class PatientBulkReader
{
    private const int Identifier = 0, Version = 1, Details = 2, Payload = 3;

    /// <summary>Every stored patient's record, ordered by the patients table's key, with her events in order.</summary>
    public static async IAsyncEnumerable<StoredRecord> ReadAllAsync(LamTrackDatabase database, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using LamTrackDbContext db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Query(db);
        await foreach (StoredRecord record in RecordsAsync(db, command, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    /// <summary>One stored patient's record by her identifier, or null when there is none: the same statement with a
    /// condition, so the web application's reads of one patient skip entity materialisation too.</summary>
    public static async Task<StoredRecord?> ReadOneAsync(LamTrackDatabase database, string identifier, CancellationToken cancellationToken)
    {
        await using LamTrackDbContext db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Query(db, onePatient: true);
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = "identifier";
        parameter.Value = identifier;
        command.Parameters.Add(parameter);
        await foreach (StoredRecord record in RecordsAsync(db, command, cancellationToken).ConfigureAwait(false))
        {
            return record;
        }

        return null;
    }

    private static async IAsyncEnumerable<StoredRecord> RecordsAsync(LamTrackDbContext db, DbCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DbDataReader reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            // SQLite keeps text as UTF-8 and hands its bytes over as they are; other providers give text.
            var patient = new PatientRows(db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (patient.Next(reader) is StoredRecord done)
                {
                    yield return done;
                }
            }

            if (patient.Last() is StoredRecord last)
            {
                yield return last;
            }
        }
    }

    /// <summary>The one statement, with the mapped table and column names quoted by the provider's own rules; with
    /// <paramref name="onePatient"/>, only the patient whose identifier is the parameter <c>identifier</c>.</summary>
    internal static string Query(LamTrackDbContext db, bool onePatient = false)
    {
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        IEntityType patients = db.Model.FindEntityType(typeof(PatientRecord))!;
        IEntityType events = db.Model.FindEntityType(typeof(TimelineEventRecord))!;
        string P(string property) => "p." + Column(sql, patients, property);
        string E(string property) => "e." + Column(sql, events, property);
        string where = onePatient ? $"WHERE {P(nameof(PatientRecord.Identifier))} = {sql.GenerateParameterName("identifier")} " : string.Empty;
        return $"SELECT {P(nameof(PatientRecord.Identifier))}, {P(nameof(PatientRecord.Version))}, {P(nameof(PatientRecord.DetailsJson))}, "
            + $"{E(nameof(TimelineEventRecord.PayloadJson))} "
            + $"FROM {Table(sql, patients)} AS p LEFT JOIN {Table(sql, events)} AS e ON {E(nameof(TimelineEventRecord.PatientId))} = {P(nameof(PatientRecord.Id))} "
            + where
            + $"ORDER BY {P(nameof(PatientRecord.Id))}, {E(nameof(TimelineEventRecord.Sequence))}";
    }

    private static string Table(ISqlGenerationHelper sql, IEntityType entity) => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private static string Column(ISqlGenerationHelper sql, IEntityType entity, string property) =>
        sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);

    /// <summary>The rows of the patient being read; the reader's rows arrive grouped by patient.</summary>
    /// <param name="payloadBytes">Whether the provider gives a text column's UTF-8 bytes.</param>
    private sealed class PatientRows(bool payloadBytes)
    {
        private readonly RecordAssembler _record = new();
        private string? _identifier;
        private int _version;

        /// <summary>Takes the reader's current row; returns the previous patient when this row starts another.</summary>
        public StoredRecord? Next(DbDataReader reader)
        {
            string identifier = reader.GetString(Identifier);
            StoredRecord? finished = null;
            if (!string.Equals(identifier, _identifier, StringComparison.Ordinal))
            {
                finished = Last();
                _identifier = identifier;
                _version = reader.GetInt32(Version);
                _record.Start(reader.GetString(Details));
            }

            // The payload column is never null in the table, so null is the left join's patient without events.
            if (!reader.IsDBNull(Payload))
            {
                AddPayload(reader);
            }

            return finished;
        }

        /// <summary>The patient being read, if any; the next row starts afresh.</summary>
        public StoredRecord? Last()
        {
            if (_identifier is null)
            {
                return null;
            }

            StoredRecord stored = _record.Finish(_identifier, _version);
            _identifier = null;
            return stored;
        }

        private void AddPayload(DbDataReader reader)
        {
            if (payloadBytes)
            {
                _record.AddPayload(reader, Payload);
            }
            else
            {
                _record.AddPayload(reader.GetString(Payload));
            }
        }
    }
}
