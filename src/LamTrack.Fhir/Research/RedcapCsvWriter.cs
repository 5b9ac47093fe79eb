using System.Globalization;
using System.Text;
using LamTrack.Fhir.Export;

namespace LamTrack.Fhir.Research;

/// <summary>Writes a REDCap-style export: <c>records.csv</c> (one row per record plus one per repeating-instrument
/// instance, the "CSV raw" layout) and <c>data_dictionary.csv</c> (the 18-column data dictionary), all or nothing
/// ([REDCAP] in docs/references.md).</summary>
public static class RedcapCsvWriter
{
    /// <summary>The flat records file name.</summary>
    public const string RecordsFileName = "records.csv";

    /// <summary>The data dictionary file name.</summary>
    public const string DictionaryFileName = "data_dictionary.csv";

    /// <summary>Writes both files into <paramref name="directory"/>.</summary>
    /// <param name="directory">Target folder (created): missing or empty, or holding an earlier export when <paramref name="replace"/> is set.</param>
    /// <param name="recordIdField">The record id column, first in both files.</param>
    /// <param name="instruments">The instruments, in column order; the first is the record's main form.</param>
    /// <param name="rows">Rows, record by record.</param>
    /// <param name="replace">Replace an earlier export in the folder as a whole.</param>
    /// <exception cref="Export.ExportFolderException">The folder is not empty and may not be replaced; nothing was written.</exception>
    public static void Write(string directory, RedcapField recordIdField, IReadOnlyList<RedcapInstrument> instruments, IEnumerable<RedcapRow> rows, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(recordIdField);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(rows);
        using var output = new AtomicDirectory(directory, replace);
        WriteDictionary(Path.Combine(output.Staging, DictionaryFileName), recordIdField, instruments);
        WriteRecords(Path.Combine(output.Staging, RecordsFileName), recordIdField, instruments, rows);
        output.Commit();
    }

    private static void WriteDictionary(string path, RedcapField recordIdField, IReadOnlyList<RedcapInstrument> instruments)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        CsvText.WriteRow(writer, RedcapField.DictionaryHeader);
        CsvText.WriteRow(writer, recordIdField.ToDictionaryRow());
        foreach (RedcapField field in instruments.SelectMany(i => i.Fields))
        {
            CsvText.WriteRow(writer, field.ToDictionaryRow());
        }
    }

    private static void WriteRecords(string path, RedcapField recordIdField, IReadOnlyList<RedcapInstrument> instruments, IEnumerable<RedcapRow> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var header = new List<string> { recordIdField.Name, "redcap_repeat_instrument", "redcap_repeat_instance" };
        foreach (RedcapInstrument instrument in instruments)
        {
            header.AddRange(instrument.Fields.Select(f => f.Name));
            header.Add(instrument.CompleteColumn);
        }

        CsvText.WriteRow(writer, header);
        foreach (RedcapRow row in rows)
        {
            CsvText.WriteRow(writer, Cells(row, instruments));
        }
    }

    private static List<string?> Cells(RedcapRow row, IReadOnlyList<RedcapInstrument> instruments)
    {
        var cells = new List<string?> { row.RecordId, row.Instrument?.Name, row.Instance?.ToString(CultureInfo.InvariantCulture) };
        foreach (RedcapInstrument instrument in instruments)
        {
            // A row fills only its own instrument: the main row the non-repeating ones, an instance row its form.
            bool mine = row.Instrument is null ? !instrument.Repeating : ReferenceEquals(row.Instrument, instrument);
            cells.AddRange(instrument.Fields.Select(f => mine ? row.Values.GetValueOrDefault(f.Name) : null));
            cells.Add(mine ? "2" : null);
        }

        return cells;
    }
}
