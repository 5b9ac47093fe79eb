using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;

namespace LamTrack.Web.Tests.Security;

/// <summary>
/// Three synthetic patients whose ids, labels, names, free text and dates appear nowhere else, so that finding one of
/// them in what a researcher receives is a leak.
/// </summary>
/// <remarks>
/// Every date of every patient lies at least 731 days from every other, and the de-identified export shifts a
/// patient's dates by 1 to 365 days (docs/research-export.md): a shifted date can therefore never equal any true date,
/// and a true date found in a researcher's view was not shifted.
/// </remarks>
public static class SyntheticCohort
{
    private static readonly Person[] s_people =
    [
        new("qzv-7316-alpha", "Ottoline Quexbury", "Dr Thaddeus Wrexham", "Quexbury Infirmary", [new(1984, 2, 11), new(1986, 5, 23), new(1988, 9, 4), new(1990, 12, 15)]),
        new("qzv-7316-bravo", "Persimmon Vandergelt", "Dr Ambrose Fenwhistle", "Vandergelt Cottage Hospital", [new(1993, 3, 27), new(1995, 7, 8), new(1997, 10, 19), new(2000, 1, 30)]),
        new("qzv-7316-charlie", "Isolde Marchbanks", "Dr Leopoldine Crowcombe", "Marchbanks Chest Clinic", [new(2002, 4, 12), new(2004, 7, 24), new(2006, 11, 5), new(2009, 2, 16)]),
    ];

    /// <summary>The patients in the patient-file JSON shape, ready to post to <c>/api/patients</c>.</summary>
    public static IEnumerable<JsonObject> Patients() => s_people.Select(ToJson);

    /// <summary>Every distinctive text: ids, labels, names, places, event ids and the words of the free text.</summary>
    public static IReadOnlyList<string> DistinctiveTexts() =>
    [
        .. s_people.SelectMany(p => new[] { p.Id, p.Label, p.Clinician, p.Place, p.Id + "-ptx", p.Id + "-srl", p.Id + "-tr", p.Id + "-doc" }),
        .. s_people.Select(p => p.Label.Split(' ')[1]),
        "ward book 7316",
    ];

    /// <summary>Every true date of the three patients.</summary>
    public static IReadOnlyList<LocalDate> TrueDates() => [.. s_people.SelectMany(p => p.Dates)];

    /// <summary>The ways a date may be written in a page or a file: ISO, day-first, month-first, with the month's name, and compact.</summary>
    public static IEnumerable<string> Spellings(LocalDate date)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        DateTime day = date.ToDateTimeUnspecified();
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "yyyyMMdd", "dd.MM.yyyy"];
        return formats.Select(f => day.ToString(f, invariant));
    }

    private static JsonObject ToJson(Person p) => new()
    {
        ["format"] = "lamtrack-patient/1",
        ["id"] = p.Id,
        ["label"] = p.Label,
        ["document"] = new JsonObject { ["id"] = p.Id + "-doc", ["citation"] = $"Ward book 7316 of {p.Clinician}, {p.Place}" },
        ["sex"] = "female",
        ["followUpEnd"] = Date(p.Dates[3]),
        ["notes"] = new JsonArray(new JsonObject { ["topic"] = "Referral", ["text"] = $"{p.Label} was referred by {p.Clinician}.", ["source"] = "ward book 7316" }),
        ["events"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "pneumothorax", ["id"] = p.Id + "-ptx", ["date"] = Date(p.Dates[0]), ["side"] = "left", ["managedAt"] = p.Place,
                ["source"] = $"ward book 7316, {p.Place}", ["note"] = $"Seen by {p.Clinician}.",
            },
            new JsonObject
            {
                ["type"] = "sirolimus", ["id"] = p.Id + "-srl", ["date"] = Date(p.Dates[1]), ["dose"] = new JsonObject { ["value"] = 2, ["unit"] = "mg/d" },
                ["source"] = $"prescribed by {p.Clinician}",
            },
            new JsonObject
            {
                ["type"] = "trough", ["id"] = p.Id + "-tr", ["date"] = Date(p.Dates[2]), ["result"] = new JsonObject { ["value"] = 6.5, ["unit"] = "ng/mL" },
                ["source"] = $"{p.Place} laboratory", ["note"] = $"Drawn for {p.Label}.",
            }),
    };

    private static JsonObject Date(LocalDate date) => new() { ["value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    private sealed record Person(string Id, string Label, string Clinician, string Place, LocalDate[] Dates);
}
