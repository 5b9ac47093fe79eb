using System.Data.Common;
using System.Text;

namespace LamTrack.Storage.Patients;

/// <summary>Builds one patient's record in the patient file format, as UTF-8, from the store's columns: the details
/// object with the event payloads as its <c>events</c> array.</summary>
/// <remarks>
/// The record is joined by plain concatenation, not through a JSON DOM: the details and payloads are JSON the store
/// itself wrote, and the patient file reader that parses the result rejects anything malformed. What is checked here
/// is the shape a concatenation relies on, that each part is one JSON object. On SQLite the payload's bytes are taken
/// straight from the row (text is stored as UTF-8), with no string in between; that copy and its absent garbage were
/// most of what a whole-store read gained (docs/benchmarks.md).
/// </remarks>
internal sealed class RecordAssembler
{
    private static readonly byte[] EventsAfterMembers = Encoding.UTF8.GetBytes(",\"events\":[");
    private static readonly byte[] EventsAlone = Encoding.UTF8.GetBytes("\"events\":[");
    private byte[] _buffer = new byte[16 * 1024];
    private int _length;
    private int _events;
    private string? _malformed;

    /// <summary>Starts a record with the patient-level members of <paramref name="detailsJson"/>.</summary>
    public void Start(string detailsJson)
    {
        _length = 0;
        _events = 0;
        _malformed = null;
        ReadOnlySpan<char> details = detailsJson.AsSpan().Trim();
        if (details.Length < 2 || details[0] != '{' || details[^1] != '}')
        {
            _malformed = "the details is not a JSON object";
            return;
        }

        Append(details[..^1]);
        // "{}" has no member to follow with a comma.
        Append(details[1..^1].Trim().IsEmpty ? EventsAlone : EventsAfterMembers);
    }

    /// <summary>Adds an event payload read as text.</summary>
    public void AddPayload(string payloadJson)
    {
        int start = BeginPayload();
        Append(payloadJson.AsSpan());
        EndPayload(start);
    }

    /// <summary>Adds the event payload in column <paramref name="ordinal"/> of the current row, as the UTF-8 bytes the provider holds.</summary>
    /// <remarks>As a byte array, not through <see cref="DbDataReader.GetBytes"/>: SQLite's provider answers that through
    /// a blob stream that looks up the row's table and database names on every call, which cost more than the copy.</remarks>
    public void AddPayload(DbDataReader reader, int ordinal)
    {
        int start = BeginPayload();
        Append(reader.GetFieldValue<byte[]>(ordinal));
        EndPayload(start);
    }

    /// <summary>The record built since <see cref="Start"/>.</summary>
    public StoredRecord Finish(string identifier, int version)
    {
        Append("]}"u8);
        return new StoredRecord(identifier, version, _buffer.AsSpan(0, _length).ToArray(), _events) { Malformed = _malformed };
    }

    private int BeginPayload()
    {
        if (_events++ > 0)
        {
            Append(","u8);
        }

        return _length;
    }

    private void EndPayload(int start)
    {
        ReadOnlySpan<byte> payload = _buffer.AsSpan(start, _length - start).Trim(" \t\r\n"u8);
        if (_malformed is null && (payload.Length < 2 || payload[0] != (byte)'{' || payload[^1] != (byte)'}'))
        {
            _malformed = $"the event row {_events - 1} is not a JSON object";
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
