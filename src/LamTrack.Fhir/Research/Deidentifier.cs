using NodaTime;

namespace LamTrack.Fhir.Research;

/// <summary>Assigns each patient of one export a random study id and a random per-patient date shift
/// (docs/research-export.md). The link from study id back to patient exists only in memory during the export.</summary>
/// <remarks>
/// Study ids are <c>S</c> plus <see cref="StudyIdLength"/> characters from an alphabet without look-alike characters,
/// drawn until unique, so they carry nothing of the patient id or of the record order. Date shifts are drawn
/// uniformly from ±<see cref="MaximumShiftDays"/> days, zero excluded.
/// </remarks>
public sealed class Deidentifier
{
    /// <summary>The largest date shift, in days, either way.</summary>
    public const int MaximumShiftDays = 365;

    /// <summary>The number of random characters in a study id.</summary>
    public const int StudyIdLength = 8;

    /// <summary>Ages above this, in completed years, are reported as one group (HIPAA Safe Harbor).</summary>
    public const int OldestReportedAgeYears = 89;

    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private readonly Random _random;
    private readonly Dictionary<string, StudySubject> _byPatient = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    /// <summary>Creates a de-identifier drawing from <paramref name="random"/> (seeded in tests, from a cryptographic
    /// seed in the CLI).</summary>
    public Deidentifier(Random random) => _random = random ?? throw new ArgumentNullException(nameof(random));

    /// <summary>The subject key of a patient; the same patient gets the same key for the whole export.</summary>
    public StudySubject SubjectFor(string patientKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(patientKey);
        if (!_byPatient.TryGetValue(patientKey, out StudySubject? subject))
        {
            subject = new StudySubject(NewStudyId(), Period.FromDays(NewShiftDays()));
            _byPatient.Add(patientKey, subject);
        }

        return subject;
    }

    /// <summary>An age in completed years as exported: the number, or <c>90+</c> above <see cref="OldestReportedAgeYears"/>.</summary>
    public static string FormatAgeYears(int completedYears) =>
        completedYears > OldestReportedAgeYears
            ? $"{OldestReportedAgeYears + 1}+"
            : completedYears.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string NewStudyId()
    {
        string id;
        do
        {
            id = "S" + new string(Enumerable.Range(0, StudyIdLength).Select(_ => Alphabet[_random.Next(Alphabet.Length)]).ToArray());
        }
        while (!_usedIds.Add(id));
        return id;
    }

    private int NewShiftDays()
    {
        // Draw from [-max, max - 1] then map 0 to +max: uniform over the 2·max non-zero shifts.
        int days = _random.Next(-MaximumShiftDays, MaximumShiftDays);
        return days == 0 ? MaximumShiftDays : days;
    }
}
