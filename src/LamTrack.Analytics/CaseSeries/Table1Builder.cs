using System.Globalization;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Analytics.CaseSeries;

/// <summary>Computes the paper's Table 1 from patients' events; no value is copied from the paper.</summary>
/// <remarks>
/// "Before" and "during" sirolimus compare date midpoints with the first course's start and with each course's
/// half-open [start, stop) interval. "Surgery" is thoracic surgery for pneumothorax (surgical pleurodesis, VATS,
/// bullectomy) before sirolimus: the paper prints "No" for case 2 despite her nephrectomy.
/// Where sources disagree, the cell shows the value Table 1 prints and a footnote names the conflict.
/// </remarks>
public static class Table1Builder
{
    /// <summary>Builds the table with one column per patient, in the given order.</summary>
    public static Table1 Build(IReadOnlyList<Patient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        string[] columns = [.. patients.Select(p => p.Label ?? p.Id)];
        var drafts = Table1Rows.All.Select(row => patients.Select(p => Compute(row, p)).ToArray()).ToArray();
        return Assemble(columns, drafts);
    }

    private static CellDraft Compute(string row, Patient p) => row switch
    {
        Table1Rows.Age => p.Age is null ? CellDraft.Unknown : new CellDraft(Number(p.Age.Age.ToYears()), []),
        Table1Rows.VegfD => Baseline(p, LabAnalyte.VegfD, "VEGF-D"),
        Table1Rows.PaO2 => Baseline(p, LabAnalyte.PaO2, "PaO2"),
        Table1Rows.Surgery => YesNo(BeforeSirolimus<Intervention>(p).Where(i => i.IsThoracicSurgery)),
        Table1Rows.ChemicalPleurodesis => YesNo(BeforeSirolimus<Intervention>(p).Where(i => i.Kind == InterventionKind.ChemicalPleurodesis)),
        Table1Rows.EpisodesBefore => Count(BeforeSirolimus<PneumothoraxEpisode>(p)),
        Table1Rows.Concentration => TroughRangeCell.Compute(p),
        Table1Rows.EpisodesDuring => Count(p.Episodes.Where(e => SirolimusExposure.IsOnSirolimus(p, e.Date.Midpoint))),
        _ => FollowUpWalk(p),
    };

    private static IEnumerable<T> BeforeSirolimus<T>(Patient p)
        where T : ClinicalEvent
    {
        var start = p.FirstSirolimusStart?.Midpoint;
        return p.EventsOf<T>().Where(e => start is null || e.Date.Midpoint < start);
    }

    private static CellDraft Baseline(Patient p, LabAnalyte analyte, string what)
    {
        LabResult[] results = [.. p.EventsOf<LabResult>().Where(l => l.Analyte == analyte)];
        if (results.Length == 0)
        {
            return CellDraft.Unknown;
        }

        var first = results.Min(r => r.Date.Midpoint);
        return Candidate.Choose([.. results.Where(r => r.Date.Midpoint == first).Select(r => new Candidate(Decimal(r.Value.Value), r))], what);
    }

    private static CellDraft FollowUpWalk(Patient p)
    {
        var start = p.FirstSirolimusStart?.Midpoint;
        SixMinuteWalk[] walks = [.. p.EventsOf<SixMinuteWalk>().Where(w => start is null || w.Date.Midpoint >= start)];
        if (walks.Length == 0)
        {
            return CellDraft.Unknown;
        }

        var last = walks.Max(w => w.Date.Midpoint);
        return Candidate.Choose([.. walks.Where(w => w.Date.Midpoint == last).Select(w => new Candidate(Number(w.Distance.ToMetres()), w))], "Six-minute walk");
    }

    private static CellDraft YesNo(IEnumerable<ClinicalEvent> events)
    {
        string[] ids = [.. events.Select(e => e.Id)];
        return new CellDraft(ids.Length > 0 ? "Yes" : "No", ids);
    }

    private static CellDraft Count(IEnumerable<ClinicalEvent> events)
    {
        string[] ids = [.. events.Select(e => e.Id)];
        return new CellDraft(ids.Length.ToString(CultureInfo.InvariantCulture), ids);
    }

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    internal static string Decimal(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static Table1 Assemble(string[] columns, CellDraft[][] drafts)
    {
        var footnotes = new List<Table1Footnote>();
        var rows = new List<Table1Row>();
        for (int r = 0; r < drafts.Length; r++)
        {
            var cells = new List<Table1Cell>();
            for (int c = 0; c < columns.Length; c++)
            {
                CellDraft d = drafts[r][c];
                var marks = new List<string>();
                AddNote(d.Qualifier, false);
                AddNote(d.Conflict, true);
                cells.Add(new Table1Cell(d.Text, marks, d.EventIds));

                void AddNote(string? text, bool conflict)
                {
                    if (text is null)
                    {
                        return;
                    }

                    string mark = ((char)('a' + footnotes.Count)).ToString();
                    footnotes.Add(new Table1Footnote(mark, text, columns[c], conflict));
                    marks.Add(mark);
                }
            }

            rows.Add(new Table1Row(Table1Rows.All[r], cells));
        }

        return new Table1(columns, rows, footnotes);
    }
}
