namespace LamTrack.Web.Benchmarks;

/// <summary>What one request of the mixed load does.</summary>
internal enum MixedOperation
{
    /// <summary>The rendered patient list, a page of it.</summary>
    PatientList,

    /// <summary>The rendered patient page (timeline, findings, trends).</summary>
    PatientPage,

    /// <summary><c>GET /api/patients/{id}</c>, for the version (ETag) a write quotes.</summary>
    PatientRecord,

    /// <summary>The rendered cohort dashboard.</summary>
    Dashboard,

    /// <summary><c>POST /api/patients/{id}/dose-proposal</c>: computes, stores nothing.</summary>
    DoseProposal,

    /// <summary><c>POST /api/patients/{id}/events</c> with a new trough: the only write.</summary>
    NewTrough,
}
