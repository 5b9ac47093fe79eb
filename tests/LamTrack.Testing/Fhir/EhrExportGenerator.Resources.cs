using System.Globalization;
using NodaTime;

namespace LamTrack.Testing.Fhir;

public sealed partial class EhrExportGenerator
{
    private const string Lab = """{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}""";
    private const string Ucum = "http://unitsofmeasure.org";

    // Background resources LamTrack does not use: (type, code) pairs as a hospital export is full of them.
    private static readonly (string Type, string System, string Code, string Display, string Unit)[] s_background =
    [
        ("Observation", "http://loinc.org", "8302-2", "Body height", "cm"),
        ("Observation", "http://loinc.org", "29463-7", "Body weight", "kg"),
        ("Observation", "http://loinc.org", "8867-4", "Heart rate", "/min"),
        ("Observation", "http://loinc.org", "8310-5", "Body temperature", "Cel"),
        ("Observation", "http://loinc.org", "2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL"),
        ("Observation", "http://loinc.org", "718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
        ("Observation", "http://loinc.org", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL"),
        ("Observation", "http://loinc.org", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL"),
        ("Encounter", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory", string.Empty),
        ("Immunization", "http://hl7.org/fhir/sid/cvx", "140", "Influenza, seasonal, injectable, preservative free", string.Empty),
        ("Condition", "http://snomed.info/sct", "38341003", "Hypertensive disorder", string.Empty),
        ("MedicationRequest", "http://www.nlm.nih.gov/research/umls/rxnorm", "314076", "lisinopril 10 MG Oral Tablet", string.Empty),
        ("Procedure", "http://snomed.info/sct", "73761001", "Colonoscopy", string.Empty),
        ("DiagnosticReport", "http://loinc.org", "58410-2", "CBC panel - Blood by Automated count", string.Empty),
    ];

    private IEnumerable<string> Levels(string patient, LocalDate start)
    {
        LocalDate first = start.PlusDays(30);
        decimal measured = _random.Next(40, 150) / 10m;
        Level(patient, first, $"\"valueQuantity\":{{\"value\":{measured.ToString(s_inv)},\"unit\":\"ng/mL\",\"system\":\"{Ucum}\",\"code\":\"ng/mL\"}}");
        LocalDate second = start.PlusDays(45);
        if (_random.Next(2) == 0)
        {
            decimal nanomoles = _random.Next(50, 160) / 10m;
            Level(patient, second, $"\"valueQuantity\":{{\"value\":{nanomoles.ToString(s_inv)},\"unit\":\"nmol/L\",\"system\":\"{Ucum}\",\"code\":\"nmol/L\"}}");
            double ngPerMl = (double)Math.Round(nanomoles * 914.2m / 1000m, 3);
            return [$"sirolimus level {Iso(first)} {Ng(measured)} ng/mL", $"sirolimus level {Iso(second)} {ngPerMl.ToString("0.###", s_inv)} ng/mL"];
        }

        Level(patient, second, $"\"valueQuantity\":{{\"value\":1.0,\"comparator\":\"<\",\"unit\":\"ng/mL\",\"system\":\"{Ucum}\",\"code\":\"ng/mL\"}}");
        return [$"sirolimus level {Iso(first)} {Ng(measured)} ng/mL", $"sirolimus level {Iso(second)} < 1 ng/mL"];
    }

    private void Level(string patient, LocalDate day, string value) =>
        Emit("Observation", $$"""{"resourceType":"Observation","id":"{{Next()}}","status":"final","category":[{{Lab}}],"code":{{{Coding("http://loinc.org", "29247-4", "Sirolimus [Mass/volume] in Blood")}}},"subject":{"reference":"Patient/{{patient}}"},"effectiveDateTime":"{{Iso(day)}}T08:00:00Z",{{value}}}""");

    private IEnumerable<string> LungFunction(string patient, LocalDate day)
    {
        string fvc = (_random.Next(180, 380) / 100m).ToString("0.00", s_inv);
        string fev1 = (_random.Next(90, 170) / 100m).ToString("0.00", s_inv);
        int walk = _random.Next(250, 600);
        Quantity(patient, "20150-9", "FEV1", day, fev1, "L", "procedure");
        Quantity(patient, "19870-5", "Forced vital capacity [Volume] Respiratory system", day, fvc, "L", "procedure");
        Quantity(patient, "64098-7", "Walking distance 6 minutes", day, walk.ToString(s_inv), "m", "activity");
        return [$"pft {Iso(day)} Fvc {fvc} L, Fev1 {fev1} L", $"walk {Iso(day)} {walk} m"];
    }

    private void Quantity(string patient, string loinc, string display, LocalDate day, string value, string unit, string category) =>
        Emit("Observation", $$"""{"resourceType":"Observation","id":"{{Next()}}","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"{{category}}"}]}],"code":{{{Coding("http://loinc.org", loinc, display)}}},"subject":{"reference":"Patient/{{patient}}"},"effectiveDateTime":"{{Iso(day)}}","valueQuantity":{"value":{{value}},"unit":"{{unit}}","system":"{{Ucum}}","code":"{{unit}}""" + "\"}}");

    private void SirolimusOrder(string patient, LocalDate day, int milligrams, LocalDate? end, string status)
    {
        string validity = end is LocalDate e ? $",\"dispenseRequest\":{{\"validityPeriod\":{{\"start\":\"{Iso(day)}\",\"end\":\"{Iso(e)}\"}}}}" : string.Empty;
        Emit("MedicationRequest", $$"""{"resourceType":"MedicationRequest","id":"{{Next()}}","status":"{{status}}","intent":"order","medicationCodeableConcept":{{{Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "35302", "sirolimus")}}},"subject":{"reference":"Patient/{{patient}}"},"authoredOn":"{{Iso(day)}}","dosageInstruction":[{"timing":{"repeat":{"frequency":1,"period":1,"periodUnit":"d"} },"doseAndRate":[{"doseQuantity":{"value":{{milligrams}},"unit":"mg","system":"{{Ucum}}","code":"mg"} }]}]{{validity}}""" + "}");
    }

    private void Condition(string patient, string coding, LocalDate onset, string verification) =>
        Emit("Condition", $$"""{"resourceType":"Condition","id":"{{Next()}}","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":"{{verification}}"}]},"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"problem-list-item"}]}],"code":{{{coding}}},"subject":{"reference":"Patient/{{patient}}"},"onsetDateTime":"{{Iso(onset)}}"}""");

    private void WritePatient(string patient)
    {
        string gender = _random.Next(4) == 0 ? "male" : "female";
        Emit("Patient", $$"""{"resourceType":"Patient","id":"{{patient}}","meta":{"profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},"identifier":[{"system":"urn:oid:2.16.840.1.113883.19.5","value":"MRN-{{patient}}"}],"name":[{"family":"Synthetic","given":["{{patient}}"]}],"gender":"{{gender}}","birthDate":"{{Iso(Day(1950, 2000))}}"}""");
    }

    private void Background(string patient, int count)
    {
        for (int k = 0; k < count; k++)
        {
            var (type, system, code, display, unit) = s_background[_random.Next(s_background.Length)];
            string day = Iso(Day(2010, 2024));
            string subject = $"\"subject\":{{\"reference\":\"Patient/{patient}\"}}";
            string line = type switch
            {
                "Observation" => $$"""{"resourceType":"Observation","id":"{{Next()}}","status":"final","category":[{{Lab}}],"code":{{{Coding(system, code, display)}}},{{subject}},"effectiveDateTime":"{{day}}","valueQuantity":{"value":{{_random.Next(1, 200)}},"unit":"{{unit}}","system":"{{Ucum}}","code":"{{unit}}""" + "\"}}",
                "Encounter" => $$"""{"resourceType":"Encounter","id":"{{Next()}}","status":"finished","class":{"system":"{{system}}","code":"{{code}}","display":"{{display}}"},{{subject}},"period":{"start":"{{day}}T10:00:00Z","end":"{{day}}T10:30:00Z""" + "\"}}",
                "Immunization" => $$"""{"resourceType":"Immunization","id":"{{Next()}}","status":"completed","vaccineCode":{{{Coding(system, code, display)}}},"patient":{"reference":"Patient/{{patient}}"},"occurrenceDateTime":"{{day}}"}""",
                "Condition" => $$"""{"resourceType":"Condition","id":"{{Next()}}","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"code":{{{Coding(system, code, display)}}},{{subject}},"onsetDateTime":"{{day}}"}""",
                "MedicationRequest" => $$"""{"resourceType":"MedicationRequest","id":"{{Next()}}","status":"active","intent":"order","medicationCodeableConcept":{{{Coding(system, code, display)}}},{{subject}},"authoredOn":"{{day}}"}""",
                "Procedure" => $$"""{"resourceType":"Procedure","id":"{{Next()}}","status":"completed","code":{{{Coding(system, code, display)}}},{{subject}},"performedDateTime":"{{day}}"}""",
                _ => $$"""{"resourceType":"DiagnosticReport","id":"{{Next()}}","status":"final","code":{{{Coding(system, code, display)}}},{{subject}},"effectiveDateTime":"{{day}}"}""",
            };
            Emit(type, line);
        }
    }

    private void Emit(string type, string line)
    {
        if (!_files.TryGetValue(type, out StreamWriter? writer))
        {
            writer = new StreamWriter(Path.Combine(_currentFolder!, type + ".ndjson"), append: false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            _files.Add(type, writer);
        }

        writer.WriteLine(line);
        _lines++;
    }

    private string Next() => (++_id).ToString("x8", s_inv);

    private LocalDate Day(int fromYear, int toYear) =>
        new LocalDate(_random.Next(fromYear, toYear + 1), _random.Next(1, 13), _random.Next(1, 29));

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", s_inv);

    private static string Ng(decimal value) => ((double)value).ToString("0.###", s_inv);

    private static string Coding(string system, string code, string display) => Codings((system, code, display));

    private static string Codings(params (string System, string Code, string Display)[] codings) =>
        "\"coding\":[" + string.Join(",", codings.Select(c => $"{{\"system\":\"{c.System}\",\"code\":\"{c.Code}\",\"display\":\"{c.Display}\"}}")) + "]";

    private static string Sct(string code, string display) => Coding("http://snomed.info/sct", code, display);
}
