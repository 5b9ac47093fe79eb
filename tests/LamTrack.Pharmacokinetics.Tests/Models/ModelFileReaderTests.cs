using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;

namespace LamTrack.Pharmacokinetics.Tests.Models;

public sealed class ModelFileReaderTests
{
    private const string Valid = """
        { "id": "t", "name": "t", "citation": { "reference": "r", "readFrom": "x", "verification": "[S]" },
          "population": { "description": "p", "lam": false }, "structure": "one-compartment-oral", "covariates": [],
          "parameters": [ { "name": "CL", "unit": "L/h", "typical": 10 }, { "name": "V", "unit": "L", "typical": 300 },
                          { "name": "KA", "unit": "1/h", "typical": 1 } ],
          "iiv": [ { "parameter": "CL", "omegaSquared": 0.1 } ],
          "residualError": { "kind": "proportional", "proportionalSd": 0.2 } }
        """;

    [Theory]
    [InlineData("reference-1cmt")] // engine reference, one compartment
    [InlineData("reference-2cmt")] // engine reference, two compartments
    [InlineData("jiao-2009")] // published, one compartment
    [InlineData("golubovic-2019")] // published, two compartments
    public void ReadFile_BundledModel_ReadsWithCitation(string id)
    {
        PopulationModel m = ModelFileReader.ReadFile(ReferenceFiles.ModelPath(id));

        Assert.Equal(id, m.Id);
        Assert.False(string.IsNullOrWhiteSpace(m.Citation.Reference));
        Assert.StartsWith("[", m.Citation.Verification, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidText_ReturnsModel()
    {
        PopulationModel m = ModelFileReader.Parse(Valid, "inline");

        Assert.Equal(ModelStructure.OneCompartmentOral, m.Structure);
        Assert.Single(m.RandomEffects);
    }

    [Theory]
    [InlineData("{ \"name\": \"KA\", \"unit\": \"1/h\", \"typical\": 1 }", "", "missing parameter KA")] // a required parameter removed
    [InlineData("\"unit\": \"L/h\", \"typical\": 10", "\"unit\": \"mL/min\", \"typical\": 10", "unknown or wrong unit 'mL/min'")] // an unknown unit
    [InlineData("\"proportional\", \"proportionalSd\"", "\"quadratic\", \"proportionalSd\"", "unknown kind 'quadratic'")] // an unknown error model
    [InlineData("\"typical\": 300", "\"typical\": \"big\"", "parameters[1].typical")] // a non-numeric typical value
    public void Parse_BrokenField_ThrowsNamingTheField(string find, string replace, string expected)
    {
        string broken = Valid.Replace(find, replace, StringComparison.Ordinal).Replace("}, ]", "}]", StringComparison.Ordinal).Replace(",  ]", " ]", StringComparison.Ordinal);

        var e = Assert.Throws<ModelFileException>(() => ModelFileReader.Parse(broken, "bad.json"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.json", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"name\": \"KA\", \"unit\": \"1/h\", \"typical\": 1 }", "{ \"name\": \"KA\", \"unit\": \"1/h\", \"typical\": 1 }, { \"name\": \"CL\", \"unit\": \"L/h\", \"typical\": 20 }", "parameter CL is given 2 times")] // a parameter twice
    [InlineData("{ \"parameter\": \"CL\", \"omegaSquared\": 0.1 }", "{ \"parameter\": \"CL\", \"omegaSquared\": 0.1 }, { \"parameter\": \"CL\", \"omegaSquared\": 0.3 }", "variability on CL is given 2 times")] // an IIV entry twice
    [InlineData("\"omegaSquared\": 0.1", "\"omegaSquared\": 1e6", "iiv[0].omegaSquared")] // omega^2 = 10^6 gave CL = infinity
    [InlineData("\"typical\": 300", "\"typical\": 1e300", "parameters[1].typical")] // a typical value that overflows
    [InlineData("\"id\": \"t\",", "\"id\": \"t\", \"id\": \"u\",", "duplicate")] // a key twice
    public void Parse_DuplicateOrOutOfRange_ThrowsNamingTheField(string find, string replace, string expected)
    {
        string broken = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, broken);

        var e = Assert.Throws<ModelFileException>(() => ModelFileReader.Parse(broken, "bad.json"));

        Assert.Contains(expected, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Apply_JiaoForLamPatient_ReportsOffPopulationAndCyclosporineAssumption()
    {
        PopulationModel m = ModelFileReader.ReadFile(ReferenceFiles.ModelPath("jiao-2009"));

        ModelApplicability a = m.Apply(new Dictionary<string, double> { ["AGE"] = 40, ["WT"] = 60 });

        Assert.True(a.IsApplicable);
        Assert.Contains(a.Assumptions, s => s.Contains("Off-population", StringComparison.Ordinal));
        Assert.Contains(a.Assumptions, s => s.StartsWith("CSA_C0 = 0", StringComparison.Ordinal));
        Tolerance.AssertClose(10.1 + (0.00417 * 104), a.Prior!.Typical.ClearanceLitresPerHour, relative: 1e-12);
        Tolerance.AssertClose(3670 + (7.27 * 104), a.Prior.Typical.CentralVolumeLitres, relative: 1e-12);
    }

    [Theory]
    [InlineData(17)] // one year below the model's validity domain (19-68 y)
    [InlineData(75)] // above the validity domain
    public void Apply_JiaoOutsideAgeDomain_IsNotApplicableWithReason(double age)
    {
        PopulationModel m = ModelFileReader.ReadFile(ReferenceFiles.ModelPath("jiao-2009"));

        ModelApplicability a = m.Apply(new Dictionary<string, double> { ["AGE"] = age });

        Assert.False(a.IsApplicable);
        Assert.Contains(a.Reasons, r => r.Contains("AGE", StringComparison.Ordinal) && r.Contains("validity domain", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_GolubovicAt44WithNormalAst_GivesPublishedClearance()
    {
        PopulationModel m = ModelFileReader.ReadFile(ReferenceFiles.ModelPath("golubovic-2019"));

        ModelApplicability a = m.Apply(new Dictionary<string, double> { ["AGE"] = 44 });

        Tolerance.AssertClose(7.47, a.Prior!.Typical.ClearanceLitresPerHour, relative: 1e-3);
    }

    [Fact]
    public void Apply_GolubovicWithoutAge_IsNotApplicable()
    {
        PopulationModel m = ModelFileReader.ReadFile(ReferenceFiles.ModelPath("golubovic-2019"));

        ModelApplicability a = m.Apply(new Dictionary<string, double>());

        Assert.False(a.IsApplicable);
        Assert.Contains(a.Reasons, r => r.Contains("AGE", StringComparison.Ordinal));
    }
}
