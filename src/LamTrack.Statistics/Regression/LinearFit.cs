namespace LamTrack.Statistics.Regression;

/// <summary>An ordinary least-squares line y = a + b·x.</summary>
/// <remarks>Units are those of the inputs: the slope is in y-units per x-unit. Build one with <see cref="LeastSquaresLine.Fit"/>.</remarks>
/// <param name="Slope">b, in y-units per x-unit.</param>
/// <param name="Intercept">a, the fitted y at x = 0, in y-units.</param>
/// <param name="Points">The number of (x, y) points, ≥ 2.</param>
/// <param name="SlopeStandardError">The standard error of b, √(SSE/(n − 2)/Sxx); null with two points, where it is undefined.</param>
public sealed record LinearFit(double Slope, double Intercept, int Points, double? SlopeStandardError);
