using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>What the read-back of the load's writes found.</summary>
/// <param name="Acknowledged">Troughs the server answered with 2xx.</param>
/// <param name="Found">Of those, how many are stored.</param>
/// <param name="Missing">Of those, how many are not: lost writes.</param>
/// <param name="StoredUnacknowledged">The load's troughs stored without a 2xx having reached the client.</param>
/// <param name="Unanswered">Writes that got no answer at all.</param>
internal sealed record WriteCheck(int Acknowledged, int Found, int Missing, int StoredUnacknowledged, int Unanswered)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"acknowledged writes {Acknowledged}, read back {Found}, lost {Missing}; unanswered writes {Unanswered}, of which stored {StoredUnacknowledged}");
}
