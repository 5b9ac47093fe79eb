using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace LamTrack.Cli.Tests.Properties;

/// <summary>A CsCheck generator of random patient records in the patient-file format: valid ones, and near-valid ones
/// carrying one <see cref="RecordFlaw"/> each (a date at or past the supported range, an empty timeline, an id a file
/// system or FHIR cannot hold, a 0 mg/day dose, an end before its start, a repeated event id).</summary>
/// <remarks>Records differ in every field that the commands read: dates (day, month, year, week and window precision,
/// approximate or not), pneumothorax sides and compressions, sirolimus courses with dose changes and stops, trough
/// levels (some below a limit of quantification), labs, hospital stays, co-medications, adverse events and follow-up.</remarks>
internal static class PatientRecordGen
{
    private static readonly string[] s_sides = ["left", "right", "bilateral"];
    private static readonly string[] s_stayFacilities = ["our hospital", "local hospital"];

    /// <summary>One record: its JSON and the flaw it was given (<see cref="RecordFlaw.None"/> for a valid record).</summary>
    public static Gen<(JsonObject Json, RecordFlaw Flaw)> Record(string id) =>
        Gen.Select(Timeline(id), Gen.Frequency((6, Gen.Const(RecordFlaw.None)), (4, Gen.Enum<RecordFlaw>())), Gen.Int[0, int.MaxValue])
            .Select((t, flaw, salt) => (Flawed(t, flaw, salt), flaw));

    private static Gen<JsonObject> Timeline(string id) =>
        Gen.Select(Gen.Int[1990, 2190], Gen.Int[0, 364], Gen.Int[1, 12], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 4])
            .SelectMany((year, dayOfYear, episodes, courses, smoker, extras) => Events(id, new DateOnly(year, 1, 1).AddDays(dayOfYear), episodes, courses, extras)
                .Select(events => Patient(id, smoker, events)));

    private static JsonObject Patient(string id, bool smoker, List<(DateOnly Day, JsonObject Event)> events)
    {
        DateOnly last = events.Max(e => e.Day);
        var patient = new JsonObject
        {
            ["format"] = "lamtrack-patient/1",
            ["id"] = id,
            ["label"] = "Generated " + id,
            ["document"] = new JsonObject { ["id"] = "generated", ["citation"] = "Generated record for the validity-gate property test." },
            ["sex"] = "female",
            ["smoking"] = smoker ? "former" : "never",
            ["followUpEnd"] = Day(last.AddDays(30)),
            ["events"] = new JsonArray([.. events.Select(e => (JsonNode)e.Event)]),
        };
        return patient;
    }

    private static Gen<List<(DateOnly Day, JsonObject Event)>> Events(string id, DateOnly start, int episodes, int courses, int extras) =>
        Gen.Select(Gen.Int[20, 400].Array[episodes], Gen.Int[0, 2].Array[episodes], Gen.Int[0, 100].Array[episodes], Gen.Double[0.25, 6].Array[courses + 1],
                Gen.Double[1.0, 25.0].Array[6], Gen.Int[0, 4].Array[episodes])
            .Select((gaps, sides, compression, doses, levels, precisions) =>
            {
                var events = new List<(DateOnly, JsonObject)>();
                DateOnly day = start;
                for (int i = 0; i < episodes; i++)
                {
                    day = day.AddDays(gaps[i]);
                    events.Add((day, Episode($"{id}-ptx{i}", day, s_sides[sides[i]], compression[i], precisions[i])));
                }

                AddCourses(id, events, start, day, doses, levels);
                AddExtras(id, events, start, day, extras);
                return events;
            });

    private static JsonObject Episode(string id, DateOnly day, string side, int compression, int precision)
    {
        var e = Event("pneumothorax", id, DateText(day, precision));
        e["side"] = side;
        if (compression > 0 && side != "bilateral")
        {
            e["compression"] = new JsonObject { [side] = compression };
        }

        if (compression % 3 == 0)
        {
            e["resolution"] = Day(day.AddDays(7 + compression));
        }

        return e;
    }

    // Courses one after another from the first episode on, each with a dose change and (but the last) a stop; troughs during them.
    private static void AddCourses(string id, List<(DateOnly, JsonObject)> events, DateOnly first, DateOnly last, double[] doses, double[] levels)
    {
        int courses = doses.Length - 1;
        int span = Math.Max(courses * 60, last.DayNumber - first.DayNumber);
        for (int c = 0; c < courses; c++)
        {
            DateOnly start = first.AddDays(10 + (c * span / courses));
            DateOnly stop = start.AddDays(Math.Max(20, (span / courses) - 10));
            var course = Event("sirolimus", $"{id}-srl{c}", Day(start));
            course["dose"] = Dose(doses[c]);
            course["doseChanges"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{id}-srl{c}-dc", ["date"] = Day(start.AddDays(10)), ["dose"] = Dose(doses[c + 1]), ["source"] = "generated",
            });
            if (c < courses - 1 || doses[c] > 3)
            {
                course["stop"] = Day(stop);
            }

            events.Add((start, course));
            for (int t = 0; t < 2; t++)
            {
                events.Add((start.AddDays(7 + (7 * t)), Trough($"{id}-srl{c}-t{t}", start.AddDays(7 + (7 * t)), levels[(c + t) % levels.Length])));
            }
        }
    }

    private static void AddExtras(string id, List<(DateOnly, JsonObject)> events, DateOnly first, DateOnly last, int extras)
    {
        DateOnly middle = first.AddDays((last.DayNumber - first.DayNumber) / 2);
        if (extras > 0)
        {
            var stay = Event("hospitalStay", $"{id}-stay", Day(first));
            stay["facility"] = s_stayFacilities[extras % 2];
            stay["discharge"] = Day(first.AddDays(extras * 3));
            events.Add((first, stay));
        }

        if (extras > 1)
        {
            var lab = Event("lab", $"{id}-vegfd", Day(middle));
            lab["analyte"] = "vegfD";
            lab["value"] = new JsonObject { ["value"] = 400 + (extras * 150), ["unit"] = "pg/mL" };
            events.Add((middle, lab));
        }

        if (extras > 2)
        {
            var drug = Event("comedication", $"{id}-atb", Day(middle));
            drug["therapy"] = "anti-tuberculosis therapy";
            drug["agents"] = new JsonArray("rifampicin");
            drug["stop"] = Day(middle.AddDays(180));
            events.Add((middle, drug));
        }

        if (extras > 3)
        {
            var ae = Event("adverseEvent", $"{id}-ae", Day(middle));
            ae["category"] = "mucositis";
            ae["term"] = "mucositis";
            ae["attributedToSirolimus"] = true;
            events.Add((middle, ae));
        }

        events.Add((last, Event("followUp", $"{id}-fu", Day(last))));
    }

    private static JsonObject Trough(string id, DateOnly day, double level)
    {
        var e = Event("trough", id, Day(day));
        e["result"] = level < 2
            ? new JsonObject { ["censoring"] = "below", ["limit"] = 2.0m, ["unit"] = "ng/mL" }
            : new JsonObject { ["value"] = Math.Round((decimal)level, 1), ["unit"] = "ng/mL" };
        return e;
    }

    private static JsonObject Event(string type, string id, JsonNode date) =>
        new() { ["type"] = type, ["id"] = id, ["date"] = date, ["source"] = "generated" };

    private static JsonObject Dose(double mgPerDay) => new() { ["value"] = Math.Round((decimal)mgPerDay, 2), ["unit"] = "mg/d" };

    private static JsonNode Day(DateOnly day) => DayText(day);

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Day, month, year, ISO week or a window, some approximate: the precisions a source gives.
    private static JsonNode DateText(DateOnly day, int precision) => precision switch
    {
        1 => new JsonObject { ["value"] = day.ToString("yyyy-MM", CultureInfo.InvariantCulture), ["approx"] = true, ["stated"] = "that month" },
        2 => day.ToString("yyyy", CultureInfo.InvariantCulture),
        3 => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}"),
        4 => $"{DayText(day.AddDays(-20))}..{DayText(day)}",
        _ => Day(day),
    };

    private static JsonObject Flawed(JsonObject json, RecordFlaw flaw, int salt)
    {
        JsonArray events = json["events"]!.AsArray();
        JsonObject first = events[salt % events.Count]!.AsObject();
        switch (flaw)
        {
            case RecordFlaw.YearZero: first["date"] = "0000-01-01"; break;
            case RecordFlaw.Year9999: json["followUpEnd"] = "9999-12-31"; break;
            case RecordFlaw.NoEvents: events.Clear(); json.Remove("followUpEnd"); break;
            case RecordFlaw.NoEventsButFollowUpEnd: events.Clear(); break;
            case RecordFlaw.SlashInId: json["id"] = (string)json["id"]! + "/x"; break;
            case RecordFlaw.NulInId: json["id"] = (string)json["id"]! + "\0"; break;
            case RecordFlaw.IdTooLong: json["id"] = (string)json["id"]! + new string('x', 60); break;
            case RecordFlaw.ZeroDose: ZeroDose(json, first); break;
            case RecordFlaw.EndBeforeStart: first["resolution"] = "1950-01-01"; first["type"] = "pneumothorax"; first["side"] = "left"; break;
            case RecordFlaw.RepeatedEventId: events.Add(first.DeepClone()); break;
            default: break;
        }

        return json;
    }

    private static void ZeroDose(JsonObject json, JsonObject fallback)
    {
        JsonObject? course = json["events"]!.AsArray().Select(e => e!.AsObject()).FirstOrDefault(e => (string?)e["type"] == "sirolimus");
        if (course is not null)
        {
            course["dose"] = Dose(0);
        }
        else
        {
            // No course to zero: the record gets one starting at 0 mg/day.
            var zero = Event("sirolimus", (string)fallback["id"]! + "-srl0", fallback["date"]!.DeepClone());
            zero["dose"] = Dose(0);
            json["events"]!.AsArray().Add(zero);
        }
    }
}
