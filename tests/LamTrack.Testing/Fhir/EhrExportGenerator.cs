using System.Globalization;
using NodaTime;

namespace LamTrack.Testing.Fhir;

/// <summary>Writes a hospital-wide bulk-data export (NDJSON, one file per resource type, US Core shaped resources) of
/// mixed patients, a minority with LAM, from a fixed seed; used by the FHIR import tests and the import benchmark.</summary>
/// <remarks>
/// Every patient gets background resources that LamTrack does not use (vital signs, common laboratory tests,
/// ambulatory encounters, immunizations, other conditions and medications). A LAM patient also gets a LAM Condition
/// (SNOMED CT, ICD-10-CM or both), a pneumothorax with its inpatient stay and chest tube, two sirolimus orders,
/// sirolimus levels in ng/mL and nmol/L (some censored), FEV1 and FVC, a six-minute walk, and sometimes rifampin.
/// Decoys without LAM carry a refuted LAM Condition, a broad ICD-10 J84.8 for another disease, or a sirolimus order
/// (for a kidney transplant). Written with plain string building: the generator must be fast enough for 20 million lines.
/// </remarks>
public sealed partial class EhrExportGenerator
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;
    private readonly Random _random;
    private readonly Dictionary<string, StreamWriter> _files = new(StringComparer.Ordinal);
    private long _lines;
    private int _id;
    private string? _currentFolder;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed; the same seed writes the same export.</param>
    public EhrExportGenerator(int seed) => _random = new Random(seed);

    /// <summary>Writes the export into a folder (created if needed).</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="patients">How many patients.</param>
    /// <param name="lamEvery">Every how many patients one has LAM (50 gives 2 %).</param>
    /// <param name="backgroundPerPatient">How many unused background resources each patient gets.</param>
    public EhrExportSummary Write(string folder, int patients, int lamEvery, int backgroundPerPatient)
    {
        Directory.CreateDirectory(folder);
        _currentFolder = folder;
        var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int refuted = 0, broad = 0;
        try
        {
            for (int i = 0; i < patients; i++)
            {
                string patient = $"pt{i:D6}";
                WritePatient(patient);
                Background(patient, backgroundPerPatient);
                if (i % lamEvery == lamEvery / 2)
                {
                    expected[patient] = Lam(patient);
                }
                else if (i % 97 == 3)
                {
                    refuted++;
                    Condition(patient, Sct("277844007", "Pulmonary lymphangioleiomyomatosis"), Day(2015, 2020), "refuted");
                }
                else if (i % 89 == 5)
                {
                    broad++;
                    Condition(patient, Coding("http://hl7.org/fhir/sid/icd-10", "J84.8", "Other specified interstitial pulmonary diseases") + ",\"text\":\"Interstitial lung disease\"", Day(2015, 2020), "confirmed");
                }
                else if (i % 83 == 7)
                {
                    SirolimusOrder(patient, Day(2019, 2022), 2, end: null, "active");
                }
            }
        }
        finally
        {
            foreach (StreamWriter w in _files.Values)
            {
                w.Dispose();
            }

            _files.Clear();
        }

        return new EhrExportSummary(patients, _lines, expected, refuted, broad);
    }

    private List<string> Lam(string patient)
    {
        var lines = new List<string>();
        LocalDate diagnosis = Day(2012, 2019);
        string lamCode = _random.Next(3) switch
        {
            0 => Sct("277844007", "Pulmonary lymphangioleiomyomatosis"),
            1 => Coding("http://hl7.org/fhir/sid/icd-10-cm", "J84.81", "Lymphangioleiomyomatosis"),
            _ => Codings(("http://snomed.info/sct", "277844007", "Pulmonary lymphangioleiomyomatosis (disorder)"), ("http://hl7.org/fhir/sid/icd-10-cm", "J84.81", "Lymphangioleiomyomatosis")),
        };
        Condition(patient, lamCode, diagnosis, "confirmed");
        lines.Add($"condition {Iso(diagnosis)} Lymphangioleiomyomatosis resolved ");
        LocalDate ptx = diagnosis.PlusDays(_random.Next(100, 400));
        lines.AddRange(Pneumothorax(patient, ptx));
        lines.AddRange(Treatment(patient, ptx.PlusDays(20)));
        return lines;
    }

    private IEnumerable<string> Pneumothorax(string patient, LocalDate day)
    {
        (string side, string site) = _random.Next(2) == 0 ? ("Left", Sct("44029006", "Left lung structure")) : ("Right", Sct("3341006", "Right lung structure"));
        string resolved = Iso(day.PlusDays(10));
        Emit("Condition", $$"""{"resourceType":"Condition","id":"{{Next()}}","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},"verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":"confirmed"}]},"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"encounter-diagnosis"}]}],"code":{{{Coding("http://snomed.info/sct", "80423007", "Spontaneous pneumothorax")}}},"bodySite":[{{{site}}}],"subject":{"reference":"Patient/{{patient}}"},"onsetDateTime":"{{Iso(day)}}","abatementDateTime":"{{resolved}}"}""");
        Emit("Encounter", $$"""{"resourceType":"Encounter","id":"{{Next()}}","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"IMP","display":"inpatient encounter"},"subject":{"reference":"Patient/{{patient}}"},"period":{"start":"{{Iso(day)}}T09:30:00Z","end":"{{Iso(day.PlusDays(5))}}T12:00:00Z"},"reasonCode":[{"text":"Spontaneous pneumothorax"}],"serviceProvider":{"display":"General Hospital""" + "\"}}");
        Emit("Procedure", $$"""{"resourceType":"Procedure","id":"{{Next()}}","status":"completed","code":{{{Coding("http://snomed.info/sct", "264957007", "Insertion of pleural tube drain")}}},"subject":{"reference":"Patient/{{patient}}"},"performedDateTime":"{{Iso(day)}}","bodySite":[{{{site}}}]}""");
        return [
            $"pneumothorax {Iso(day)} {side} resolved {resolved}",
            $"stay {Iso(day)}..{Iso(day.PlusDays(5))} General Hospital (Spontaneous pneumothorax)",
            $"intervention {Iso(day)} ChestTubeDrainage {side} Insertion of pleural tube drain",
        ];
    }

    private IEnumerable<string> Treatment(string patient, LocalDate start)
    {
        int second = _random.Next(2) == 0 ? 2 : 3;
        SirolimusOrder(patient, start, 2, start.PlusDays(89), "completed");
        SirolimusOrder(patient, start.PlusDays(90), second, end: null, "active");
        var lines = new List<string> { $"sirolimus {Iso(start)} 2 mg/d stop " + (second == 2 ? string.Empty : $"; change {Iso(start.PlusDays(90))} 3 mg/d") };
        lines.AddRange(Levels(patient, start));
        lines.AddRange(LungFunction(patient, start.PlusDays(60)));
        if (_random.Next(3) == 0)
        {
            LocalDate rif = start.PlusDays(120);
            Emit("MedicationRequest", $$"""{"resourceType":"MedicationRequest","id":"{{Next()}}","status":"completed","intent":"order","medicationCodeableConcept":{{{Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "198201", "rifampin 150 MG Oral Capsule")}}},"subject":{"reference":"Patient/{{patient}}"},"authoredOn":"{{Iso(rif)}}","dosageInstruction":[{"text":"600 mg daily"}],"dispenseRequest":{"validityPeriod":{"start":"{{Iso(rif)}}","end":"{{Iso(rif.PlusDays(29))}}""" + "\"}}}");
            lines.Add($"co-medication {Iso(rif)} rifampin 150 MG Oral Capsule [rifampicin] stop {Iso(rif.PlusDays(29))}");
        }

        return lines;
    }
}
