using LamTrack.Application.Problems;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Engine;
using LamTrack.Guidance.Interactions;
using LamTrack.Guidance.Settings;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Pharmacokinetics.Models;
using Microsoft.Extensions.Options;

namespace LamTrack.Application.Guidance;

/// <summary>Guidance for one patient as of a date, and the clinic worklist (the use cases behind <c>lamtrack advise</c>).</summary>
/// <remarks>
/// The engine reads the one interaction table of the injected <see cref="ModelCatalogue"/>, both for naming the
/// perpetrators and for sizing their effect; a sized interaction finding also carries the patient's own forecast from
/// her MAP estimate (<see cref="EstimatedInteractionForecaster"/>). Invalid settings, an invalid catalogue and a patient that cannot be
/// evaluated come back as <c>GUIDE-…</c> problems; nothing is thrown for them.
/// </remarks>
public sealed class GuidanceService
{
    private readonly ModelCatalogue _catalogue;
    private readonly PharmacokineticsOptions _pk;
    private readonly Lazy<GuidanceEngine> _default;

    /// <summary>Creates the service with the default PK settings.</summary>
    public GuidanceService(ModelCatalogue catalogue)
        : this(catalogue, Options.Create(new PharmacokineticsOptions()))
    {
    }

    /// <summary>Creates the service; <paramref name="pharmacokinetics"/> gives the model, samples and seed of the
    /// patient's own interaction forecast (<see cref="EstimatedInteractionForecaster"/>).</summary>
    public GuidanceService(ModelCatalogue catalogue, IOptions<PharmacokineticsOptions> pharmacokinetics)
    {
        ArgumentNullException.ThrowIfNull(pharmacokinetics);
        _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        _pk = pharmacokinetics.Value;
        _default = new Lazy<GuidanceEngine>(() => CreateEngine(GuidanceSettings.Default));
    }

    /// <summary>The guidance for one patient.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<AdviceOutcome> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Advise(request));
    }

    /// <summary>The guidance for one patient, computed on the calling thread (the rules read only the record in hand),
    /// for callers that evaluate many patients at once, such as the patient list's index.</summary>
    public AdviceOutcome Advise(AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        (GuidanceEngine? engine, IReadOnlyList<Problem> problems) = Engine(request.Settings);
        if (engine is null)
        {
            return new AdviceOutcome(null, problems);
        }

        try
        {
            return new AdviceOutcome(FindingDocuments.Advice(engine.Evaluate(request.Patient, request.AsOf)), []);
        }
        catch (GuidanceInputException e)
        {
            return new AdviceOutcome(null, Problems(GuidanceProblemCodes.CannotEvaluate, e.Problems, request.Patient.Id));
        }
    }

    /// <summary>The clinic worklist: each patient's most severe finding, most urgent first.</summary>
    /// <param name="request">The patients and the date.</param>
    /// <param name="progress">Receives the number of patients evaluated so far, or null.</param>
    /// <param name="cancellationToken">Cancels between patients.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<WorklistOutcome> WorklistAsync(WorklistRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (GuidanceEngine? engine, IReadOnlyList<Problem> problems) = Engine(request.Settings);
        if (engine is null)
        {
            return Task.FromResult(new WorklistOutcome(null, problems));
        }

        var lines = new List<(WorklistEntry Entry, string? Error)>(request.Patients.Count);
        foreach (Domain.Patients.Patient patient in request.Patients)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.Add(Line(engine, patient, request));
            progress?.Report(lines.Count);
        }

        return Task.FromResult(new WorklistOutcome(Order(lines, request), []));
    }

    private static (WorklistEntry Entry, string? Error) Line(GuidanceEngine engine, Domain.Patients.Patient patient, WorklistRequest request)
    {
        try
        {
            GuidanceReport report = engine.Evaluate(patient, request.AsOf);
            return (new WorklistEntry(patient.Id, report.Findings.Count, report.MostSevere is { } top ? FindingDocuments.Finding(top) : null), null);
        }
        catch (GuidanceInputException e)
        {
            return (new WorklistEntry(patient.Id, 0, null), string.Join("; ", e.Problems));
        }
    }

    private static Worklist Order(List<(WorklistEntry Entry, string? Error)> lines, WorklistRequest request)
    {
        var errors = lines.Where(l => l.Error is not null).Select(l => $"{l.Entry.PatientId}: {l.Error}")
            .Concat(request.InvalidRecords.Select(r => $"{r}: failed validation, no findings")).ToList();
        var ordered = lines.Where(l => l.Error is null).Select(l => l.Entry)
            .OrderByDescending(e => e.MostSevere?.SeverityRank ?? -1).ThenBy(e => e.PatientId, StringComparer.Ordinal).ToList();
        return new Worklist(request.AsOf, ordered, errors);
    }

    private (GuidanceEngine? Engine, IReadOnlyList<Problem> Problems) Engine(GuidanceSettingsDocument? settings)
    {
        try
        {
            return (settings is null ? _default.Value : CreateEngine(GuidanceSettingsFile.Parse(settings.Json, settings.Name)), []);
        }
        catch (GuidanceSettingsException e)
        {
            return (null, Problems(GuidanceProblemCodes.InvalidSettings, e.Problems, null, settings?.Name));
        }
        catch (RuleCatalogueException e)
        {
            return (null, Problems(GuidanceProblemCodes.InvalidCatalogue, e.Problems, null));
        }
    }

    private GuidanceEngine CreateEngine(GuidanceSettings settings) =>
        new(RuleCatalogue.LoadEmbedded(), settings, new EstimatedInteractionForecaster(_catalogue, _pk), PerpetratorCatalogue.From(_catalogue.Interactions));

    private static Problem[] Problems(string code, IEnumerable<string> messages, string? patientId, string? file = null) =>
        [.. messages.Select(m => new Problem(code, m, new ProblemLocation(file, null, patientId, null, null)) { Text = m })];
}
