using LamTrack.Analytics.Cohort;
using LamTrack.Application.Records;

namespace LamTrack.Application.Analysis;

/// <summary>Which cohort to analyse, how, and what to do with invalid records.</summary>
/// <param name="Source">Patient files, a store, or the bundled case series.</param>
/// <param name="Options">The analysis settings (windows, trough bands, the follow-up rule).</param>
/// <param name="SkipInvalid">Analyse the valid patients and list the invalid ones, instead of refusing the cohort.</param>
public sealed record CohortAnalysisRequest(PatientSourceRequest Source, AnalysisOptions Options, bool SkipInvalid);
