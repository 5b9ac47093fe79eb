using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Solver;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;

namespace LamTrack.Pharmacokinetics.Tests.Solver;

/// <summary>Reference values: [PK-REFERENCE-MODEL] in docs/references.md (established engine, LSODA and closed forms).</summary>
public sealed class ConcentrationSolverTests
{
    private static readonly IndividualParameters s_one = IndividualParameters.OneCompartment(10, 300, 1);
    private static readonly IndividualParameters s_two = IndividualParameters.TwoCompartment(10, 100, 20, 400, 1);
    private static readonly DosingHistory s_sixty = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 60);

    public static TheoryData<string, double, double> TypicalTroughs()
    {
        var data = new TheoryData<string, double, double>();
        foreach (var row in ReferenceFiles.Read("pk_troughs_typical.csv"))
        {
            data.Add(row["model"], ReferenceFiles.Number(row["time_h"]), ReferenceFiles.Number(row["analytic_full"]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypicalTroughs))]
    public void Predict_ReferenceTypicalTrough_MatchesTo1e9(string model, double timeHours, double expected)
    {
        IndividualParameters p = model == "1cmt_oral" ? s_one : s_two;

        double actual = ConcentrationSolver.Predict(p, s_sixty, timeHours)[0];

        Tolerance.AssertClose(expected, actual, relative: 1e-9);
    }

    [Theory]
    [InlineData("1cmt_oral", 5.62735324744)] // pk_steady_state.csv, one compartment
    [InlineData("2cmt_oral", 5.17413880628)] // pk_steady_state.csv, two compartments
    public void SteadyStateTrough_ReferenceModel_MatchesTo1e9(string model, double expected)
    {
        IndividualParameters p = model == "1cmt_oral" ? s_one : s_two;

        Tolerance.AssertClose(expected, ConcentrationSolver.SteadyStateTrough(p, 2, 24), relative: 1e-9);
    }

    [Fact]
    public void Predict_SteadyStateDoseRecord_EqualsLongRegimen()
    {
        var ss = DosingHistory.From([DoseEvent.Create(0, 2, DoseCompartment.Depot, 24)]);
        var long400 = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 401, -9600);

        double fromSs = ConcentrationSolver.Predict(s_two, ss, 24)[0];
        double fromLong = ConcentrationSolver.Predict(s_two, long400, 24)[0];

        Tolerance.AssertClose(fromLong, fromSs, relative: 1e-10);
    }

    [Theory]
    [InlineData(0.5)] // half the dose
    [InlineData(3.0)] // three times the dose
    public void Predict_ScaledDoses_ScalesConcentrationLinearly(double factor)
    {
        var scaled = DosingHistory.Regular(Dose.FromMilligrams(2 * factor), 24, 60);
        double[] times = [5, 24, 100, 1000];

        double[] baseC = ConcentrationSolver.Predict(s_two, s_sixty, times);
        double[] scaledC = ConcentrationSolver.Predict(s_two, scaled, times);

        for (int i = 0; i < times.Length; i++)
        {
            Tolerance.AssertClose(baseC[i] * factor, scaledC[i], relative: 1e-12);
        }
    }

    [Fact]
    public void Predict_TwoHistories_SumEqualsCombinedHistory()
    {
        var a = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 10);
        var b = DosingHistory.From([DoseEvent.Oral(37.5, Dose.FromMilligrams(1.5)), DoseEvent.Oral(300, Dose.FromMilligrams(4))]);
        DosingHistory both = a.Append(b.Doses);
        double[] times = [12, 40, 240, 301, 500];

        double[] ca = ConcentrationSolver.Predict(s_one, a, times);
        double[] cb = ConcentrationSolver.Predict(s_one, b, times);
        double[] cab = ConcentrationSolver.Predict(s_one, both, times);

        for (int i = 0; i < times.Length; i++)
        {
            Tolerance.AssertClose(ca[i] + cb[i], cab[i], relative: 1e-12, absolute: 1e-15);
        }
    }

    [Fact]
    public void Predict_TwoCompartmentWithVanishingQ_ReducesToOneCompartment()
    {
        var nearlyOne = IndividualParameters.TwoCompartment(10, 300, 1e-9, 400, 1);
        double[] times = [3, 24, 168, 1440];

        double[] one = ConcentrationSolver.Predict(s_one, s_sixty, times);
        double[] two = ConcentrationSolver.Predict(nearlyOne, s_sixty, times);

        for (int i = 0; i < times.Length; i++)
        {
            Tolerance.AssertClose(one[i], two[i], relative: 1e-7);
        }
    }

    [Theory]
    [InlineData(false)] // one compartment
    [InlineData(true)] // two compartments
    public void Predict_IrregularHistoryWithInteraction_AgreesWithRungeKutta(bool two)
    {
        IndividualParameters p = two ? s_two : s_one;
        var history = DosingHistory.From([DoseEvent.Oral(0, Dose.FromMilligrams(2)), DoseEvent.Oral(24, Dose.FromMilligrams(2)),
            DoseEvent.Oral(60, Dose.FromMilligrams(1)), DoseEvent.Oral(96, Dose.FromMilligrams(3))]);
        var cl = ClearanceSchedule.From([(30.0, 5.0), (80.0, 0.4)]);
        double[] times = [10, 30, 50, 90, 150];
        var exact = new double[times.Length];

        ConcentrationSolver.Predict(p, history, cl, times, exact);
        double[] ode = RungeKutta.Solve(p, history, cl, times, stepHours: 0.001);

        for (int i = 0; i < times.Length; i++)
        {
            Tolerance.AssertClose(ode[i], exact[i], relative: 1e-9);
        }
    }

    [Fact]
    public void Predict_TwoCompartment_MatchesMacroConstantClosedForm()
    {
        (double alpha, double beta) = Propagator.Roots(0.1, 0.2, 0.05);
        double k21 = 0.05, ka = 1, c = 2 * ka / 100;
        double[] lambdas = [alpha, beta, ka];
        double Coefficient(double l) => c * (k21 - l) / lambdas.Where(m => m != l).Aggregate(1.0, (acc, m) => acc * (m - l));
        double expected = 1000 * lambdas.Sum(l => Coefficient(l) * Math.Exp(-l * 24) * (1 - Math.Exp(-7 * l * 24)) / (1 - Math.Exp(-l * 24)));

        Tolerance.AssertClose(0.3350781059, alpha, relative: 1e-9);
        Tolerance.AssertClose(0.01492189406, beta, relative: 1e-9);
        Tolerance.AssertClose(expected, ConcentrationSolver.Predict(s_two, s_sixty, 168)[0], relative: 1e-11);
    }

    [Fact]
    public void Predict_ClearanceMultiplierForever_EqualsScaledParameters()
    {
        var cl = ClearanceSchedule.From([(-1.0, 2.5)]);
        var result = new double[1];

        ConcentrationSolver.Predict(s_two, s_sixty, cl, [500.0], result);

        Tolerance.AssertClose(ConcentrationSolver.Predict(s_two.WithClearanceMultipliedBy(2.5), s_sixty, 500)[0], result[0], relative: 1e-12);
    }

    [Fact]
    public void Predict_TimesOutOfOrder_Throws()
    {
        Assert.Throws<ArgumentException>(() => ConcentrationSolver.Predict(s_one, s_sixty, 48, 24));
    }
}
