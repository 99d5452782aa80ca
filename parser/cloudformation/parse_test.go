package cloudformation

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/parser"
)

type wantDiag struct {
	sev     parser.Severity
	summary string
	line    int
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file      string
		template  bool     // a template is returned
		resources []string // logical ids in order
		diags     []wantDiag
	}{
		// Bucket has an Fn::If over an undecidable condition: two variants.
		{file: "short_tags.yaml", template: true, resources: []string{"Bucket", "Bucket", "Queue", "Empty"}},
		{file: "basic.json", template: true, resources: []string{"Bucket", "Policy"}},
		{file: "tabs.json", template: true, resources: []string{"Bucket"}},
		{file: "crlf.yaml", template: true, resources: []string{"Bucket"}},
		{file: "bom.yaml", template: true, resources: []string{"Bucket"}},
		{file: "bom.json", template: true, resources: []string{"Bucket"}},
		{file: "styles.yaml", template: true, resources: []string{"Fn"}},
		{file: "unicode.yaml", template: true, resources: []string{"Bücket"}},
		{file: "anchors.yaml", template: true, resources: []string{"VolA", "VolB"}},
		{file: "multidoc.yaml", template: true, resources: []string{"Topic"}},
		{file: "k8s.yaml"},
		{file: "workflow.yml"},
		{file: "package.json"},
		{file: "helm.yaml"},
		{file: "broken.yaml", diags: []wantDiag{{parser.SevError, "invalid YAML", 7}}},
		{file: "broken_indent.yaml", diags: []wantDiag{{parser.SevError, "invalid YAML", 5}}},
		{file: "broken.json", diags: []wantDiag{{parser.SevError, "invalid JSON", 8}}},
		{file: "broken.template", diags: []wantDiag{{parser.SevError, "invalid YAML", 1}}},
		{file: "billion_laughs.yaml", diags: []wantDiag{{parser.SevError, "alias expansion exceeds limit", 0}}},
		{file: "duplicate_keys.yaml", template: true, resources: []string{"Bucket", "Queue"}, diags: []wantDiag{
			{parser.SevWarning, "duplicate key", 7},
			{parser.SevWarning, "duplicate key", 8},
		}},
		{file: "invalid_resources.yaml", template: true, resources: []string{"Good", "AlsoGood"}, diags: []wantDiag{
			{parser.SevWarning, "invalid resource", 4},
			{parser.SevWarning, "invalid resource", 5},
			{parser.SevWarning, "invalid resource", 8},
		}},
		{file: "resolve.yaml", template: true, resources: []string{"Logs", "Logs", "Bucket"}, diags: []wantDiag{
			{parser.SevWarning, "invalid Fn::Join", 51},
			{parser.SevWarning, "invalid Fn::If", 52},
			{parser.SevWarning, "invalid Fn::Select", 53},
			{parser.SevWarning, "undefined reference", 54},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			src := readFixture(t, tc.file)
			tm, diags := Parse(src)
			if (tm != nil) != tc.template {
				t.Fatalf("template returned: %v, want %v (diags %v)", tm != nil, tc.template, diags)
			}
			if len(diags) != len(tc.diags) {
				t.Fatalf("got %d diagnostics, want %d: %v", len(diags), len(tc.diags), diags)
			}
			for i, w := range tc.diags {
				d := diags[i]
				if d.Severity != w.sev || d.Summary != w.summary || (w.line != 0 && int(d.Range.Start.Line) != w.line) {
					t.Errorf("diagnostic %d = %s %q line %d, want %s %q line %d", i, d.Severity, d.Summary, d.Range.Start.Line, w.sev, w.summary, w.line)
				}
				if d.Range.File != src.Path || d.Detail == "" {
					t.Errorf("diagnostic %d lacks file or detail: %+v", i, d)
				}
			}
			checkDiagPositions(t, src, diags)
			if tm == nil {
				return
			}
			var ids []string
			for _, r := range tm.Resources {
				ids = append(ids, r.Name)
				if r.Address != r.Name || r.Format != parser.CloudFormation || r.Module != src.Path || r.Body == nil || r.Body.Kind != parser.Object {
					t.Errorf("resource %s: bad fields %+v", r.Name, r)
				}
			}
			if strings.Join(ids, ",") != strings.Join(tc.resources, ",") {
				t.Errorf("resources %v, want %v", ids, tc.resources)
			}
			checkValuePositions(t, src, tm)
		})
	}
}

// TestPositionsExact pins some positions down to the column.
func TestPositionsExact(t *testing.T) {
	type at struct{ line, col, endLine, endCol int }
	tests := []struct {
		file string
		res  string
		path []string
		want at // zero end: not checked
		key  at
	}{
		{"crlf.yaml", "Bucket", []string{"BucketName"}, at{6, 19, 6, 30}, at{6, 7, 6, 17}},
		{"crlf.yaml", "Bucket", []string{"Description"}, at{10, 20, 12, 17}, at{10, 7, 10, 18}},
		{"crlf.yaml", "Bucket", []string{"Other"}, at{13, 14, 13, 19}, at{13, 7, 13, 12}},
		{"bom.yaml", "Bucket", []string{"BucketName"}, at{6, 19, 6, 29}, at{6, 7, 6, 17}},
		{"bom.json", "Bucket", []string{"BucketName"}, at{1, 83, 1, 93}, at{1, 69, 1, 81}},
		{"tabs.json", "Bucket", []string{"BucketName"}, at{7, 19, 7, 27}, at{7, 5, 7, 17}},
		{"unicode.yaml", "Bücket", []string{"BucketName"}, at{7, 19, 7, 31}, at{7, 7, 7, 17}},
		{"unicode.yaml", "Bücket", []string{"After"}, at{10, 14, 10, 21}, at{10, 7, 10, 12}},
		{"basic.json", "Bucket", []string{"Count"}, at{12, 18, 12, 19}, at{12, 9, 12, 16}},
		{"styles.yaml", "Fn", []string{"Multi"}, at{14, 14, 15, 23}, at{14, 7, 14, 12}},
		{"styles.yaml", "Fn", []string{"Code", "ZipFile"}, at{7, 18, 10, 37}, at{7, 9, 7, 16}},
		{"styles.yaml", "Fn", []string{"Comment"}, at{29, 16, 29, 21}, at{29, 7, 29, 14}},
		{"styles.yaml", "Fn", []string{"Flow"}, at{18, 13, 18, 43}, at{18, 7, 18, 11}},
		// A resolved Ref: the place of use, the !Ref tag.
		{"resolve.yaml", "Logs", []string{"LogGroupName"}, at{33, 21, 33, 29}, at{33, 7, 33, 19}},
	}
	for _, tc := range tests {
		tm, _ := parseFixture(t, tc.file)
		if tm == nil {
			t.Fatalf("%s: no template", tc.file)
		}
		var body *parser.Value
		for _, r := range tm.Resources {
			if r.Name == tc.res {
				body = r.Body
			}
		}
		v := body.Path(tc.path...)
		if v == nil {
			t.Errorf("%s: %v missing", tc.file, tc.path)
			continue
		}
		got := at{int(v.Range.Start.Line), int(v.Range.Start.Column), int(v.Range.End.Line), int(v.Range.End.Column)}
		key := at{int(v.KeyRange.Start.Line), int(v.KeyRange.Start.Column), int(v.KeyRange.End.Line), int(v.KeyRange.End.Column)}
		if got != tc.want || key != tc.key {
			t.Errorf("%s %v: range %v key %v, want %v key %v", tc.file, tc.path, got, key, tc.want, tc.key)
		}
	}
	// Byte offsets count the byte order mark and the \r of \r\n.
	tm, _ := parseFixture(t, "bom.yaml")
	if r := tm.Resources[0]; int(r.Range.Start.Byte) != strings.Index(string(readFixture(t, "bom.yaml").Bytes), "Bucket:") {
		t.Errorf("bom.yaml: resource byte offset %d", r.Range.Start.Byte)
	}
	src := readFixture(t, "crlf.yaml")
	tm, _ = Parse(src)
	if v := tm.Resources[0].Body.Get("Other"); int(v.Range.Start.Byte) != strings.Index(string(src.Bytes), "plain") {
		t.Errorf("crlf.yaml: byte offset %d", v.Range.Start.Byte)
	}
}

func TestShortTags(t *testing.T) {
	tm, diags := parseFixture(t, "short_tags.yaml")
	if tm == nil || len(diags) != 0 {
		t.Fatalf("template %v, diags %v", tm != nil, diags)
	}
	// Raw values keep every short tag in long form.
	raw := tm.RawResources["Bucket"].Path("Properties", "Tags")
	wantFn := []string{"Ref", "Fn::GetAtt", "Fn::GetAtt", "Fn::If", "Fn::Join", "Fn::Select", "Fn::Select", "Fn::FindInMap",
		"Fn::Base64", "Fn::Select", "Fn::Select", "Fn::ImportValue", "Fn::ToJsonString", "Fn::Length", "Fn::If", "Fn::If"}
	for i, el := range raw.Elems {
		v := el.Get("Value")
		if _, _, ok := intrinsic(v); !ok || v.Attrs[wantFn[i]] == nil {
			t.Errorf("tag %d: %v, want %s", i, v.Keys(), wantFn[i])
		}
	}
	if c := tm.Conditions["IsDev"].Path("Fn::Not"); c == nil || c.Elems[0].Get("Condition").Str != "IsProd" {
		t.Errorf("!Not [!Condition IsProd] read as %+v", c)
	}
	if tm.RawResources["Queue"].Path("Properties", "QueueName", "Fn::Sub") == nil {
		t.Errorf("!Sub list form lost")
	}
	if g := tm.RawResources["Bucket"].Path("Properties", "Tags").Elems[1].Path("Value", "Fn::GetAtt"); g.Str != "Queue.Arn" {
		t.Errorf("!GetAtt scalar: %+v", g)
	}
	want := map[string]struct {
		kind parser.Kind
		str  string
	}{
		"ref":        {parser.String, "prod"},
		"getatt":     {parser.Unknown, ""},
		"getattlist": {parser.Unknown, ""},
		"if":         {parser.String, "yes-prod"},
		"join":       {parser.String, "a-prod-c"},
		"select":     {parser.String, "10.1.0.0/16"},
		"split":      {parser.String, "x"},
		"findinmap":  {parser.String, "m5.large"},
		"base64":     {parser.String, "aGVsbG8="},
		"cidr":       {parser.String, "10.0.0.0/24"},
		"getazs":     {parser.Unknown, ""},
		"import":     {parser.Unknown, ""},
		"tojson":     {parser.String, `{"a":1}`},
		"length":     {parser.Number, "3"},
		"either":     {parser.String, "e"}, // the variant where Either is true
		"novalue":    {parser.Null, ""},
	}
	for _, el := range tm.Resources[0].Body.Get("Tags").Elems {
		k := el.Get("Key").Str
		v := el.Get("Value")
		w, ok := want[k]
		if !ok {
			t.Errorf("unexpected tag %s", k)
			continue
		}
		if v.Kind != w.kind || v.Str != w.str {
			t.Errorf("%s: %s %q (%s), want %s %q", k, v.Kind, v.Str, v.Why(), w.kind, w.str)
		}
		if v.Kind == parser.Unknown && v.Why() == "" {
			t.Errorf("%s: Unknown without a reason", k)
		}
		if strings.HasPrefix(k, "getatt") && (len(v.Refs()) != 1 || v.Refs()[0] != "Queue") {
			t.Errorf("%s: refs %v", k, v.Refs())
		}
	}
	if v := tm.Resources[0].Body.Get("BucketName"); v.Str != "prod-logs-${Literal}" {
		t.Errorf("BucketName %q", v.Str)
	}
	q := tm.Resources[2]
	if tm.ResourceConditions["Queue"] != "IsProd" || strings.Join(q.DependsOn, ",") != "Bucket" {
		t.Errorf("Queue condition %q depends %v", tm.ResourceConditions["Queue"], q.DependsOn)
	}
	if e := tm.Resources[3]; strings.Join(e.DependsOn, ",") != "Bucket,Queue" || len(e.Body.Attrs) != 0 {
		t.Errorf("Empty: %v %v", e.DependsOn, e.Body)
	}
	for name, want := range map[string]bool{"IsProd": true, "IsDev": false, "Both": true} {
		if got, known := tm.Condition(name); !known || got != want {
			t.Errorf("condition %s = %v known %v", name, got, known)
		}
	}
	if _, known := tm.Condition("Either"); known {
		t.Errorf("condition Either decided")
	}
}

func TestResolve(t *testing.T) {
	tm, _ := parseFixture(t, "resolve.yaml")
	if tm == nil {
		t.Fatal("no template")
	}
	logs := tm.Resources[0].Body
	tests := []struct {
		prop string
		kind parser.Kind
		str  string
		via  []string // notes of the Via steps
		refs []string
	}{
		{"LogGroupName", parser.String, "prod", []string{"parameter Env default"}, nil},
		{"RetentionInDays", parser.Number, "365", []string{"parameter Retention default"}, nil},
		{"Sub", parser.String, "/app/prod/logs", []string{"parameter Env default"}, nil},
		{"SubLiteral", parser.String, "plain ${NotAVar} text", nil, nil},
		{"SubRes", parser.Unknown, "", nil, []string{"Bucket"}},
		{"Mapped", parser.String, "Enabled", []string{"mapping EnvConfig/prod/Versioning", "parameter Env default"}, nil},
		{"MappedDays", parser.Number, "90", []string{"mapping EnvConfig/prod/Days", "parameter Env default"}, nil},
		{"IfProd", parser.String, "on", nil, nil},
		{"IfDev", parser.String, "off", nil, nil},
		{"IfOr", parser.Number, "1", nil, nil},
		{"IfNot", parser.Bool, "", nil, nil},
		{"IfRegion", parser.String, "a", nil, nil},
		{"Joined", parser.String, "prod:365:x", []string{"parameter Env default", "parameter Retention default"}, nil},
		{"JoinUnknown", parser.Unknown, "", nil, nil},
		{"Subnet", parser.Unknown, "", nil, nil},
		{"Ami", parser.Unknown, "", nil, nil},
		{"BucketRef", parser.Unknown, "", nil, []string{"Bucket"}},
		{"NoValue", parser.Null, "", nil, nil},
		{"Bad", parser.Unknown, "", nil, nil},
		{"BadIf", parser.Unknown, "", nil, nil},
		{"BadSelect", parser.Unknown, "", nil, nil},
		{"Unknown", parser.Unknown, "", nil, nil},
	}
	for _, tc := range tests {
		v := logs.Get(tc.prop)
		if v == nil {
			t.Errorf("%s missing", tc.prop)
			continue
		}
		var notes []string
		for _, s := range v.Via() {
			notes = append(notes, s.Note)
		}
		if v.Kind != tc.kind || v.Str != tc.str || strings.Join(notes, "|") != strings.Join(tc.via, "|") || strings.Join(v.Refs(), ",") != strings.Join(tc.refs, ",") {
			t.Errorf("%s = %s %q via %v refs %v (%s), want %s %q via %v refs %v", tc.prop, v.Kind, v.Str, notes, v.Refs(), v.Why(), tc.kind, tc.str, tc.via, tc.refs)
		}
		if v.Kind == parser.Unknown && v.Why() == "" {
			t.Errorf("%s: Unknown without Why", tc.prop)
		}
		if v.KeyRange.Start.Line != v.Range.Start.Line && tc.prop != "IfOr" {
			t.Errorf("%s: key on line %d, value on line %d", tc.prop, v.KeyRange.Start.Line, v.Range.Start.Line)
		}
	}
	// The value of a Ref stands where the Ref is written, the default is a step.
	lg := logs.Get("LogGroupName")
	if lg.Range.Start.Line != 33 || lg.Via()[0].Range.Start.Line != 5 || lg.Via()[0].Range.Start.Column != 14 {
		t.Errorf("LogGroupName at %v via %v", lg.Range, lg.Via())
	}
	// An undecided Fn::If splits the resource into a variant per branch.
	if v0, v1 := tm.Resources[0], tm.Resources[1]; v0.Body.Get("IfRegion").Str != "a" || v1.Body.Get("IfRegion").Str != "b" ||
		strings.Join(v0.Assumptions, ",") != "condition RegionCond is true" || strings.Join(v1.Assumptions, ",") != "condition RegionCond is false" {
		t.Errorf("IfRegion variants %v %q, %v %q", v0.Assumptions, v0.Body.Get("IfRegion").Str, v1.Assumptions, v1.Body.Get("IfRegion").Str)
	}
	bucket := tm.Resources[2].Body
	if s := bucket.Path("VersioningConfiguration", "Status"); s.Str != "Enabled" {
		t.Errorf("Status %q", s.Str)
	}
	if l := bucket.Get("List"); len(l.Elems) != 1 || l.Elems[0].Str != "kept" {
		t.Errorf("AWS::NoValue not dropped from list: %+v", l.Elems)
	}
	// Parameter values from options replace defaults.
	opts := Options{Parameters: map[string]ParamValue{"Env": StringParam("prod", parser.Range{}, ""), "Retention": StringParam("30", parser.Range{}, ""),
		"Subnets": StringParam("s-1, s-2", parser.Range{}, ""), "Undeclared": StringParam("x", parser.Range{}, "")}}
	tm2, _ := ParseWithOptions(readFixture(t, "resolve.yaml"), opts)
	b2 := tm2.Resources[0].Body
	if v := b2.Get("LogGroupName"); v.Str != "prod" || v.Via()[0].Note != "parameter Env value from options" || v.Via()[0].Range.Start.Line != 3 {
		t.Errorf("override: %+v", v)
	}
	if v := b2.Get("RetentionInDays"); v.Str != "30" {
		t.Errorf("override Retention: %q", v.Str)
	}
	if v := b2.Get("Subnet"); v.Kind != parser.List || len(v.Elems) != 2 || v.Elems[1].Str != "s-2" {
		t.Errorf("override list: %+v", v)
	}
	// A resource whose Condition is false is not emitted.
	opts.Parameters["Env"] = StringParam("dev", parser.Range{File: "p.txt", Start: parser.Pos{Line: 4, Column: 5}}, "parameter Env in p.txt")
	tm3, _ := ParseWithOptions(readFixture(t, "resolve.yaml"), opts)
	if len(tm3.Resources) != 1 || tm3.Resources[0].Name != "Bucket" {
		t.Fatalf("Env=dev: resources %v", tm3.Resources)
	}
	if v := tm3.Resources[0].Body.Path("VersioningConfiguration", "Status"); v.Str != "Suspended" || len(v.Via()) != 2 || v.Via()[1].Note != "parameter Env in p.txt" || v.Via()[1].Range.File != "p.txt" {
		t.Errorf("Env=dev Status: %q via %+v", v.Str, v.Via())
	}
	if l := tm3.Resources[0].Body.Get("List"); len(l.Elems) != 2 || l.Elems[0].Str != "dropped" {
		t.Errorf("Env=dev List: %+v", l.Elems)
	}
	// Resolve works on raw parts such as Outputs and resource attributes.
	if v := tm.Resolve(tm.RawResources["Logs"].Get("Condition")); v.Str != "IsProd" {
		t.Errorf("Resolve: %+v", v)
	}
}

func TestDuplicateAndAnchors(t *testing.T) {
	tm, _ := parseFixture(t, "duplicate_keys.yaml")
	if v := tm.RawResources["Bucket"]; v.Get("Type").Str != "AWS::SNS::Topic" {
		t.Errorf("last duplicate not kept: %v", v.Get("Type").Str)
	}
	tm, diags := parseFixture(t, "anchors.yaml")
	if len(diags) != 0 {
		t.Fatal(diags)
	}
	a, b := tm.Resources[0].Body, tm.Resources[1].Body
	if v, ok := a.Get("Encrypted").AsBool(); !ok || !v {
		t.Errorf("merged Encrypted: %+v", a.Get("Encrypted"))
	}
	if n, _ := a.Get("Size").AsInt(); n != 10 {
		t.Errorf("VolA Size %d", n)
	}
	if n, _ := b.Get("Size").AsInt(); n != 20 {
		t.Errorf("VolB Size %d: explicit keys win over merged ones", n)
	}
	if n, _ := b.Get("Iops").AsInt(); n != 100 {
		t.Errorf("VolB Iops %d", n)
	}
	if tags := a.Get("Tags"); len(tags.Elems) != 1 || tags.Elems[0].Get("Value").Str != "platform" {
		t.Errorf("aliased Tags %+v", tags)
	}
	if z := b.Get("Zone2"); z.Str != "eu-west-1b" {
		t.Errorf("Zone2 %q", z.Str)
	}
}

// TestHostile checks that hostile input ends quickly with a diagnostic.
func TestHostile(t *testing.T) {
	deep := func(open, close string, n int) string {
		return strings.Repeat(open, n) + "1" + strings.Repeat(close, n)
	}
	head := "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Deep: "
	tests := []struct {
		name, file, text, summary string
	}{
		{"deep flow 1000", "deep.yaml", head + deep("[", "]", 1000) + "\n", "nesting too deep"},
		{"deep map 1000", "deep.yaml", head + deep("{a: ", "}", 1000) + "\n", "nesting too deep"},
		{"deep flow 100000", "deep.yaml", head + deep("[", "]", 100000) + "\n", "invalid YAML"},
		{"deep json 1000", "deep.json", `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Deep": ` + deep("[", "]", 1000) + "}}}}", "nesting too deep"},
		{"deep json 100000", "deep.json", `{"AWSTemplateFormatVersion": "x", "D": ` + deep("[", "]", 100000) + "}", "nesting too deep"},
		{"deep broken template", "deep.template", deep("[", "]", 100000)[1:], "nesting too deep"},
		{"recursive alias", "rec.yaml", "AWSTemplateFormatVersion: x\nA: &a [*a]\n", "invalid YAML"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := parser.Source{Path: tc.file, Bytes: []byte(tc.text)}
			start := time.Now()
			tm, diags := Parse(src)
			if el := time.Since(start); el > time.Minute { // a runaway guard, not a speed target
				t.Errorf("took %v", el)
			}
			if tm != nil || len(diags) != 1 || diags[0].Severity != parser.SevError || diags[0].Summary != tc.summary {
				t.Errorf("got template %v, diags %v; want one error %q", tm != nil, diags, tc.summary)
			}
			checkDiagPositions(t, src, diags)
		})
	}
	// Deep nesting in a file that is not a template is skipped silently.
	for _, name := range []string{"x.yaml", "x.template"} {
		if tm, diags := Parse(parser.Source{Path: name, Bytes: []byte(deep("[", "]", 1000))}); tm != nil || diags != nil {
			t.Errorf("deep non-template %s: %v %v", name, tm, diags)
		}
	}
	// Intrinsics that grow strings: nested Fn::Base64 doubles every few
	// levels, a Join repeats a long parameter default.
	long := strings.Repeat("x", 100000)
	growth := head + deep("{Fn::Base64: ", "}", 400) + "\n      Rep: !Join [\"\", [" + strings.Repeat("!Ref P, ", 2000) + "x]]\n" +
		"Parameters:\n  P: {Type: String, Default: " + long + "}\n"
	start := time.Now()
	tm, diags := Parse(parser.Source{Path: "grow.yaml", Bytes: []byte(growth)})
	if el := time.Since(start); el > time.Minute { // a runaway guard, not a speed target
		t.Errorf("growing strings took %v", el)
	}
	if tm == nil || len(diags) != 0 {
		t.Fatalf("growing strings: %v", diags)
	}
	for _, k := range []string{"Deep", "Rep"} {
		if v := tm.Resources[0].Body.Get(k); v.Kind != parser.Unknown || (k == "Rep" && !strings.Contains(v.Why(), "too long")) {
			t.Errorf("%s: %s %d bytes (%s)", k, v.Kind, len(v.Str), v.Why())
		}
	}
	start = time.Now()
	src := readFixture(t, "billion_laughs.yaml")
	_, diags = Parse(src)
	if el := time.Since(start); el > time.Minute { // a runaway guard, not a speed target
		t.Errorf("billion laughs took %v", el)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Summary, "alias expansion exceeds limit") {
		t.Errorf("billion laughs: %v", diags)
	}
}

func TestMalformedIntrinsics(t *testing.T) {
	// Every intrinsic with arguments of the wrong shape: no panic, Unknown.
	fns := []string{"Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::FindInMap", "Fn::If",
		"Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Fn::Base64", "Fn::Cidr", "Fn::GetAZs", "Fn::ImportValue",
		"Fn::Transform", "Fn::ToJsonString", "Fn::Length", "Fn::Nope"}
	args := []string{"", "1", "[]", "[a]", "[a, b, c, d, e]", "{}", "{a: b}", "[[], {}]", "[!Ref X, !Ref Y]", "null", "[1, [a]]", "[x, [[a]]]", "[C, a, b]", "[M, a]", "[M, a, b, {DefaultValue: d}]"}
	var b strings.Builder
	b.WriteString("AWSTemplateFormatVersion: x\nParameters:\n  X: {Type: String, Default: x}\nMappings:\n  M: {a: {b: c}}\nConditions:\n  C: !Equals [!Ref X, x]\n  Loop: !Condition Loop\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n")
	n := 0
	for _, fn := range fns {
		for _, a := range args {
			b.WriteString("      P" + strings.Repeat("x", n) + ": {\"" + fn + "\": " + a + "}\n")
			n++
		}
	}
	b.WriteString("      L: !If [Loop, a, b]\n")
	src := parser.Source{Path: "m.yaml", Bytes: []byte(b.String())}
	tm, diags := Parse(src)
	if tm == nil {
		t.Fatalf("no template: %v", diags)
	}
	checkDiagPositions(t, src, diags)
	checkValuePositions(t, src, tm)
	if l := tm.Resources[0].Body.Get("L"); l.Kind != parser.Unknown {
		t.Errorf("circular condition decided: %+v", l)
	}
}

// TestCorpus reads every YAML and JSON file of the shared real-world corpus.
func TestCorpus(t *testing.T) {
	root := "../../../shared/corpus/realworld"
	if _, err := os.Stat(root); err != nil {
		t.Skip("corpus not present")
	}
	var templates, resources, skipped, errFiles, warnings int
	for _, src := range templateFiles(t, root) {
		src.Abs = src.Path
		tm, diags := Parse(src)
		checkDiagPositions(t, src, diags)
		if diags.HasErrors() {
			errFiles++
			for _, d := range diags {
				if d.Severity == parser.SevError {
					t.Logf("error: %s", d.Error())
				}
			}
		}
		for _, d := range diags {
			if d.Severity == parser.SevWarning {
				warnings++
				t.Logf("warning: %s", d.Error())
			}
		}
		if tm == nil {
			if !diags.HasErrors() {
				skipped++
			}
			continue
		}
		templates++
		resources += len(tm.Resources)
		checkValuePositions(t, src, tm)
	}
	t.Logf("corpus: %d templates, %d resources, %d non-template files skipped, %d files with errors, %d warnings",
		templates, resources, skipped, errFiles, warnings)
}
