using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Data;

/// <summary>Accumulates the records of a NONMEM-style data set into subjects, recording problems with line and field.</summary>
internal sealed class SubjectBuilder(string[] header, string[] known, List<string> problems)
{
    private readonly List<SubjectData> _done = [];
    private readonly HashSet<string> _seen = [];
    private string? _id;
    private double _lastTime = double.NegativeInfinity;
    private double _firstDose = double.PositiveInfinity;
    private List<DoseEvent> _doses = [];
    private List<Observation> _obs = [];
    private Dictionary<string, double> _covariates = [];
    private Dictionary<string, double> _etas = [];
    private bool _doseRejected;

    public DataPurpose Purpose { get; init; } = DataPurpose.Estimation;

    public void Add(string[] fields, int line)
    {
        if (fields.Length != header.Length)
        {
            string field = fields.Length < header.Length ? $"first missing field: {header[fields.Length]}" : $"first extra field: #{header.Length + 1}";
            problems.Add($"line {line}: {fields.Length} fields, but the header has {header.Length} ({field})");
            return;
        }

        var row = new Row(header, fields, line, problems);
        string id = row.Text("ID");
        if (id.Length == 0)
        {
            problems.Add($"line {line}, field ID: missing");
            return;
        }

        StartSubjectIfNew(id, line, row);
        double time = row.Required("TIME");
        if (time < _lastTime)
        {
            problems.Add($"line {line}, field TIME: {time} h goes backwards within ID {id} (previous {_lastTime} h)");
        }

        _lastTime = Math.Max(_lastTime, time);
        switch (row.Optional("EVID"))
        {
            case 1: AddDose(row, time); break;
            case 0: AddObservation(row, time); break;
            case 2: AddPrediction(row, time); break;
            case 3 or 4:
                problems.Add($"line {line}, field EVID: EVID {row.Text("EVID")} ({(row.Optional("EVID") == 3 ? "reset" : "reset and dose")}) is not supported: the compartments are never emptied within a record; split ID {id} into two IDs at this row");
                _doseRejected = true;
                break;
            default: problems.Add($"line {line}, field EVID: unknown event type '{row.Text("EVID")}' (0 observation, 1 dose, 2 prediction time)"); break;
        }
    }

    public IReadOnlyList<SubjectData> Finish()
    {
        Flush();
        return _done;
    }

    private void StartSubjectIfNew(string id, int line, Row row)
    {
        if (id == _id)
        {
            return;
        }

        Flush();
        if (!_seen.Add(id))
        {
            problems.Add($"line {line}, field ID: ID {id} appears again after other IDs (records of one ID must be contiguous)");
        }

        _id = id;
        _lastTime = double.NegativeInfinity;
        _firstDose = double.PositiveInfinity;
        _doseRejected = false;
        (_doses, _obs, _covariates, _etas) = ([], [], [], []);
        foreach (string column in header.Where(h => !known.Contains(h)))
        {
            double? v = row.Optional(column);
            if (v is double value && double.IsFinite(value))
            {
                (column.StartsWith("ETA_", StringComparison.Ordinal) ? _etas : _covariates)[column.StartsWith("ETA_", StringComparison.Ordinal) ? column[4..] : column] = value;
            }
        }
    }

    private void AddDose(Row row, double time)
    {
        double amt = row.Required("AMT");
        double cmtValue = row.Optional("CMT") ?? 1;
        double ii = row.Optional("II") ?? 0;
        double addl = row.Optional("ADDL") ?? 0;
        double ss = row.Optional("SS") ?? 0;
        bool ok = row.Check(amt > 0, "AMT", $"a dose must be positive (got {amt} mg)")
            & row.Check(cmtValue is 1 or 2, "CMT", $"dose compartment must be 1 (depot) or 2 (central), got {cmtValue}")
            & row.Check(addl >= 0 && addl == Math.Floor(addl) && addl <= 100000, "ADDL", $"must be a whole number ≥ 0, got {addl}")
            & row.Check(ss is 0 or 1, "SS", $"must be 0 or 1, got {ss}")
            & row.Check(ii >= 0 && ((addl == 0 && ss == 0) || ii > 0), "II", $"must be > 0 h with ADDL or SS, got {ii}")
            & CheckBolus(row);
        if (!ok || !double.IsFinite(time))
        {
            _doseRejected = true;
            return;
        }

        _firstDose = Math.Min(_firstDose, time);
        _doses.AddRange(NonmemDataReader.ExpandDose(time, amt, (DoseCompartment)(int)cmtValue, ii, (int)addl, ss == 1));
    }

    private static bool CheckBolus(Row row)
    {
        double rate = row.Optional("RATE") ?? 0;
        return row.Check(rate == 0, "RATE", rate > 0
            ? $"zero-order input (RATE {rate} mg/h) is not supported: the models take bolus doses into the depot or central compartment; use RATE 0"
            : $"RATE {rate} (modelled rate or duration) is not supported; use RATE 0");
    }

    private void AddObservation(Row row, double time)
    {
        bool mdv = (row.Optional("MDV") ?? 0) == 1;
        double? dv = row.Optional("DV");
        double lloq = row.Optional("LLOQ") ?? 0;
        bool prediction = !mdv && dv is null && lloq <= 0 && Purpose == DataPurpose.Simulation;
        row.Check(time >= _firstDose || _doseRejected, "TIME", $"sample at {time} h is before the first dose of ID {_id}");
        row.Check(mdv || prediction || dv is not null || lloq > 0, "DV",
            "missing concentration on an observation record with MDV 0: estimation needs a value ('.' is a prediction row only for simulate; use MDV 1 or EVID 2 for a prediction time)");
        row.Check(lloq >= 0, "LLOQ", $"must be ≥ 0 ng/mL, got {lloq}");
        _obs.Add(new Observation(time, dv ?? double.NaN, lloq, mdv || prediction, row.Line));
    }

    private void AddPrediction(Row row, double time) =>
        _obs.Add(new Observation(time, row.Optional("DV") ?? double.NaN, 0, Ignored: true, row.Line));

    private void Flush()
    {
        if (_id is not null)
        {
            _done.Add(new SubjectData(_id, DosingHistory.From(_doses), _obs, _covariates, _etas));
        }
    }
}
