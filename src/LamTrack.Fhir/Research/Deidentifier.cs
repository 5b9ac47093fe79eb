using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace LamTrack.Fhir.Research;

/// <summary>Assigns each patient of one export a study id and a per-patient date shift (docs/research-export.md).</summary>
/// <remarks>
/// Two modes, chosen when the de-identifier is made:
/// <list type="bullet">
/// <item><see cref="CreateRandom"/>: every character of a study id and every shift is drawn from the operating system's
/// cryptographic generator (<see cref="RandomNumberGenerator"/>). Nothing is seeded, so two exports share no study id
/// (except by a chance of about one in 32^8 per pair) and no export's ids or shifts can be re-derived. The link from study id back to
/// patient exists only in memory during the export.</item>
/// <item><see cref="CreateKeyed"/>: the study id and the shift are HMAC-SHA256 (RFC 2104) of the patient id under a
/// secret key the site supplies, so exports made with the same key give a patient the same study id and shift (a
/// longitudinal research data set), and anyone without the key can neither re-derive nor link them.</item>
/// </list>
/// Study ids are <c>S</c> plus <see cref="StudyIdLength"/> characters from an alphabet without look-alike characters,
/// unique within an export, so they carry nothing of the patient id or of the record order. Shifts are uniform over the
/// non-zero whole days in ±<see cref="MaximumShiftDays"/>.
/// </remarks>
public sealed class Deidentifier
{
    /// <summary>The largest date shift, in days, either way.</summary>
    public const int MaximumShiftDays = 365;

    /// <summary>The number of random characters in a study id.</summary>
    public const int StudyIdLength = 8;

    /// <summary>Ages above this, in completed years, are reported as one group (45 CFR 164.514(b)(2)(i)(C)).</summary>
    public const int OldestReportedAgeYears = 89;

    /// <summary>The shortest key <see cref="CreateKeyed"/> accepts, in bytes: the HMAC-SHA256 output length (RFC 2104, section 3).</summary>
    public const int MinimumKeyBytes = 32;

    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private readonly byte[]? _key;
    private readonly Dictionary<string, StudySubject> _byPatient = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    private Deidentifier(byte[]? key) => _key = key;

    /// <summary>A de-identifier that draws every study id and shift from the cryptographic generator.</summary>
    public static Deidentifier CreateRandom() => new(null);

    /// <summary>A de-identifier that derives study ids and shifts from the patient id with HMAC-SHA256 under <paramref name="key"/>.</summary>
    /// <param name="key">The site's secret, at least <see cref="MinimumKeyBytes"/> bytes (for example 32 bytes from a
    /// cryptographic generator, kept out of the export and out of the repository).</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyBytes"/>.</exception>
    public static Deidentifier CreateKeyed(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"a de-identification key needs at least {MinimumKeyBytes} bytes", nameof(key));
        }

        return new Deidentifier(key.ToArray());
    }

    /// <summary>The subject key of a patient; the same patient gets the same key for the whole export.</summary>
    public StudySubject SubjectFor(string patientKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(patientKey);
        if (!_byPatient.TryGetValue(patientKey, out StudySubject? subject))
        {
            subject = new StudySubject(NewStudyId(patientKey), Period.FromDays(NewShiftDays(patientKey)));
            _byPatient.Add(patientKey, subject);
        }

        return subject;
    }

    /// <summary>An age in completed years as exported: the number, or <c>90+</c> above <see cref="OldestReportedAgeYears"/>.</summary>
    public static string FormatAgeYears(int completedYears) =>
        completedYears > OldestReportedAgeYears
            ? $"{OldestReportedAgeYears + 1}+"
            : completedYears.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string NewStudyId(string patientKey)
    {
        string id;
        int attempt = 0;
        do
        {
            // A keyed id that collides with another patient's is derived again with the attempt number in the input.
            id = _key is null ? RandomStudyId() : KeyedStudyId(patientKey, attempt++);
        }
        while (!_usedIds.Add(id));
        return id;
    }

    private static string RandomStudyId() =>
        "S" + new string(Enumerable.Range(0, StudyIdLength).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    private string KeyedStudyId(string patientKey, int attempt)
    {
        // Each of the first bytes picks one of the 32 characters; 256 is a multiple of 32, so every character is equally likely.
        byte[] mac = Mac("study-id", $"{patientKey}\0{attempt}");
        var id = new StringBuilder("S", StudyIdLength + 1);
        for (int i = 0; i < StudyIdLength; i++)
        {
            id.Append(Alphabet[mac[i] % Alphabet.Length]);
        }

        return id.ToString();
    }

    private int NewShiftDays(string patientKey)
    {
        // Draw from [0, 2·max) and map onto the 2·max non-zero shifts -max..-1, 1..max.
        int draw = _key is null
            ? RandomNumberGenerator.GetInt32(2 * MaximumShiftDays)
            : (int)(BinaryPrimitives.ReadUInt64BigEndian(Mac("date-shift", patientKey)) % (2 * MaximumShiftDays));
        return draw < MaximumShiftDays ? draw - MaximumShiftDays : draw - MaximumShiftDays + 1;
    }

    // The purpose label keeps the id and the shift independent: neither HMAC tells anything about the other.
    private byte[] Mac(string purpose, string input) => HMACSHA256.HashData(_key!, Encoding.UTF8.GetBytes($"{purpose}\0{input}"));
}
