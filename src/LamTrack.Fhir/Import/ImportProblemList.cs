using System.Collections;

namespace LamTrack.Fhir.Import;

/// <summary>Collects every problem of an import instead of stopping at the first one.</summary>
public sealed class ImportProblemList : IReadOnlyList<ImportProblem>
{
    private readonly List<ImportProblem> _problems = [];

    /// <summary>The number of problems so far.</summary>
    public int Count => _problems.Count;

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => _problems.Exists(p => p.IsError);

    /// <summary>The number of errors.</summary>
    public int ErrorCount => _problems.Count(p => p.IsError);

    /// <inheritdoc/>
    public ImportProblem this[int index] => _problems[index];

    /// <summary>Records a problem.</summary>
    public void Add(ImportIssueCode code, ImportLocation location, string message) =>
        _problems.Add(new ImportProblem(code, location, message));

    /// <summary>Records a problem already built.</summary>
    public void Add(ImportProblem problem) => _problems.Add(problem);

    /// <summary>Records several problems.</summary>
    public void AddRange(IEnumerable<ImportProblem> problems) => _problems.AddRange(problems);

    /// <summary>Whether an error was recorded at or after position <paramref name="mark"/> (a previous <see cref="Count"/>).</summary>
    public bool HasErrorsSince(int mark)
    {
        for (int i = mark; i < _problems.Count; i++)
        {
            if (_problems[i].IsError)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<ImportProblem> GetEnumerator() => _problems.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
