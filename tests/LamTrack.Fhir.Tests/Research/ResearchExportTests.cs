using LamTrack.Domain.Patients;
using LamTrack.Fhir.Research;
using LamTrack.Fhir.Tests.RoundTrip;
using NodaTime;

namespace LamTrack.Fhir.Tests.Research;

public sealed class ResearchExportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Write_Identified_OneMainRowPerPatientPlusRepeatingInstances()
    {
        int rows = ResearchExport.Write(CaseSeries.Patients, _temp.Path, deidentifier: null);
        var table = Read("records.csv");
        Assert.Equal(rows, table.Rows.Count);
        Assert.Equal(CaseSeries.Patients.Count, table.Rows.Count(r => r["redcap_repeat_instrument"] == string.Empty));
        int episodes = CaseSeries.Patients.Sum(p => p.Episodes.Count());
        Assert.Equal(episodes, table.Rows.Count(r => r["redcap_repeat_instrument"] == "pneumothorax_episode"));
        Assert.Equal("record_id", table.Header[0]);
        Assert.Contains(table.Rows, r => r["record_id"] == "case-4" && r["ptx_compression_right"] == "60");
    }

    [Fact]
    public void Write_Deidentified_ReplacesIdsShiftsDatesConsistentlyAndDropsFreeText()
    {
        ResearchExport.Write(CaseSeries.Patients, _temp.Path, Deidentifier.CreateRandom());
        var table = Read("records.csv");
        string text = File.ReadAllText(Path.Combine(_temp.Path, "records.csv")) + File.ReadAllText(Path.Combine(_temp.Path, "data_dictionary.csv"));

        Assert.Equal("study_id", table.Header[0]);
        Assert.DoesNotContain("case-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Case 4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("menoxenia", text, StringComparison.OrdinalIgnoreCase); // an adverse-event term as written (free text)
        Assert.DoesNotContain("video-assisted", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(table.Header, h => h.EndsWith("_note", StringComparison.Ordinal) || h.EndsWith("_event_id", StringComparison.Ordinal) || h == "label");
        Assert.Equal(CaseSeries.Patients.Count, table.Rows.Select(r => r["study_id"]).Distinct().Count());
        AssertIntervalsKept(table);
    }

    [Fact]
    public void Write_Deidentified_AgeOver89IsGrouped()
    {
        Patient old = CaseSeries.Patients[0] with { Age = CaseSeries.Patients[0].Age! with { Age = LamTrack.Measures.Quantities.Age.FromYears(93) } };
        ResearchExport.Write([old], _temp.Path, Deidentifier.CreateRandom());
        Assert.Equal("90+", Read("records.csv").Rows[0]["age_years"]);
    }

    [Fact]
    public void Write_Dictionary_HasRedcapHeaderAndEveryRecordColumn()
    {
        ResearchExport.Write(CaseSeries.Patients, _temp.Path, deidentifier: null);
        var dictionary = Read("data_dictionary.csv");
        var records = Read("records.csv");
        Assert.Equal(RedcapField.DictionaryHeader, dictionary.Header);
        var fields = dictionary.Rows.Select(r => r["Variable / Field Name"]).ToHashSet();
        Assert.All(records.Header.Where(h => !h.StartsWith("redcap_", StringComparison.Ordinal) && !h.EndsWith("_complete", StringComparison.Ordinal)),
            h => Assert.Contains(h, fields));
    }

    // Every date of a patient moves by the same shift, so the days between a patient's first episode and first sirolimus
    // start are the same in the identified and the de-identified export.
    private static void AssertIntervalsKept((List<string> Header, List<Dictionary<string, string>> Rows) deidentified)
    {
        foreach (Patient patient in CaseSeries.Patients.Where(p => p.SirolimusCourses.Any() && p.Episodes.Any()))
        {
            int expected = Period.DaysBetween(patient.Episodes.First().Date.Earliest, patient.SirolimusCourses.First().Date.Earliest);
            Assert.Contains(deidentified.Rows.GroupBy(r => r["study_id"]), g =>
            {
                string? ptx = g.FirstOrDefault(r => r["redcap_repeat_instrument"] == "pneumothorax_episode")?["ptx_date_earliest"];
                string? siro = g.FirstOrDefault(r => r["redcap_repeat_instrument"] == "sirolimus")?["siro_date_earliest"];
                return ptx is not null && siro is not null
                    && Period.DaysBetween(NodaTime.Text.LocalDatePattern.Iso.Parse(ptx).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(siro).Value) == expected;
            });
        }
    }

    private (List<string> Header, List<Dictionary<string, string>> Rows) Read(string file)
    {
        var lines = ParseCsv(File.ReadAllText(Path.Combine(_temp.Path, file)));
        var header = lines[0];
        return (header, lines.Skip(1).Select(l => header.Select((h, i) => (h, v: l[i])).ToDictionary(x => x.h, x => x.v)).ToList());
    }

    // A minimal RFC 4180 reader, enough to check the writer (quoted fields, doubled quotes, embedded newlines).
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else { field.Append(c); }
        }

        return rows;
    }
}
