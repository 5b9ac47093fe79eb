using System.Runtime.CompilerServices;

namespace LamTrack.Pharmacokinetics.Solver;

/// <summary>Exact transition of a linear oral one- or two-compartment system over a time step with constant parameters.</summary>
/// <remarks>
/// Notation: Ad depot, A1 central, A2 peripheral (mg); k10 = CL/V1, k12 = Q/V1, k21 = Q/V2 (1/h); α, β the roots of
/// λ² − (k10 + k12 + k21)·λ + k10·k21 = 0. Over a step Δt, with eₓ = e^(−x·Δt):
/// A1(Δt) = [((k21−α)A1₀ + k21·A2₀)·e_α − ((k21−β)A1₀ + k21·A2₀)·e_β]/(β−α) + Ad₀·ka·Σ_λ (k21−λ)·e_λ/Π_(μ≠λ)(μ−λ),
/// A2(Δt) = [(k12·A1₀ + (k10+k12−α)A2₀)·e_α − (k12·A1₀ + (k10+k12−β)A2₀)·e_β]/(β−α) + Ad₀·ka·k12·Σ_λ e_λ/Π_(μ≠λ)(μ−λ),
/// Ad(Δt) = Ad₀·e_ka, with λ, μ ∈ {α, β, ka}. One compartment: A1(Δt) = A1₀·e_k + Ad₀·ka/(ka−k)·(e_k − e_ka), and
/// Ad₀·ka·Δt·e_k when ka = k. These are the Laplace-transform solutions of the linear ODE system (Gibaldi and Perrier,
/// Pharmacokinetics, 2nd ed., ch. 1–2; NONMEM ADVAN2/ADVAN4). When ka coincides with α or β to 1e-9 relative, ka is
/// moved by 1e-7 relative (a documented approximation for a measure-zero case).
/// The last step length and its exponentials are cached, so regular dosing costs no exponentials after the first step.
/// </remarks>
internal sealed class Propagator
{
    private readonly bool _two;
    private readonly double _ka, _k, _alpha, _beta, _k10, _k12, _k21;
    private readonly double _invBetaMinusAlpha, _dA1a, _dA1b, _dA1k, _dA2a, _dA2b, _dA2k, _oneCmtCoef;
    private double _lastDt = double.NaN, _ea, _eb, _ek;

    public Propagator(IndividualParameters p)
    {
        Parameters = p;
        _ka = p.AbsorptionRatePerHour;
        _k10 = p.ClearanceLitresPerHour / p.CentralVolumeLitres;
        _two = p.IsTwoCompartment;
        if (!_two)
        {
            _k = _k10;
            _oneCmtCoef = Math.Abs(_ka - _k) <= 1e-12 * _ka ? double.NaN : _ka / (_ka - _k);
            return;
        }

        _k12 = p.IntercompartmentalClearanceLitresPerHour / p.CentralVolumeLitres;
        _k21 = p.IntercompartmentalClearanceLitresPerHour / p.PeripheralVolumeLitres;
        (_alpha, _beta) = Roots(_k10, _k12, _k21);
        _ka = SeparateFrom(SeparateFrom(_ka, _alpha), _beta);
        _invBetaMinusAlpha = 1.0 / (_beta - _alpha);
        double pa = (_ka - _alpha) * (_beta - _alpha), pb = (_ka - _beta) * (_alpha - _beta), pk = (_alpha - _ka) * (_beta - _ka);
        _dA1a = _ka * (_k21 - _alpha) / pa;
        _dA1b = _ka * (_k21 - _beta) / pb;
        _dA1k = _ka * (_k21 - _ka) / pk;
        _dA2a = _ka * _k12 / pa;
        _dA2b = _ka * _k12 / pb;
        _dA2k = _ka * _k12 / pk;
    }

    /// <summary>The parameters this propagator was built from.</summary>
    public IndividualParameters Parameters { get; }

    /// <summary>The disposition rate constants (α, β) in 1/h; β = 0 for one compartment.</summary>
    public (double Alpha, double Beta) Eigenvalues => _two ? (_alpha, _beta) : (_k, 0.0);

    /// <summary>Advances <paramref name="s"/> by <paramref name="dtHours"/> ≥ 0 with no dose in between.</summary>
    // Compiled optimised at the first call, as EventWalker.Run is: a MAP fit spends its run here.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CompartmentState Advance(in CompartmentState s, double dtHours)
    {
        if (dtHours <= 0)
        {
            return s;
        }

        if (dtHours != _lastDt)
        {
            _lastDt = dtHours;
            _ek = Math.Exp(-_ka * dtHours);
            _ea = Math.Exp(-(_two ? _alpha : _k) * dtHours);
            _eb = _two ? Math.Exp(-_beta * dtHours) : 0.0;
        }

        return _two ? AdvanceTwo(s) : AdvanceOne(s, dtHours);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CompartmentState AdvanceOne(in CompartmentState s, double dt)
    {
        double fromDepot = double.IsNaN(_oneCmtCoef) ? s.DepotMilligrams * _ka * dt * _ea : s.DepotMilligrams * _oneCmtCoef * (_ea - _ek);
        return new CompartmentState(s.DepotMilligrams * _ek, (s.CentralMilligrams * _ea) + fromDepot, 0.0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CompartmentState AdvanceTwo(in CompartmentState s)
    {
        double a1 = s.CentralMilligrams, a2 = s.PeripheralMilligrams, ad = s.DepotMilligrams;
        double c1 = ((((_k21 - _alpha) * a1) + (_k21 * a2)) * _ea) - ((((_k21 - _beta) * a1) + (_k21 * a2)) * _eb);
        double c2 = (((_k12 * a1) + ((_k10 + _k12 - _alpha) * a2)) * _ea) - (((_k12 * a1) + ((_k10 + _k12 - _beta) * a2)) * _eb);
        double central = (c1 * _invBetaMinusAlpha) + (ad * ((_dA1a * _ea) + (_dA1b * _eb) + (_dA1k * _ek)));
        double peripheral = (c2 * _invBetaMinusAlpha) + (ad * ((_dA2a * _ea) + (_dA2b * _eb) + (_dA2k * _ek)));
        return new CompartmentState(ad * _ek, central, peripheral);
    }

    /// <summary>The roots α ≥ β of λ² − (k10 + k12 + k21)λ + k10·k21 = 0, β from the product for accuracy.</summary>
    internal static (double Alpha, double Beta) Roots(double k10, double k12, double k21)
    {
        double sum = k10 + k12 + k21;
        double alpha = 0.5 * (sum + Math.Sqrt(Math.Max(0.0, (sum * sum) - (4.0 * k10 * k21))));
        return (alpha, k10 * k21 / alpha);
    }

    /// <summary>Writes the exact no-dose transition matrix Φ(τ) (row-major 3×3; rows/columns depot, central, peripheral).</summary>
    /// <remarks>One compartment is computed in place without allocation; two compartments build a propagator.</remarks>
    internal static void TransitionMatrix(IndividualParameters p, double tauHours, Span<double> phi)
    {
        phi.Clear();
        if (!p.IsTwoCompartment)
        {
            double ka = p.AbsorptionRatePerHour, k = p.ClearanceLitresPerHour / p.CentralVolumeLitres;
            double eka = Math.Exp(-ka * tauHours), ek = Math.Exp(-k * tauHours);
            phi[0] = eka;
            phi[3] = Math.Abs(ka - k) <= 1e-12 * ka ? ka * tauHours * ek : ka / (ka - k) * (ek - eka);
            phi[4] = ek;
            return;
        }

        var prop = new Propagator(p);
        for (int j = 0; j < 3; j++)
        {
            CompartmentState end = prop.Advance(new CompartmentState(j == 0 ? 1 : 0, j == 1 ? 1 : 0, j == 2 ? 1 : 0), tauHours);
            phi[j] = end.DepotMilligrams;
            phi[3 + j] = end.CentralMilligrams;
            phi[6 + j] = end.PeripheralMilligrams;
        }
    }

    private static double SeparateFrom(double ka, double lambda) =>
        Math.Abs(ka - lambda) <= 1e-9 * ka ? ka * (1.0 + 1e-7) : ka;
}
